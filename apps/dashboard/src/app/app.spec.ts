import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { SessionUserDto } from '@rapport/contracts';
import { App } from './app';
import { appConfig } from './app.config';

const ADMIN: SessionUserDto = {
  id: 'u1',
  email: 'ada@client.example',
  role: 'admin',
  vendorId: null,
  displayName: 'Ada Admin',
};
const PARTNER: SessionUserDto = {
  id: 'u2',
  email: 'ana@partner.example',
  role: 'partner',
  vendorId: 'v1',
  displayName: 'Ana Partner',
};

// A session sets the readable XSRF-TOKEN cookie; without one the dashboard does not ask the API who is signed in.
beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
});

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  /** Navigates; the page guards first ask the API who is signed in, answered here with `user` (null: nobody). */
  async function open(url: string, user: SessionUserDto | null = ADMIN) {
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    const navigation = router.navigateByUrl(url);
    const http = TestBed.inject(HttpTestingController);
    let probes = http.match('/api/auth/me');
    for (let tick = 0; probes.length === 0 && tick < 20; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      probes = http.match('/api/auth/me');
    }
    for (const probe of probes) {
      if (user) {
        probe.flush(user);
      } else {
        probe.flush(
          { statusCode: 401, code: 'unauthenticated', message: 'Sign in to continue' },
          { status: 401, statusText: 'Unauthorized' },
        );
      }
    }
    await navigation;
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, router, element };
  }

  it('shows the product name in the header', async () => {
    const { element } = await open('/scorecard');
    expect(element.querySelector('header [data-testid="product-name"]')?.textContent).toBe('Rapport');
  });

  it('has the nine pages in the main navigation, in order, with stable test ids', async () => {
    const { element } = await open('/scorecard');
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a'));
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href'), link.dataset['testid']])).toEqual([
      ['Scorecard', '/scorecard', 'nav-scorecard'],
      ['Compare', '/compare', 'nav-compare'],
      ['Vendors', '/vendors', 'nav-vendors'],
      ['Gaps', '/gaps', 'nav-gaps'],
      ['Conversations', '/conversations', 'nav-conversations'],
      ['Reviews', '/reviews', 'nav-reviews'],
      ['Reports', '/reports', 'nav-reports'],
      ['Imports', '/imports', 'nav-imports'],
      ['Settings', '/settings', 'nav-settings'],
    ]);
  });

  it('opens the vendors page by default and loads its data', async () => {
    const { router, element } = await open('/');
    expect(router.url).toBe('/vendors');
    expect(element.querySelector('rp-vendors-page h1')?.textContent).toBe('Vendors');
    expect(element.querySelector('[data-testid="nav-vendors"]')?.getAttribute('aria-current')).toBe('page');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/vendors');
    http.expectOne('/api/vendors/monthly-volume');
    expect(TestBed.inject(Title).getTitle()).toBe('Vendors · Rapport');
  });

  it.each([
    ['/scorecard', 'rp-scorecard-page', 'Monthly scorecard', 'Scorecard'],
    ['/compare', 'rp-compare-page', 'Compare vendors', 'Compare'],
  ])('loads the page built for %s', async (url, selector, heading, title) => {
    const { element } = await open(url);
    expect(element.querySelector(`${selector} h1`)?.textContent).toBe(heading);
    expect(TestBed.inject(Title).getTitle()).toBe(`${title} · Rapport`);
  });

  it.each([
    ['/gaps', 'rp-gaps-page', 'Gaps'],
    ['/conversations', 'rp-conversations-page', 'Conversations'],
    ['/imports', 'rp-imports-page', 'Imports'],
  ])('loads the page built for %s', async (url, selector, title) => {
    const { element } = await open(url);
    expect(element.querySelector(selector)).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe(`${title} · Rapport`);
  });

  it('answers an unknown address with a not-found page, not a redirect', async () => {
    const { router, element } = await open('/no-such-page');
    expect(router.url).toBe('/no-such-page');
    expect(element.querySelector('[data-testid="not-found"]')?.textContent).toContain('There is no page at this address.');
  });

  it('sends visitors without a session to sign in, without the navigation', async () => {
    const { router, element } = await open('/scorecard', null);
    expect(router.url).toBe('/login?returnUrl=%2Fscorecard');
    expect(element.querySelector('[data-testid="login-form"]')).not.toBeNull();
    expect(element.querySelectorAll('nav[aria-label="Main"] a')).toHaveLength(0);
    expect(element.querySelector('[data-testid="sign-out"]')).toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in · Rapport');
  });

  it('shows a partner user only the pages of its role and keeps it out of the others', async () => {
    const { router, element } = await open('/settings', PARTNER);
    // A page the role may not open says so instead of silently landing elsewhere.
    expect(router.url).toBe('/not-allowed?page=settings');
    expect(element.querySelector('[data-testid="not-allowed"]')).not.toBeNull();
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a'));
    expect(links.map((link) => link.dataset['testid'])).toEqual(['nav-scorecard', 'nav-vendors', 'nav-conversations', 'nav-reviews', 'nav-reports']);
    expect(element.querySelector('[data-testid="signed-in-as"]')?.textContent).toBe('Ana Partner');
  });

  it('links every signed-in user to the change-password page from the header', async () => {
    const { fixture, router, element } = await open('/scorecard', PARTNER);
    const link = element.querySelector<HTMLAnchorElement>('[data-testid="change-password"]');
    expect(link?.getAttribute('href')).toBe('/password');
    link?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(router.url).toBe('/password');
    expect(element.querySelector('[data-testid="password-form"]')).not.toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Change password · Rapport');
  });

  it('sends a user with a temporary password to change it before any page', async () => {
    const { router, element } = await open('/scorecard', { ...ADMIN, passwordChangeRequired: true });
    expect(router.url).toBe('/password?returnUrl=%2Fscorecard');
    expect(element.querySelector('[data-testid="password-required"]')).not.toBeNull();
  });

  it('signs out on the server and returns to the sign-in page', async () => {
    const { fixture, router, element } = await open('/scorecard');
    (element.querySelector('[data-testid="sign-out"]') as HTMLButtonElement).click();
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(router.url).toBe('/login');
    expect(element.querySelectorAll('nav[aria-label="Main"] a')).toHaveLength(0);
    expect(element.querySelector('[data-testid="login-form"]')).not.toBeNull();
  });
});
