import { Injectable, inject } from '@angular/core';
import type { RescoreStartedDto, ScoringSettingsDto, ScoringSettingsSavedDto } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource } from '../http/remote-resource';
import { ScoringSettingsApi } from './scoring-settings-api';

/** The scoring settings as last loaded or saved; saving replaces them with the API's answer. */
@Injectable({ providedIn: 'root' })
export class ScoringSettingsStore {
  private readonly api = inject(ScoringSettingsApi);
  private readonly resource = new RemoteResource(() => this.api.get());

  readonly state = this.resource.state;
  readonly saving = new Mutation<ScoringSettingsDto, ScoringSettingsSavedDto>((settings) => this.api.save(settings));

  load(): void {
    this.resource.load();
  }

  /** Saves; `onSaved` gets the rescore the change started (e.g. to follow its progress). */
  save(settings: ScoringSettingsDto, onSaved?: (rescore: RescoreStartedDto) => void): void {
    this.saving.run(settings, ({ rescore, ...saved }) => {
      this.resource.set(saved);
      onSaved?.(rescore);
    });
  }
}
