import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReviewDto, ReviewWorkspaceDto } from '@rapport/contracts';
import { Mutation, RemoteResource, ReviewsApi } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, PageHeader, TranscriptView, languageName } from '@rapport/dashboard-ui';
import { type CommentDraft, MAX_COMMENTS, toCommentDrafts, toComments } from '../model/review-comments';
import { type FormValue, initialValues, scaleOptions, toRatings } from '../model/review-form';
import { CommentsEditor } from './comments-editor';

/**
 * One assignment: the transcript beside the rubric form, with each message's comments written under its bubble
 * (the transcript's per-message slot). Blind until submitted: the API sends no automatic scores or evidence before
 * then, so the transcript has no highlights and the scores panel appears only after submission.
 */
@Component({
  selector: 'rp-review-form-page',
  imports: [RouterLink, PageHeader, TranscriptView, LoadingState, ErrorState, CommentsEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-form-page.html',
  styleUrl: './review-form-page.scss',
})
export class ReviewFormPage {
  /** The `:id` route parameter (an assignment id), bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ReviewsApi);
  private readonly workspace = new RemoteResource<ReviewWorkspaceDto>(() => this.api.workspace(this.id()));
  protected readonly values = signal<Record<string, FormValue>>({});
  protected readonly comments = signal<CommentDraft[]>([]);
  protected readonly save = new Mutation<'draft' | 'submit', ReviewDto>((kind) =>
    kind === 'draft'
      ? this.api.saveDraft(this.id(), { ratings: toRatings(this.values()), comments: toComments(this.comments()) })
      : this.api.submit(this.id(), { ratings: toRatings(this.values()), comments: toComments(this.comments()) }),
  );

  protected readonly state = this.workspace.state;
  protected readonly commentsFull = computed(() => this.comments().length >= MAX_COMMENTS);
  /** The transcript's message positions: a comment on any other one is shown among the general ones, not lost. */
  protected readonly positions = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data.transcript.messages.map((message) => message.position) : [];
  });
  protected readonly view = computed(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const data = state.data;
    return {
      data,
      heading: `Review: ${data.assignment.queueName}`,
      description: [
        data.transcript.vendor.name,
        data.transcript.channel,
        languageName(data.assignment.language),
        `rubric ${data.rubric.name} v${data.rubric.version}`,
      ].join(' · '),
      criteria: data.rubric.criteria.map((criterion) => ({ ...criterion, options: scaleOptions(criterion.scale) })),
      submitted: data.review?.status === 'submitted',
    };
  });

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.workspace.load());
    });
    effect(() => {
      const state = this.state();
      if (state.status === 'loaded') {
        untracked(() => {
          this.values.set(initialValues(state.data.rubric.criteria, state.data.review));
          this.comments.set(toCommentDrafts(state.data.review?.comments ?? []));
        });
      }
    });
  }

  protected choose(key: string, raw: string): void {
    const value: FormValue = raw === '' ? '' : raw === 'na' ? 'na' : Number(raw);
    this.values.update((values) => ({ ...values, [key]: value }));
  }

  protected send(kind: 'draft' | 'submit'): void {
    this.save.run(kind, () => this.workspace.load());
  }

  protected retry(): void {
    this.workspace.load();
  }
}
