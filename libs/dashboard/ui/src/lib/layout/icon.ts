import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type IconName = 'menu' | 'scorecard' | 'compare' | 'vendors' | 'gaps' | 'conversations' | 'reviews' | 'reports' | 'imports' | 'settings';

/** A circle drawn as a path, so every icon is a list of path data. */
function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

// Stroke icons on a 24×24 grid, drawn for Rapport; inline so the nav needs no icon font or extra request.
const ICON_PATHS: Record<IconName, readonly string[]> = {
  menu: ['M4 6h16', 'M4 12h16', 'M4 18h16'],
  scorecard: ['M3 21h18', 'M6 17v-6', 'M11 17V5', 'M16 17v-9', 'M21 17v-3'],
  compare: ['M7 4 3 8l4 4', 'M3 8h14', 'M17 12l4 4-4 4', 'M21 16H7'],
  vendors: ['M3 21h18', 'M5 21V5l8-3v19', 'M13 9h6v12', 'M9 8h.01', 'M9 12h.01', 'M9 16h.01', 'M16 13h.01', 'M16 17h.01'],
  gaps: [circle(12, 12, 9), circle(12, 12, 4), 'M12 3v2', 'M12 19v2', 'M3 12h2', 'M19 12h2'],
  conversations: ['M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.7A8 8 0 1 1 21 12z', 'M8.5 12h.01', 'M12 12h.01', 'M15.5 12h.01'],
  reviews: ['M9 5h11', 'M9 12h11', 'M9 19h11', 'M3 5l1.5 1.5L7 4', 'M3 12l1.5 1.5L7 11', 'M3 19l1.5 1.5L7 18'],
  // A page with a folded corner and lines of text.
  reports: ['M14 3H6v18h12V7z', 'M14 3v4h4', 'M9 12h6', 'M9 16h6'],
  imports: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 17v4h16v-4'],
  settings: ['M4 6h9', 'M17 6h3', 'M4 12h3', 'M11 12h9', 'M4 18h11', 'M19 18h1', circle(15, 6, 2), circle(9, 12, 2), circle(17, 18, 2)],
};

/** Decorative icon: the text next to it, or the control's aria-label, carries the meaning. */
@Component({
  selector: 'rp-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      @for (d of paths(); track $index) {
        <path [attr.d]="d" />
      }
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
    svg {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
  `,
})
export class Icon {
  readonly name = input.required<IconName>();
  protected readonly paths = computed(() => ICON_PATHS[this.name()]);
}
