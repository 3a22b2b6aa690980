import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { QueueDto, ReviewerDto, RubricDto, VendorDto } from '@rapport/contracts';
import {
  Mutation,
  RemoteResource,
  ReviewQueuesApi,
  RubricsApi,
  RuleCatalogueStore,
  SessionStore,
  VendorsApi,
  upsertBy,
} from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, MultiSelect, PageHeader, RulePicker } from '@rapport/dashboard-ui';
import { reasonsByField } from '../model/rubric-draft';
import {
  type QueueForm,
  RULE_CHOICES,
  RULE_KINDS,
  describeRule,
  newQueueForm,
  queueProgress,
  toQueueRequest,
} from '../model/queue-draft';

/**
 * Review queues (leads and administrators): a form that creates one from a rubric, a period, vendors, reviewers, a
 * seed and a sampling rule, and every sampling queue with its progress and a refill button.
 */
@Component({
  selector: 'rp-queues-page',
  imports: [RouterLink, PageHeader, LoadingState, ErrorState, MultiSelect, RulePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './queues-page.html',
  styleUrl: '../reviews.scss',
})
export class QueuesPage {
  private readonly api = inject(ReviewQueuesApi);
  private readonly rubricsApi = inject(RubricsApi);
  private readonly vendorsApi = inject(VendorsApi);
  private readonly role = inject(SessionStore).role;

  /** Reviewers may list queues; only leads and administrators create and refill them. */
  protected readonly isLead = computed(() => this.role() === 'qa-lead' || this.role() === 'admin');
  protected readonly queues = new RemoteResource<QueueDto[]>(() => this.api.list());
  protected readonly rubrics = new RemoteResource<RubricDto[]>(() => this.rubricsApi.list());
  protected readonly reviewers = new RemoteResource<ReviewerDto[]>(() => this.api.reviewers());
  protected readonly vendors = new RemoteResource<VendorDto[]>(() => this.vendorsApi.list());
  protected readonly vendorOptions = computed(() => {
    const state = this.vendors.state();
    return state.status === 'loaded' ? state.data.map((vendor) => ({ value: vendor.id, label: vendor.name })) : [];
  });
  protected readonly sampling = computed(() => {
    const state = this.queues.state();
    return state.status === 'loaded' ? state.data.filter((queue) => queue.kind === 'sampling') : [];
  });

  protected readonly form = signal<QueueForm>(newQueueForm(new Date()));
  protected readonly created = signal<QueueDto | null>(null);
  protected readonly create = new Mutation<QueueForm, QueueDto>((form) => this.api.create(toQueueRequest(form)));
  protected readonly refill = new Mutation<string, QueueDto>((queueId) => this.api.refill(queueId));
  protected readonly errors = computed(() => {
    const state = this.create.state();
    return state.status === 'failed' ? reasonsByField(state.error.details ?? [{ reason: state.error.message }]) : {};
  });
  protected readonly ruleKinds = RULE_KINDS;
  protected readonly ruleChoices = RULE_CHOICES;
  private readonly ruleCatalogue = inject(RuleCatalogueStore);
  /** The scorer's findings worth sampling on (rules that lower a score or may), by plain name; the fixed list until the catalogue arrives. */
  protected readonly pickableRules = computed(() => {
    const rules = this.ruleCatalogue.rules().filter((rule) => rule.effect === 'lowers' || rule.effect === 'either');
    return rules.length > 0 ? rules : RULE_CHOICES.map((id) => ({ id, name: id, dimension: id.split('.')[0] ?? '' }));
  });
  protected readonly nLabel = computed(() => RULE_KINDS.find((kind) => kind.value === this.form().kind)?.n ?? 'n');
  protected readonly describeRule = describeRule;
  protected readonly progress = queueProgress;

  constructor() {
    this.queues.load();
    if (this.isLead()) {
      this.rubrics.load();
      this.reviewers.load();
      this.vendors.load();
      this.ruleCatalogue.ensureLoaded();
    }
  }

  protected refillOf(value: string): QueueForm['refill'] {
    return value === 'daily' || value === 'weekly' ? value : null;
  }

  protected set<K extends keyof QueueForm>(field: K, value: QueueForm[K]): void {
    this.form.update((form) => ({ ...form, [field]: value }));
  }

  protected toggleReviewer(id: string, on: boolean): void {
    const ids = this.form().reviewerIds.filter((reviewer) => reviewer !== id);
    this.set('reviewerIds', on ? [...ids, id] : ids);
  }

  protected submit(): void {
    this.created.set(null);
    this.create.run(this.form(), (queue) => {
      this.created.set(queue);
      this.queues.update((list) => upsertBy(list, queue, (entry) => entry.id));
    });
  }

  protected refillQueue(queueId: string): void {
    this.refill.run(queueId, (queue) => this.queues.update((list) => upsertBy(list, queue, (entry) => entry.id)));
  }

  protected retry(): void {
    this.queues.load();
  }
}
