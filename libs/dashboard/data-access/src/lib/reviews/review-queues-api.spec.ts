import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ReviewQueuesApi } from './review-queues-api';
import { RubricsApi } from './rubrics-api';

describe('review queue and rubric clients', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('refills, lists assignments and reads a calibration report by escaped queue id', () => {
    const api = TestBed.inject(ReviewQueuesApi);
    api.refill('q/1').subscribe();
    const refill = http.expectOne('/api/reviews/queues/q%2F1/refill');
    expect(refill.request.method).toBe('POST');
    refill.flush({});
    api.setSchedule('q/1', 'weekly').subscribe();
    const schedule = http.expectOne('/api/reviews/queues/q%2F1/schedule');
    expect([schedule.request.method, schedule.request.body]).toEqual(['PUT', { refill: 'weekly' }]);
    schedule.flush({});
    api.assignments('q1').subscribe();
    http.expectOne('/api/reviews/queues/q1/assignments').flush([]);
    api.calibrationReport('q 1').subscribe();
    http.expectOne('/api/reviews/calibrations/q%201/report').flush({});
    api.reviewers().subscribe();
    http.expectOne('/api/reviews/reviewers').flush([]);
  });

  it('creates a rubric with POST and changes one with PUT', () => {
    const api = TestBed.inject(RubricsApi);
    const rubric = { name: 'R', description: '', criteria: [] };
    api.create(rubric).subscribe();
    const create = http.expectOne('/api/reviews/rubrics');
    expect([create.request.method, create.request.body]).toEqual(['POST', rubric]);
    create.flush({});
    api.update('r1', rubric).subscribe();
    const update = http.expectOne('/api/reviews/rubrics/r1');
    expect(update.request.method).toBe('PUT');
    update.flush({});
  });
});
