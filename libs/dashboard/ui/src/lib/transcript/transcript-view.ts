import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, type TemplateRef, computed, inject, input } from '@angular/core';
import type { ConversationEvidenceDto, ConversationMessageDto } from '@rapport/contracts';
import { type NumberedEvidence, type RuleNaming, formatElapsed, languageLabel, toTranscriptView } from './transcript-model';

/** What a per-message template is given: the message's position (from 0) and its author as shown. */
export interface TranscriptMessageContext {
  $implicit: number;
  position: number;
  author: string;
}

/**
 * A conversation's messages with author role, time, detected language and the scorer's evidence highlighted.
 * Every piece of user text is interpolated, never bound as HTML: highlights are computed segments, and the
 * explanation shown on hover or focus is read from an attribute by CSS, so markup in a message stays text.
 * `messageSlot` puts the caller's content under each message bubble (review comments), inside the message's item.
 */
@Component({
  selector: 'rp-transcript-view',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './transcript-view.html',
  styleUrl: './transcript-view.scss',
})
export class TranscriptView {
  readonly messages = input.required<readonly ConversationMessageDto[]>();
  readonly evidence = input<readonly ConversationEvidenceDto[]>([]);
  /** Rendered under each message's bubble with `TranscriptMessageContext`; nothing when absent. */
  readonly messageSlot = input<TemplateRef<TranscriptMessageContext> | null>(null);
  /** Plain names and directions of the scorer's rules, by id; without them the scorer's explanation names a rule. */
  readonly rules = input<ReadonlyMap<string, RuleNaming>>(new Map());
  /** IANA zone the times are shown in; the browser's own by default. */
  readonly timeZone = input<string>();

  private readonly locale = inject(LOCALE_ID);

  private readonly timeFormat = computed(
    () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: this.timeZone() }),
  );

  protected readonly view = computed(() => {
    const format = this.timeFormat();
    return toTranscriptView(this.messages(), this.evidence(), this.rules()).map((message) => ({
      ...message,
      time: format.format(new Date(message.at)),
      elapsed: formatElapsed(message.elapsedSeconds),
      languageText: message.language ? languageLabel(message.language) : 'not detected',
    }));
  });

  protected describedBy(evidence: readonly NumberedEvidence[]): string {
    return evidence.map((item) => item.id).join(' ');
  }

  protected references(evidence: readonly NumberedEvidence[]): string {
    return evidence.map((item) => item.number).join(',');
  }

  protected hoverText(evidence: readonly NumberedEvidence[]): string {
    return evidence.map((item) => `${item.number}. ${item.effectText}: ${item.name}${item.name === item.explanation ? '' : ` (${item.explanation})`}`).join('\n');
  }
}
