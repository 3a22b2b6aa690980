import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('defaults to the embedded SQLite file on port 3000 with demo data', () => {
    const config = loadAppConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: 'data/rapport.sqlite' });
    expect(config.demoData).toBe(true);
  });

  it('switches to PostgreSQL from DATABASE_URL', () => {
    const config = loadAppConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
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
    const config = loadAppConfig({ PORT: '', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.port).toBe(3000);
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('parseDatabaseUrl', () => {
  it('takes the PostgreSQL schema from the URL query', () => {
    expect(loadAppConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test?schema=rapport' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
      schema: 'rapport',
    });
  });
});
