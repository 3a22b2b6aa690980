import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, type EnvironmentProviders, type Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MonthlyVolumeDto, SessionUserDto, VendorDto } from '@rapport/contracts';

/** Stands in for the pages a page under test links or navigates to. */
@Component({ template: '<p>elsewhere</p>' })
export class ElsewherePage {}

export interface RoutedPageTestOptions {
  /** The routes under test, e.g. `[{ path: 'gaps', children: GAPS_ROUTES }]`. */
  routes: Routes;
  /** Paths the page links or navigates to, each answered by a placeholder page. */
  elsewhere?: readonly string[];
  providers?: (Provider | EnvironmentProviders)[];
}

/**
 * Sets TestBed up the way the app routes a page (inputs bound from the URL) against a fake backend, and returns
 * the backend, to answer the page's requests and verify none is left unanswered.
 */
export function configureRoutedPageTest({ routes, elsewhere = [], providers = [] }: RoutedPageTestOptions): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([...routes, ...elsewhere.map((path) => ({ path, component: ElsewherePage }))], withComponentInputBinding()),
      provideHttpClient(),
      provideHttpClientTesting(),
      ...providers,
    ],
  });
  return TestBed.inject(HttpTestingController);
}

/** A page opened through the router, with what a test reads and awaits on it. */
export interface RoutedPage {
  harness: RouterTestingHarness;
  /** The routed page's element, read again after each navigation. */
  page(): HTMLElement;
  find<T extends HTMLElement = HTMLElement>(testId: string): T | null;
  /** Lets pending work finish, then renders. */
  settle(): Promise<void>;
  /** Answers the vendor overview every analytics page asks for first (vendors and their monthly volumes), then settles. */
  respondWithVendors(vendors: readonly VendorDto[], volumes: readonly MonthlyVolumeDto[]): Promise<void>;
}

export function routedPage(harness: RouterTestingHarness): RoutedPage {
  const page = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.detectChanges();
  };
  return {
    harness,
    page,
    find: <T extends HTMLElement = HTMLElement>(testId: string) => page().querySelector<T>(`[data-testid="${testId}"]`),
    settle,
    respondWithVendors: async (vendors, volumes) => {
      const http = TestBed.inject(HttpTestingController);
      http.expectOne('/api/vendors').flush(vendors);
      http.expectOne('/api/vendors/monthly-volume').flush(volumes);
      await settle();
    },
  };
}

/** Navigates to `url` in a fresh router harness. */
export async function openRoutedPage(url: string): Promise<RoutedPage> {
  return routedPage(await RouterTestingHarness.create(url));
}

/** Signs `user` in the way the app restores a session: the session store asks the API who is signed in. */
export async function signIn(session: { restore(): Promise<unknown> }, user: SessionUserDto): Promise<void> {
  // A session comes with the readable XSRF-TOKEN cookie; without it the dashboard does not ask who is signed in.
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
  const restoring = session.restore();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(user);
  await restoring;
}
