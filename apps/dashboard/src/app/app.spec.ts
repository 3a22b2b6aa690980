import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { App } from './app';
import { appConfig } from './app.config';

describe('App shell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  async function open(url: string) {
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, router, element };
  }

  it('shows the product name in the header', async () => {
    const { element } = await open('/scorecard');
    expect(element.querySelector('header [data-testid="product-name"]')?.textContent).toBe('Rapport');
  });

  it('has the seven pages in the main navigation, in order, with stable test ids', async () => {
    const { element } = await open('/scorecard');
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a'));
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href'), link.dataset['testid']])).toEqual([
      ['Scorecard', '/scorecard', 'nav-scorecard'],
      ['Compare', '/compare', 'nav-compare'],
      ['Vendors', '/vendors', 'nav-vendors'],
      ['Gaps', '/gaps', 'nav-gaps'],
      ['Conversations', '/conversations', 'nav-conversations'],
      ['Imports', '/imports', 'nav-imports'],
      ['Settings', '/settings', 'nav-settings'],
    ]);
  });

  it('opens the vendors page by default and loads its data', async () => {
    const { router, element } = await open('/');
    expect(router.url).toBe('/vendors');
    expect(element.querySelector('rp-vendors-page h1')?.textContent).toBe('Vendors');
    expect(element.querySelector('[data-testid="nav-vendors"]')?.getAttribute('aria-current')).toBe('page');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/vendors');
    http.expectOne('/api/vendors/monthly-volume');
    expect(TestBed.inject(Title).getTitle()).toBe('Vendors · Rapport');
  });

  it.each([
    ['/scorecard', 'Scorecard'],
    ['/compare', 'Compare'],
    ['/gaps', 'Gaps'],
    ['/conversations', 'Conversations'],
    ['/imports', 'Imports'],
    ['/settings', 'Settings'],
  ])('shows an honest placeholder at %s', async (url, heading) => {
    const { element } = await open(url);
    expect(element.querySelector('rp-coming-soon-page h1')?.textContent).toBe(heading);
    expect(element.querySelector('[data-testid="coming-soon"] h2')?.textContent).toBe('Coming soon');
    expect(element.querySelector('[data-testid="coming-soon"] .summary')?.textContent).toMatch(/^It will \w+ .+\.$/);
    expect(TestBed.inject(Title).getTitle()).toBe(`${heading} · Rapport`);
  });

  it('answers an unknown address with a not-found page, not a redirect', async () => {
    const { router, element } = await open('/reviews');
    expect(router.url).toBe('/reviews');
    expect(element.querySelector('[data-testid="not-found"]')?.textContent).toContain('There is no page at this address.');
  });
});
