import type { Routes } from '@angular/router';
import { signedInOnly, signedOutOnly } from '@rapport/dashboard-data-access';
import { ChangePasswordPage } from './change-password-page/change-password-page';
import { LoginPage } from './login-page/login-page';

/** The sign-in page, loaded lazily at `/login`; people already signed in are sent to their home page. */
export const LOGIN_ROUTES: Routes = [{ path: '', component: LoginPage, canActivate: [signedOutOnly] }];

/** The signed-in user's own password change, loaded lazily at `/password`; the forced change after sign-in lands here. */
export const PASSWORD_ROUTES: Routes = [{ path: '', component: ChangePasswordPage, canActivate: [signedInOnly] }];
