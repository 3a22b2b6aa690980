import type { Routes } from '@angular/router';
import { CategoryScale, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { provideRapportCharts } from '@rapport/dashboard-ui-charts';
import { VendorsPage } from './vendors-page/vendors-page';

/** Routes of the vendors feature, loaded lazily by the app; registers only the chart parts its line chart uses. */
export const VENDORS_ROUTES: Routes = [
  {
    path: '',
    component: VendorsPage,
    providers: [provideRapportCharts(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)],
  },
  {
    path: ':id',
    title: 'Vendor',
    loadChildren: () => import('@rapport/dashboard-feature-vendor-detail').then((m) => m.VENDOR_DETAIL_ROUTES),
  },
];
