import { provideHttpClient, withFetch } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { RapportTitleStrategy } from './rapport-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(withFetch()),
    // Route data and query parameters (filters such as ?months=) bind straight to page inputs.
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: RapportTitleStrategy },
  ],
};
