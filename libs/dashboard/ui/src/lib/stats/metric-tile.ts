import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PageLink } from '../links/page-link';
import type { ChangeTone } from './change-tone';

/** A change shown under a headline figure: its text, a verdict in words, and the tone that colours it. */
export interface TileChange {
  text: string;
  verdict: string;
  tone: ChangeTone;
}

/** A headline figure: what it measures, its value, how it moved, and what it rests on. */
@Component({
  selector: 'rp-metric-tile',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tile" [attr.data-testid]="testId()">
      <h3 class="label">{{ label() }}</h3>
      <p class="value">{{ value() }}</p>
      @if (change(); as moved) {
        <p class="change" [class]="'change change--' + moved.tone">
          <span class="text">{{ moved.text }}</span>
          <span class="verdict">{{ moved.verdict }}</span>
        </p>
      }
      @if (footnote(); as note) {
        <p class="footnote">{{ note }}</p>
      }
      @if (link(); as open) {
        <a class="drill rp-no-print" data-testid="tile-conversations" [routerLink]="open.path" [queryParams]="open.queryParams" [attr.aria-label]="open.label">See the conversations</a>
      }
    </div>
  `,
  styles: `
    .tile {
      display: grid;
      gap: var(--rp-space-1);
      height: 100%;
      padding: var(--rp-space-4);
      border: 1px solid var(--rp-color-border);
      border-radius: var(--rp-radius-md);
      background: var(--rp-color-surface);
      box-shadow: var(--rp-shadow-card);
      break-inside: avoid;
    }
    .label {
      font-size: var(--rp-font-size-sm);
      font-weight: var(--rp-font-weight-medium);
      color: var(--rp-color-text-muted);
    }
    .value {
      font-size: 1.75rem;
      font-weight: var(--rp-font-weight-bold);
      font-variant-numeric: tabular-nums;
      line-height: 1.2;
    }
    .change {
      display: flex;
      flex-wrap: wrap;
      gap: var(--rp-space-2);
      font-size: var(--rp-font-size-sm);
      font-variant-numeric: tabular-nums;
    }
    .verdict {
      font-weight: var(--rp-font-weight-medium);
    }
    .change--better .verdict {
      color: var(--rp-color-better, #005a8c);
    }
    .change--worse .verdict {
      color: var(--rp-color-worse, #b3401a);
    }
    .change--unclear .verdict,
    .change--insufficient .verdict {
      color: var(--rp-color-text-muted);
    }
    .drill {
      font-size: var(--rp-font-size-sm);
      align-self: end;
    }
    .footnote {
      font-size: var(--rp-font-size-xs);
      color: var(--rp-color-text-muted);
    }
  `,
})
export class MetricTile {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly change = input<TileChange | null>(null);
  readonly footnote = input<string>();
  /** The conversations behind the figure; null where the reader may not open them. */
  readonly link = input<PageLink | null>(null);
  readonly testId = input<string>();
}
