import type { Routes } from '@angular/router';
import { ImportsPage } from './imports-page/imports-page';

/** Routes of the imports feature, loaded lazily by the app. */
export const IMPORTS_ROUTES: Routes = [{ path: '', component: ImportsPage }];
