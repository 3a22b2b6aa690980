import type { VendorRef } from '@rapport/contracts';
import type { VendorInfo } from '../filters/selection';

export function vendorRef(vendor: VendorInfo): VendorRef {
  return { id: vendor.id, slug: vendor.slug, name: vendor.name };
}
