import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUserDto } from '@rapport/contracts';
import { SessionStore } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, routedPage, typeInto } from '@rapport/dashboard-ui/testing';
import { PASSWORD_ROUTES } from '../login.routes';

const REVIEWER: SessionUserDto = {
  id: 'u3',
  email: 'quinn.reviewer@client.example',
  role: 'qa-reviewer',
  vendorId: null,
  displayName: 'Quinn',
};
const NEW_PASSWORD = 'three words together';

// A session sets the readable XSRF-TOKEN cookie; without one the dashboard does not ask the API who is signed in.
beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
});

describe('ChangePasswordPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({
      routes: [{ path: 'password', children: PASSWORD_ROUTES }],
      elsewhere: ['vendors', 'scorecard', 'reviews', 'login'],
    });
  });
  afterEach(() => http.verify());

  async function open(url: string, user: SessionUserDto) {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    // The route guard first asks who is signed in.
    let probes = http.match('/api/auth/me');
    for (let tick = 0; probes.length === 0 && tick < 20; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      probes = http.match('/api/auth/me');
    }
    probes[0]?.flush(user);
    await navigation;
    harness.detectChanges();
    const { find, settle } = routedPage(harness);
    const fill = (current: string, next: string, repeat = next) => {
      typeInto(find('password-current'), current);
      typeInto(find('password-new'), next);
      typeInto(find('password-repeat'), repeat);
    };
    const submit = async () => {
      (find('password-form') as HTMLFormElement).dispatchEvent(new Event('submit'));
      harness.detectChanges();
      await harness.fixture.whenStable();
    };
    return { find, fill, submit, settle };
  }

  it('tells a user with a temporary password why they are here', async () => {
    const page = await open('/password', { ...REVIEWER, passwordChangeRequired: true });
    expect(page.find('password-required')?.textContent).toContain('administrator set your current password');
  });

  it('says nothing of temporary passwords to a user changing theirs by choice', async () => {
    const page = await open('/password', REVIEWER);
    expect(page.find('password-required')).toBeNull();
  });

  it.each([
    ['too short', 'short one', 'short one', 'at least 12 characters'],
    ['holding the e-mail name', 'quinn.reviewer 2026!', 'quinn.reviewer 2026!', 'e-mail'],
    ['typed differently twice', NEW_PASSWORD, 'three words togethe', 'differ'],
  ])('explains a new password %s before sending anything', async (_case, next, repeat, reason) => {
    const page = await open('/password', REVIEWER);
    page.fill('the temporary one', next, repeat);
    await page.submit();
    expect(page.find('password-error')?.textContent).toContain(reason);
    expect(page.find('password-error')?.closest('[role="alert"]')).not.toBeNull();
    http.expectNone('/api/auth/password');
  });

  it('changes the password, lifts the forced change and continues where the user was going', async () => {
    const page = await open('/password?returnUrl=%2Fscorecard', { ...REVIEWER, passwordChangeRequired: true });
    page.fill('the temporary one', NEW_PASSWORD);
    await page.submit();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/password' });
    expect(request.request.body).toEqual({ currentPassword: 'the temporary one', newPassword: NEW_PASSWORD });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    expect(TestBed.inject(Router).url).toBe('/scorecard');
    expect(TestBed.inject(SessionStore).passwordChangeRequired()).toBe(false);
  });

  it('goes to the role’s home page when it has nowhere else to return to', async () => {
    const page = await open('/password?returnUrl=%2F%2Fevil.example', REVIEWER);
    page.fill('my old password', NEW_PASSWORD);
    await page.submit();
    http.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    // A QA reviewer's work is the review queue.
    expect(TestBed.inject(Router).url).toBe('/reviews');
  });

  it('shows the API’s message for a wrong current password and stays', async () => {
    const page = await open('/password', REVIEWER);
    page.fill('not my password', NEW_PASSWORD);
    await page.submit();
    http
      .expectOne('/api/auth/password')
      .flush(
        { statusCode: 400, code: 'invalid_current_password', message: 'The current password is incorrect' },
        { status: 400, statusText: 'Bad Request' },
      );
    await page.settle();
    expect(page.find('password-error')?.textContent?.trim()).toBe('The current password is incorrect');
    expect(TestBed.inject(Router).url).toBe('/password');
  });
});
