import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { SelectOption } from './multi-select';

/**
 * A native select under its label, the way every filter row lays one out. The page keeps the chosen value (in the
 * URL); the field only reports a new choice.
 */
@Component({
  selector: 'rp-select-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="rp-field">
      <span>{{ label() }}</span>
      <select #select class="rp-select" [attr.data-testid]="testId()" [disabled]="disabled()" (change)="selectedChange.emit(select.value)">
        @for (option of options(); track option.value) {
          <option [value]="option.value" [selected]="option.value === selected()">{{ option.label }}</option>
        }
      </select>
    </label>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class SelectField {
  readonly label = input.required<string>();
  readonly options = input.required<readonly SelectOption[]>();
  /** The value shown as chosen; null when none is (yet). */
  readonly selected = input.required<string | null>();
  readonly testId = input<string>();
  readonly disabled = input(false);
  readonly selectedChange = output<string>();
}
