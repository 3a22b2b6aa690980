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

export interface Recipe {
  targets: readonly Target[];
  /** A valid request naming the target's objects; objects a request changes or deletes are made afresh. */
  /** For vendor-scoped callers, when they cannot make a valid request naming their own vendor's objects. */
  scopedTargets?: readonly Target[];
  build(world: MatrixWorld, side: VendorSide | null): Promise<MatrixRequest>;
  /**
   * How a vendor-scoped caller is refused when it names the other vendor, when not by 404 (writes reject the record
   * and store nothing). Returns what is wrong, or null.
   */
  otherVendorRefusal?(world: MatrixWorld, response: { status: number; body: any }): Promise<string | null>;
}
