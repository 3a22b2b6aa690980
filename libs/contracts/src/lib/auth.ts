import { z } from 'zod';
import { USER_ROLES, UserRole } from './vocabulary';

/** What `GET /api/auth/me` and a successful login return: the signed-in user, for the dashboard's session store. */
export interface SessionUserDto {
  id: string;
  email: string;
  role: UserRole;
  /** The one vendor a partner user belongs to; null for client-side roles, which see every vendor. */
  vendorId: string | null;
  displayName: string;
  /**
   * True after an administrator created the account or reset its password: until the user picks their own
   * password, the session may only change it, read who it is and sign out (403 `password_change_required`).
   */
  passwordChangeRequired?: boolean;
}

export interface LoginResponseDto {
  user: SessionUserDto;
  /** Also set as the readable `XSRF-TOKEN` cookie; state-changing requests echo it in `X-XSRF-TOKEN`. */
  csrfToken: string;
}

export interface UserDto extends SessionUserDto {
  createdAt: string;
  lastLoginAt: string | null;
  disabled: boolean;
  /** Set while repeated failed sign-ins keep the account locked. */
  lockedUntil: string | null;
}

/** A password shown once to the administrator who created or reset it. */
export interface UserWithPasswordDto {
  user: UserDto;
  temporaryPassword: string;
}

/** `ingest`: writes conversations and surveys of one source. `read`: reads analytics and conversations. */
export const API_KEY_SCOPES = ['ingest', 'read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export interface ApiKeyDto {
  id: string;
  name: string;
  /** The key's first characters, to recognise it in logs and lists; the key itself is never stored. */
  prefix: string;
  scope: ApiKeyScope;
  /** The source an ingestion key writes; null for read keys. */
  source: string | null;
  vendorId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Returned once when a key is created: the only time the secret is visible. */
export interface CreatedApiKeyDto {
  apiKey: ApiKeyDto;
  key: string;
}

export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the bound keeps one request's hashing work bounded. */
export const PASSWORD_MAX_LENGTH = 256;
const PASSWORD_MIN_DISTINCT = 5;

/**
 * The password policy for passwords people choose, shared by the API (which enforces it) and the dashboard (which
 * explains it before sending): length in characters as people count them, not the e-mail or its name part, and
 * not one or two characters repeated. Returns why a password is refused, or null.
 */
export function passwordPolicyProblem(password: string, email: string): string | null {
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (characters.length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  if (new Set(characters).size < PASSWORD_MIN_DISTINCT) {
    return `Use at least ${PASSWORD_MIN_DISTINCT} different characters`;
  }
  const lowered = password.toLowerCase();
  const name = email.trim().toLowerCase().split('@')[0] ?? '';
  if (lowered.includes(email.trim().toLowerCase()) || (name.length >= 4 && lowered.includes(name))) {
    return 'Do not use your e-mail address in your password';
  }
  return null;
}

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;
const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const createUserSchema = z
  .object({
    email,
    displayName: z.string().trim().min(1).max(200),
    role: z.enum(USER_ROLES),
    vendorId: z.uuid().nullable().default(null),
  })
  .refine((user) => (user.role === 'partner') === (user.vendorId !== null), {
    message: 'partner users need a vendorId; other roles see every vendor and take none',
    path: ['vendorId'],
  });
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(USER_ROLES).optional(),
    vendorId: z.uuid().nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const createApiKeySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    scope: z.enum(API_KEY_SCOPES).default('ingest'),
    source: z.string().trim().min(1).max(100).optional(),
    vendorId: z.uuid().nullable().default(null),
  })
  .refine((key) => (key.scope === 'ingest') === (key.source !== undefined), {
    message: 'an ingestion key needs the source it writes; a read key takes none',
    path: ['source'],
  });
export type CreateApiKeyRequest = z.infer<typeof createApiKeySchema>;
