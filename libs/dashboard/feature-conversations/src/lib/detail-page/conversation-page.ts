import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ConversationStore, RuleCatalogueStore, queryView } from '@rapport/dashboard-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeader, TranscriptView, formatMetricValue, languageName } from '@rapport/dashboard-ui';
import { conversationLevelEvidence, firedRules, scoreItems, signalItems } from '../model/conversation-summary';

/** One conversation: its transcript with the scorer's evidence highlighted, and what was measured beside it. */
@Component({
  selector: 'rp-conversation-page',
  imports: [RouterLink, PageHeader, TranscriptView, LoadingState, EmptyState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conversation-page.html',
  styleUrl: './conversation-page.scss',
})
export class ConversationPage {
  /** The `:id` route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly store = inject(ConversationStore);
  private readonly catalogue = inject(RuleCatalogueStore);
  protected readonly ruleNames = this.catalogue.byId;
  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

  /** Back to the list page the conversation was opened from (kept in the navigation state), else the whole list. */
  protected readonly backLink = (() => {
    const state = inject(Location).getState() as { list?: unknown } | null;
    const url = typeof state?.list === 'string' && state.list.startsWith('/conversations') ? state.list : '/conversations';
    return inject(Router).parseUrl(url);
  })();

  private readonly result = computed(() => queryView(this.store.state(), { id: this.id() }));
  protected readonly detail = computed(() => {
    const result = this.result();
    return result.status === 'loaded' ? result.data : null;
  });
  protected readonly failure = computed(() => {
    const result = this.result();
    return result.status === 'failed' ? result.error : null;
  });
  protected readonly view = computed(() => {
    const detail = this.detail();
    if (!detail) {
      return null;
    }
    return {
      detail,
      heading: `Conversation ${detail.externalId}`,
      description: [detail.vendor.name, detail.channel, detail.language ? languageName(detail.language) : 'language not detected', this.dates.format(new Date(detail.createdAt))].join(' · '),
      scores: scoreItems(detail),
      signals: signalItems(detail),
      rules: firedRules(detail.evidence),
      wholeConversation: conversationLevelEvidence(detail),
    };
  });

  protected ruleName(rule: string, fallback: string): string {
    return this.ruleNames().get(rule)?.name ?? fallback;
  }

  constructor() {
    this.catalogue.ensureLoaded();
    effect(() => {
      const id = this.id();
      untracked(() => this.store.load(id));
    });
  }

  protected surveyScore(value: number): string {
    return formatMetricValue(value, 'score');
  }

  protected retry(): void {
    this.store.reload();
  }
}
