import { Injectable, inject, signal } from '@angular/core';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { type Subscription, forkJoin } from 'rxjs';
import type { LoadState } from '../http/load-state';
import { toLoadError } from '../http/to-load-error';
import { VendorsApi } from './vendors-api';

/** Vendors with their monthly conversation volume, loaded together because the vendors page needs both. */
export interface VendorsOverview {
  vendors: VendorDto[];
  volumes: MonthlyVolumeDto[];
}

/** Signal store for the vendors overview; components read signals and call load(). */
@Injectable({ providedIn: 'root' })
export class VendorsStore {
  private readonly api = inject(VendorsApi);
  private readonly state = signal<LoadState<VendorsOverview>>({ status: 'idle' });
  private request?: Subscription;

  readonly overview = this.state.asReadonly();

  /** Loads (or reloads) both resources; a newer call supersedes a request still in flight. */
  load(): void {
    this.request?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.request = forkJoin({ vendors: this.api.list(), volumes: this.api.monthlyVolume() }).subscribe({
      next: (data) => this.state.set({ status: 'loaded', data }),
      error: (error: unknown) => this.state.set({ status: 'failed', error: toLoadError(error) }),
    });
  }
}
