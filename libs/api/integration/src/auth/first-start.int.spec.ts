import { loadAppConfig } from '@rapport/api-core';
import { DemoUsers } from '@rapport/api-demo';
import { createTestApi, createUser, getJson, restartTestApi, seedVendor, signIn, TestApi } from '@rapport/api-testing';

// Each test boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(180_000);

const defaults = loadAppConfig({}).auth;

describe('first start outside demo mode', () => {
  it('creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const api = await createTestApi({
      auth: {
        ...defaults,
        firstAdmin: {
          email: 'ops@client.example',
          password: 'correct horse battery staple',
        },
      },
    });
    try {
      const admin = await signIn(api, 'ops@client.example', 'correct horse battery staple');
      expect(admin.body.user).toMatchObject({
        email: 'ops@client.example',
        role: 'admin',
      });
      const log = await getJson(api, '/api/audit?action=user.create', admin.headers);
      expect(log.body.entries).toEqual([
        expect.objectContaining({
          actorKind: 'system',
          actorLabel: 'ADMIN_EMAIL',
        }),
      ]);
    } finally {
      await api.close();
    }
  });

  it('creates nobody without configuration: there is no default account or password', async () => {
    const api = await createTestApi();
    try {
      const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM users');
      expect(Number(n)).toBe(0);
      expect((await signIn(api, 'admin@demo.rapport.example', 'admin')).status).toBe(401);
    } finally {
      await api.close();
    }
  });
});

describe('demo users', () => {
  let api: TestApi;
  afterEach(() => api.close());

  it('creates one user per client role and one partner per vendor, with random printed passwords, once', async () => {
    api = await createTestApi();
    const lisbon = await seedVendor(api, { name: 'Lisbon Demo' });
    await seedVendor(api, { name: 'Manila Demo' });
    const logins = await api.app.get(DemoUsers).ensure();
    expect(logins.map((login) => login.role)).toEqual(['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'executive', 'partner', 'partner']);
    expect(new Set(logins.map((login) => login.password)).size).toBe(logins.length);
    for (const login of logins) {
      expect(login.password.length).toBeGreaterThanOrEqual(16);
      expect((await signIn(api, login.email, login.password)).body.user.role).toBe(login.role);
    }
    const partner = logins.find((login) => login.vendor === 'Lisbon Demo');
    expect((await signIn(api, partner?.email ?? '', partner?.password ?? '')).body.user.vendorId).toBe(lisbon.id);
    expect(await api.app.get(DemoUsers).ensure()).toEqual([]);
  });

  it('uses DEMO_PASSWORD for every demo user when it is set', async () => {
    api = await createTestApi({
      auth: { ...defaults, demoPassword: 'demo-password' },
    });
    const logins = await api.app.get(DemoUsers).ensure();
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.filter((login) => login.password !== 'demo-password')).toEqual([]);
    expect((await signIn(api, 'executive@demo.rapport.example', 'demo-password')).status).toBe(200);
  });
});

describe('demo mode on a database that already holds data', () => {
  let api: TestApi;
  afterEach(() => api.close());

  async function counts(): Promise<{
    users: number;
    vendors: number;
    conversations: number;
  }> {
    const count = async (table: string) =>
      Number((await api.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return {
      users: await count('users'),
      vendors: await count('vendors'),
      conversations: await count('conversations'),
    };
  }

  /** Restarts in demo mode (random demo passwords), keeping every log line the restart writes. */
  async function restartInDemoMode(): Promise<string[]> {
    const lines: string[] = [];
    api = await restartTestApi(api, { demoData: true, logLevel: 'log' }, { log: (line) => lines.push(line) });
    return lines;
  }

  it('adds no account and prints no password when a real vendor and user exist', async () => {
    api = await createTestApi();
    const vendor = await seedVendor(api, { name: 'Real Partner' });
    const { user, password } = await createUser(api, 'admin', {
      email: 'ops@client.example',
    });
    const before = await counts();

    const log = await restartInDemoMode();
    expect(log.length).toBeGreaterThan(0);
    expect(log.filter((line) => /"password"|demo sign-in/.test(line))).toEqual([]);
    expect(await counts()).toEqual(before);
    expect((await signIn(api, user.email, password)).status).toBe(200);
    expect((await signIn(api, 'admin@demo.rapport.example', 'x')).status).toBe(401);
    const vendors = await api.dataSource.query('SELECT id FROM vendors');
    expect(vendors).toEqual([{ id: vendor.id }]);
  });

  it('loads no demo data and adds no account when only users exist', async () => {
    api = await createTestApi();
    await createUser(api, 'admin', { email: 'ops@client.example' });

    const log = await restartInDemoMode();
    expect(log.filter((line) => /"password"|demo sign-in/.test(line))).toEqual([]);
    expect(await counts()).toEqual({ users: 1, vendors: 0, conversations: 0 });
  });
});
