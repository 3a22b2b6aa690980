import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

@Component({
  imports: [LoadingState, EmptyState, ErrorState],
  template: `
    <rp-loading-state label="Loading vendors…" />
    <rp-empty-state heading="No vendors yet"><p>Import conversations first.</p></rp-empty-state>
    <rp-error-state message="The server could not be reached." (retry)="retries = retries + 1" />
  `,
})
class Host {
  retries = 0;
}

describe('state components', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const find = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
    return { fixture, find };
  }

  it('announces loading as a status with its label', () => {
    const loading = render().find('loading-state');
    expect(loading.getAttribute('role')).toBe('status');
    expect(loading.textContent?.trim()).toBe('Loading vendors…');
  });

  it('shows the empty heading and projected explanation', () => {
    const empty = render().find('empty-state');
    expect(empty.querySelector('h2')?.textContent).toBe('No vendors yet');
    expect(empty.querySelector('p')?.textContent).toBe('Import conversations first.');
  });

  it('raises an alert with the message and a default heading, and asks to retry', () => {
    const { fixture, find } = render();
    const error = find('error-state');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.querySelector('h2')?.textContent).toBe('Something went wrong');
    expect(error.querySelector('p')?.textContent).toBe('The server could not be reached.');

    error.querySelector('button')?.click();
    error.querySelector('button')?.click();
    expect(fixture.componentInstance.retries).toBe(2);
  });
});
