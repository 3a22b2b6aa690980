import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ReviewsApi } from './reviews-api';

describe('ReviewsApi', () => {
  let api: ReviewsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReviewsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('saves drafts with PUT and submits with POST, escaping the assignment id', () => {
    const draft = { ratings: [{ criterion: 'courtesy', value: 4 }], comments: [] };
    api.saveDraft('a/1', draft).subscribe();
    const put = http.expectOne('/api/reviews/assignments/a%2F1/review');
    expect([put.request.method, put.request.body]).toEqual(['PUT', draft]);
    put.flush({});
    api.submit('a1', draft).subscribe();
    const post = http.expectOne('/api/reviews/assignments/a1/submit');
    expect(post.request.method).toBe('POST');
    post.flush({});
  });

  it('sends a dispute reason and a lead decision', () => {
    api.openDispute('r1', 'Please look again').subscribe();
    const open = http.expectOne('/api/reviews/r1/disputes');
    expect(open.request.body).toEqual({ reason: 'Please look again' });
    open.flush({});
    api.decide('d1', { decision: 'reject', reply: 'The grade stands' }).subscribe();
    const decide = http.expectOne('/api/reviews/disputes/d1/decision');
    expect(decide.request.body).toEqual({ decision: 'reject', reply: 'The grade stands' });
    decide.flush({});
  });
});
