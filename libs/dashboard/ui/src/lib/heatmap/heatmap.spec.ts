import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Heatmap } from './heatmap';
import type { HeatmapCell, HeatmapModel } from './heatmap-model';

const cell = (key: string, overrides: Partial<HeatmapCell> = {}): HeatmapCell => ({
  key,
  tone: 'neutral',
  value: '70.0',
  note: 'n = 120',
  marker: '',
  label: `cell ${key}`,
  details: [`details of ${key}`, 'n = 120'],
  ...overrides,
});

const MODEL: HeatmapModel = {
  rowHeader: 'Vendor',
  columns: [
    { key: 'de', label: 'German' },
    { key: 'fr', label: 'French' },
  ],
  rows: [
    { key: 'v1', label: 'Lisboa Contact', cells: [cell('v1:de', { tone: 'worse-strong', marker: '▼', value: '61.2' }), cell('v1:fr')] },
    { key: 'v2', label: 'Manila Desk', cells: [cell('v2:de', { tone: 'missing', value: '', note: '' }), cell('v2:fr', { tone: 'insufficient', value: 'Not enough data', note: 'n = 8' })] },
  ],
};

@Component({
  imports: [Heatmap],
  template: `<rp-heatmap testId="map" caption="Overall by vendor and language" [model]="model()" [selectedKey]="selected()" (cellSelected)="chosen.push($event)" />`,
})
class Host {
  readonly model = signal(MODEL);
  readonly selected = signal<string | null>(null);
  readonly chosen: string[] = [];
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  document.body.appendChild(element);
  const button = (key: string) => element.querySelector(`button[data-key="${key}"]`) as HTMLButtonElement;
  const press = (key: string, name: string) => {
    button(key).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    fixture.detectChanges();
  };
  return { fixture, element, button, press };
}

describe('Heatmap', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is a table with column and row headers', () => {
    const { element } = render();
    const table = element.querySelector('[data-testid="map"]') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('thead th'), (th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Vendor'],
      ['col', 'German'],
      ['col', 'French'],
    ]);
    expect(Array.from(table.querySelectorAll('tbody th[scope="row"]'), (th) => th.textContent)).toEqual(['Lisboa Contact', 'Manila Desk']);
    expect(table.caption?.textContent).toContain('Overall by vendor and language');
  });

  it('gives each cell its full description, value, note, marker and tone', () => {
    const { button } = render();
    const flagged = button('v1:de');
    // Named by its full sentence (visually hidden); the short figures are hidden from screen readers.
    expect(flagged.querySelector('.rp-visually-hidden')?.textContent).toBe('cell v1:de');
    expect(flagged.hasAttribute('aria-label')).toBe(false);
    expect([flagged.querySelector('.value')?.textContent, flagged.querySelector('.note')?.textContent]).toEqual(['▼61.2', 'n = 120']);
    expect(flagged.querySelector('.value')?.getAttribute('aria-hidden')).toBe('true');
    expect(flagged.classList).toContain('cell--worse-strong');
    expect(flagged.getAttribute('data-details')).toBe('details of v1:de\nn = 120');
    expect(button('v2:fr').textContent).toContain('Not enough data');
  });

  it('shows a cell without data as a dash, not a button', () => {
    const { element, button } = render();
    expect(button('v2:de')).toBeNull();
    expect(element.querySelector('.cell--missing')?.textContent).toContain('cell v2:de');
  });

  it('has a single tab stop that the arrow keys move, skipping cells without data', () => {
    const { element, button, press } = render();
    expect(Array.from(element.querySelectorAll('button'), (b) => [b.getAttribute('data-key'), b.tabIndex])).toEqual([
      ['v1:de', 0],
      ['v1:fr', -1],
      ['v2:fr', -1],
    ]);
    press('v1:de', 'ArrowRight');
    expect(document.activeElement).toBe(button('v1:fr'));
    expect(button('v1:fr').tabIndex).toBe(0);
    press('v1:fr', 'ArrowDown');
    expect(document.activeElement).toBe(button('v2:fr'));
    press('v2:fr', 'ArrowLeft');
    expect(document.activeElement).toBe(button('v2:fr'));
  });

  it('emits the key of a clicked cell and shows the selected one as pressed', () => {
    const { fixture, button } = render();
    button('v1:fr').click();
    expect(fixture.componentInstance.chosen).toEqual(['v1:fr']);
    fixture.componentInstance.selected.set('v1:fr');
    fixture.detectChanges();
    expect(button('v1:fr').getAttribute('aria-pressed')).toBe('true');
    expect(button('v1:de').getAttribute('aria-pressed')).toBe('false');
    expect(button('v1:fr').tabIndex).toBe(0);
  });

  it('explains every tone in a legend', () => {
    const { element } = render();
    expect(Array.from(element.querySelectorAll('.legend-item'), (item) => item.textContent?.trim())).toEqual([
      '▼ Flagged gap: worse, and clear even allowing for how many cells are compared',
      'Worse, but not clear once allowing for how many cells are compared',
      'No clear difference',
      'Better, but not clear once allowing for how many cells are compared',
      '▲ Clearly better, even allowing for how many cells are compared',
      'Not enough data to compare',
    ]);
  });
});
