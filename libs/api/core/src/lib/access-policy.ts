import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from '@rapport/contracts';

/**
 * Who may call a route. Every controller method declares one; the global access guard refuses any
 * route without a policy, so a new endpoint cannot be exposed by accident.
 */
export interface AccessPolicy {
  /** Roles allowed; `public` routes need no login (health, login itself). */
  roles: readonly UserRole[] | 'public';
  /** Ingestion API keys may call this route (write-only ingestion routes). */
  apiKey?: boolean;
  /** Read-scoped API keys may call this route (reads for reporting jobs and warehouses; never a write). */
  readKey?: boolean;
}

export const ACCESS_POLICY = 'rapport:access-policy';

export const Access = (policy: AccessPolicy) => SetMetadata(ACCESS_POLICY, policy);
export const PublicRoute = () => Access({ roles: 'public' });

/** Client-side roles that see every vendor. */
export const CLIENT_ROLES: readonly UserRole[] = ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager', 'executive'];
export const ALL_ROLES: readonly UserRole[] = [...CLIENT_ROLES, 'partner'];

/**
 * The authenticated caller. `vendorScope` is null for client-side roles (all vendors) and the one vendor id
 * for partner users and vendor-scoped API keys; queries filter on it so nothing of other vendors leaks.
 */
export interface Principal {
  kind: 'user' | 'api-key';
  id: string;
  /** Users: their role. API keys: `ingestion` (write-only) or `reader` (read-only). */
  role: UserRole | 'ingestion' | 'reader';
  vendorScope: string | null;
  /** For API keys: the source they may write. */
  source?: string;
  /** Who this is for people reading logs and the audit trail: the user's email, or the key's name and prefix. */
  label?: string;
}

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!request.principal) {
    // Only reachable on a public route that asked for a principal: a programming error, not a user one.
    throw new Error('No principal on a route that requires one');
  }
  return request.principal;
});
