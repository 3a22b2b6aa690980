import type { AccessPolicy, Principal } from '@rapport/api-core';

/** Methods that change state: API keys may use only these, executives none of them (except self-service). */
export const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RouteFacts {
  method: string;
  /** Routes about the caller's own session (logout) that even read-only roles may call. */
  selfService: boolean;
}

export type AccessDecision = 'allow' | 'deny';

/**
 * The whole role rule, in one pure function the global guard applies to every route:
 * - Ingestion API keys are write-only: they reach only routes that opt in with `apiKey: true`, and never a read.
 * - Read API keys are read-only: they reach only reads that opt in with `readKey: true`, and never a write.
 * - Users need their role in the route's list; executives are read-only whatever a route lists.
 * Vendor scope is applied after this, as 404s for other vendors' ids and as SQL filters in the queries.
 */
export function decideAccess(policy: AccessPolicy, principal: Principal, route: RouteFacts): AccessDecision {
  if (policy.roles === 'public') {
    return 'allow';
  }
  const mutating = MUTATING_METHODS.has(route.method.toUpperCase());
  if (principal.kind === 'api-key') {
    const admitted = principal.role === 'reader' ? policy.readKey === true && !mutating : policy.apiKey === true && mutating;
    return admitted ? 'allow' : 'deny';
  }
  if (principal.role === 'ingestion' || principal.role === 'reader' || !policy.roles.includes(principal.role)) {
    return 'deny';
  }
  if (principal.role === 'executive' && mutating && !route.selfService) {
    return 'deny';
  }
  return 'allow';
}

/**
 * Vendor ids a request names (route param or query `vendorId`) that lie outside the caller's scope. A partner
 * asking for another vendor gets 404, as if it did not exist, so ids of other vendors cannot even be confirmed.
 */
export function namesOtherVendor(principal: Principal, named: unknown): boolean {
  if (principal.vendorScope === null || named === undefined) {
    return false;
  }
  const ids = Array.isArray(named) ? named : [named];
  return ids.some((id) => id !== principal.vendorScope);
}
