import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SelectField } from './select-field';

@Component({
  imports: [SelectField],
  template: `<rp-select-field label="Month" testId="month-filter" [options]="options" [selected]="selected()" [disabled]="disabled()" (selectedChange)="picked.push($event)" />`,
})
class Host {
  readonly options = [
    { value: '2025-05', label: 'May 2025' },
    { value: '2025-04', label: 'April 2025' },
  ];
  readonly selected = signal<string | null>('2025-04');
  readonly disabled = signal(false);
  readonly picked: string[] = [];
}

describe('SelectField', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const select = element.querySelector('select[data-testid="month-filter"]') as HTMLSelectElement;
    return { fixture, element, select };
  }

  it('labels a select with the options, showing the chosen one', () => {
    const { element, select } = render();
    expect(element.querySelector('label.rp-field > span')?.textContent).toBe('Month');
    expect(select.closest('label')).not.toBeNull();
    expect(Array.from(select.options, (option) => [option.value, option.textContent])).toEqual([
      ['2025-05', 'May 2025'],
      ['2025-04', 'April 2025'],
    ]);
    expect(select.value).toBe('2025-04');
  });

  it('reports a new choice without keeping it, and can be disabled', () => {
    const { fixture, select } = render();
    select.value = '2025-05';
    select.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.picked).toEqual(['2025-05']);

    fixture.componentInstance.disabled.set(true);
    fixture.detectChanges();
    expect(select.disabled).toBe(true);
  });
});
