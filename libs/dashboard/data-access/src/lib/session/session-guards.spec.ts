import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUserDto } from '@rapport/contracts';
import { sessionExpiryInterceptor } from './session-expiry.interceptor';
import { canOpen, signedInOnly, signedOutOnly } from './session-guards';
import { SessionStore } from './session-store';

@Component({ template: '<p>page</p>' })
class Page {}

const user = (role: SessionUserDto['role']): SessionUserDto => ({
  id: 'u1',
  email: 'u@test.example',
  role,
  vendorId: role === 'partner' ? 'v1' : null,
  displayName: 'U',
});

// A session sets the readable XSRF-TOKEN cookie; without one the dashboard does not ask the API who is signed in.
beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
});

describe('session guards', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Page, canActivate: [signedOutOnly] },
          { path: 'vendors', component: Page, canActivate: [canOpen('vendors')] },
          { path: 'scorecard', component: Page, canActivate: [canOpen('scorecard')] },
          { path: 'settings', component: Page, canActivate: [canOpen('settings')] },
          { path: 'password', component: Page, canActivate: [signedInOnly] },
          { path: 'not-allowed', component: Page, canActivate: [signedInOnly] },
        ]),
        provideHttpClient(withInterceptors([sessionExpiryInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function navigate(url: string, me: SessionUserDto | null): Promise<string> {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    // The guard asks who is signed in once the navigation reaches it.
    let probes = http.match('/api/auth/me');
    for (let tick = 0; probes.length === 0 && tick < 20; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      probes = http.match('/api/auth/me');
    }
    expect(probes).toHaveLength(1);
    const probe = probes[0] as (typeof probes)[number];
    if (me) {
      probe.flush(me);
    } else {
      probe.flush(
        { statusCode: 401, code: 'unauthenticated', message: 'Sign in' },
        { status: 401, statusText: 'Unauthorized' },
      );
    }
    await navigation;
    return TestBed.inject(Router).url;
  }

  it('sends people without a session to sign in, remembering where they were going', async () => {
    expect(await navigate('/settings?tab=users', null)).toBe('/login?returnUrl=%2Fsettings%3Ftab%3Dusers');
  });

  it('lets a role open its pages and sends it home from the others', async () => {
    expect(await navigate('/settings', user('admin'))).toBe('/settings');
  });

  it('sends a partner away from settings to a page that names the refused page', async () => {
    expect(await navigate('/settings', user('partner'))).toBe('/not-allowed?page=settings');
  });

  it('sends a user whose password an administrator gave out to change it first, then back', async () => {
    const temporary = { ...user('admin'), passwordChangeRequired: true };
    expect(await navigate('/settings?tab=users', temporary)).toBe('/password?returnUrl=%2Fsettings%3Ftab%3Dusers');
  });

  it('opens the change-password page for any signed-in user, and asks others to sign in', async () => {
    expect(await navigate('/password', user('executive'))).toBe('/password');
  });

  it('asks people without a session to sign in before changing a password', async () => {
    expect(await navigate('/password', null)).toBe('/login?returnUrl=%2Fpassword');
  });

  it('sends signed-in users away from the sign-in page, to where their work is', async () => {
    expect(await navigate('/login', user('executive'))).toBe('/scorecard');
  });

  it('goes to sign-in when the API says a signed-in session has ended', async () => {
    expect(await navigate('/vendors', user('qa-reviewer'))).toBe('/vendors');
    TestBed.inject(HttpClient)
      .get('/api/vendors')
      .subscribe({ error: () => undefined });
    http
      .expectOne('/api/vendors')
      .flush(
        { statusCode: 401, code: 'unauthenticated', message: 'Sign in' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await TestBed.inject(Router).navigated;
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(SessionStore).status()).toBe('signed-out');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fvendors');
  });
});
