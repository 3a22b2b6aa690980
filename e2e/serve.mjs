// Starts the built API + dashboard on a fresh SQLite file with demo data, for the end-to-end tests.
import { rmSync } from 'node:fs';
import { spawn } from 'node:child_process';

const dir = 'tmp/e2e-db';
// Demo users get random passwords unless told otherwise; the tests sign in with this one (see src/sign-in.ts).
const E2E_DEMO_PASSWORD = 'e2e-demo-password';
rmSync(dir, { recursive: true, force: true });
const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `sqlite:${dir}/rapport.sqlite`, DEMO_DATA: 'true',
    // Every end-to-end test signs in from the same address; the sign-in rate limit has its own integration tests.
    LOGIN_RATE_LIMIT: '1000', DEMO_PASSWORD: E2E_DEMO_PASSWORD, LOG_LEVEL: 'warn', HOST: '127.0.0.1',
    // Customer ids are kept (as keyed hashes) only with a key: the demo's recontacts need one.
    CUSTOMER_ID_KEY: 'e2e-customer-id-key-0123456789abcdef',
    // The Zendesk connector seals its token with this key and talks to the fake Zendesk its spec starts on the next port.
    CONNECTOR_SECRET_KEY: 'e2'.repeat(32),
    ZENDESK_BASE_URL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3300) + 1}` },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code) => process.exit(code ?? 0));
