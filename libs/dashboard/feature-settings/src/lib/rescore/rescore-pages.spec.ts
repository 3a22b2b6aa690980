import type { HttpTestingController } from '@angular/common/http/testing';
import { RESCORE_POLL_INTERVAL_MS } from '@rapport/dashboard-data-access';
import { configureRoutedPageTest, openRoutedPage } from '@rapport/dashboard-ui/testing';
import { PROFILE, SETTINGS } from '../../testing/settings-fixtures';
import { SETTINGS_ROUTES } from '../settings.routes';

const POLL_MS = 15;
/**
 * The poll's clock is the test's: RxJS timers run on setInterval, which alone is faked, so a poll happens exactly when
 * the test moves the clock, and "no timer left" is a fact to check rather than a wait. Angular keeps its real timers.
 */
const ANGULAR_TIMERS = ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout'] as const;
/** One poll interval on the test's clock: the poll due in it is asked before this resolves. */
const nextPoll = () => jest.advanceTimersByTimeAsync(POLL_MS);
/** No timer is left that could ask again, however long one waits. */
async function expectNoMorePolls(http: HttpTestingController): Promise<void> {
  await jest.advanceTimersByTimeAsync(POLL_MS * 20);
  http.expectNone(PROGRESS_URL);
  expect(jest.getTimerCount()).toBe(0);
}
const PROGRESS_URL = '/api/settings/scoring/rescore';

describe('rescoring after a settings change', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: [...ANGULAR_TIMERS] });
    http = configureRoutedPageTest({
      routes: [{ path: 'settings', children: SETTINGS_ROUTES }],
      elsewhere: ['elsewhere'],
      providers: [{ provide: RESCORE_POLL_INTERVAL_MS, useValue: POLL_MS }],
    });
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const progressLabel = (page: HTMLElement) => page.querySelector('rp-progress-bar')?.querySelector('span')?.textContent?.trim();

  it('says how many conversations are rescored, follows the progress, and stops once scores are up to date', async () => {
    const { find, settle, page } = await openRoutedPage('/settings/scoring');
    http.expectOne('/api/settings/scoring').flush(SETTINGS);
    http.expectOne('/api/scoring/card').flush({ scorerVersion: '2.0.0', method: '', entries: [], dataCredits: [] });
    http.expectOne(PROGRESS_URL).flush({ running: false, done: 0, total: 0 });
    await settle();
    expect(find('scoring-rescoring')).toBeNull();
    find('save-scoring')?.click();
    http.expectOne({ method: 'PUT', url: '/api/settings/scoring' }).flush({ ...SETTINGS, rescore: { started: true, conversations: 1234 } });
    await settle();
    const status = find('scoring-saved');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('Saved. Rescoring 1,234 conversations with the new settings…');
    expect(progressLabel(page())).toBe('0 of 1,234 rescored');

    await nextPoll();
    http.expectOne({ method: 'GET', url: PROGRESS_URL }).flush({ running: true, done: 600, total: 1234 });
    await settle();
    expect(progressLabel(page())).toBe('600 of 1,234 rescored');
    expect((find('rescore-progress') as HTMLProgressElement).value).toBe(600);

    await nextPoll();
    http.expectOne({ method: 'GET', url: PROGRESS_URL }).flush({ running: false, done: 0, total: 0 });
    await settle();
    expect(find('scoring-saved')?.textContent).toBe('Saved. Scores are up to date.');
    expect(find('rescore-progress')).toBeNull();
    await expectNoMorePolls(http);
  });

  it('shows a rescore already running when the page opens (a new scorer version at start-up) and follows it', async () => {
    const { find, settle, page } = await openRoutedPage('/settings/scoring');
    http.expectOne('/api/settings/scoring').flush(SETTINGS);
    http.expectOne('/api/scoring/card').flush({ scorerVersion: '2.2.0', method: '', entries: [], dataCredits: [] });
    http.expectOne(PROGRESS_URL).flush({ running: true, done: 1200, total: 5000 });
    await settle();
    const status = find('scoring-rescoring');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('Rescoring 5,000 conversations in the background (after a scorer update or an earlier change)…');
    expect(progressLabel(page())).toBe('1,200 of 5,000 rescored');

    await nextPoll();
    http.expectOne({ method: 'GET', url: PROGRESS_URL }).flush({ running: false, done: 0, total: 0 });
    await settle();
    expect(find('scoring-rescoring')?.textContent).toBe('Scores are up to date.');
    expect(find('rescore-progress')).toBeNull();
    await expectNoMorePolls(http);
  });

  it('says so when a vendor change affected no stored scores, and asks nothing more', async () => {
    const { find, settle } = await openRoutedPage(`/settings/vendors?edit=${PROFILE.id}`);
    http.expectOne('/api/vendors/profiles').flush([PROFILE]);
    await settle();
    find('save-vendor')?.click();
    http.expectOne({ method: 'PUT', url: `/api/vendors/${PROFILE.id}` }).flush({ ...PROFILE, rescore: { started: false, conversations: 0 } });
    await settle();
    expect(find('vendor-saved')?.textContent).toBe('Lisboa Contact saved. No stored scores were affected.');
    expect(find('rescore-progress')).toBeNull();
    await expectNoMorePolls(http);
  });

  it('stops asking for progress when the page is left', async () => {
    const { find, settle, harness } = await openRoutedPage(`/settings/vendors?edit=${PROFILE.id}`);
    http.expectOne('/api/vendors/profiles').flush([PROFILE]);
    await settle();
    find('save-vendor')?.click();
    http.expectOne({ method: 'PUT', url: `/api/vendors/${PROFILE.id}` }).flush({ ...PROFILE, rescore: { started: true, conversations: 1 } });
    await settle();
    expect(find('vendor-saved')?.textContent).toBe('Lisboa Contact saved. Rescoring 1 conversation with the new settings…');

    await nextPoll();
    http.expectOne(PROGRESS_URL).flush({ running: true, done: 0, total: 1 });
    await harness.navigateByUrl('/elsewhere');
    await expectNoMorePolls(http);
  });
});
