import { SetMetadata } from '@nestjs/common';

export const SELF_SERVICE = 'rapport:self-service';

/**
 * Marks a state-changing route that concerns only the caller's own session (logout), which read-only roles
 * such as executives may still call.
 */
export const SelfService = () => SetMetadata(SELF_SERVICE, true);
