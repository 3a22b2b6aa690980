import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { CHANNELS, type Channel, type ScoringSettingsDto, scoringSettingsSchema } from '@rapport/contracts';
import { RescoreTracker, ScorerCardStore, ScoringSettingsStore } from '@rapport/dashboard-data-access';
import { ErrorState, LoadingState } from '@rapport/dashboard-ui';
import { type DurationUnit, joinDuration, splitDuration, weightShares } from '../model/duration-units';
import { messagesByField } from '../model/vendor-draft';
import { RescoreNotice } from '../rescore/rescore-notice';
import { ScorerCard } from './scorer-card';

type Weight = keyof ScoringSettingsDto['weights'];
type Target = 'firstResponseSeconds' | 'replyGapSeconds';

interface TargetDraft {
  value: number;
  unit: DurationUnit;
}

interface ScoringDraft {
  weights: Record<Weight, number>;
  targets: Record<Channel, Record<Target, TargetDraft>>;
}

const WEIGHTS: ReadonlyArray<{ key: Weight; label: string }> = [
  { key: 'responsiveness', label: 'Responsiveness' },
  { key: 'courtesy', label: 'Courtesy' },
  { key: 'comprehension', label: 'Comprehension' },
];

const CHANNEL_NAMES: Record<Channel, string> = {
  chat: 'Chat',
  email: 'E-mail',
  social: 'Social media',
  'voice-transcript': 'Voice (transcripts)',
  'phone-notes': 'Phone (agent notes)',
};

function toDraft(settings: ScoringSettingsDto): ScoringDraft {
  return {
    weights: { ...settings.weights },
    targets: Object.fromEntries(
      CHANNELS.map((channel) => [
        channel,
        { firstResponseSeconds: splitDuration(settings.slaTargets[channel].firstResponseSeconds), replyGapSeconds: splitDuration(settings.slaTargets[channel].replyGapSeconds) },
      ]),
    ) as ScoringDraft['targets'],
  };
}

function toSettings(draft: ScoringDraft): ScoringSettingsDto {
  return {
    weights: { ...draft.weights },
    slaTargets: Object.fromEntries(
      CHANNELS.map((channel) => [
        channel,
        {
          firstResponseSeconds: joinDuration(draft.targets[channel].firstResponseSeconds.value, draft.targets[channel].firstResponseSeconds.unit),
          replyGapSeconds: joinDuration(draft.targets[channel].replyGapSeconds.value, draft.targets[channel].replyGapSeconds.unit),
        },
      ]),
    ) as ScoringSettingsDto['slaTargets'],
  };
}

/** How the overall score weighs its dimensions, and the response-time targets per channel; stored scores follow in the background. */
@Component({
  selector: 'rp-scoring-settings',
  imports: [LoadingState, ErrorState, RescoreNotice, ScorerCard],
  providers: [RescoreTracker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scoring-settings.html',
  styleUrls: ['../settings-section.scss', './scoring-settings.scss'],
})
export class ScoringSettings {
  private readonly store = inject(ScoringSettingsStore);
  private readonly tracker = inject(RescoreTracker);
  private readonly cardStore = inject(ScorerCardStore);

  protected readonly weightFields = WEIGHTS;
  protected readonly channels = CHANNELS;
  protected readonly channelNames = CHANNEL_NAMES;
  protected readonly units: readonly DurationUnit[] = ['seconds', 'minutes', 'hours'];
  protected readonly targetFields: ReadonlyArray<{ key: Target; label: string }> = [
    { key: 'firstResponseSeconds', label: 'first response target' },
    { key: 'replyGapSeconds', label: 'reply gap target' },
  ];

  private readonly loaded = computed(() => {
    const state = this.store.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly failure = computed(() => {
    const state = this.store.state();
    return state.status === 'failed' ? state.error : null;
  });
  protected readonly card = computed(() => {
    const state = this.cardStore.state();
    return state.status === 'loaded' ? state.data : null;
  });
  protected readonly draft = linkedSignal(() => {
    const loaded = this.loaded();
    return loaded ? toDraft(loaded) : null;
  });
  protected readonly shares = computed(() => {
    const draft = this.draft();
    return draft ? weightShares(draft.weights) : null;
  });
  protected readonly errors = computed(() => {
    const draft = this.draft();
    if (!draft) {
      return {};
    }
    const result = scoringSettingsSchema.safeParse(toSettings(draft));
    return result.success ? {} : messagesByField(result.error.issues);
  });
  protected readonly hasErrors = computed(() => Object.keys(this.errors()).length > 0);
  protected readonly saving = this.store.saving.state;
  protected readonly rescore = this.tracker.progress;
  protected readonly saveError = computed(() => {
    const state = this.saving();
    return state.status === 'failed' ? state.error.message : null;
  });

  constructor() {
    this.store.saving.reset();
    this.store.load();
    this.cardStore.load();
    // A rescore may already run (a new scorer version outdates every stored score at start-up): show it.
    this.tracker.followRunning();
  }

  protected setWeight(key: Weight, value: string): void {
    this.draft.update((draft) => (draft ? { ...draft, weights: { ...draft.weights, [key]: value === '' ? Number.NaN : Number(value) } } : draft));
  }

  protected setTarget(channel: Channel, target: Target, change: Partial<TargetDraft>): void {
    this.draft.update((draft) => {
      if (!draft) {
        return draft;
      }
      const current = draft.targets[channel][target];
      return { ...draft, targets: { ...draft.targets, [channel]: { ...draft.targets[channel], [target]: { ...current, ...change } } } };
    });
  }

  protected save(): void {
    const draft = this.draft();
    if (draft && !this.hasErrors()) {
      this.store.save(toSettings(draft), (rescore) => this.tracker.follow(rescore));
    }
  }

  protected reset(): void {
    const loaded = this.loaded();
    this.draft.set(loaded ? toDraft(loaded) : null);
    this.store.saving.reset();
    this.tracker.reset();
  }

  protected retry(): void {
    this.store.load();
  }
}
