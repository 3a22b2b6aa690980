import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { AssignmentDto, QueueDto, ReviewerDto, RubricDto } from '@rapport/contracts';
import {
  Mutation,
  RemoteResource,
  ReviewQueuesApi,
  RubricsApi,
  SessionStore,
  upsertBy,
} from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, PageHeader, languageName } from '@rapport/dashboard-ui';
import { queueProgress } from '../model/queue-draft';
import { reasonsByField } from '../model/rubric-draft';

interface SessionForm {
  name: string;
  rubricId: string;
  reviewerIds: string[];
  conversationIds: string[];
}

/** Most conversations one session may hold (the API's limit). */
const MAX_CONVERSATIONS = 50;

/**
 * Calibration sessions: leads name reviewers and pick conversations (from a queue's draw) that every one of them
 * grades blind; everyone on the QA team sees the sessions and their agreement reports.
 */
@Component({
  selector: 'rp-calibrations-page',
  imports: [RouterLink, PageHeader, LoadingState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calibrations-page.html',
  styleUrl: '../reviews.scss',
})
export class CalibrationsPage {
  private readonly api = inject(ReviewQueuesApi);
  private readonly rubricsApi = inject(RubricsApi);
  private readonly role = inject(SessionStore).role;

  protected readonly isLead = computed(() => this.role() === 'qa-lead' || this.role() === 'admin');
  protected readonly queues = new RemoteResource<QueueDto[]>(() => this.api.list());
  protected readonly rubrics = new RemoteResource<RubricDto[]>(() => this.rubricsApi.list());
  protected readonly reviewers = new RemoteResource<ReviewerDto[]>(() => this.api.reviewers());
  protected readonly sourceId = signal('');
  protected readonly source = new RemoteResource<AssignmentDto[]>(() => this.api.assignments(this.sourceId()));
  /** The source queue's conversations, once each (a queue may give one to several reviewers). */
  protected readonly candidates = computed(() => {
    const state = this.source.state();
    const seen = new Set<string>();
    return state.status === 'loaded'
      ? state.data.filter((item) => !seen.has(item.conversationId) && seen.add(item.conversationId))
      : [];
  });
  protected readonly sessions = computed(() => this.listed('calibration'));
  protected readonly samplingQueues = computed(() => this.listed('sampling'));

  protected readonly form = signal<SessionForm>({ name: '', rubricId: '', reviewerIds: [], conversationIds: [] });
  protected readonly create = new Mutation<SessionForm, QueueDto>((form) => this.api.createCalibration(form));
  protected readonly errors = computed(() => {
    const state = this.create.state();
    return state.status === 'failed' ? reasonsByField(state.error.details ?? [{ reason: state.error.message }]) : {};
  });
  protected readonly progress = queueProgress;
  protected readonly languageName = languageName;
  protected readonly max = MAX_CONVERSATIONS;

  constructor() {
    this.queues.load();
    if (this.isLead()) {
      this.rubrics.load();
      this.reviewers.load();
    }
  }

  protected set(field: 'name' | 'rubricId', value: string): void {
    this.form.update((form) => ({ ...form, [field]: value }));
  }

  protected toggle(field: 'reviewerIds' | 'conversationIds', id: string, on: boolean): void {
    this.form.update((form) => {
      const ids = form[field].filter((entry) => entry !== id);
      return { ...form, [field]: on ? [...ids, id] : ids };
    });
  }

  protected chooseSource(queueId: string): void {
    this.sourceId.set(queueId);
    this.form.update((form) => ({ ...form, conversationIds: [] }));
    if (queueId) {
      this.source.load();
    }
  }

  protected submit(): void {
    this.create.run(this.form(), (session) =>
      this.queues.update((list) => upsertBy(list, session, (entry) => entry.id)),
    );
  }

  private listed(kind: QueueDto['kind']): QueueDto[] {
    const state = this.queues.state();
    return state.status === 'loaded' ? state.data.filter((queue) => queue.kind === kind) : [];
  }
}
