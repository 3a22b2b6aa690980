import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { type ApiKeyScope, type CreateApiKeyRequest, createApiKeySchema } from '@rapport/contracts';
import { ApiKeysStore, VendorsStore } from '@rapport/dashboard-data-access';
import { AsyncCard } from '@rapport/dashboard-ui';
import { messagesByField } from '../model/vendor-draft';
import { OneTimeSecret } from '../one-time-secret';

interface KeyDraft {
  name: string;
  scope: ApiKeyScope;
  source: string;
  vendorId: string;
}

const EMPTY_DRAFT: KeyDraft = { name: '', scope: 'ingest', source: '', vendorId: '' };

/**
 * API keys for systems: ingestion keys (write-only, one source each) and read keys (analytics and conversations for
 * reporting jobs), either optionally bound to one vendor; the key itself is shown once.
 */
@Component({
  selector: 'rp-api-key-settings',
  imports: [OneTimeSecret, AsyncCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-key-settings.html',
  styleUrl: '../settings-section.scss',
})
export class ApiKeySettings {
  private readonly store = inject(ApiKeysStore);
  private readonly vendorsStore = inject(VendorsStore);
  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

  protected readonly vendors = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data.vendors : [];
  });
  protected readonly keys = computed(() => {
    const state = this.store.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const names = new Map(this.vendors().map((vendor) => [vendor.id, vendor.name]));
    const date = (iso: string | null, none: string) => (iso ? this.dates.format(new Date(iso)) : none);
    return state.data.map((key) => ({
      key,
      vendor: key.vendorId ? (names.get(key.vendorId) ?? key.vendorId) : 'Any vendor',
      created: date(key.createdAt, '—'),
      lastUsed: date(key.lastUsedAt, 'Never'),
      revoked: key.revokedAt ? `Revoked ${date(key.revokedAt, '')}` : null,
    }));
  });
  protected readonly failure = computed(() => {
    const state = this.store.state();
    return state.status === 'failed' ? state.error : null;
  });

  protected readonly draft = signal<KeyDraft>(EMPTY_DRAFT);
  protected readonly submitted = signal(false);
  protected readonly errors = computed(() => {
    const draft = this.draft();
    const result = createApiKeySchema.safeParse(toRequest(draft));
    return result.success ? {} : messagesByField(result.error.issues);
  });
  protected readonly shownErrors = computed(() => (this.submitted() ? this.errors() : {}));
  protected readonly created = computed(() => {
    const state = this.store.creating.state();
    return state.status === 'done' ? state.result : null;
  });
  protected readonly actionError = computed(() => {
    for (const mutation of [this.store.creating, this.store.revoking]) {
      const state = mutation.state();
      if (state.status === 'failed') {
        return state.error.message;
      }
    }
    return null;
  });
  protected readonly confirmingRevoke = signal<string | null>(null);

  constructor() {
    this.store.creating.reset();
    this.store.revoking.reset();
    this.store.load();
    if (this.vendorsStore.overview().status === 'idle') {
      this.vendorsStore.load();
    }
  }

  protected edit(change: Partial<KeyDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  protected create(): void {
    this.submitted.set(true);
    if (Object.keys(this.errors()).length > 0) {
      return;
    }
    this.store.create(toRequest(this.draft()));
    this.draft.set(EMPTY_DRAFT);
    this.submitted.set(false);
  }

  protected revoke(id: string): void {
    this.store.revoke(id);
    this.confirmingRevoke.set(null);
  }

  protected dismissKey(): void {
    this.store.creating.reset();
  }

  protected retry(): void {
    this.store.load();
  }
}

/** A read key takes no source: what the form still holds from the other choice is not sent. */
function toRequest(draft: KeyDraft): CreateApiKeyRequest {
  const common = { name: draft.name.trim(), scope: draft.scope, vendorId: draft.vendorId || null };
  return draft.scope === 'read' ? common : { ...common, source: draft.source.trim() };
}
