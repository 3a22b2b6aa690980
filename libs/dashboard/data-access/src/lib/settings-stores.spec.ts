import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiKeyDto, ScoringSettingsDto, UserDto, VendorProfileDto, VendorProfileInput } from '@rapport/contracts';
import { ApiKeysStore } from './api-keys/api-keys-store';
import { ConversationListStore } from './conversations/conversation-list-store';
import { ConversationStore } from './conversations/conversation-store';
import { ScoringSettingsStore } from './scoring-settings/scoring-settings-store';
import { UsersStore } from './users/users-store';
import { VendorProfilesStore } from './vendor-profiles/vendor-profiles-store';

const SETTINGS: ScoringSettingsDto = {
  weights: { responsiveness: 1, courtesy: 1, comprehension: 1 },
  slaTargets: {
    chat: { firstResponseSeconds: 60, replyGapSeconds: 120 },
    email: { firstResponseSeconds: 3600, replyGapSeconds: 3600 },
    social: { firstResponseSeconds: 3600, replyGapSeconds: 3600 },
    'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 },
    'phone-notes': { firstResponseSeconds: 3600, replyGapSeconds: 3600 },
  },
};

const vendor = (id: string, name: string): VendorProfileDto => ({
  id,
  slug: id,
  name,
  country: 'PT',
  timeZone: 'Europe/Lisbon',
  sites: [],
  businessHours: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] },
  expectedFormality: {},
  holidays: [],
  createdAt: '2025-01-01T00:00:00.000Z',
});

const user = (id: string, overrides: Partial<UserDto> = {}): UserDto => ({
  id,
  email: `${id}@example.com`,
  role: 'qa-reviewer',
  vendorId: null,
  displayName: id,
  createdAt: '2025-01-01T00:00:00.000Z',
  lastLoginAt: null,
  disabled: false,
  lockedUntil: null,
  ...overrides,
});

const key = (id: string, overrides: Partial<ApiKeyDto> = {}): ApiKeyDto => ({
  id,
  name: id,
  prefix: 'rk_abcd',
  scope: 'ingest',
  source: 'helpdesk',
  vendorId: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

const loaded = <T>(state: { status: string; data?: T }) => (state.status === 'loaded' ? state.data : undefined);

describe('settings and conversation stores', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads scoring settings and replaces them with what a save answers', () => {
    const store = TestBed.inject(ScoringSettingsStore);
    store.load();
    http.expectOne({ method: 'GET', url: '/api/settings/scoring' }).flush(SETTINGS);
    const changed = { ...SETTINGS, weights: { responsiveness: 2, courtesy: 1, comprehension: 1 } };
    const started: unknown[] = [];
    store.save(changed, (rescore) => started.push(rescore));
    const request = http.expectOne({ method: 'PUT', url: '/api/settings/scoring' });
    expect(request.request.body).toEqual(changed);
    request.flush({ ...changed, rescore: { started: true, conversations: 12 } });
    expect(loaded(store.state())).toEqual(changed);
    expect(started).toEqual([{ started: true, conversations: 12 }]);
  });

  it('creates a vendor with POST, changes one with PUT, and keeps the list sorted by name', () => {
    const store = TestBed.inject(VendorProfilesStore);
    store.load();
    http.expectOne('/api/vendors/profiles').flush([vendor('v1', 'Lisboa'), vendor('v3', 'Porto')]);

    const profile: VendorProfileInput = { ...vendor('v2', 'Manila'), expectedFormality: {} };
    store.save({ id: null, profile });
    http.expectOne({ method: 'POST', url: '/api/vendors' }).flush(vendor('v2', 'Manila'));
    const saved: unknown[] = [];
    store.save({ id: 'v3', profile: { ...profile, name: 'Aveiro' } }, (changed, rescore) => saved.push(changed.name, rescore));
    http.expectOne({ method: 'PUT', url: '/api/vendors/v3' }).flush({ ...vendor('v3', 'Aveiro'), rescore: { started: false, conversations: 0 } });

    expect(loaded<VendorProfileDto[]>(store.state())).toEqual([vendor('v3', 'Aveiro'), vendor('v1', 'Lisboa'), vendor('v2', 'Manila')]);
    expect(saved).toEqual(['Aveiro', { started: false, conversations: 0 }]);
  });

  it('keeps a new user’s temporary password only in the create state, and updates the list', () => {
    const store = TestBed.inject(UsersStore);
    store.load();
    http.expectOne('/api/users').flush([user('ana')]);
    store.create({ email: 'bo@example.com', displayName: 'Bo', role: 'executive', vendorId: null });
    http.expectOne({ method: 'POST', url: '/api/users' }).flush({ user: user('bo', { role: 'executive' }), temporaryPassword: 'temp-pass-123456' });
    expect(store.creating.state()).toMatchObject({ status: 'done', result: { temporaryPassword: 'temp-pass-123456' } });
    expect(JSON.stringify(store.state())).not.toContain('temp-pass-123456');

    store.update('ana', { disabled: true });
    http.expectOne({ method: 'PATCH', url: '/api/users/ana' }).flush(user('ana', { disabled: true }));
    store.resetPassword('bo');
    http.expectOne({ method: 'POST', url: '/api/users/bo/password-reset' }).flush({ user: user('bo'), temporaryPassword: 'another-one-123' });
    expect(loaded<UserDto[]>(store.state())?.map((item) => [item.id, item.disabled])).toEqual([
      ['bo', false],
      ['ana', true],
    ]);
  });

  it('creates and revokes API keys', () => {
    const store = TestBed.inject(ApiKeysStore);
    store.load();
    http.expectOne('/api/api-keys').flush([key('k1')]);
    store.create({ name: 'Zendesk', scope: 'ingest', source: 'zendesk', vendorId: null });
    http.expectOne({ method: 'POST', url: '/api/api-keys' }).flush({ apiKey: key('k2'), key: 'rk_secret' });
    store.revoke('k1');
    http.expectOne({ method: 'DELETE', url: '/api/api-keys/k1' }).flush(key('k1', { revokedAt: '2025-03-01T00:00:00.000Z' }));
    expect(loaded<ApiKeyDto[]>(store.state())?.map((item) => [item.id, item.revokedAt])).toEqual([
      ['k2', null],
      ['k1', '2025-03-01T00:00:00.000Z'],
    ]);
  });

  it('asks for a page of conversations with the filters, and for one conversation by id', () => {
    TestBed.inject(ConversationListStore).load({ vendors: ['lisboa-contact'], languages: ['de'], csat: 'unsatisfied', page: 2, sort: '-overall' });
    http.expectOne('/api/conversations?csat=unsatisfied&languages=de&page=2&sort=-overall&vendors=lisboa-contact').flush({ page: 2, pageSize: 50, total: 0, sort: '-overall', items: [] });
    TestBed.inject(ConversationStore).load('c/1');
    http.expectOne('/api/conversations/c%2F1').flush({});
  });
});
