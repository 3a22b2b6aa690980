import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { VendorProfileInput } from '@rapport/contracts';
import { RescoreTracker, VendorProfilesStore } from '@rapport/dashboard-data-access';
import { EmptyState, ErrorState, LoadingState } from '@rapport/dashboard-ui';
import { emptyVendorDraft, hoursSummary, toVendorDraft } from '../model/vendor-draft';
import { RescoreNotice } from '../rescore/rescore-notice';
import { VendorForm } from './vendor-form';

/** Vendors with their country, time zone, sites, hours and formality; `?edit=<id>` or `?edit=new` opens the form. */
@Component({
  selector: 'rp-vendor-settings',
  imports: [VendorForm, LoadingState, ErrorState, EmptyState, RescoreNotice],
  providers: [RescoreTracker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vendor-settings.html',
  styleUrl: '../settings-section.scss',
})
export class VendorSettings {
  /** `?edit=`, bound by the router. */
  readonly edit = input<string>();

  private readonly store = inject(VendorProfilesStore);
  private readonly tracker = inject(RescoreTracker);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly vendors = computed(() => {
    const state = this.store.state();
    return state.status === 'loaded' ? state.data.map((vendor) => ({ vendor, hours: hoursSummary(vendor.businessHours), formality: formalityText(vendor.expectedFormality) })) : null;
  });
  protected readonly failure = computed(() => {
    const state = this.store.state();
    return state.status === 'failed' ? state.error : null;
  });
  /** The vendor being edited: a draft and whether it is new; null when the form is closed or the id is unknown. */
  protected readonly editing = computed(() => {
    const edit = this.edit();
    if (!edit) {
      return null;
    }
    if (edit === 'new') {
      return { id: null, name: 'New vendor', draft: emptyVendorDraft() };
    }
    const vendor = this.vendors()?.find((item) => item.vendor.id === edit)?.vendor;
    return vendor ? { id: vendor.id, name: vendor.name, draft: toVendorDraft(vendor) } : null;
  });
  protected readonly saving = computed(() => this.store.saving.state().status === 'pending');
  protected readonly saveError = computed(() => {
    const state = this.store.saving.state();
    return state.status === 'failed' ? state.error.message : null;
  });
  protected readonly savedNotice = computed(() => {
    const state = this.store.saving.state();
    return state.status === 'done' && !this.edit() ? `${state.result.name} saved.` : null;
  });
  protected readonly rescore = this.tracker.progress;

  constructor() {
    this.store.saving.reset();
    this.store.load();
  }

  protected open(id: string): void {
    this.store.saving.reset();
    this.tracker.reset();
    this.navigate(id);
  }

  protected save(id: string | null, profile: VendorProfileInput): void {
    this.store.save({ id, profile }, (_vendor, rescore) => {
      if (rescore) {
        this.tracker.follow(rescore);
      }
      this.navigate(null);
    });
  }

  protected close(): void {
    this.store.saving.reset();
    this.navigate(null);
  }

  protected retry(): void {
    this.store.load();
  }

  private navigate(edit: string | null): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { edit }, queryParamsHandling: 'merge' });
  }
}

function formalityText(formality: Partial<Record<string, string>>): string {
  const entries = Object.entries(formality).filter(([, value]) => value);
  return entries.length === 0 ? 'Defaults' : entries.map(([language, value]) => `${language}: ${value}`).join(', ');
}
