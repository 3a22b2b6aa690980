import { Injectable, inject } from '@angular/core';
import type { ScoringSettingsDto } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource } from '../http/remote-resource';
import { ScoringSettingsApi } from './scoring-settings-api';

/** The scoring settings as last loaded or saved; saving replaces them with the API's answer. */
@Injectable({ providedIn: 'root' })
export class ScoringSettingsStore {
  private readonly api = inject(ScoringSettingsApi);
  private readonly resource = new RemoteResource(() => this.api.get());

  readonly state = this.resource.state;
  readonly saving = new Mutation<ScoringSettingsDto, ScoringSettingsDto>((settings) => this.api.save(settings));

  load(): void {
    this.resource.load();
  }

  save(settings: ScoringSettingsDto): void {
    this.saving.run(settings, (saved) => this.resource.set(saved));
  }
}
