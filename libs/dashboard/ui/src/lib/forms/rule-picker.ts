import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import { type PickableRule, dimensionName, filterRules } from './rule-picker-model';

let nextId = 0;

/**
 * Picks one scorer rule by its plain name: a searchable combobox (ARIA 1.2 pattern). Type to narrow the list, arrow
 * keys to move, Enter to choose, Escape to close; the chosen rule's name stays in the field. With `emptyLabel` the
 * first option clears the choice (filters); without it a rule is always chosen (forms).
 */
@Component({
  selector: 'rp-rule-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rp-field picker">
      <label [attr.for]="inputId">{{ label() }}</label>
      <input
        [id]="inputId"
        class="rp-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="listId"
        [attr.aria-activedescendant]="open() && activeOption() ? optionId(active()) : null"
        [attr.data-testid]="testId()"
        [attr.data-rule]="selected() || null"
        [placeholder]="placeholder()"
        [value]="open() ? query() : shownName()"
        (focus)="openList()"
        (click)="openList()"
        (input)="typed($any($event.target).value)"
        (keydown)="key($event)"
        (blur)="close()"
      />
      @if (open()) {
        <ul class="options" role="listbox" [id]="listId" [attr.aria-label]="label()" [attr.data-testid]="testId() ? testId() + '-options' : null">
          @for (option of options(); track option.id; let index = $index) {
            <li
              role="option"
              [id]="optionId(index)"
              [class.active]="index === active()"
              [attr.aria-selected]="option.id === selected()"
              [attr.data-rule]="option.id"
              (mousedown)="$event.preventDefault(); choose(option.id)"
            >
              <span class="name">{{ option.name }}</span>
              @if (option.dimension) {
                <span class="dimension">{{ dimension(option.dimension) }}</span>
              }
            </li>
          } @empty {
            <li class="none" role="option" aria-disabled="true" aria-selected="false">No rule matches “{{ query() }}”</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .picker {
      position: relative;
      min-width: 16rem;
    }
    .options {
      position: absolute;
      top: 100%;
      left: 0;
      right: 0;
      z-index: 10;
      max-height: 18rem;
      overflow-y: auto;
      margin: 2px 0 0;
      padding: var(--rp-space-1) 0;
      border: 1px solid var(--rp-color-border-strong);
      border-radius: var(--rp-radius-sm);
      background: var(--rp-color-surface);
      box-shadow: 0 4px 12px rgb(0 0 0 / 12%);
      list-style: none;
      font-size: var(--rp-font-size-sm);
      color: var(--rp-color-text);
    }
    li {
      display: flex;
      justify-content: space-between;
      gap: var(--rp-space-2);
      padding: var(--rp-space-1) var(--rp-space-2);
      cursor: pointer;
    }
    li.active {
      background: var(--rp-color-accent-soft);
      outline: 2px solid var(--rp-color-accent);
      outline-offset: -2px;
    }
    li[aria-selected='true'] .name {
      font-weight: var(--rp-font-weight-bold);
    }
    .dimension,
    .none {
      color: var(--rp-color-text-muted);
      font-size: var(--rp-font-size-xs);
    }
  `,
})
export class RulePicker {
  readonly label = input.required<string>();
  readonly rules = input.required<readonly PickableRule[]>();
  /** The chosen rule id; '' for none. */
  readonly selected = input<string>('');
  /** Offered first to clear the choice, e.g. "Any rule"; none in forms where a rule must be chosen. */
  readonly emptyLabel = input<string>();
  readonly placeholder = input('Type to search the rules');
  readonly testId = input<string>();
  readonly selectedChange = output<string>();

  protected readonly inputId = `rp-rule-picker-${++nextId}`;
  protected readonly listId = `${this.inputId}-list`;
  protected readonly open = signal(false);
  protected readonly query = signal('');
  protected readonly dimension = dimensionName;

  protected readonly options = computed((): PickableRule[] => {
    const empty = this.emptyLabel();
    const found = filterRules(this.rules(), this.query());
    return empty !== undefined && this.query().trim() === '' ? [{ id: '', name: empty, dimension: '' }, ...found] : found;
  });
  /** Index of the highlighted option; back to the chosen one (or the first) whenever the list changes. */
  protected readonly active = linkedSignal(() => Math.max(0, this.options().findIndex((option) => option.id === this.selected())));
  protected readonly activeOption = computed(() => this.options()[this.active()]);
  protected readonly shownName = computed(() => {
    const id = this.selected();
    return id === '' ? '' : (this.rules().find((rule) => rule.id === id)?.name ?? id);
  });

  protected optionId(index: number): string {
    return `${this.inputId}-option-${index}`;
  }

  protected openList(): void {
    if (!this.open()) {
      this.query.set('');
      this.open.set(true);
    }
  }

  protected close(): void {
    this.open.set(false);
  }

  protected typed(text: string): void {
    this.query.set(text);
    this.open.set(true);
  }

  protected choose(id: string): void {
    this.open.set(false);
    this.query.set('');
    if (id !== this.selected()) {
      this.selectedChange.emit(id);
    }
  }

  protected key(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open()) {
          this.openList();
        } else if (count > 0) {
          this.active.set((this.active() + 1) % count);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) {
          this.active.set((this.active() - 1 + count) % count);
        }
        break;
      case 'Enter': {
        const option = this.activeOption();
        if (this.open() && option) {
          event.preventDefault();
          this.choose(option.id);
        }
        break;
      }
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.close();
        }
        break;
      default:
        break;
    }
  }
}
