import { HttpClient } from '@angular/common/http';
import { Injectable, type Signal, computed, inject } from '@angular/core';
import type { RuleCatalogueDto, RuleCatalogueEntryDto } from '@rapport/contracts';
import { RemoteResource } from '../http/remote-resource';

/**
 * The scorer's rules with their plain names, loaded once per session: every page that shows a rule shows its name
 * (never its code), and the rule picker offers them. Until it arrives (or if it fails) `byId` is empty and callers
 * fall back to the text they already have.
 */
@Injectable({ providedIn: 'root' })
export class RuleCatalogueStore {
  private readonly http = inject(HttpClient);
  private readonly resource = new RemoteResource(() => this.http.get<RuleCatalogueDto>('/api/scoring/rules'));

  readonly rules: Signal<readonly RuleCatalogueEntryDto[]> = computed(() => {
    const state = this.resource.state();
    return state.status === 'loaded' ? state.data.rules : [];
  });

  readonly byId: Signal<ReadonlyMap<string, RuleCatalogueEntryDto>> = computed(() => new Map(this.rules().map((rule) => [rule.id, rule])));

  ensureLoaded(): void {
    this.resource.ensureLoaded();
  }
}
