import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A compact multi-select: a disclosure button that says what is chosen, opening a labelled group of checkboxes.
 * Native details/summary and checkboxes, so keyboard and screen readers work without custom key handling.
 */
@Component({
  selector: 'rp-multi-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="multi-select" [attr.data-testid]="testId()">
      <summary class="rp-select summary">
        <span class="label">{{ label() }}:</span> {{ summary() }}
      </summary>
      <fieldset class="panel">
        <legend class="rp-visually-hidden">{{ label() }}</legend>
        @for (option of options(); track option.value) {
          <label class="option">
            <input type="checkbox" [value]="option.value" [checked]="chosen().has(option.value)" (change)="toggle(option.value, $any($event.target).checked)" />
            {{ option.label }}
          </label>
        } @empty {
          <p class="none">Nothing to choose from.</p>
        }
        @if (selected().length > 0) {
          <button type="button" class="clear" (click)="selectedChange.emit([])">Clear</button>
        }
      </fieldset>
    </details>
  `,
  styles: `
    :host {
      display: inline-block;
      position: relative;
    }
    .summary {
      display: inline-block;
      list-style: none;
      cursor: pointer;
      white-space: nowrap;
    }
    .summary::-webkit-details-marker {
      display: none;
    }
    .summary::after {
      content: ' ▾';
    }
    .label {
      color: var(--rp-color-text-muted);
    }
    .panel {
      position: absolute;
      z-index: 6;
      display: grid;
      gap: var(--rp-space-1);
      min-width: 12rem;
      max-height: 18rem;
      overflow-y: auto;
      margin: var(--rp-space-1) 0 0;
      padding: var(--rp-space-2) var(--rp-space-3);
      border: 1px solid var(--rp-color-border-strong);
      border-radius: var(--rp-radius-sm);
      background: var(--rp-color-surface);
      box-shadow: var(--rp-shadow-card);
      font-size: var(--rp-font-size-sm);
    }
    .option {
      display: flex;
      align-items: center;
      gap: var(--rp-space-2);
      white-space: nowrap;
    }
    .clear {
      justify-self: start;
      padding: 0;
      border: 0;
      background: none;
      color: var(--rp-color-accent);
      text-decoration: underline;
      cursor: pointer;
    }
    .none {
      color: var(--rp-color-text-muted);
    }
  `,
})
export class MultiSelect {
  readonly label = input.required<string>();
  readonly options = input.required<readonly SelectOption[]>();
  readonly selected = input<readonly string[]>([]);
  /** What the button says when nothing is chosen, e.g. "All vendors". */
  readonly allLabel = input('All');
  readonly testId = input<string>();
  /** The new selection, in the options' order. */
  readonly selectedChange = output<string[]>();

  protected readonly chosen = computed(() => new Set(this.selected()));

  protected readonly summary = computed(() => {
    const chosen = this.options().filter((option) => this.chosen().has(option.value));
    if (chosen.length === 0) {
      return this.allLabel();
    }
    return chosen.length <= 2 ? chosen.map((option) => option.label).join(', ') : `${chosen.length} selected`;
  });

  protected toggle(value: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) {
      next.add(value);
    } else {
      next.delete(value);
    }
    this.selectedChange.emit(this.options().map((option) => option.value).filter((option) => next.has(option)));
  }
}
