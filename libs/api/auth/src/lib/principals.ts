import type { Principal } from '@rapport/api-core';
import type { SessionUserDto } from '@rapport/contracts';
import type { ApiKey } from './api-key.entity';
import type { User } from './user.entity';

/**
 * A partner user without a vendor (which validation prevents) is scoped to no vendor at all rather than to
 * every vendor: the empty id matches no row.
 */
export function userPrincipal(user: User): Principal {
  return {
    kind: 'user',
    id: user.id,
    role: user.role,
    vendorScope: user.role === 'partner' ? (user.vendorId ?? '') : null,
    label: user.email,
  };
}

export function apiKeyPrincipal(key: ApiKey): Principal {
  return {
    kind: 'api-key',
    id: key.id,
    role: key.scope === 'read' ? 'reader' : 'ingestion',
    vendorScope: key.vendorId,
    ...(key.scope === 'read' ? {} : { source: key.source }),
    label: `${key.name} (${key.prefix}…)`,
  };
}

export function toSessionUserDto(user: User): SessionUserDto {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    vendorId: user.role === 'partner' ? user.vendorId : null,
    displayName: user.displayName,
    passwordChangeRequired: user.mustChangePassword,
  };
}
