import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ReportSettingsStore } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState } from '@rapport/dashboard-ui';

/** What the per-vendor reports may show beyond the vendor's own figures; saved at once when toggled. */
@Component({
  selector: 'rp-report-settings',
  imports: [ErrorState, LoadingState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state().status) {
      @case ('failed') {
        <rp-error-state heading="The report settings could not be loaded" [message]="$any(state()).error.message" (retry)="store.load()" />
      }
      @case ('loaded') {
        <section class="rp-card" aria-labelledby="pooled-heading">
          <h2 id="pooled-heading" class="rp-card__title">Per-vendor reports</h2>
          <label class="toggle">
            <input type="checkbox" data-testid="pooled-averages" [checked]="pooled()" [disabled]="saving().status === 'pending'" (change)="toggle($event)" />
            Show all vendors' pooled averages in each vendor's report
          </label>
          <p class="muted">Off: a vendor's report holds its own figures and history only. On: it also shows the mean of every vendor's conversations pooled, never another vendor's name or figures. Partners download their own vendor's report.</p>
          <div aria-live="polite">
            @switch (saving().status) {
              @case ('done') {
                <p class="rp-notice" data-testid="report-settings-saved">Saved. Reports generated from now on follow it.</p>
              }
              @case ('failed') {
                <p class="rp-notice rp-notice--error" role="alert">Not saved: {{ $any(saving()).error.message }}</p>
              }
            }
          </div>
        </section>
      }
      @default {
        <rp-loading-state label="Loading the report settings…" />
      }
    }
  `,
  styles: `
    .toggle {
      display: flex;
      gap: var(--rp-space-2);
      align-items: center;
      font-weight: var(--rp-font-weight-medium);
    }
    .muted {
      color: var(--rp-color-text-muted);
      font-size: var(--rp-font-size-sm);
    }
  `,
})
export class ReportSettings {
  protected readonly store = inject(ReportSettingsStore);
  protected readonly state = this.store.state;
  protected readonly saving = this.store.saving.state;
  protected readonly pooled = computed(() => {
    const state = this.state();
    return state.status === 'loaded' && state.data.pooledAverages;
  });

  constructor() {
    this.store.load();
  }

  protected toggle(event: Event): void {
    this.store.save({ pooledAverages: (event.target as HTMLInputElement).checked });
  }
}
