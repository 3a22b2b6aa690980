import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AsyncCard } from './async-card';

@Component({
  imports: [AsyncCard],
  template: `
    <rp-async-card heading="API keys" errorHeading="The API keys could not be loaded" loadingLabel="Loading API keys…" [error]="error()" [loaded]="rows() !== null" (retry)="retries = retries + 1">
      @if (rows(); as list) {
        <p class="rows">{{ list.length }} keys</p>
      }
    </rp-async-card>
  `,
})
class Host {
  readonly error = signal<{ message: string } | null>(null);
  readonly rows = signal<string[] | null>(null);
  retries = 0;
}

describe('AsyncCard', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const find = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    return { fixture, element, find };
  }

  it('names its section by the heading and shows the loading state until the content has data', () => {
    const { fixture, element, find } = render();
    const section = element.querySelector('section') as HTMLElement;
    expect(element.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toBe('API keys');
    expect(find('loading-state')?.textContent).toContain('Loading API keys…');

    fixture.componentInstance.rows.set(['k1', 'k2']);
    fixture.detectChanges();
    expect(find('loading-state')).toBeNull();
    expect(element.querySelector('.rows')?.textContent).toBe('2 keys');
  });

  it('shows a failed load with its message and asks again on retry', () => {
    const { fixture, find } = render();
    fixture.componentInstance.error.set({ message: 'HTTP 500' });
    fixture.detectChanges();
    expect(find('loading-state')).toBeNull();
    expect(find('error-state')?.querySelector('h2')?.textContent).toBe('The API keys could not be loaded');
    expect(find('error-state')?.querySelector('p')?.textContent).toBe('HTTP 500');
    find('error-state')?.querySelector('button')?.click();
    expect(fixture.componentInstance.retries).toBe(1);
  });
});
