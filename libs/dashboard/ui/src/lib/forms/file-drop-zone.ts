import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';

/**
 * Drop a file on the zone or pick one with the file dialog; either way one File is emitted, and with `multiple`
 * every file dropped or picked is emitted together too.
 */
@Component({
  selector: 'rp-file-drop-zone',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      [class.zone--over]="over()"
      [class.zone--disabled]="disabled()"
      data-testid="file-drop-zone"
      (dragenter)="onDrag($event, true)"
      (dragover)="onDrag($event, true)"
      (dragleave)="onDrag($event, false)"
      (drop)="onDrop($event)"
    >
      <p class="hint">{{ hint() }}</p>
      <label class="rp-button pick">
        {{ multiple() ? 'Choose files' : 'Choose a file' }}
        <input class="rp-visually-hidden" type="file" data-testid="file-input" [accept]="accept()" [multiple]="multiple()" [disabled]="disabled()" (change)="onPick($event)" />
      </label>
      @if (fileName(); as name) {
        <p class="chosen" data-testid="chosen-file">Chosen: <strong>{{ name }}</strong></p>
      }
    </div>
  `,
  styles: `
    .zone {
      display: grid;
      justify-items: center;
      gap: var(--rp-space-3);
      padding: var(--rp-space-6) var(--rp-space-4);
      border: 2px dashed var(--rp-color-border-strong);
      border-radius: var(--rp-radius-md);
      background: var(--rp-color-surface);
      text-align: center;
    }
    .zone--over {
      border-color: var(--rp-color-accent);
      background: var(--rp-color-accent-soft);
    }
    .zone--disabled {
      opacity: 0.6;
    }
    .hint {
      color: var(--rp-color-text-muted);
    }
    .pick:focus-within {
      outline: 2px solid var(--rp-color-focus);
      outline-offset: 2px;
    }
  `,
})
export class FileDropZone {
  readonly accept = input('');
  readonly hint = input('Drag a file here, or');
  readonly disabled = input(false);
  /** Several files may be dropped or picked at once. */
  readonly multiple = input(false);
  /** Name of the file chosen so far, shown under the button. */
  readonly fileName = input<string | null>(null);
  readonly fileChosen = output<File>();
  /** All the files dropped or picked, in their order (only when `multiple`). */
  readonly filesChosen = output<File[]>();

  protected readonly over = signal(false);

  protected onDrag(event: DragEvent, over: boolean): void {
    event.preventDefault();
    this.over.set(over && !this.disabled());
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    if (!this.disabled()) {
      this.emit(event.dataTransfer?.files);
    }
  }

  protected onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.emit(input.files);
    // Choosing the same file again must still emit.
    input.value = '';
  }

  private emit(list: FileList | null | undefined): void {
    const files = Array.from(list ?? []);
    const first = files[0];
    if (!first) {
      return;
    }
    this.fileChosen.emit(first);
    if (this.multiple()) {
      this.filesChosen.emit(files);
    }
  }
}
