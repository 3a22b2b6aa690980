import type { Routes } from '@angular/router';
import { signedOutOnly } from '@rapport/dashboard-data-access';
import { LoginPage } from './login-page/login-page';

/** The sign-in page, loaded lazily at `/login`; people already signed in are sent to their home page. */
export const LOGIN_ROUTES: Routes = [{ path: '', component: LoginPage, canActivate: [signedOutOnly] }];
