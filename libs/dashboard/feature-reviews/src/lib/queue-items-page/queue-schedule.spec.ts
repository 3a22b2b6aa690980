import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { QueueDto } from '@rapport/contracts';
import { REVIEWS_ROUTES } from '../reviews.routes';

const QUEUE: QueueDto = {
  id: 'q1',
  name: 'March sample',
  kind: 'sampling',
  rubricId: 'r1',
  rubricVersion: 1,
  seed: 7,
  from: '2026-03-01',
  to: '2026-03-31',
  rule: { kind: 'random', perVendorWeek: 2 },
  items: 4,
  submitted: 1,
  createdAt: '2026-03-01T00:00:00.000Z',
  refill: null,
  nextRefillAt: null,
};

describe('queue page: refill schedule', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reviews', children: REVIEWS_ROUTES }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('saves a new schedule and says so, with the next refill the API answered', async () => {
    const harness = await RouterTestingHarness.create('/reviews/queues/q1');
    const root = () => harness.routeNativeElement as HTMLElement;
    const find = (testId: string) => root().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    const settle = async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    http.expectOne('/api/reviews/queues/q1/assignments').flush([]);
    http.expectOne('/api/reviews/queues').flush([QUEUE]);
    http.expectOne('/api/reviews/reviewers').flush([]);
    await settle();
    expect(find('queue-schedule-now')?.textContent).toBe('On request only');

    const select = find('queue-schedule-select') as HTMLSelectElement;
    select.value = 'weekly';
    select.dispatchEvent(new Event('change'));
    await settle();
    find('save-schedule')?.click();
    await settle();
    const put = http.expectOne('/api/reviews/queues/q1/schedule');
    expect([put.request.method, put.request.body]).toEqual(['PUT', { refill: 'weekly' }]);
    put.flush({ ...QUEUE, refill: 'weekly', nextRefillAt: '2026-03-09T10:00:00.000Z' });
    await settle();
    expect(find('queue-schedule-saved')?.textContent?.trim()).toBe(
      'Schedule saved: every week · next refill 9 Mar 2026, 10:00 UTC.',
    );
    expect(find('queue-schedule-now')?.textContent).toBe('Every week · next refill 9 Mar 2026, 10:00 UTC');
  });
});
