import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { CHANNELS, CONVERSATION_SIGNALS, SUPPORTED_LANGUAGES } from '@rapport/contracts';
import type { ConversationsQuery } from '@rapport/dashboard-data-access';
import { MultiSelect, type PickableRule, RulePicker, type SelectOption, languageName } from '@rapport/dashboard-ui';
import { SCORE_BANDS, SCORE_DIMENSIONS, type ScoreDimension, bandOf, bandParams } from '../model/conversation-filters';
import { type FilterChip, SCORE_NAMES, SIGNAL_LABELS, filterChips } from '../model/filter-chips';
import { AgentFilter } from './agent-filter';
import { SearchField } from './search-field';

/** URL parameters to set (a value) or clear (null); the page merges them into the URL. */
export type FilterChange = Record<string, string | null>;

const SORT_OPTIONS: readonly SelectOption[] = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'overall', label: 'Lowest overall score' },
  { value: '-overall', label: 'Highest overall score' },
  { value: 'courtesy', label: 'Lowest courtesy' },
  { value: 'comprehension', label: 'Lowest comprehension' },
  { value: 'responsiveness', label: 'Lowest responsiveness' },
  { value: 'csat', label: 'Lowest CSAT' },
  { value: '-csat', label: 'Highest CSAT' },
  { value: '-firstResponse', label: 'Slowest first response' },
];

const CSAT_OPTIONS: readonly SelectOption[] = [
  { value: 'any', label: 'Any' },
  { value: 'satisfied', label: 'Satisfied' },
  { value: 'unsatisfied', label: 'Not satisfied' },
  { value: 'none', label: 'No survey' },
];

/** The conversation list's filters as form controls; every change is emitted as URL parameters. */
@Component({
  selector: 'rp-conversation-filter-bar',
  imports: [MultiSelect, SearchField, AgentFilter, RulePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conversation-filter-bar.html',
  styleUrl: './conversation-filter-bar.scss',
})
export class ConversationFilterBar {
  readonly query = input.required<ConversationsQuery>();
  readonly vendorOptions = input.required<readonly SelectOption[]>();
  /** The scorer's rules with plain names, for the rule picker. */
  readonly rules = input<readonly PickableRule[]>([]);
  readonly changed = output<FilterChange>();

  protected readonly channelOptions = CHANNELS.map((channel) => ({ value: channel, label: channel }));
  protected readonly signalOptions = CONVERSATION_SIGNALS.map((signal) => ({ value: signal, label: SIGNAL_LABELS[signal] }));
  protected readonly sortOptions = SORT_OPTIONS;
  protected readonly csatOptions = CSAT_OPTIONS;
  protected readonly bands = SCORE_BANDS;
  protected readonly dimensions = SCORE_DIMENSIONS;
  protected readonly dimensionNames = SCORE_NAMES;

  /** Languages with scoring resources, plus any other the URL names. */
  protected readonly languageOptions = computed(() => {
    const codes = [...new Set([...SUPPORTED_LANGUAGES, ...(this.query().languages ?? [])])];
    return codes.map((code) => ({ value: code, label: languageName(code) }));
  });

  /** The dimension the band control shows: the first one the URL bands, else overall; the user may switch it. */
  protected readonly dimension = linkedSignal<ScoreDimension>(() => SCORE_DIMENSIONS.find((name) => bandOf(this.query(), name) !== null) ?? 'overall');
  protected readonly band = computed(() => bandOf(this.query(), this.dimension()));
  protected readonly chips = computed(() => filterChips(this.query(), this.dimension()));
  protected readonly hasFilters = computed(() => Object.keys(this.query()).some((name) => name !== 'pageSize' && name !== 'sort' && name !== 'page'));

  protected list(name: string): readonly string[] {
    const value = this.query()[name];
    return Array.isArray(value) ? value : [];
  }

  protected text(name: string): string {
    const value = this.query()[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }

  protected setList(name: string, values: readonly string[]): void {
    this.changed.emit({ [name]: values.length > 0 ? values.join(',') : null, page: null });
  }

  protected setValue(name: string, value: string, defaultValue = ''): void {
    const trimmed = value.trim();
    this.changed.emit({ [name]: trimmed === '' || trimmed === defaultValue ? null : trimmed, page: null });
  }

  protected setText(name: string, value: string | null): void {
    this.changed.emit({ [name]: value, page: null });
  }

  protected setDimension(dimension: ScoreDimension): void {
    const current = this.band();
    // Moving the band to another dimension: the old dimension's band goes, the new one takes it.
    if (current !== null && current !== 'custom') {
      this.changed.emit({ ...bandParams(this.dimension(), null), ...bandParams(dimension, current) });
    }
    this.dimension.set(dimension);
  }

  protected setBand(bandId: string): void {
    this.changed.emit(bandParams(this.dimension(), bandId === '' ? null : bandId));
  }

  protected remove(chip: FilterChip): void {
    this.changed.emit(Object.fromEntries([...chip.params.map((name) => [name, null] as const), ['page', null]]));
  }

  protected clearAll(): void {
    const cleared: FilterChange = {};
    for (const name of Object.keys(this.query())) {
      if (name !== 'pageSize' && name !== 'sort') {
        cleared[name] = null;
      }
    }
    this.changed.emit(cleared);
  }
}
