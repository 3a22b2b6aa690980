import type { Routes } from '@angular/router';
import { ReviewFormPage } from './review-form-page/review-form-page';
import { ReviewsPage } from './reviews-page/reviews-page';

/** Routes of the reviews feature, loaded lazily by the app: the hub, and the review form of one assignment. */
export const REVIEWS_ROUTES: Routes = [
  { path: '', component: ReviewsPage },
  { path: 'assignments/:id', component: ReviewFormPage, title: 'Review' },
];
