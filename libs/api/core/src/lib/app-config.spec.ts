import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('defaults to the embedded SQLite file on port 3000 with demo data', () => {
    const config = loadAppConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: 'data/rapport.sqlite',
    });
    expect(config.demoData).toBe(true);
  });

  it('switches to PostgreSQL from DATABASE_URL', () => {
    const config = loadAppConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
  ])('rejects %j naming the bad variable', (env, variable) => {
    expect(() => loadAppConfig(env)).toThrow(ConfigError);
    expect(() => loadAppConfig(env)).toThrow(new RegExp(variable));
  });

  it('lists every problem at once', () => {
    try {
      loadAppConfig({ PORT: '-1', DATABASE_URL: 'oracle://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('treats empty variables as unset and splits CORS origins', () => {
    const config = loadAppConfig({
      PORT: '',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.port).toBe(3000);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('parseDatabaseUrl', () => {
  it('takes the PostgreSQL schema from the URL query', () => {
    expect(
      loadAppConfig({
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test?schema=rapport',
      }).database,
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
      schema: 'rapport',
    });
  });
});

describe('authentication settings', () => {
  it('has no first administrator and no default password unless both are configured', () => {
    const config = loadAppConfig({});
    expect(config.auth.firstAdmin).toBeUndefined();
    expect(config.auth.demoPassword).toBeUndefined();
    expect(config.auth).toMatchObject({
      sessionHours: 12,
      cookieSecure: 'auto',
    });
    expect(config.rateLimits).toEqual({
      loginPerMinute: 10,
      ingestionPerMinute: 600,
    });
  });

  it('takes the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, normalising the email', () => {
    const config = loadAppConfig({
      ADMIN_EMAIL: ' Ops@Client.Example ',
      ADMIN_PASSWORD: 'correct horse battery',
    });
    expect(config.auth.firstAdmin).toEqual({
      email: 'ops@client.example',
      password: 'correct horse battery',
    });
  });

  it.each([
    [{ ADMIN_EMAIL: 'ops@client.example' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_PASSWORD: 'correct horse battery' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'ops@client.example', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'correct horse battery' }, 'ADMIN_EMAIL'],
    [{ DEMO_PASSWORD: 'demo' }, 'DEMO_PASSWORD'],
    [{ SESSION_HOURS: '0' }, 'SESSION_HOURS'],
    [{ COOKIE_SECURE: 'sometimes' }, 'COOKIE_SECURE'],
    [{ LOGIN_RATE_LIMIT: '0' }, 'LOGIN_RATE_LIMIT'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://a.example/app' }, 'CORS_ORIGINS'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadAppConfig(env)).toThrow(new RegExp(variable));
  });

  it('reads explicit cookie security and rate limits', () => {
    const config = loadAppConfig({
      COOKIE_SECURE: 'false',
      LOGIN_RATE_LIMIT: '3',
      INGESTION_RATE_LIMIT: '50',
      SESSION_HOURS: '2',
    });
    expect(config.auth).toMatchObject({ cookieSecure: false, sessionHours: 2 });
    expect(config.rateLimits).toEqual({
      loginPerMinute: 3,
      ingestionPerMinute: 50,
    });
  });
});

describe('loadAppConfig: proxies, timeouts and uploads', () => {
  it('trusts no proxy by default and sets bounded timeouts and upload limits', () => {
    const config = loadAppConfig({});
    expect(config.trustProxy).toBe(false);
    expect(config.http).toEqual({
      requestTimeoutMs: 60_000,
      headersTimeoutMs: 20_000,
      uploadTimeoutMs: 3_600_000,
      keepAliveTimeoutMs: 5_000,
    });
    expect(config.uploads).toEqual({
      maxBytes: 20 * 1024 ** 3,
      diskReserveBytes: 1024 ** 3,
    });
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['false', false],
    ['0', false],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    ['loopback,fd00::/8,::1', ['loopback', 'fd00::/8', '::1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadAppConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['true', '-1', '99', '10.0.0.0/33', '10.0.0/8', 'proxy.example', '10.0.0.1,', '::1/129', '1.2.3.4/8/9'])(
    'rejects TRUST_PROXY=%s with a message naming it',
    (value) => {
      expect(() => loadAppConfig({ TRUST_PROXY: value })).toThrow(
        /TRUST_PROXY: must be false, a hop count|TRUST_PROXY: a hop count/,
      );
    },
  );

  it.each([
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, 'REQUEST_TIMEOUT_SECONDS'],
    [{ HEADERS_TIMEOUT_SECONDS: 'soon' }, 'HEADERS_TIMEOUT_SECONDS'],
    [{ UPLOAD_TIMEOUT_MINUTES: '0' }, 'UPLOAD_TIMEOUT_MINUTES'],
    [{ UPLOAD_MAX_MB: '0' }, 'UPLOAD_MAX_MB'],
    [{ UPLOAD_DISK_RESERVE_MB: '-5' }, 'UPLOAD_DISK_RESERVE_MB'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadAppConfig(env)).toThrow(new RegExp(variable));
  });

  it('reads explicit timeouts and upload limits', () => {
    const config = loadAppConfig({
      REQUEST_TIMEOUT_SECONDS: '5',
      HEADERS_TIMEOUT_SECONDS: '3',
      UPLOAD_TIMEOUT_MINUTES: '2',
      UPLOAD_MAX_MB: '10',
      UPLOAD_DISK_RESERVE_MB: '0',
    });
    expect(config.http).toMatchObject({
      requestTimeoutMs: 5_000,
      headersTimeoutMs: 3_000,
      uploadTimeoutMs: 120_000,
    });
    expect(config.uploads).toEqual({
      maxBytes: 10 * 1024 * 1024,
      diskReserveBytes: 0,
    });
  });

  it('gives partners 14 days to dispute a review unless REVIEW_DISPUTE_DAYS says otherwise, and refuses a bad value', () => {
    expect(loadAppConfig({}).reviewDisputeDays).toBe(14);
    expect(loadAppConfig({ REVIEW_DISPUTE_DAYS: '30' }).reviewDisputeDays).toBe(30);
    expect(() => loadAppConfig({ REVIEW_DISPUTE_DAYS: '0' })).toThrow(/REVIEW_DISPUTE_DAYS/);
  });
});
