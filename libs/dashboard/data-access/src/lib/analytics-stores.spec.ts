import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AgentsStore } from './agents/agents-store';
import { ComparisonStore } from './comparison/comparison-store';
import { CoverageStore } from './coverage/coverage-store';
import { DriversStore } from './drivers/drivers-store';
import { GapsStore } from './gaps/gaps-store';
import { RuleExamplesStore } from './rule-examples/rule-examples-store';
import { ScorecardApi } from './scorecard/scorecard-api';
import { ScorecardStore } from './scorecard/scorecard-store';

describe('analytics stores', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it.each([
    ['scorecard', () => TestBed.inject(ScorecardStore), '/api/analytics/scorecard?from=2025-01&languages=de,fr&to=2025-12'],
    ['comparison', () => TestBed.inject(ComparisonStore), '/api/analytics/compare?from=2025-01&languages=de,fr&to=2025-12'],
    ['coverage', () => TestBed.inject(CoverageStore), '/api/analytics/coverage?from=2025-01&languages=de,fr&to=2025-12'],
    ['drivers', () => TestBed.inject(DriversStore), '/api/analytics/drivers?from=2025-01&languages=de,fr&to=2025-12'],
  ])('the %s store asks its endpoint with the filters as query parameters', (_name, inject, url) => {
    const store = inject();
    store.load({ from: '2025-01', to: '2025-12', languages: ['de', 'fr'] });
    http.expectOne({ method: 'GET', url }).flush({});
    expect(store.state().load.status).toBe('loaded');
  });

  it('the agents store asks for one vendor, metric and page', () => {
    const store = TestBed.inject(AgentsStore);
    store.load({ vendor: 'lisboa-contact', metric: 'courtesy', page: 2, month: '2025-05' });
    http.expectOne('/api/analytics/agents?metric=courtesy&month=2025-05&page=2&vendor=lisboa-contact').flush({});
    expect(store.state().load.status).toBe('loaded');
  });

  it('the gaps store asks for the metrics it needs', () => {
    const store = TestBed.inject(GapsStore);
    store.load({ from: '2025-03', to: '2025-05', metrics: ['overall', 'csat'] });
    http.expectOne('/api/analytics/gaps?from=2025-03&metrics=overall,csat&to=2025-05').flush({});
    expect(store.state().load.status).toBe('loaded');
  });

  it('the rule examples store asks for a few low-CSAT conversations per rule and keys them by rule', () => {
    const store = TestBed.inject(RuleExamplesStore);
    store.load({ vendors: ['v1'], month: '2025-05', rules: ['courtesy.curt-reply', 'responsiveness.slow-first-reply'], perRule: 2 });
    const base = 'csat=any&month=2025-05&pageSize=2';
    http.expectOne(`/api/conversations?${base}&rule=courtesy.curt-reply&sort=csat&vendors=v1`).flush({ items: [{ id: 'c1' }] });
    http.expectOne(`/api/conversations?${base}&rule=responsiveness.slow-first-reply&sort=csat&vendors=v1`).flush({ items: [] });
    expect(store.state().load).toEqual({ status: 'loaded', data: { 'courtesy.curt-reply': [{ id: 'c1' }], 'responsiveness.slow-first-reply': [] } });
  });

  it('the rule examples store answers at once when there is no rule', () => {
    const store = TestBed.inject(RuleExamplesStore);
    store.load({ month: '2025-05', rules: [] });
    expect(store.state().load).toEqual({ status: 'loaded', data: {} });
  });

  it('points the PDF download at the reports endpoint for the month', () => {
    expect(TestBed.inject(ScorecardApi).pdfUrl('2025-05')).toBe('/api/reports/scorecard.pdf?month=2025-05');
  });
});
