import type { Vendor } from '@rapport/api-vendors';
import { createTestApi, getJson, loginAs, seedVendor, sendJson, TestApi, TestSession } from '@rapport/api-testing';
import type { NativeConversation, VendorProfileInput } from '@rapport/contracts';
import { chatAnsweredAfter, detail, fingerprints, ingest, settled } from '../settings/rescore-helpers';

// Boots the whole API on a fresh database, signs users in with argon2 and scores conversations several times.
jest.setTimeout(180_000);

const WEEKDAYS_8_TO_18 = { mon: [{ from: '08:00', to: '18:00' }], tue: [{ from: '08:00', to: '18:00' }], wed: [{ from: '08:00', to: '18:00' }], thu: [{ from: '08:00', to: '18:00' }], fri: [{ from: '08:00', to: '18:00' }] };
const PROFILE: VendorProfileInput = {
  slug: 'vienna-desk',
  name: 'Vienna Desk',
  country: 'AT',
  timeZone: 'Europe/Vienna',
  sites: ['Vienna'],
  businessHours: { sun: [], sat: [], ...WEEKDAYS_8_TO_18 },
  expectedFormality: {},
  holidays: [],
};

/** A German chat whose agent says "du" (T form) throughout. */
function informalGermanChat(vendor: string): NativeConversation {
  return {
    source: 'test',
    externalId: 'de-du',
    vendor,
    channel: 'chat',
    language: 'de',
    createdAt: '2026-03-03T09:00:00.000Z',
    messages: [
      { role: 'customer', at: '2026-03-03T09:00:00.000Z', text: 'Hallo, meine Bestellung ist noch nicht angekommen. Können Sie bitte nachsehen?' },
      { role: 'agent', at: '2026-03-03T09:00:40.000Z', text: 'Hallo! Danke für deine Nachricht. Kannst du mir bitte deine Bestellnummer schicken?', agentId: 'a1' },
      { role: 'customer', at: '2026-03-03T09:01:00.000Z', text: 'Die Nummer ist 12345.' },
      { role: 'agent', at: '2026-03-03T09:01:30.000Z', text: 'Danke dir! Dein Paket kommt morgen an. Einen schönen Tag noch!', agentId: 'a1' },
    ],
  };
}

/**
 * An English email written Monday 2 March 2026 at 07:00 in Vienna (06:00 UTC) and answered Tuesday at 13:00 (12:00
 * UTC). Open 08:00–18:00, that is 10 h on Monday and 5 h on Tuesday: 15 h of business time against the 8 h target.
 * Open 14:00–18:00 instead, 4 h on Monday and none yet on Tuesday: on target.
 */
function lateEmail(vendor: string): NativeConversation {
  return {
    source: 'test',
    externalId: 'email-late',
    vendor,
    channel: 'email',
    language: 'en',
    createdAt: '2026-03-02T06:00:00.000Z',
    messages: [
      { role: 'customer', at: '2026-03-02T06:00:00.000Z', text: 'Hello, my order has not arrived yet. Could you check it please?' },
      { role: 'agent', at: '2026-03-03T12:00:00.000Z', text: 'Hello, thank you for writing. Your parcel arrives tomorrow. Have a nice day!', agentId: 'a2' },
    ],
  };
}

describe("changing a vendor's hours, time zone or formality rescores its conversations", () => {
  let api: TestApi;
  let admin: TestSession;
  let vienna: Vendor;
  let chatId: string;
  let emailId: string;
  let otherIds: string[];

  beforeAll(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
    vienna = await seedVendor(api, { slug: PROFILE.slug, name: PROFILE.name, timeZone: PROFILE.timeZone });
    const other = await seedVendor(api, { slug: 'lisbon-desk' });
    await save(PROFILE);
    [chatId, emailId] = (await ingest(api, admin.headers, [informalGermanChat(vienna.slug), lateEmail(vienna.slug)])) as [string, string];
    otherIds = await ingest(api, admin.headers, [chatAnsweredAfter(other.slug, 'other-1', 20), chatAnsweredAfter(other.slug, 'other-2', 50)]);
  });
  afterAll(() => api.close());

  async function save(profile: VendorProfileInput) {
    const response = await sendJson(api, 'PUT', `/api/vendors/${vienna.id}`, profile, admin.headers);
    expect(response.status).toBe(200);
    await settled(api);
    return response.body;
  }

  const rules = async (id: string) => (await detail(api, admin.headers, id)).evidence.map((item) => item.rule);

  it('expected formality: "du" is a register mismatch where German customers expect "Sie", not where they expect "du"', async () => {
    const formal = await save({ ...PROFILE, expectedFormality: { de: 'formal' } });
    expect(formal.rescore).toEqual({ started: false, conversations: 0 });
    expect(await rules(chatId)).toContain('courtesy.register-mismatch');
    const before = (await detail(api, admin.headers, chatId)).scores.courtesy as number;

    const informal = await save({ ...PROFILE, expectedFormality: { de: 'informal' } });
    // Both of the vendor's conversations are scored with its profile; the other vendor's are left alone.
    expect(informal).toMatchObject({ id: vienna.id, expectedFormality: { de: 'informal' }, rescore: { started: true, conversations: 2 } });
    expect(await rules(chatId)).not.toContain('courtesy.register-mismatch');
    expect(await rules(chatId)).toContain('courtesy.register-informal');
    expect((await detail(api, admin.headers, chatId)).scores.courtesy).toBeGreaterThan(before);

    await save(PROFILE);
    expect(await rules(chatId)).toContain('courtesy.register-mismatch');
  });

  it('business hours: an email answered the next day is late or on time depending on when the vendor opens', async () => {
    await save(PROFILE);
    const late = (await detail(api, admin.headers, emailId)).scores.responsiveness;
    // Half the score measures the first response: 100 · 8 h / 15 h; replies and unanswered shares are full.
    expect(late).toBe(Math.round((0.5 * ((100 * 8) / 15) + 50) * 10) / 10);

    const afternoons = await save({ ...PROFILE, businessHours: { ...PROFILE.businessHours, mon: [{ from: '14:00', to: '18:00' }], tue: [{ from: '14:00', to: '18:00' }] } });
    expect(afternoons.rescore).toEqual({ started: true, conversations: 2 });
    expect((await detail(api, admin.headers, emailId)).scores.responsiveness).toBe(100);
    await save(PROFILE);
  });

  it('holidays: with Monday a holiday the email waited 5 business hours (Tuesday 08:00–13:00) and is on time', async () => {
    await save(PROFILE);
    const holiday = await save({ ...PROFILE, holidays: [{ date: '2026-03-02', name: 'Staff day' }] });
    expect(holiday).toMatchObject({ holidays: [{ date: '2026-03-02', name: 'Staff day' }], rescore: { started: true, conversations: 2 } });
    expect((await detail(api, admin.headers, emailId)).scores.responsiveness).toBe(100);
    // The name is for people: renaming the holiday scores nothing again.
    const renamed = await save({ ...PROFILE, holidays: [{ date: '2026-03-02', name: 'Company day' }] });
    expect(renamed.rescore).toEqual({ started: false, conversations: 0 });
    const profiles = await getJson(api, '/api/vendors/profiles', admin.headers);
    expect(profiles.body.find((profile: { id: string }) => profile.id === vienna.id)?.holidays).toEqual([{ date: '2026-03-02', name: 'Company day' }]);
    await save(PROFILE);
    expect((await detail(api, admin.headers, emailId)).scores.responsiveness).toBe(Math.round((0.5 * ((100 * 8) / 15) + 50) * 10) / 10);
  });

  it('holidays: a date that is not a calendar day is a field error and nothing is saved', async () => {
    const response = await sendJson(api, 'PUT', `/api/vendors/${vienna.id}`, { ...PROFILE, holidays: [{ date: '2026-02-30', name: 'Nope' }] }, admin.headers);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('holidays.0.date');
  });

  it('time zone: the same hours two hours later make the email late for longer', async () => {
    await save(PROFILE);
    const vienna15h = (await detail(api, admin.headers, emailId)).scores.responsiveness;
    // Lisbon is UTC in March: Monday 08:00–18:00 (10 h) and Tuesday 08:00–12:00 (4 h) are 14 h.
    const lisbon = await save({ ...PROFILE, timeZone: 'Europe/Lisbon' });
    expect(lisbon.rescore).toEqual({ started: true, conversations: 2 });
    const lisbon14h = (await detail(api, admin.headers, emailId)).scores.responsiveness;
    expect([vienna15h, lisbon14h]).toEqual([Math.round((0.5 * ((100 * 8) / 15) + 50) * 10) / 10, Math.round((0.5 * ((100 * 8) / 14) + 50) * 10) / 10]);
    await save(PROFILE);
  });

  it('a change scoring does not read (name, sites) starts nothing, and other vendors are never touched', async () => {
    await save(PROFILE);
    const others = await fingerprints(api, otherIds);
    const renamed = await save({ ...PROFILE, name: 'Vienna Desk GmbH', sites: ['Vienna', 'Graz'] });
    expect(renamed.rescore).toEqual({ started: false, conversations: 0 });
    await save({ ...PROFILE, expectedFormality: { de: 'informal' } });
    await save(PROFILE);
    expect(await fingerprints(api, otherIds)).toEqual(others);
  });
});
