import type { Routes } from '@angular/router';
import { GapsPage } from './gaps-page/gaps-page';

/** Routes of the gaps feature, loaded lazily by the app. The heatmap is HTML, so no chart.js is registered. */
export const GAPS_ROUTES: Routes = [{ path: '', component: GapsPage }];
