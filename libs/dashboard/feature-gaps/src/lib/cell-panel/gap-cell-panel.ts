import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { METRIC_INFO } from '@rapport/contracts';
import { ConversationListStore, SessionStore, canOpenPage, queryView, toConversationsLink } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, formatCount, formatMetricValue } from '@rapport/dashboard-ui';
import { cellConversationsQuery, cellFocus } from '../model/cell-conversations';
import { type GapCellView, cellDetails } from '../model/gap-cells';
import type { GapComparison } from '../model/gap-filters';

/** The opened heatmap cell: what it says in full, and the first conversations behind it with a link to all of them. */
@Component({
  selector: 'rp-gap-cell-panel',
  imports: [RouterLink, LoadingState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gap-cell-panel.html',
  styleUrl: './gap-cell-panel.scss',
})
export class GapCellPanel {
  readonly cell = input.required<GapCellView>();
  readonly compare = input.required<GapComparison>();
  readonly closed = output<void>();

  private readonly conversations = inject(ConversationListStore);
  private readonly session = inject(SessionStore);
  /** Links to conversations only for roles that may open them (executives may not). */
  protected readonly mayOpenConversations = computed(() => canOpenPage(this.session.role(), 'conversations'));
  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

  protected readonly details = computed(() => cellDetails(this.cell(), this.compare()));
  protected readonly focus = computed(() => cellFocus(this.cell().metric));
  protected readonly allLink = computed(() => toConversationsLink(this.cell().cell.conversations));
  /** The same cell narrowed as the list below is, for "open these in Conversations". */
  protected readonly focusLink = computed(() => {
    const query = this.query();
    const params: Record<string, string> = {};
    for (const name of ['sort', 'signals', 'csat'] as const) {
      const value = query[name];
      if (value !== undefined) {
        params[name] = Array.isArray(value) ? value.join(',') : String(value);
      }
    }
    return toConversationsLink(this.cell().cell.conversations, params);
  });
  private readonly query = computed(() => cellConversationsQuery(this.cell().cell.conversations, this.cell().metric));
  private readonly list = computed(() => queryView(this.conversations.state(), this.query()));
  protected readonly page = computed(() => {
    const list = this.list();
    return list.status === 'loaded' ? list.data : null;
  });
  protected readonly listError = computed(() => {
    const list = this.list();
    return list.status === 'failed' ? list.error : null;
  });
  protected readonly metricLabel = computed(() => METRIC_INFO[this.cell().metric].label);

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => this.conversations.load(query));
    });
  }

  protected date(iso: string): string {
    return this.dates.format(new Date(iso));
  }

  protected score(value: number | null): string {
    return value === null ? '—' : formatMetricValue(value, 'score');
  }

  protected count(value: number): string {
    return formatCount(value);
  }

  protected retry(): void {
    this.conversations.reload();
  }
}
