import type { Routes } from '@angular/router';
import { BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip } from 'chart.js';
import { provideRapportCharts } from '@rapport/dashboard-ui-charts';
import { CalibrationReportPage } from './calibration-report-page/calibration-report-page';
import { CalibrationsPage } from './calibrations-page/calibrations-page';
import { QueueItemsPage } from './queue-items-page/queue-items-page';
import { QueuesPage } from './queues-page/queues-page';
import { ReviewDetailPage } from './review-detail-page/review-detail-page';
import { ReviewFormPage } from './review-form-page/review-form-page';
import { ReviewsPage } from './reviews-page/reviews-page';
import { RubricsPage } from './rubrics-page/rubrics-page';

/**
 * Routes of the reviews feature, loaded lazily by the app: the hub, the review form of one assignment, one review
 * (disputes, coaching, history), rubrics, queues and calibration. The API refuses what a role may not do; the pages
 * offer forms only to the roles that may use them.
 */
export const REVIEWS_ROUTES: Routes = [
  { path: '', component: ReviewsPage },
  { path: 'assignments/:id', component: ReviewFormPage, title: 'Review' },
  { path: 'rubrics', component: RubricsPage, title: 'Rubrics' },
  { path: 'queues', component: QueuesPage, title: 'Review queues' },
  { path: 'queues/:id', component: QueueItemsPage, title: 'Review queue' },
  { path: 'calibrations', component: CalibrationsPage, title: 'Calibration' },
  {
    path: 'calibrations/:id',
    component: CalibrationReportPage,
    title: 'Calibration report',
    providers: [provideRapportCharts(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)],
  },
  { path: ':id', component: ReviewDetailPage, title: 'Review' },
];
