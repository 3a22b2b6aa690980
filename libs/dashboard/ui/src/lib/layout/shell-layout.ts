import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { map } from 'rxjs';
import { Icon } from './icon';
import type { NavItem } from './nav-item';

/** Below this width the navigation starts as an icon rail so content keeps its room on small laptops. */
export const WIDE_LAYOUT_QUERY = '(min-width: 1280px)';
/** Below this width (phones) the navigation is a menu opened by the header's button, closed again after a choice. */
export const PHONE_LAYOUT_QUERY = '(max-width: 767px)';

/**
 * Application frame: header with the product name (and, projected with `rpShellHeaderEnd`, account controls),
 * main navigation, and the routed page projected as content.
 */
@Component({
  selector: 'rp-shell-layout',
  imports: [RouterLink, RouterLinkActive, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.scss',
})
export class ShellLayout {
  readonly productName = input.required<string>();
  readonly navItems = input.required<readonly NavItem[]>();

  private readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );

  private readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** Follows the screen width, until the user toggles it; a width change resets it again. */
  protected readonly navExpanded = linkedSignal(() => this.wide());

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * A plain `#rp-main` link resolves against the document's base URL and would navigate to the start page; the link
   * moves focus to this page's main region instead (its href keeps working without scripts).
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** On a phone the menu covers the page: choosing a page closes it. */
  protected closeOnPhone(): void {
    if (this.phone()) {
      this.navExpanded.set(false);
    }
  }

  protected toggleNav(): void {
    this.navExpanded.update((expanded) => !expanded);
  }
}
