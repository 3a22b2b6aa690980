import type { AuditEntryDto } from '@rapport/contracts';
import {
  createTestApi,
  createUser,
  getJson,
  loginAs,
  postJson,
  sendJson,
  signIn,
  TestApi,
  TestSession,
} from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

describe('audit log', () => {
  let api: TestApi;
  let admin: TestSession;

  beforeEach(async () => {
    api = await createTestApi();
    admin = await loginAs(api, 'admin');
  });
  afterEach(() => api.close());

  const entries = async (query = '') =>
    (await getJson(api, `/api/audit${query}`, admin.headers)).body.entries as AuditEntryDto[];

  it('records who did what and when for sign-ins, user and key management, and sign-outs', async () => {
    const created = await postJson(
      api,
      '/api/users',
      { email: 'new@test.example', displayName: 'New', role: 'qa-reviewer' },
      admin.headers,
    );
    await sendJson(api, 'PATCH', `/api/users/${created.body.user.id}`, { displayName: 'Renamed' }, admin.headers);
    await sendJson(api, 'POST', `/api/users/${created.body.user.id}/password-reset`, undefined, admin.headers);
    const key = await postJson(api, '/api/api-keys', { name: 'CRM', source: 'crm' }, admin.headers);
    await sendJson(api, 'DELETE', `/api/api-keys/${key.body.apiKey.id}`, undefined, admin.headers);
    await signIn(api, 'new@test.example', 'wrong password');
    await sendJson(api, 'POST', '/api/auth/logout', undefined, admin.headers);

    const reader = await loginAs(api, 'admin');
    const log = (await getJson(api, '/api/audit', reader.headers)).body.entries as AuditEntryDto[];
    const byAdmin = log
      .filter((entry) => entry.actorId === admin.user.id)
      .map((entry) => entry.action)
      .reverse();
    expect(byAdmin).toEqual([
      'auth.login',
      'user.create',
      'user.update',
      'user.password_reset',
      'api_key.create',
      'api_key.revoke',
      'auth.logout',
    ]);
    const creation = log.find((entry) => entry.action === 'user.create' && entry.actorId === admin.user.id);
    expect(creation).toMatchObject({
      actorKind: 'user',
      actorLabel: admin.user.email,
      outcome: 'success',
      targetType: 'user',
      targetId: created.body.user.id,
      ip: expect.any(String),
    });
    expect(Date.parse(creation?.at ?? '')).not.toBeNaN();
    expect(log.find((entry) => entry.action === 'auth.login_failed')).toMatchObject({
      actorKind: 'anonymous',
      actorLabel: 'new@test.example',
      outcome: 'failure',
    });
    // Secrets never reach the log.
    const text = JSON.stringify(log);
    expect(text).not.toContain(key.body.key);
    expect(text).not.toContain(created.body.temporaryPassword);
  });

  it('filters by action or action area, outcome, actor and target, and pages from newest to oldest', async () => {
    const { user } = await createUser(api, 'executive');
    await signIn(api, user.email, 'wrong');
    await signIn(api, user.email, 'wrong again');

    expect((await entries('?action=auth.login_failed')).map((entry) => entry.action)).toEqual(['auth.login_failed', 'auth.login_failed']);
    expect(new Set((await entries('?action=auth.')).map((entry) => entry.action))).toEqual(new Set(['auth.login', 'auth.login_failed']));
    expect((await entries('?outcome=failure')).map((entry) => [entry.action, entry.outcome])).toEqual([
      ['auth.login_failed', 'failure'],
      ['auth.login_failed', 'failure'],
    ]);
    expect((await entries(`?targetId=${user.id}`)).map((entry) => entry.action)).toEqual(['auth.login_failed', 'auth.login_failed', 'user.create']);
    expect((await entries(`?actorId=${admin.user.id}`)).map((entry) => entry.action)).toEqual(['auth.login']);

    const first = (await getJson(api, '/api/audit?limit=2', admin.headers)).body;
    expect(first.entries).toHaveLength(2);
    const second = (await getJson(api, `/api/audit?limit=2&before=${first.nextBefore}`, admin.headers)).body;
    expect(second.entries[0].id).toBeLessThan(first.entries[1].id);
    const all = await entries();
    expect([...first.entries, ...second.entries].map((entry: AuditEntryDto) => entry.id)).toEqual(
      all.slice(0, 4).map((entry) => entry.id),
    );
  });

  it('filters by time range', async () => {
    const everything = await entries();
    expect(await entries('?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).toEqual([]);
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(await entries(`?from=2000-01-01T00:00:00Z&to=${nextYear}-12-31T00:00:00Z`)).toEqual(everything);
  });

  it('rejects unknown or malformed filters', async () => {
    expect((await getJson(api, '/api/audit?from=yesterday', admin.headers)).status).toBe(400);
    expect((await getJson(api, '/api/audit?limit=100000', admin.headers)).status).toBe(400);
  });

  it('exports CSV with spreadsheet formulas neutralised, and audits the export', async () => {
    await signIn(api, '=HYPERLINK("http://evil.example","x")', 'wrong');
    await signIn(api, '@SUM(A1)', 'wrong');
    const response = await fetch(`${api.url}/api/audit/export?action=auth.login_failed`, { headers: admin.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const csv = await response.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor_kind,actor_id,actor,action,outcome,target_type,target_id,vendor_id,ip,details');
    expect(lines).toHaveLength(3);
    // Sign-in lower-cases the email it was given, which the log keeps.
    expect(csv).toContain(`"'=hyperlink(""http://evil.example"",""x"")"`);
    expect(csv).toContain(`,'@sum(a1),`);
    expect(lines.slice(1).filter((line) => /(^|,)[=+\-@]/.test(line))).toEqual([]);
    expect((await entries('?action=export.download'))[0]).toMatchObject({
      actorId: admin.user.id,
      targetType: 'audit_log',
      details: { rows: 2 },
    });
  });

  it('neutralises a hostile failed-login e-mail in the export whatever separator the spreadsheet splits on', async () => {
    const hostile = [
      'victim@client.example;=hyperlink("http://evil.example","x")',
      'victim@client.example\t@sum(a1)',
      "victim@client.example|+cmd|' /c calc'!a0",
      'x;"-2+3"',
      '＝cmd@client.example',
    ];
    for (const email of hostile) {
      expect((await signIn(api, email, 'wrong')).status).toBe(401);
    }
    const response = await fetch(`${api.url}/api/audit/export?action=auth.login_failed`, { headers: admin.headers });
    expect(response.status).toBe(200);
    const rows = (await response.text()).trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(hostile.length);
    const triggers = /^[=+\-@\t\r＝＋－＠]/;
    for (const separator of [',', ';', '\t', '|']) {
      const cells = rows.flatMap((row) => row.split(separator)).map((cell) => cell.replace(/^[" ]*/, ''));
      expect(cells.filter((cell) => triggers.test(cell))).toEqual([]);
    }
    // The text itself survives, readable: only apostrophes are added.
    expect(rows.join('\n')).toContain(`victim@client.example;'=hyperlink(""http://evil.example"",""x"")`);
    expect(rows.join('\n')).toContain(`'＝cmd@client.example`);
  });

  it('is append-only in the database itself', async () => {
    await expect(api.dataSource.query("UPDATE audit_log SET action = 'auth.nothing'")).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect((await entries()).length).toBeGreaterThan(0);
  });

  it('cannot be emptied with TRUNCATE either (PostgreSQL; SQLite has no TRUNCATE statement)', async () => {
    const before = (await entries()).length;
    expect(before).toBeGreaterThan(0);
    if (api.database.kind === 'postgres') {
      await expect(api.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    } else {
      await expect(api.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/syntax error/);
    }
    expect(await entries()).toHaveLength(before);
  });
});
