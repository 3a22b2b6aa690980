import { Injectable, inject, signal } from '@angular/core';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { type Observable, type Subscription, forkJoin } from 'rxjs';
import { DataChanges } from '../http/data-changes';
import type { LoadState } from '../http/load-state';
import { toLoadError } from '../http/to-load-error';
import { VendorsApi } from './vendors-api';

/** Vendors with their monthly conversation volume, loaded together because the vendors page needs both. */
export interface VendorsOverview {
  vendors: VendorDto[];
  volumes: MonthlyVolumeDto[];
}

/**
 * Signal store for the vendors overview; components read signals and call load(). When conversations change (an
 * import adds a month), a loaded overview is refreshed in place: pages load it only when they find it missing.
 */
@Injectable({ providedIn: 'root' })
export class VendorsStore {
  private readonly api = inject(VendorsApi);
  private readonly state = signal<LoadState<VendorsOverview>>({ status: 'idle' });
  private request?: Subscription;

  readonly overview = this.state.asReadonly();

  constructor() {
    inject(DataChanges).onChange(() => this.refresh());
  }

  /** Loads (or reloads) both resources; a newer call supersedes a request still in flight. */
  load(): void {
    this.request?.unsubscribe();
    this.state.set({ status: 'loading' });
    this.request = this.fetch().subscribe({
      next: (data) => this.state.set({ status: 'loaded', data }),
      error: (error: unknown) => this.state.set({ status: 'failed', error: toLoadError(error) }),
    });
  }

  /** Fetches a loaded overview again, showing the old one until the new one arrives (and keeping it on failure). */
  private refresh(): void {
    if (this.state().status !== 'loaded') {
      return;
    }
    this.request?.unsubscribe();
    this.request = this.fetch().subscribe({ next: (data) => this.state.set({ status: 'loaded', data }) });
  }

  private fetch(): Observable<VendorsOverview> {
    return forkJoin({ vendors: this.api.list(), volumes: this.api.monthlyVolume() });
  }
}
