import { ApiKeysService, SessionsService, User, UsersService } from '@rapport/api-auth';
import type { UserRole } from '@rapport/contracts';
import type { TestApi } from './test-api';

export interface TestSession {
  user: User;
  password: string;
  /** Cookie and X-XSRF-TOKEN headers: pass them to postJson/getJson/sendJson to act as this user. */
  headers: Record<string, string>;
  csrfToken: string;
}

let sequence = 0;

/** A user stored directly (no HTTP), with a known password. Partner users need the vendor they belong to. */
export async function createUser(
  api: TestApi,
  role: UserRole,
  options: { vendorId?: string; email?: string; password?: string; displayName?: string } = {},
): Promise<{ user: User; password: string }> {
  sequence++;
  if (role === 'partner' && !options.vendorId) {
    throw new Error('createUser: partner users need a vendorId');
  }
  const password = options.password ?? `test-password-${sequence}-long-enough`;
  const user = await api.app.get(UsersService).createWithPassword(
    {
      email: options.email ?? `${role}-${sequence}@test.example`,
      displayName: options.displayName ?? `${role} ${sequence}`,
      role,
      vendorId: role === 'partner' ? (options.vendorId ?? null) : null,
      password,
    },
    { kind: 'system', label: 'test' },
  );
  return { user, password };
}

/** Signs in over HTTP as an existing user and returns the headers that carry the session. */
export async function signIn(api: TestApi, email: string, password: string): Promise<{ status: number; headers: Record<string, string>; csrfToken: string; body: any }> {
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.json().catch(() => null);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).filter((pair): pair is string => Boolean(pair));
  const csrfToken: string = body?.csrfToken ?? '';
  return { status: response.status, body, csrfToken, headers: { cookie: cookies.join('; '), 'x-xsrf-token': csrfToken } };
}

/** Creates a user with the role (partners on `vendorId`) and signs in as them. */
export async function loginAs(api: TestApi, role: UserRole, vendorId?: string): Promise<TestSession> {
  const { user, password } = await createUser(api, role, { vendorId });
  const session = await signIn(api, user.email, password);
  if (session.status !== 200) {
    throw new Error(`loginAs(${role}) failed with ${session.status}: ${JSON.stringify(session.body)}`);
  }
  return { user, password, headers: session.headers, csrfToken: session.csrfToken };
}

/** An ingestion API key (for `source`) or a read key (`scope: 'read'`); the headers carry it as `Authorization: Bearer rk_…`. */
export async function createApiKey(
  api: TestApi,
  options: { source: string; vendorId?: string | null; name?: string } | { scope: 'read'; vendorId?: string | null; name?: string },
): Promise<{ id: string; key: string; headers: Record<string, string> }> {
  const request =
    'scope' in options
      ? { name: options.name ?? 'read key', scope: 'read' as const, vendorId: options.vendorId ?? null }
      : { name: options.name ?? `key for ${options.source}`, scope: 'ingest' as const, source: options.source, vendorId: options.vendorId ?? null };
  const created = await api.app.get(ApiKeysService).create(request, { kind: 'user', id: 'test', role: 'admin', vendorScope: null }, null);
  return { id: created.apiKey.id, key: created.key, headers: { authorization: `Bearer ${created.key}` } };
}

/** Session headers for a stored user without the HTTP sign-in (no password check): fast, for large test matrices. */
export async function openSession(api: TestApi, user: User): Promise<Record<string, string>> {
  const session = await api.app.get(SessionsService).open(user, { ip: null, userAgent: 'test' });
  return { cookie: `rapport_session=${session.token}`, 'x-xsrf-token': session.csrfToken };
}
