import type { AccessPolicy, Principal } from '@rapport/api-core';
import { decideAccess, namesOtherVendor } from './access-decision';

const user = (role: Principal['role'], vendorScope: string | null = null): Principal => ({ kind: 'user', id: 'u', role, vendorScope });
const key = (vendorScope: string | null = null): Principal => ({ kind: 'api-key', id: 'k', role: 'ingestion', vendorScope, source: 'crm' });
const GET = { method: 'GET', selfService: false };
const POST = { method: 'POST', selfService: false };

describe('decideAccess', () => {
  const adminsOnly: AccessPolicy = { roles: ['admin'] };
  const everyone: AccessPolicy = { roles: ['admin', 'qa-reviewer', 'vendor-manager', 'executive', 'partner'] };
  const ingestion: AccessPolicy = { roles: ['admin'], apiKey: true };

  it.each([
    ['admin on an admin route', adminsOnly, user('admin'), GET, 'allow'],
    ['a QA reviewer on an admin route', adminsOnly, user('qa-reviewer'), GET, 'deny'],
    ['a partner on an admin route', adminsOnly, user('partner', 'v1'), POST, 'deny'],
    ['a partner on an everyone route', everyone, user('partner', 'v1'), GET, 'allow'],
    ['an executive reading', everyone, user('executive'), GET, 'allow'],
    ['an executive writing', everyone, user('executive'), POST, 'deny'],
    ['an executive deleting', everyone, user('executive'), { method: 'delete', selfService: false }, 'deny'],
    ['an executive logging out', everyone, user('executive'), { method: 'POST', selfService: true }, 'allow'],
    ['an API key writing to an ingestion route', ingestion, key(), POST, 'allow'],
    ['an API key reading an ingestion route', ingestion, key(), GET, 'deny'],
    ['an API key on a users-only route', adminsOnly, key(), POST, 'deny'],
    ['an API key on an everyone route', everyone, key('v1'), GET, 'deny'],
    ['a user carrying the ingestion role', everyone, user('ingestion'), GET, 'deny'],
    ['anyone on a public route', { roles: 'public' } as AccessPolicy, key(), GET, 'allow'],
  ] as const)('%s: %s', (_name, policy, principal, route, expected) => {
    expect(decideAccess(policy, principal, route)).toBe(expected);
  });
});

describe('namesOtherVendor', () => {
  it.each([
    [user('admin'), 'v2', false],
    [user('partner', 'v1'), undefined, false],
    [user('partner', 'v1'), 'v1', false],
    [user('partner', 'v1'), 'v2', true],
    [user('partner', 'v1'), ['v1', 'v2'], true],
    [user('partner', 'v1'), ['v1'], false],
    [key('v1'), 'v2', true],
  ] as const)('%j naming %j: %s', (principal, named, expected) => {
    expect(namesOtherVendor(principal, named)).toBe(expected);
  });
});
