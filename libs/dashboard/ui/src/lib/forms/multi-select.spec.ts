import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MultiSelect, type SelectOption } from './multi-select';

const OPTIONS: SelectOption[] = [
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'pt', label: 'Portuguese' },
];

@Component({
  imports: [MultiSelect],
  template: `<rp-multi-select label="Languages" allLabel="All languages" [options]="options" [selected]="selected()" (selectedChange)="changes.push($event); selected.set($event)" />`,
})
class Host {
  readonly options = OPTIONS;
  readonly selected = signal<string[]>([]);
  readonly changes: string[][] = [];
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const box = (value: string) => element.querySelector(`input[value="${value}"]`) as HTMLInputElement;
  const click = (value: string) => {
    box(value).click();
    fixture.detectChanges();
  };
  const summary = () => element.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim();
  return { fixture, element, box, click, summary };
}

describe('MultiSelect', () => {
  it('labels the group and every checkbox', () => {
    const { element } = render();
    expect(element.querySelector('legend')?.textContent).toBe('Languages');
    expect(Array.from(element.querySelectorAll('label'), (label) => label.textContent?.trim())).toEqual(['German', 'French', 'Portuguese']);
  });

  it('says what is chosen: all, the names, or how many', () => {
    const { click, summary } = render();
    expect(summary()).toBe('Languages: All languages');
    click('pt');
    click('de');
    expect(summary()).toBe('Languages: German, Portuguese');
    click('fr');
    expect(summary()).toBe('Languages: 3 selected');
  });

  it('emits the selection in the options order, and an empty one on clear', () => {
    const { fixture, element, click } = render();
    click('pt');
    click('de');
    click('pt');
    (element.querySelector('.clear') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(fixture.componentInstance.changes).toEqual([['pt'], ['de', 'pt'], ['de'], []]);
    expect(element.querySelector('.clear')).toBeNull();
  });
});
