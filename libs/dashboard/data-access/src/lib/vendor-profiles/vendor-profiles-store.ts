import { Injectable, inject } from '@angular/core';
import type { RescoreStartedDto, VendorProfileDto, VendorProfileInput } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource, upsertBy } from '../http/remote-resource';
import { VendorProfilesApi } from './vendor-profiles-api';

/** A vendor to save: a new one (no id) or changes to an existing one. */
export interface VendorProfileChange {
  id: string | null;
  profile: VendorProfileInput;
}

const byName = (a: VendorProfileDto, b: VendorProfileDto) => a.name.localeCompare(b.name);

/** Vendor profiles, sorted by name; a saved vendor replaces its old entry without reloading the list. */
@Injectable({ providedIn: 'root' })
export class VendorProfilesStore {
  private readonly api = inject(VendorProfilesApi);
  private readonly resource = new RemoteResource(() => this.api.list());

  readonly state = this.resource.state;
  /** A created vendor has no stored conversations, so only a change says what it started rescoring. */
  readonly saving = new Mutation<VendorProfileChange, VendorProfileDto & { rescore?: RescoreStartedDto }>(({ id, profile }) => (id ? this.api.update(id, profile) : this.api.create(profile)));

  load(): void {
    this.resource.load();
  }

  /** Saves; `onSaved` gets the vendor as saved and, for a change, the rescore it started. */
  save(change: VendorProfileChange, onSaved?: (vendor: VendorProfileDto, rescore: RescoreStartedDto | null) => void): void {
    this.saving.run(change, ({ rescore, ...saved }) => {
      this.resource.update((vendors) => upsertBy(vendors, saved, (vendor) => vendor.id, byName));
      onSaved?.(saved, rescore ?? null);
    });
  }
}
