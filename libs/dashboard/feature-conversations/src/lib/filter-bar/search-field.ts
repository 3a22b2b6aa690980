import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { MAX_SEARCH_LENGTH, MIN_SEARCH_LENGTH } from '@rapport/contracts';

/** Quiet time after the last keystroke before a search is run: one request per pause, not per letter. */
export const SEARCH_DEBOUNCE_MS = 350;

/**
 * The list's text search: emits the trimmed text (or null to clear) once typing pauses, or at once on Enter.
 * The input is not bound to the URL while focused, so the URL catching up can never undo a keystroke;
 * away from it (cleared filters, back and forward) it shows the URL's search.
 */
@Component({
  selector: 'rp-search-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="rp-field">
      <span>Search</span>
      <input
        #searchInput
        class="rp-input search"
        type="search"
        data-testid="search-filter"
        placeholder="Conversation id or words from a message"
        aria-describedby="search-hint"
        [attr.maxlength]="maxLength"
        (input)="typed(searchInput.value)"
        (search)="submit(searchInput.value)"
        (change)="submit(searchInput.value)"
      />
    </label>
    <p id="search-hint" class="hint" [class.hint--warning]="tooShort()" data-testid="search-hint">
      {{ tooShort() ? 'Type at least ' + minLength + ' characters.' : 'Matches the conversation id or any message, ignoring case.' }}
    </p>
  `,
  styles: `
    :host {
      display: grid;
      gap: 2px;
      flex: 1 1 18rem;
      max-width: 28rem;
    }
    .search {
      width: 100%;
    }
    .hint {
      margin: 0;
      font-size: var(--rp-font-size-xs);
      color: var(--rp-color-text-muted);
    }
    .hint--warning {
      color: var(--rp-color-text);
    }
  `,
})
export class SearchField {
  /** The search the URL holds ('' for none). */
  readonly value = input('');
  readonly changed = output<string | null>();

  protected readonly minLength = MIN_SEARCH_LENGTH;
  protected readonly maxLength = MAX_SEARCH_LENGTH;
  protected readonly tooShort = signal(false);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('searchInput');
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
    effect(() => {
      const value = this.value();
      const element = this.field().nativeElement;
      if (element !== document.activeElement && element.value.trim() !== value) {
        element.value = value;
        this.tooShort.set(false);
      }
    });
  }

  protected typed(text: string): void {
    clearTimeout(this.timer);
    const trimmed = text.trim();
    this.tooShort.set(trimmed.length > 0 && trimmed.length < MIN_SEARCH_LENGTH);
    if (!this.tooShort()) {
      this.timer = setTimeout(() => this.emit(trimmed), SEARCH_DEBOUNCE_MS);
    }
  }

  protected submit(text: string): void {
    clearTimeout(this.timer);
    const trimmed = text.trim();
    if (trimmed.length === 0 || trimmed.length >= MIN_SEARCH_LENGTH) {
      this.emit(trimmed);
    }
  }

  private emit(trimmed: string): void {
    if (trimmed !== this.value()) {
      this.changed.emit(trimmed === '' ? null : trimmed);
    }
  }
}
