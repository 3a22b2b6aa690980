import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { StatDifference, StatEstimate } from '@rapport/contracts';
import { DifferenceCell } from './difference-cell';
import { StatCell } from './stat-cell';

const OK: StatEstimate = { status: 'ok', estimate: 0.824, lower: 0.8, upper: 0.85, n: 1204, method: 'wilson-score' };
const THIN: StatEstimate = { status: 'insufficient', estimate: null, lower: null, upper: null, n: 12, method: 'wilson-score' };
const RISE: StatDifference = { status: 'ok', difference: 4, lower: 1.5, upper: 6.5, nA: 300, nB: 280, pValue: 0.002, method: 'welch-satterthwaite' };

@Component({
  imports: [StatCell, DifferenceCell],
  template: `
    <rp-stat-cell data-testid="stat" unit="proportion" [stat]="stat()" [scale]="{ min: 0.7, max: 0.9 }" />
    <rp-difference-cell data-testid="difference" unit="score" direction="lower-is-better" [difference]="difference()" [significant]="true" [scale]="{ min: -8, max: 8 }" />
  `,
})
class Host {
  readonly stat = signal(OK);
  readonly difference = signal(RISE);
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  // Leaf texts joined by '|', so the test sees each piece the cell shows.
  const text = (testId: string) =>
    Array.from(element.querySelectorAll(`[data-testid="${testId}"] span:not(:has(span))`), (span) => span.textContent?.trim())
      .filter(Boolean)
      .join('|');
  return { fixture, element, text };
}

describe('StatCell', () => {
  it('shows value, interval, sample size and an interval bar', () => {
    const { element, text } = render();
    expect(text('stat')).toBe('82.4%|95% interval|80.0%–85.0%|n = 1,204');
    expect(element.querySelector('[data-testid="stat"] rp-interval-bar svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says "Not enough data" with n and draws no bar when the sample is too small', () => {
    const { fixture, element, text } = render();
    fixture.componentInstance.stat.set(THIN);
    fixture.detectChanges();
    expect(text('stat')).toBe('Not enough data|n = 12');
    expect(element.querySelector('[data-testid="stat"] rp-interval-bar')).toBeNull();
  });
});

describe('DifferenceCell', () => {
  it('reads a significant rise of a lower-is-better metric as worse, in words', () => {
    const { element, text } = render();
    expect(text('difference')).toBe('+4.0 pts|95% interval|+1.5 pts to +6.5 pts|!');
    const verdict = element.querySelector('[data-testid="difference-verdict"]');
    expect(verdict?.textContent?.trim()).toBe('!Worse (significant)');
    expect(verdict?.classList).toContain('verdict--worse');
    expect(element.querySelector('[data-testid="difference"] line.reference')).not.toBeNull();
  });

  it('shows both sample sizes and no verdict without enough data', () => {
    const { fixture, text } = render();
    fixture.componentInstance.difference.set({ status: 'insufficient', difference: null, lower: null, upper: null, nA: 4, nB: 280, pValue: null, method: 'welch-satterthwaite' });
    fixture.detectChanges();
    expect(text('difference')).toBe('Not enough data|n = 4 vs n = 280');
  });
});
