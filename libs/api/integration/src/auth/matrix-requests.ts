import { randomUUID } from 'node:crypto';
import type { User } from '@rapport/api-auth';
import type { RouteEntry } from '@rapport/api-testing';
import type { MatrixWorld, VendorSide } from './matrix-world';

export const MUTATING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function routeKey(route: Pick<RouteEntry, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** Whose objects a request names: the caller's own vendor's, the other vendor's, or none. */
export type Target = 'own' | 'other' | 'none';

export interface MatrixRequest {
  path: string;
  body?: unknown;
  /** Multipart uploads are built afresh for every request. */
  form?: FormData;
  /** The status an allowed caller must get. */
  success: number;
  /** Text that an allowed answer must contain: proof that the request reached the named object. */
  shows?: string;
}

/** The signed-in user a request is sent as (null for anonymous callers and API keys). */
export interface CallerAccount {
  user: User;
  /** Kept current: the password-change recipe changes it. */
  password: string;
}

export interface Recipe {
  targets: readonly Target[];
  /** A valid request naming the target's objects; objects a request changes or deletes are made afresh. */
  /** For vendor-scoped callers, when they cannot make a valid request naming their own vendor's objects. */
  scopedTargets?: readonly Target[];
  build(world: MatrixWorld, side: VendorSide | null, caller: CallerAccount | null): Promise<MatrixRequest>;
  /**
   * How a vendor-scoped caller is refused when it names the other vendor, when not by 404 (writes reject the record
   * and store nothing). Returns what is wrong, or null.
   */
  otherVendorRefusal?(world: MatrixWorld, response: { status: number; body: any }): Promise<string | null>;
}

/** A read of one vendor's objects, called with the caller's own vendor's and the other vendor's. */
export const get = (path: (side: VendorSide) => string, shows?: (side: VendorSide) => string): Recipe => ({
  targets: ['own', 'other'],
  build: async (_world, side) => ({
    path: path(side as VendorSide),
    success: 200,
    shows: shows?.(side as VendorSide),
  }),
});

/** A request that names no vendor's objects. */
export const plain = (path: string, success = 200): Recipe => ({
  targets: ['none'],
  build: async () => ({ path, success }),
});

let sequence = 0;
export const unique = (prefix: string) => `${prefix}-${++sequence}-${randomUUID().slice(0, 8)}`;
