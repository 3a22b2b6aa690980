import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BehaviorSubject, of } from 'rxjs';
import type { NavItem } from './nav-item';
import { ShellLayout, WIDE_LAYOUT_QUERY } from './shell-layout';

const ITEMS: NavItem[] = [
  { path: 'scorecard', label: 'Scorecard', icon: 'scorecard' },
  { path: 'vendors', label: 'Vendors', icon: 'vendors' },
];

@Component({ template: '<p>page</p>' })
class Page {}

@Component({
  imports: [ShellLayout],
  template: `<rp-shell-layout productName="Rapport" [navItems]="items"
    ><p data-testid="projected">content</p></rp-shell-layout
  >`,
})
class Host {
  readonly items = ITEMS;
}

describe('ShellLayout', () => {
  let wide: BehaviorSubject<BreakpointState>;

  beforeEach(() => {
    wide = new BehaviorSubject<BreakpointState>({
      matches: true,
      breakpoints: { [WIDE_LAYOUT_QUERY]: true },
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'scorecard', component: Page },
          { path: 'vendors', component: Page },
        ]),
        {
          provide: BreakpointObserver,
          // The wide-screen query follows `wide`; this is no phone.
          useValue: { observe: (query: string) => (query === WIDE_LAYOUT_QUERY ? wide.asObservable() : of({ matches: false, breakpoints: {} })) },
        },
      ],
    });
  });

  async function render() {
    const harness = await RouterTestingHarness.create();
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const find = (testId: string) =>
      element.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
    return { harness, fixture, element, find };
  }

  it('shows the product name, a labelled main navigation and the projected page', async () => {
    const { element, find } = await render();
    expect(find('product-name').textContent).toBe('Rapport');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Main',
    );
    expect(find('projected').textContent).toBe('content');
  });

  it('links every item to its absolute path', async () => {
    const { find } = await render();
    expect(find('nav-scorecard').getAttribute('href')).toBe('/scorecard');
    expect(find('nav-vendors').getAttribute('href')).toBe('/vendors');
    expect(find('nav-vendors').textContent?.trim()).toBe('Vendors');
  });

  it('moves focus to the main region on "Skip to content" and stays on the current page', async () => {
    const { harness, element, find } = await render();
    await harness.navigateByUrl('/scorecard');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    find('skip-link').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(element.querySelector('#rp-main'));
    expect(TestBed.inject(Router).url).toBe('/scorecard');
  });

  it('marks the link of the current page', async () => {
    const { harness, fixture, find } = await render();
    await harness.navigateByUrl('/vendors');
    fixture.detectChanges();
    expect(find('nav-vendors').getAttribute('aria-current')).toBe('page');
    expect(find('nav-vendors').classList).toContain('nav-link--active');
    expect(find('nav-scorecard').getAttribute('aria-current')).toBeNull();
  });

  it('starts expanded on wide screens and collapses to an icon rail on demand, keeping link names', async () => {
    const { fixture, find } = await render();
    expect(find('nav-toggle').getAttribute('aria-expanded')).toBe('true');

    find('nav-toggle').click();
    fixture.detectChanges();

    expect(find('nav-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(find('nav-toggle').getAttribute('aria-label')).toBe(
      'Expand navigation',
    );
    expect(
      find('nav-vendors').querySelector('.nav-label')?.classList,
    ).toContain('rp-visually-hidden');
    expect(find('nav-vendors').textContent?.trim()).toBe('Vendors');
    expect(find('nav-vendors').getAttribute('title')).toBe('Vendors');
  });

  it('collapses when the screen becomes narrow and expands again when it widens', async () => {
    const { fixture, find } = await render();
    wide.next({ matches: false, breakpoints: { [WIDE_LAYOUT_QUERY]: false } });
    fixture.detectChanges();
    expect(find('nav-toggle').getAttribute('aria-expanded')).toBe('false');

    wide.next({ matches: true, breakpoints: { [WIDE_LAYOUT_QUERY]: true } });
    fixture.detectChanges();
    expect(find('nav-toggle').getAttribute('aria-expanded')).toBe('true');
  });
});
