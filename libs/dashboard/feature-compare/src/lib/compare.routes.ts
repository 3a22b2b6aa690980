import type { Routes } from '@angular/router';
import { ComparePage } from './compare-page/compare-page';

/** Routes of the compare feature, loaded lazily by the app. Interval bars are inline SVG: no chart library needed. */
export const COMPARE_ROUTES: Routes = [{ path: '', component: ComparePage }];
