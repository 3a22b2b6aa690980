import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUserDto } from '@rapport/contracts';
import { configureRoutedPageTest, routedPage, typeInto } from '@rapport/dashboard-ui/testing';
import { LOGIN_ROUTES } from '../login.routes';

const PARTNER: SessionUserDto = {
  id: 'u2',
  email: 'ana@partner.example',
  role: 'partner',
  vendorId: 'v1',
  displayName: 'Ana',
};

// A session sets the readable XSRF-TOKEN cookie; without one the dashboard does not ask the API who is signed in.
beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
});

describe('LoginPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({
      routes: [{ path: 'login', children: LOGIN_ROUTES }],
      elsewhere: ['vendors', 'scorecard', 'password'],
    });
  });
  afterEach(() => http.verify());

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    // The route guard first asks whether a session exists.
    let probes = http.match('/api/auth/me');
    for (let tick = 0; probes.length === 0 && tick < 20; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      probes = http.match('/api/auth/me');
    }
    probes[0]?.flush(
      { statusCode: 401, code: 'unauthenticated', message: 'Sign in' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await navigation;
    harness.detectChanges();
    const { find, settle } = routedPage(harness);
    const type = (testId: string, value: string) => typeInto(find(testId), value);
    const submit = async () => {
      (find('login-form') as HTMLFormElement).dispatchEvent(new Event('submit'));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    return { find, type, submit, settle };
  }

  it('asks for both fields before sending anything', async () => {
    const page = await open('/login');
    await page.submit();
    expect(page.find('login-email-hint')?.textContent).toContain('email');
    expect(page.find('login-password-hint')).not.toBeNull();
    http.expectNone('/api/auth/login');
  });

  it('signs in and returns to the page the user was sent from', async () => {
    const page = await open('/login?returnUrl=%2Fscorecard%3Fmonths%3D6');
    page.type('login-email', 'ana@partner.example');
    page.type('login-password', 'correct horse');
    await page.submit();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ email: 'ana@partner.example', password: 'correct horse' });
    request.flush({ user: PARTNER, csrfToken: 't' });
    await page.settle();
    expect(TestBed.inject(Router).url).toBe('/scorecard?months=6');
  });

  it('sends a user whose password an administrator gave out to change it, remembering where they were going', async () => {
    const page = await open('/login?returnUrl=%2Fscorecard');
    page.type('login-email', 'ana@partner.example');
    page.type('login-password', 'temporary password');
    await page.submit();
    http.expectOne('/api/auth/login').flush({ user: { ...PARTNER, passwordChangeRequired: true }, csrfToken: 't' });
    await page.settle();
    expect(TestBed.inject(Router).url).toBe('/password?returnUrl=%2Fscorecard');
  });

  it('ignores a return address on another site and goes to the role’s home page', async () => {
    const page = await open('/login?returnUrl=%2F%2Fevil.example');
    page.type('login-email', 'ana@partner.example');
    page.type('login-password', 'correct horse');
    await page.submit();
    http.expectOne('/api/auth/login').flush({ user: PARTNER, csrfToken: 't' });
    await page.settle();
    expect(TestBed.inject(Router).url).toBe('/vendors');
  });

  it('shows the API’s message for wrong credentials', async () => {
    const page = await open('/login');
    page.type('login-email', 'ana@partner.example');
    page.type('login-password', 'wrong');
    await page.submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, code: 'invalid_credentials', message: 'Email or password is incorrect' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await page.settle();
    expect(page.find('login-error')?.textContent?.trim()).toBe('Email or password is incorrect');
    expect(page.find('login-locked')).toBeNull();
  });

  it('explains a lock-out and how to get unlocked', async () => {
    const page = await open('/login');
    page.type('login-email', 'ana@partner.example');
    page.type('login-password', 'wrong again');
    await page.submit();
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 423,
        code: 'account_locked',
        message: 'Too many failed sign-ins. Try again in 15 minutes, or ask an administrator to reset the password.',
      },
      { status: 423, statusText: 'Locked' },
    );
    await page.settle();
    expect(page.find('login-locked')?.textContent).toContain('Try again in 15 minutes');
    expect(page.find('login-locked')?.closest('[role="alert"]')).not.toBeNull();
  });
});
