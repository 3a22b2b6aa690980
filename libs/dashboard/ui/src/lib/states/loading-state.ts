import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Announced politely to screen readers; the spinner is decorative. */
@Component({
  selector: 'rp-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="state" role="status" aria-live="polite" data-testid="loading-state">
      <span class="spinner" aria-hidden="true"></span>
      <span>{{ label() }}</span>
    </div>
  `,
  styles: `
    .state {
      display: flex;
      align-items: center;
      gap: var(--rp-space-3);
      padding: var(--rp-space-6);
      color: var(--rp-color-text-muted);
    }
    .spinner {
      width: 1.25rem;
      height: 1.25rem;
      border: 2px solid var(--rp-color-border);
      border-top-color: var(--rp-color-accent);
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
})
export class LoadingState {
  readonly label = input('Loading…');
}
