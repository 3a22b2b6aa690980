import { Injectable, inject } from '@angular/core';
import { RemoteResource } from '../http/remote-resource';
import { ScoringSettingsApi } from './scoring-settings-api';

/** The scorer card, loaded once per visit of the scoring settings. */
@Injectable({ providedIn: 'root' })
export class ScorerCardStore {
  private readonly api = inject(ScoringSettingsApi);
  private readonly resource = new RemoteResource(() => this.api.card());

  readonly state = this.resource.state;

  load(): void {
    this.resource.load();
  }
}
