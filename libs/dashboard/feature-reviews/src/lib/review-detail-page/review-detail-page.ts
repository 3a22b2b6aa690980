import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  CoachingNoteDto,
  ConversationDetailDto,
  DecideDisputeRequest,
  DisputeDto,
  ReviewDetailDto,
} from '@rapport/contracts';
import { ConversationsApi, Mutation, RemoteResource, ReviewsApi, SessionStore } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, PageHeader, TranscriptView, languageName } from '@rapport/dashboard-ui';
import { anchoredTexts, commentSections } from '../model/review-comments';
import { conversationAgents, historyRows, ratingRows } from '../model/review-detail';
import { initialValues } from '../model/review-form';
import { DisputeDecision } from './dispute-decision';

/**
 * One submitted review, for both sides: its ratings and version history; disputes (a partner opens one, a lead
 * accepts with adjusted ratings or rejects); coaching notes (a reviewer writes one to an agent, a partner
 * acknowledges it). Reviewer identities never reach partners (the API leaves them out).
 */
@Component({
  selector: 'rp-review-detail-page',
  imports: [RouterLink, PageHeader, LoadingState, ErrorState, DisputeDecision, TranscriptView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-detail-page.html',
  styleUrl: '../reviews.scss',
})
export class ReviewDetailPage {
  /** The `:id` route parameter (a review id), bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ReviewsApi);
  private readonly conversations = inject(ConversationsApi);
  private readonly role = inject(SessionStore).role;

  protected readonly isPartner = computed(() => this.role() === 'partner');
  protected readonly isLead = computed(() => this.role() === 'qa-lead' || this.role() === 'admin');
  protected readonly canCoach = computed(() => this.role() === 'qa-lead' || this.role() === 'qa-reviewer');

  protected readonly review = new RemoteResource<ReviewDetailDto>(() => this.api.review(this.id()));
  private readonly conversation = new RemoteResource<ConversationDetailDto>(() =>
    this.conversations.get(this.loadedReview()?.conversationId ?? ''),
  );
  protected readonly agents = computed(() => {
    const state = this.conversation.state();
    return state.status === 'loaded' ? conversationAgents(state.data.messages) : [];
  });
  /** The transcript, once loaded: the anchored comments are shown under their message in it. */
  protected readonly transcript = computed(() => {
    const state = this.conversation.state();
    return state.status === 'loaded' ? state.data.messages : null;
  });
  /** Comment texts by the message they anchor to (only positions the transcript has). */
  protected readonly commentsAt = computed(() => {
    const messages = this.transcript();
    const review = this.loadedReview();
    return messages && review ? anchoredTexts(messages, review.comments) : new Map<number, string[]>();
  });
  /**
   * With the transcript: the general comments (and any naming a message it lacks); without it (not loaded): every
   * comment, grouped by message number.
   */
  protected readonly comments = computed(() => {
    const review = this.loadedReview();
    const messages = this.transcript();
    if (!review) {
      return [];
    }
    return messages ? commentSections(messages, review.comments).filter((section) => section.position === null) : commentSections(null, review.comments);
  });
  protected readonly view = computed(() => {
    const review = this.loadedReview();
    return review
      ? {
          review,
          ratings: ratingRows(review),
          history: historyRows(review.history),
          current: initialValues(review.criteria, review),
          openDispute: review.disputes.some((dispute) => dispute.status === 'open'),
        }
      : null;
  });

  protected readonly reason = signal('');
  protected readonly note = signal('');
  protected readonly agentId = signal('');
  protected readonly dispute = new Mutation<string, DisputeDto>((reason) => this.api.openDispute(this.id(), reason));
  protected readonly decide = new Mutation<{ disputeId: string; decision: DecideDisputeRequest }, DisputeDto>(
    ({ disputeId, decision }) => this.api.decide(disputeId, decision),
  );
  protected readonly writeNote = new Mutation<{ text: string; agentId: string | null }, CoachingNoteDto>((note) =>
    this.api.writeNote(this.id(), note),
  );
  protected readonly acknowledge = new Mutation<string, CoachingNoteDto>((noteId) => this.api.acknowledge(noteId));
  protected readonly decideError = computed(() => {
    const state = this.decide.state();
    return state.status === 'failed' ? state.error.message : '';
  });
  protected readonly languageName = languageName;

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.review.load());
    });
    effect(() => {
      const review = this.loadedReview();
      if (review) {
        untracked(() => this.conversation.ensureLoaded());
      }
    });
  }

  protected openDispute(): void {
    const reason = this.reason().trim();
    if (reason) {
      this.dispute.run(reason, () => {
        this.reason.set('');
        this.review.load();
      });
    }
  }

  protected decideDispute(disputeId: string, decision: DecideDisputeRequest): void {
    this.decide.run({ disputeId, decision }, () => this.review.load());
  }

  protected sendNote(): void {
    const text = this.note().trim();
    if (text) {
      this.writeNote.run({ text, agentId: this.agentId() || null }, () => {
        this.note.set('');
        this.review.load();
      });
    }
  }

  protected acknowledgeNote(noteId: string): void {
    this.acknowledge.run(noteId, () => this.review.load());
  }

  private loadedReview(): ReviewDetailDto | null {
    const state = this.review.state();
    return state.status === 'loaded' ? state.data : null;
  }
}
