import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { sessionExpiryInterceptor } from '@rapport/dashboard-data-access/session';
import { appRoutes } from './app.routes';
import { RapportTitleStrategy } from './rapport-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Angular's default XSRF handling echoes the API's XSRF-TOKEN cookie; an ended session leads back to sign-in.
    provideHttpClient(withFetch(), withInterceptors([sessionExpiryInterceptor])),
    // Route data and query parameters (filters such as ?months=) bind straight to page inputs.
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: RapportTitleStrategy },
  ],
};
