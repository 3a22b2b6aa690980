import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RubricDto } from '@rapport/contracts';
import { Mutation, RemoteResource, RubricsApi, SessionStore, upsertBy } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState, PageHeader } from '@rapport/dashboard-ui';
import {
  type CriterionDraft,
  CUSTOM_GROUP,
  GROUP_OPTIONS,
  type RubricDraft,
  SCALE_OPTIONS,
  emptyRubric,
  newCriterion,
  reasonsByField,
  savedMessage,
  toRubricDraft,
  toRubricInput,
} from '../model/rubric-draft';

/**
 * The rubric editor (leads and administrators; others read): every rubric in its current version, and a form that
 * creates one or edits its criteria. Saving a rubric already in use makes the API add the next version.
 */
@Component({
  selector: 'rp-rubrics-page',
  imports: [RouterLink, PageHeader, LoadingState, ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rubrics-page.html',
  styleUrl: '../reviews.scss',
})
export class RubricsPage {
  private readonly api = inject(RubricsApi);
  private readonly role = inject(SessionStore).role;

  protected readonly canEdit = computed(() => this.role() === 'qa-lead' || this.role() === 'admin');
  protected readonly rubrics = new RemoteResource<RubricDto[]>(() => this.api.list());
  /** The rubric being edited (null: a new one), and the form's content; no draft: the form is closed. */
  protected readonly editing = signal<RubricDto | null>(null);
  protected readonly draft = signal<RubricDraft | null>(null);
  protected readonly message = signal('');
  protected readonly save = new Mutation<{ id: string | null; draft: RubricDraft }, RubricDto>(({ id, draft }) =>
    id === null ? this.api.create(toRubricInput(draft)) : this.api.update(id, toRubricInput(draft)),
  );
  protected readonly errors = computed(() => {
    const state = this.save.state();
    return state.status === 'failed' ? reasonsByField(state.error.details ?? [{ reason: state.error.message }]) : {};
  });
  protected readonly groups = GROUP_OPTIONS;
  protected readonly scales = SCALE_OPTIONS;
  protected readonly custom = CUSTOM_GROUP;

  constructor() {
    this.rubrics.load();
  }

  protected startNew(): void {
    this.open(null, emptyRubric());
  }

  protected edit(rubric: RubricDto): void {
    this.open(rubric, toRubricDraft(rubric));
  }

  protected close(): void {
    this.draft.set(null);
    this.save.reset();
  }

  protected setField(field: 'name' | 'description', value: string): void {
    this.draft.update((draft) => draft && { ...draft, [field]: value });
  }

  protected setCriterion<K extends keyof CriterionDraft>(index: number, field: K, value: CriterionDraft[K]): void {
    this.draft.update(
      (draft) =>
        draft && {
          ...draft,
          criteria: draft.criteria.map((criterion, at) => (at === index ? { ...criterion, [field]: value } : criterion)),
        },
    );
  }

  protected addCriterion(): void {
    this.draft.update((draft) => draft && { ...draft, criteria: [...draft.criteria, newCriterion(draft.criteria.length)] });
  }

  protected removeCriterion(index: number): void {
    this.draft.update((draft) => draft && { ...draft, criteria: draft.criteria.filter((_, at) => at !== index) });
  }

  protected submit(): void {
    const draft = this.draft();
    if (!draft) {
      return;
    }
    const editing = this.editing();
    this.save.run({ id: editing?.id ?? null, draft }, (saved) => {
      this.message.set(savedMessage(editing?.version ?? null, saved));
      this.rubrics.update((list) => upsertBy(list, saved, (rubric) => rubric.id));
      this.editing.set(saved);
      this.draft.set(toRubricDraft(saved));
    });
  }

  protected retry(): void {
    this.rubrics.load();
  }

  private open(rubric: RubricDto | null, draft: RubricDraft): void {
    this.save.reset();
    this.message.set('');
    this.editing.set(rubric);
    this.draft.set(draft);
  }
}
