import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { AuditStore, UsersStore, auditCsvUrl, queryView } from '@rapport/dashboard-data-access';
import { EmptyState, ErrorState, LoadingState } from '@rapport/dashboard-ui';
import { type AuditFilters, auditActionOptions, auditQuery, parseAuditFilters, toAuditRow } from './audit-filters';

/**
 * The audit log for administrators: who did what and when, filtered by action, person and dates (kept in the URL),
 * fifty entries a page from the newest, and the filtered log as a CSV file.
 */
@Component({
  selector: 'rp-audit-log',
  imports: [EmptyState, ErrorState, LoadingState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-log.html',
  styleUrl: './audit-log.scss',
})
export class AuditLog {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly store = inject(AuditStore);
  private readonly users = inject(UsersStore);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly actions = auditActionOptions();
  protected readonly String = String;
  protected readonly filters = computed(() => {
    const params = this.params();
    return parseAuditFilters(Object.fromEntries(params.keys.map((name) => [name, params.get(name) ?? undefined])));
  });
  private readonly query = computed(() => auditQuery(this.filters()));
  protected readonly csvUrl = computed(() => auditCsvUrl(this.query()));
  protected readonly people = computed(() => {
    const state = this.users.state();
    return state.status === 'loaded' ? [...state.data].sort((a, b) => a.email.localeCompare(b.email)) : [];
  });
  protected readonly result = computed(() => queryView(this.store.state(), this.query()));
  protected readonly rows = computed(() => {
    const result = this.result();
    return result.status === 'loaded' ? result.data.entries.map(toAuditRow) : [];
  });
  protected readonly nextBefore = computed(() => {
    const result = this.result();
    return result.status === 'loaded' ? result.data.nextBefore : null;
  });

  constructor() {
    this.users.load();
    effect(() => {
      const query = this.query();
      untracked(() => this.store.load(query));
    });
  }

  /** Applies the form's filters from the newest entry on. */
  protected apply(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: keyof AuditFilters) => String(data.get(name) ?? '');
    this.go({ action: value('action'), actorId: value('actorId'), from: value('from'), to: value('to'), before: '' });
  }

  protected clear(): void {
    this.go({ action: '', actorId: '', from: '', to: '', before: '' });
  }

  protected page(before: string): void {
    this.go({ ...this.filters(), before });
  }

  protected retry(): void {
    this.store.reload();
  }

  private go(filters: AuditFilters): void {
    const queryParams = Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, value || null]));
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }
}
