import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, computed, effect, inject, input, output, untracked, viewChild } from '@angular/core';
import type { AgentOptionDto } from '@rapport/contracts';
import { AgentOptionsStore } from '@rapport/dashboard-data-access';
import { agentOptionLabel, agentParam, agentText, isOfferedAgent } from '../model/agent-choice';
import { SEARCH_DEBOUNCE_MS } from './search-field';

/** Agents offered at a time: enough to pick from while typing. */
export const AGENT_OPTION_COUNT = 20;

/**
 * The agent filter: type a name or an agent id, pick from the agents the API offers (of the vendors filtered on),
 * and the URL gets the agent's external id while the field shows its name. The browser's own suggestion list
 * (a datalist) keeps it usable with the keyboard and screen readers without a custom combobox.
 */
@Component({
  selector: 'rp-agent-filter',
  // Each filter looks up its own agents: the two side by side must not overwrite each other's suggestions.
  providers: [AgentOptionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="rp-field">
      <span>{{ label() }}</span>
      <input
        #agentInput
        class="rp-input agent"
        type="search"
        [attr.list]="listId()"
        autocomplete="off"
        placeholder="Name or agent id"
        [attr.data-testid]="testId()"
        (focus)="lookUp(agentInput.value)"
        (input)="typed(agentInput.value)"
        (search)="commit(agentInput.value)"
        (change)="commit(agentInput.value)"
      />
    </label>
    <datalist [id]="listId()" [attr.data-testid]="listId()">
      @for (option of options(); track option.id) {
        <option [value]="optionLabel(option)">{{ option.externalId }} · {{ option.vendor.name }}</option>
      }
    </datalist>
  `,
  styles: `
    .agent {
      width: 14rem;
    }
  `,
})
export class AgentFilter {
  /** The agent the URL holds ('' for none): an external id, or an id or name from a drill-down link. */
  readonly value = input('');
  /** Vendors the list is filtered on (slugs or ids); the agents offered are theirs. */
  readonly vendors = input<readonly string[]>([]);
  readonly changed = output<string | null>();
  /** Two of these stand side by side (the agent who wrote most replies, the agent credited with the survey). */
  readonly label = input('Agent');
  readonly testId = input('agent-filter');
  readonly listId = input('agent-options');

  private readonly store = inject(AgentOptionsStore);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('agentInput');
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The agents of the last lookup; while a new one runs, the previous ones stay offered. */
  protected readonly options = computed<readonly AgentOptionDto[]>(() => {
    const state = this.store.state();
    return state.load.status === 'loaded' ? state.load.data.items : (state.previous?.items ?? []);
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
    // The URL's agent is looked up by itself, so the field can show its name.
    effect(() => {
      const value = this.value();
      if (value !== '') {
        untracked(() => this.lookUp(value));
      }
    });
    effect(() => {
      const shown = agentText(this.value(), this.options());
      const element = this.field().nativeElement;
      if (element !== document.activeElement && element.value !== shown) {
        element.value = shown;
      }
    });
  }

  protected optionLabel(option: AgentOptionDto): string {
    return agentOptionLabel(option);
  }

  protected lookUp(text: string): void {
    const q = text.trim();
    this.store.load({ ...(q ? { q } : {}), vendors: this.vendors(), limit: AGENT_OPTION_COUNT });
  }

  protected typed(text: string): void {
    clearTimeout(this.timer);
    // Picking from the list fills in an offered entry: apply it at once, as a select would.
    if (isOfferedAgent(text, this.options())) {
      this.commit(text);
      return;
    }
    this.timer = setTimeout(() => this.lookUp(text), SEARCH_DEBOUNCE_MS);
  }

  protected commit(text: string): void {
    clearTimeout(this.timer);
    const agent = agentParam(text, this.options());
    if ((agent ?? '') !== this.value()) {
      this.changed.emit(agent);
    }
  }
}
