import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FileDropZone } from './file-drop-zone';
import { ProgressBar } from './progress-bar';

@Component({
  imports: [ProgressBar, FileDropZone],
  template: `
    <rp-progress-bar testId="bar" label="Reading the file" [value]="value()" [max]="max()" />
    <rp-file-drop-zone accept=".csv" [disabled]="disabled()" [fileName]="name()" (fileChosen)="files.push($event)" />
  `,
})
class Host {
  readonly value = signal(250);
  readonly max = signal(1000);
  readonly disabled = signal(false);
  readonly name = signal<string | null>(null);
  readonly files: File[] = [];
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, host: fixture.componentInstance };
}

function dropEvent(files: File[]): Event {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files } });
  return event;
}

describe('ProgressBar', () => {
  it('is a labelled progress element with its percentage', () => {
    const { element } = render();
    const bar = element.querySelector('[data-testid="bar"]') as HTMLProgressElement;
    const label = element.querySelector(`#${bar.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('Reading the file');
    expect([bar.value, bar.max]).toEqual([250, 1000]);
    expect(element.querySelector('.percent')?.textContent).toBe('25%');
  });

  it('clamps values past the maximum and turns indeterminate without one', () => {
    const { fixture, element, host } = render();
    host.value.set(5000);
    fixture.detectChanges();
    expect(element.querySelector('.percent')?.textContent).toBe('100%');
    host.max.set(0);
    fixture.detectChanges();
    expect(element.querySelector('.percent')).toBeNull();
    expect(element.querySelector('progress')?.hasAttribute('value')).toBe(false);
  });
});

describe('FileDropZone', () => {
  const file = new File(['a,b\n'], 'chats.csv', { type: 'text/csv' });

  it('emits a dropped file and shows the chosen name', () => {
    const { fixture, element, host } = render();
    element.querySelector('[data-testid="file-drop-zone"]')?.dispatchEvent(dropEvent([file]));
    expect(host.files).toEqual([file]);
    host.name.set('chats.csv');
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="chosen-file"]')?.textContent).toBe('Chosen: chats.csv');
  });

  it('ignores drops while disabled', () => {
    const { fixture, element, host } = render();
    host.disabled.set(true);
    fixture.detectChanges();
    element.querySelector('[data-testid="file-drop-zone"]')?.dispatchEvent(dropEvent([file]));
    expect(host.files).toEqual([]);
    expect((element.querySelector('[data-testid="file-input"]') as HTMLInputElement).disabled).toBe(true);
  });

  it('emits a file picked with the dialog, through a labelled input', () => {
    const { element, host } = render();
    const input = element.querySelector('[data-testid="file-input"]') as HTMLInputElement;
    expect(input.closest('label')?.textContent).toContain('Choose a file');
    expect(input.accept).toBe('.csv');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    expect(host.files).toEqual([file]);
  });
});
