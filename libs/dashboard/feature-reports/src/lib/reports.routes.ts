import type { Routes } from '@angular/router';
import { ReportsPage } from './reports-page/reports-page';

/** Routes of the reports feature, loaded lazily by the app. */
export const REPORTS_ROUTES: Routes = [{ path: '', component: ReportsPage }];
