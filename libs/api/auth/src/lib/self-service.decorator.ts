import { SetMetadata } from '@nestjs/common';

export const SELF_SERVICE = 'rapport:self-service';

/**
 * Marks a state-changing route that concerns only the caller's own session (logout), which read-only roles
 * such as executives may still call.
 */
export const SelfService = () => SetMetadata(SELF_SERVICE, true);

export const BEFORE_PASSWORD_CHANGE = 'rapport:before-password-change';

/**
 * Marks the few routes a session may call while its user must still replace a temporary password: changing it,
 * reading who is signed in, and signing out. Every other route answers 403 `password_change_required`.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);
