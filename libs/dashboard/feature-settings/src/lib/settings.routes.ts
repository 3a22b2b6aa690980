import type { Routes } from '@angular/router';
import { SettingsShell } from './settings-shell/settings-shell';

/** Routes of the settings feature, loaded lazily by the app; each section is its own lazily loaded component. */
export const SETTINGS_ROUTES: Routes = [
  {
    path: '',
    component: SettingsShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'vendors' },
      { path: 'vendors', title: 'Vendor settings', loadComponent: () => import('./vendors/vendor-settings').then((m) => m.VendorSettings) },
      { path: 'scoring', title: 'Scoring settings', loadComponent: () => import('./scoring/scoring-settings').then((m) => m.ScoringSettings) },
      { path: 'reports', title: 'Report settings', loadComponent: () => import('./reports/report-settings').then((m) => m.ReportSettings) },
      { path: 'users', title: 'Users', loadComponent: () => import('./users/user-settings').then((m) => m.UserSettings) },
      { path: 'connectors', title: 'Help-desk connectors', loadComponent: () => import('./connectors/zendesk-connector-settings').then((m) => m.ZendeskConnectorSettings) },
      { path: 'audit', title: 'Audit log', loadComponent: () => import('./audit/audit-log').then((m) => m.AuditLog) },
      { path: 'api-keys', title: 'API keys', loadComponent: () => import('./api-keys/api-key-settings').then((m) => m.ApiKeySettings) },
    ],
  },
];
