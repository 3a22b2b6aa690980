import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { DataChanges } from '../http/data-changes';
import { VendorsStore } from './vendors-store';

const VENDORS: VendorDto[] = [
  { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: ['Lisbon', 'Porto'] },
];
const VOLUMES: MonthlyVolumeDto[] = [{ vendorId: 'v1', month: '2025-01', conversations: 42 }];

describe('VendorsStore', () => {
  let store: VendorsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(VendorsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('is idle until asked to load', () => {
    expect(store.overview()).toEqual({ status: 'idle' });
  });

  it('loads vendors and their monthly volume from the relative API URLs', () => {
    store.load();
    expect(store.overview()).toEqual({ status: 'loading' });

    http.expectOne({ method: 'GET', url: '/api/vendors' }).flush(VENDORS);
    expect(store.overview()).toEqual({ status: 'loading' });
    http.expectOne({ method: 'GET', url: '/api/vendors/monthly-volume' }).flush(VOLUMES);

    expect(store.overview()).toEqual({ status: 'loaded', data: { vendors: VENDORS, volumes: VOLUMES } });
  });

  it('fails with the API message when either request fails', () => {
    store.load();
    http.expectOne('/api/vendors').flush(VENDORS);
    http
      .expectOne('/api/vendors/monthly-volume')
      .flush({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable.' }, { status: 503, statusText: 'Service Unavailable' });

    expect(store.overview()).toEqual({
      status: 'failed',
      error: { status: 503, code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable.' },
    });
  });

  it('lets a reload supersede a request still in flight', () => {
    store.load();
    const first = http.expectOne('/api/vendors');
    http.expectOne('/api/vendors/monthly-volume');

    store.load();
    expect(first.cancelled).toBe(true);
    http.expectOne('/api/vendors').flush([]);
    http.expectOne('/api/vendors/monthly-volume').flush([]);

    expect(store.overview()).toEqual({ status: 'loaded', data: { vendors: [], volumes: [] } });
  });

  it('refreshes a loaded overview in place when conversations change, and leaves one never loaded alone', () => {
    const changes = TestBed.inject(DataChanges);
    changes.notify();
    http.expectNone('/api/vendors');

    store.load();
    http.expectOne('/api/vendors').flush(VENDORS);
    http.expectOne('/api/vendors/monthly-volume').flush(VOLUMES);
    changes.notify();
    expect(store.overview()).toEqual({ status: 'loaded', data: { vendors: VENDORS, volumes: VOLUMES } });
    const grown: MonthlyVolumeDto[] = [...VOLUMES, { vendorId: 'v1', month: '2025-02', conversations: 7 }];
    http.expectOne('/api/vendors').flush(VENDORS);
    http.expectOne('/api/vendors/monthly-volume').flush(grown);
    expect(store.overview()).toEqual({ status: 'loaded', data: { vendors: VENDORS, volumes: grown } });
  });
});
