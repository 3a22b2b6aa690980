import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { showWhileUpdating } from './show-while-updating';
import { UpdatingReport } from './updating-report';

@Component({
  imports: [UpdatingReport],
  template: `
    <rp-updating-report testId="report" notice="Updating… the figures below are for May 2025." [updating]="updating()">
      <p class="figure">80.0</p>
    </rp-updating-report>
  `,
})
class Host {
  readonly updating = signal(false);
}

describe('UpdatingReport', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const find = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    return { fixture, find };
  }

  it('shows the figures as current while nothing loads', () => {
    const { find } = render();
    expect(find('updating')).toBeNull();
    expect(find('report')?.querySelector('.figure')?.textContent).toBe('80.0');
    expect(find('report')?.classList).not.toContain('report--stale');
    expect(find('report')?.getAttribute('aria-busy')).toBe('false');
    expect(find('report')?.hasAttribute('inert')).toBe(false);
  });

  it('dims the figures, marks them busy and out of reach, and says what they are for while new ones load', () => {
    const { fixture, find } = render();
    fixture.componentInstance.updating.set(true);
    fixture.detectChanges();
    expect(find('updating')?.getAttribute('role')).toBe('status');
    expect(find('updating')?.textContent).toBe('Updating… the figures below are for May 2025.');
    expect(find('report')?.classList).toContain('report--stale');
    expect(find('report')?.getAttribute('aria-busy')).toBe('true');
    expect(find('report')?.hasAttribute('inert')).toBe(true);
  });
});

describe('showWhileUpdating', () => {
  it('keeps the last value on screen while the next one loads, and clears it when nothing is asked for', () => {
    const current = signal<string | null>(null);
    const active = signal(true);
    const { shown, updating } = showWhileUpdating(current, active);
    const state = () => [shown(), updating()];

    expect(state()).toEqual([null, false]);
    current.set('May 2025');
    expect(state()).toEqual(['May 2025', false]);
    current.set(null);
    expect(state()).toEqual(['May 2025', true]);
    current.set('April 2025');
    expect(state()).toEqual(['April 2025', false]);
    active.set(false);
    current.set(null);
    expect(state()).toEqual([null, false]);
  });
});
