import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';

let nextId = 0;

/**
 * A secret the API returns once (a new API key, a temporary password): announced, shown read-only for copying,
 * with the projected advice on what to do with it, until the user says it is stored.
 */
@Component({
  selector: 'rp-one-time-secret',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="rp-card secret" role="alert" [attr.aria-labelledby]="headingId" [attr.data-testid]="testId()">
      <h2 [id]="headingId" class="rp-card__title">{{ heading() }}</h2>
      <p class="advice"><ng-content /></p>
      <label class="rp-field">
        <span>{{ label() }}</span>
        <input class="rp-input" type="text" readonly [value]="value()" [attr.data-testid]="testId() + '-value'" />
      </label>
      <div class="actions">
        <button type="button" class="rp-button" (click)="dismissed.emit()">{{ dismissLabel() }}</button>
        <button type="button" class="rp-button" [attr.data-testid]="testId() + '-copy'" (click)="copy()">Copy</button>
        <span class="copied" aria-live="polite" [attr.data-testid]="testId() + '-copied'">{{ copied() }}</span>
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .secret {
      display: grid;
      gap: var(--rp-space-2);
      margin-bottom: var(--rp-space-4);
    }
    .secret input {
      width: 100%;
      font-family: var(--rp-font-family-mono);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--rp-space-3);
    }
    .copied {
      font-size: var(--rp-font-size-sm);
    }
    .advice {
      margin-bottom: var(--rp-space-3);
      color: var(--rp-color-text-muted);
      font-size: var(--rp-font-size-sm);
    }
  `,
})
export class OneTimeSecret {
  readonly heading = input.required<string>();
  /** Label of the read-only field holding the secret. */
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly dismissLabel = input.required<string>();
  /** Test id of the card; the field gets the same with '-value'. */
  readonly testId = input.required<string>();
  readonly dismissed = output<void>();

  protected readonly headingId = `one-time-secret-${nextId++}`;
  /** Says whether the copy worked, for everyone (announced politely to screen readers). */
  protected readonly copied = signal('');
  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard;

  protected async copy(): Promise<void> {
    try {
      if (!this.clipboard) {
        throw new Error('no clipboard');
      }
      await this.clipboard.writeText(this.value());
      this.copied.set('Copied to the clipboard.');
    } catch {
      this.copied.set('Copying is not allowed here: select the text and copy it by hand.');
    }
  }
}
