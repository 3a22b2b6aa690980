import type { Routes } from '@angular/router';
import { CategoryScale, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { provideRapportCharts } from '@rapport/dashboard-ui-charts';
import { ScorecardPage } from './scorecard-page/scorecard-page';

/** Routes of the scorecard feature, loaded lazily by the app; registers only the chart parts its trend lines use. */
export const SCORECARD_ROUTES: Routes = [
  {
    path: '',
    component: ScorecardPage,
    providers: [provideRapportCharts(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)],
  },
];
