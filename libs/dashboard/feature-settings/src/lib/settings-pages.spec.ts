import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ApiKeyDto, ScorerCardDto, UserDto, VendorDto } from '@rapport/contracts';
import { configureRoutedPageTest, openRoutedPage, selectOption, typeInto } from '@rapport/dashboard-ui/testing';
import { PROFILE, SETTINGS } from '../testing/settings-fixtures';
import { SETTINGS_ROUTES } from './settings.routes';

const VENDORS: VendorDto[] = [{ id: PROFILE.id, slug: PROFILE.slug, name: PROFILE.name, country: 'PT', timeZone: 'Europe/Lisbon', sites: ['Lisbon'] }];

const user = (id: string, overrides: Partial<UserDto> = {}): UserDto => ({
  id,
  email: `${id}@example.com`,
  role: 'qa-reviewer',
  vendorId: null,
  displayName: `User ${id}`,
  createdAt: '2025-01-01T00:00:00.000Z',
  lastLoginAt: null,
  disabled: false,
  lockedUntil: null,
  ...overrides,
});

const KEY: ApiKeyDto = { id: 'k1', name: 'Zendesk sync', prefix: 'rk_ab12', scope: 'ingest', source: 'zendesk', vendorId: null, createdAt: '2025-01-01T00:00:00.000Z', lastUsedAt: null, revokedAt: null };

describe('settings pages', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = configureRoutedPageTest({ routes: [{ path: 'settings', children: SETTINGS_ROUTES }] });
  });

  afterEach(() => http.verify());

  const vendorsOverview = () => {
    http.expectOne('/api/vendors').flush(VENDORS);
    http.expectOne('/api/vendors/monthly-volume').flush([]);
  };

  describe('vendors', () => {
    it('opens on the vendors section, listing hours and formality in words', async () => {
      const { find, settle } = await openRoutedPage('/settings');
      await settle();
      expect(TestBed.inject(Router).url).toBe('/settings/vendors');
      expect(find('loading-state')).not.toBeNull();
      http.expectOne('/api/vendors/profiles').flush([PROFILE]);
      await settle();
      const cells = Array.from(find('vendor-settings-table')?.querySelectorAll('tbody tr > *') ?? [], (cell) => cell.textContent?.trim());
      expect(cells.slice(0, 7)).toEqual(['Lisboa Contact', 'lisboa-contact', 'PT', 'Europe/Lisbon', 'Lisbon', 'Mon–Fri 08:00–18:00', 'de: formal']);
      expect(find('settings-vendors')?.getAttribute('aria-current')).toBe('page');
    });

    it('creates a vendor: the slug follows the name, errors show on save, and the API gets a clean profile', async () => {
      const { find, settle, page } = await openRoutedPage('/settings/vendors');
      http.expectOne('/api/vendors/profiles').flush([]);
      await settle();
      find('add-vendor')?.click();
      await settle();
      expect(TestBed.inject(Router).url).toBe('/settings/vendors?edit=new');

      typeInto(find('vendor-name'), 'Graz Support GmbH');
      await settle();
      expect((find('vendor-slug') as HTMLInputElement).value).toBe('graz-support-gmbh');
      find('save-vendor')?.click();
      await settle();
      expect(page().querySelector('#vendor-country-error')?.textContent).toBe('must be an ISO 3166-1 alpha-2 country code such as PT');
      expect(page().querySelector('#vendor-zone-error')?.textContent).toBe('must be an IANA time zone such as Europe/Lisbon');
      http.expectNone('/api/vendors');

      typeInto(find('vendor-country'), 'at');
      typeInto(find('vendor-time-zone'), 'Europe/Vienna');
      typeInto(find('vendor-sites'), 'Graz, Linz');
      const saturday = page().querySelector('[data-day="sat"]');
      (saturday?.querySelector('button') as HTMLButtonElement).click();
      await settle();
      find('save-vendor')?.click();
      await settle();

      const request = http.expectOne({ method: 'POST', url: '/api/vendors' });
      expect(request.request.body).toEqual({
        name: 'Graz Support GmbH',
        slug: 'graz-support-gmbh',
        country: 'AT',
        timeZone: 'Europe/Vienna',
        sites: ['Graz', 'Linz'],
        businessHours: { ...PROFILE.businessHours, mon: [{ from: '09:00', to: '17:00' }], tue: [{ from: '09:00', to: '17:00' }], wed: [{ from: '09:00', to: '17:00' }], thu: [{ from: '09:00', to: '17:00' }], fri: [{ from: '09:00', to: '17:00' }], sat: [{ from: '09:00', to: '17:00' }] },
        expectedFormality: {},
        holidays: [],
      });
      request.flush({ ...PROFILE, id: 'new', name: 'Graz Support GmbH' });
      await settle();
      expect(TestBed.inject(Router).url).toBe('/settings/vendors');
      expect(find('vendor-saved')?.textContent).toBe('Graz Support GmbH saved.');
    });

    it('edits a vendor from the URL and shows the API refusal', async () => {
      const { find, settle } = await openRoutedPage(`/settings/vendors?edit=${PROFILE.id}`);
      http.expectOne('/api/vendors/profiles').flush([PROFILE]);
      await settle();
      expect((find('vendor-name') as HTMLInputElement).value).toBe('Lisboa Contact');
      find('save-vendor')?.click();
      http
        .expectOne({ method: 'PUT', url: `/api/vendors/${PROFILE.id}` })
        .flush({ statusCode: 409, code: 'slug_taken', message: 'Another vendor already uses the slug lisboa-contact' }, { status: 409, statusText: 'Conflict' });
      await settle();
      expect(find('vendor-save-error')?.textContent).toBe('Another vendor already uses the slug lisboa-contact');
    });
  });

  describe('scoring', () => {
    const CARD: ScorerCardDto = {
      scorerVersion: '2.0.0',
      method: 'Logistic regression.',
      dataCredits: [{ name: 'TyDiP', licence: 'CC BY 4.0', credit: 'Srinivasan & Choi' }],
      entries: [
        {
          lang: 'en',
          dimension: 'courtesy',
          status: 'validated',
          source: 'TyDiP',
          rows: 3853,
          figures: [{ metric: 'ROC AUC', model: { value: 0.726, low: 0.71, high: 0.741 }, keyword: { value: 0.574, low: 0.56, high: 0.59 }, rules: { value: 0.653, low: 0.64, high: 0.67 } }],
          calibrationError: 0.017,
          trainedOn: 'own labels',
        },
        { lang: 'sv', dimension: 'courtesy', status: 'not-validated', source: null, rows: null, figures: [], calibrationError: null, trainedOn: 'shared weights' },
      ],
    };
    /** The card, and the check for a rescore already running (none here). */
    const flushCard = () => {
      http.expectOne('/api/scoring/card').flush(CARD);
      http.expectOne('/api/settings/scoring/rescore').flush({ running: false, done: 0, total: 0 });
    };

    it('shows the scorer card: figures with intervals and their data, and which languages are not validated', async () => {
      const { find, settle } = await openRoutedPage('/settings/scoring');
      http.expectOne('/api/settings/scoring').flush(SETTINGS);
      flushCard();
      await settle();
      const card = find('scorer-card')?.textContent ?? '';
      expect(card).toContain('Scorer card (version 2.0.0)');
      expect(card).toContain('0.73 (0.71–0.74)');
      expect(card).toContain('TyDiP, n = 3853');
      expect(card).toContain('Not validated');
    });

    it('shows weights with their shares and targets in readable units, and saves them in seconds', async () => {
      const { find, settle, page } = await openRoutedPage('/settings/scoring');
      http.expectOne('/api/settings/scoring').flush(SETTINGS);
      flushCard();
      await settle();
      expect(page().querySelector('[data-testid="weight-courtesy"]')?.closest('label')?.textContent).toContain('Courtesy (35%)');
      const email = page().querySelector('[data-channel="email"] td');
      expect((email?.querySelector('input') as HTMLInputElement).value).toBe('8');
      expect((email?.querySelector('select') as HTMLSelectElement).value).toBe('hours');

      typeInto(find('weight-responsiveness'), '0.7');
      typeInto(page().querySelector<HTMLElement>('[data-channel="chat"] td input'), '45');
      selectOption(page().querySelector<HTMLElement>('[data-channel="chat"] td select'), 'seconds');
      await settle();
      expect(find('weight-responsiveness')?.closest('label')?.textContent).toContain('Responsiveness (52%)');

      find('save-scoring')?.click();
      const request = http.expectOne({ method: 'PUT', url: '/api/settings/scoring' });
      expect(request.request.body).toEqual({
        weights: { responsiveness: 0.7, courtesy: 0.35, comprehension: 0.3 },
        slaTargets: { ...SETTINGS.slaTargets, chat: { firstResponseSeconds: 45, replyGapSeconds: 120 } },
      });
      request.flush({ ...request.request.body, rescore: { started: false, conversations: 0 } });
      await settle();
      expect(find('scoring-saved')?.textContent).toBe('Saved. No stored scores were affected.');
    });

    it('will not save weights that are all zero', async () => {
      const { find, settle } = await openRoutedPage('/settings/scoring');
      http.expectOne('/api/settings/scoring').flush(SETTINGS);
      flushCard();
      await settle();
      for (const name of ['responsiveness', 'courtesy', 'comprehension']) {
        typeInto(find(`weight-${name}`), '0');
      }
      await settle();
      expect((find('save-scoring') as HTMLButtonElement).disabled).toBe(true);
      expect(find('scoring-form')?.textContent).toContain('at least one weight must be above 0');
    });

    it('shows a load error and tries again', async () => {
      const { find, settle } = await openRoutedPage('/settings/scoring');
      http.expectOne('/api/settings/scoring').flush(null, { status: 403, statusText: 'Forbidden' });
      flushCard();
      await settle();
      expect(find('error-state')?.textContent).toContain('Your role does not allow you to see this page.');
      find('error-state')?.querySelector('button')?.click();
      http.expectOne('/api/settings/scoring').flush(SETTINGS);
      await settle();
      expect(find('scoring-form')).not.toBeNull();
    });
  });

  describe('users', () => {
    it('adds a partner user for a vendor and shows the temporary password once', async () => {
      const { find, settle } = await openRoutedPage('/settings/users');
      http.expectOne('/api/users').flush([user('u1')]);
      vendorsOverview();
      await settle();

      find('create-user')?.click();
      await settle();
      expect(find('new-user-form')?.textContent).toContain('Invalid email address');

      typeInto(find('new-user-email'), 'ana@partner.example');
      typeInto(find('new-user-name'), 'Ana');
      selectOption(find('new-user-role'), 'partner');
      await settle();
      selectOption(find('new-user-vendor'), PROFILE.id);
      await settle();
      find('create-user')?.click();

      const request = http.expectOne({ method: 'POST', url: '/api/users' });
      expect(request.request.body).toEqual({ email: 'ana@partner.example', displayName: 'Ana', role: 'partner', vendorId: PROFILE.id });
      request.flush({ user: user('u2', { role: 'partner', vendorId: PROFILE.id, displayName: 'Ana' }), temporaryPassword: 'Temp-Pass-123456' });
      await settle();
      expect((find('temporary-password-value') as HTMLInputElement).value).toBe('Temp-Pass-123456');
      expect(find('users-table')?.textContent).toContain('Lisboa Contact');

      find('temporary-password')?.querySelector('button')?.click();
      await settle();
      expect(find('temporary-password')).toBeNull();
    });

    it('asks before disabling a user', async () => {
      const { find, settle, page } = await openRoutedPage('/settings/users');
      http.expectOne('/api/users').flush([user('u1')]);
      vendorsOverview();
      await settle();
      (page().querySelector('[aria-label="Disable User u1"]') as HTMLButtonElement).click();
      await settle();
      http.expectNone('/api/users/u1');
      const confirm = Array.from(find('users-table')?.querySelectorAll('button') ?? []).find((button) => button.textContent?.includes('Disable User u1?'));
      confirm?.click();
      http.expectOne({ method: 'PATCH', url: '/api/users/u1' }).flush(user('u1', { disabled: true }));
      await settle();
      expect(find('users-table')?.textContent).toContain('Disabled');
    });
  });

  describe('API keys', () => {
    it('creates a key shown once, and revokes one after confirmation', async () => {
      const { find, settle, page } = await openRoutedPage('/settings/api-keys');
      http.expectOne('/api/api-keys').flush([KEY]);
      vendorsOverview();
      await settle();
      expect(find('api-keys-table')?.textContent).toContain('rk_ab12…');

      typeInto(find('new-key-name'), 'Helpdesk');
      typeInto(find('new-key-source'), 'helpdesk');
      find('create-api-key')?.click();
      const created = http.expectOne({ method: 'POST', url: '/api/api-keys' });
      expect(created.request.body).toEqual({ name: 'Helpdesk', scope: 'ingest', source: 'helpdesk', vendorId: null });
      created.flush({ apiKey: { ...KEY, id: 'k2', name: 'Helpdesk', prefix: 'rk_cd34' }, key: 'rk_cd34_secret' });
      await settle();
      expect((find('new-api-key-value') as HTMLInputElement).value).toBe('rk_cd34_secret');

      (page().querySelector('[aria-label="Revoke Zendesk sync"]') as HTMLButtonElement).click();
      await settle();
      const confirm = Array.from(find('api-keys-table')?.querySelectorAll('button') ?? []).find((button) => button.textContent?.includes('now?'));
      confirm?.click();
      http.expectOne({ method: 'DELETE', url: '/api/api-keys/k1' }).flush({ ...KEY, revokedAt: '2025-03-01T10:00:00.000Z' });
      await settle();
      expect(find('api-keys-table')?.querySelector('[data-row-key="k1"]')?.textContent).toContain('Revoked');
    });

    it('creates a read key without a source, whatever the source field held before', async () => {
      const { find, settle } = await openRoutedPage('/settings/api-keys');
      http.expectOne('/api/api-keys').flush([KEY]);
      vendorsOverview();
      await settle();
      typeInto(find('new-key-name'), 'Warehouse');
      typeInto(find('new-key-source'), 'left over');
      const scope = find('new-key-scope') as HTMLSelectElement;
      scope.value = 'read';
      scope.dispatchEvent(new Event('change'));
      await settle();
      expect(find('new-key-source')).toBeNull();
      find('create-api-key')?.click();
      const created = http.expectOne({ method: 'POST', url: '/api/api-keys' });
      expect(created.request.body).toEqual({ name: 'Warehouse', scope: 'read', vendorId: null });
    });
  });
});
