import type { Routes } from '@angular/router';
import { CategoryScale, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { provideRapportCharts } from '@rapport/dashboard-ui-charts';
import { VendorDetailPage } from './vendor-detail-page/vendor-detail-page';

/** The vendor detail page, mounted under `/vendors/:id` by the vendors feature and loaded lazily. */
export const VENDOR_DETAIL_ROUTES: Routes = [
  {
    path: '',
    component: VendorDetailPage,
    providers: [provideRapportCharts(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)],
  },
];
