import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Icon } from './icon';

@Component({
  imports: [Icon],
  template: `<rp-icon name="menu" /><rp-icon name="gaps" />`,
})
class Host {}

describe('Icon', () => {
  it('draws decorative SVG paths, circles included', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const [menu, gaps] = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('svg'));

    expect(menu.getAttribute('aria-hidden')).toBe('true');
    const menuPaths = Array.from(menu.querySelectorAll('path'));
    expect(menuPaths.map((path) => path.getAttribute('d'))).toEqual(['M4 6h16', 'M4 12h16', 'M4 18h16']);
    expect(menuPaths.every((path) => path.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);

    expect(gaps.querySelector('path')?.getAttribute('d')).toBe('M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0');
  });
});
