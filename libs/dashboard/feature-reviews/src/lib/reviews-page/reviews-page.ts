import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AgreementDto, AssignmentDto, CoachingNoteDto, DisputeDto, ReviewDto, UserRole } from '@rapport/contracts';
import { Mutation, RemoteResource, ReviewsApi, SessionStore } from '@rapport/dashboard-data-access';
import { PageHeader, languageName } from '@rapport/dashboard-ui';
import { myQueueView } from '../model/my-queue';
import { agreementRows } from '../model/review-form';

const REVIEWERS: readonly UserRole[] = ['qa-reviewer', 'qa-lead'];
const LEADS: readonly UserRole[] = ['qa-lead', 'admin'];

/**
 * The reviews hub: my queue (reviewers), submitted reviews with a dispute button (partners), the dispute inbox
 * (both sides; leads answer), coaching notes (partners acknowledge), links to queues, rubrics and calibration, and the
 * automatic-vs-human agreement per language (client roles).
 */
@Component({
  selector: 'rp-reviews-page',
  imports: [RouterLink, PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reviews-page.html',
  styleUrls: ['../reviews.scss', './reviews-page.scss'],
})
export class ReviewsPage {
  private readonly api = inject(ReviewsApi);
  private readonly role = inject(SessionStore).role;

  protected readonly isReviewer = computed(() => REVIEWERS.includes(this.role() ?? 'partner'));
  protected readonly isLead = computed(() => LEADS.includes(this.role() ?? 'partner'));
  protected readonly isPartner = computed(() => this.role() === 'partner');

  protected readonly queue = new RemoteResource<AssignmentDto[]>(() => this.api.myAssignments());
  protected readonly reviews = new RemoteResource<ReviewDto[]>(() => this.api.reviews());
  protected readonly disputes = new RemoteResource<DisputeDto[]>(() => this.api.disputes());
  protected readonly coaching = new RemoteResource<CoachingNoteDto[]>(() => this.api.coaching());
  protected readonly agreement = new RemoteResource<AgreementDto>(() => this.api.agreement());
  protected readonly agreementRows = computed(() => {
    const state = this.agreement.state();
    return state.status === 'loaded' ? agreementRows(state.data) : [];
  });

  protected readonly reasons = signal<Partial<Record<string, string>>>({});
  protected readonly replies = signal<Partial<Record<string, string>>>({});
  protected readonly openDispute = new Mutation<{ reviewId: string; reason: string }, DisputeDto>(
    ({ reviewId, reason }) => this.api.openDispute(reviewId, reason),
  );
  protected readonly decide = new Mutation<{ disputeId: string; reply: string }, DisputeDto>(({ disputeId, reply }) =>
    this.api.decide(disputeId, { decision: 'reject', reply }),
  );
  protected readonly languageName = languageName;
  protected readonly queueView = myQueueView;
  /** Reviews listed on the hub; the API answers newest first. */
  protected readonly reviewsShown = 20;
  protected readonly notesShown = 20;
  protected readonly acknowledge = new Mutation<string, CoachingNoteDto>((noteId) => this.api.acknowledge(noteId));

  constructor() {
    if (this.isReviewer()) {
      this.queue.load();
    }
    if (!this.isReviewer() || this.isLead()) {
      this.reviews.load();
    }
    this.disputes.load();
    this.coaching.load();
    if (!this.isPartner()) {
      this.agreement.load();
    }
  }

  protected setReason(reviewId: string, reason: string): void {
    this.reasons.update((reasons) => ({ ...reasons, [reviewId]: reason }));
  }

  protected setReply(disputeId: string, reply: string): void {
    this.replies.update((replies) => ({ ...replies, [disputeId]: reply }));
  }

  protected dispute(reviewId: string): void {
    const reason = (this.reasons()[reviewId] ?? '').trim();
    if (reason) {
      this.openDispute.run({ reviewId, reason }, () => this.disputes.load());
    }
  }

  protected acknowledgeNote(noteId: string): void {
    this.acknowledge.run(noteId, () => this.coaching.load());
  }

  protected reject(disputeId: string): void {
    const reply = (this.replies()[disputeId] ?? '').trim();
    if (reply) {
      this.decide.run({ disputeId, reply }, () => this.disputes.load());
    }
  }
}
