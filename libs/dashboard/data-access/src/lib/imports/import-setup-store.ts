import { Injectable, inject } from '@angular/core';
import type { ColumnMappingDto, ColumnMappingInput } from '@rapport/contracts';
import { forkJoin } from 'rxjs';
import { Mutation } from '../http/mutation';
import { RemoteResource, upsertBy } from '../http/remote-resource';
import { type ImportFormatInfo, ImportsApi } from './imports-api';

/** What the upload form offers: the accepted formats and the saved column mappings. */
export interface ImportSetup {
  formats: ImportFormatInfo[];
  mappings: ColumnMappingDto[];
}

@Injectable({ providedIn: 'root' })
export class ImportSetupStore {
  private readonly api = inject(ImportsApi);
  private readonly resource = new RemoteResource<ImportSetup>(() => forkJoin({ formats: this.api.formats(), mappings: this.api.mappings() }));

  readonly state = this.resource.state;
  /** Saving a column mapping for reuse; the list is updated when it is stored. */
  readonly saving = new Mutation<ColumnMappingInput, ColumnMappingDto>((mapping) => this.api.saveMapping(mapping));

  load(): void {
    this.resource.ensureLoaded();
  }

  reload(): void {
    this.resource.load();
  }

  saveMapping(mapping: ColumnMappingInput, onSaved?: (saved: ColumnMappingDto) => void): void {
    this.saving.run(mapping, (saved) => {
      this.resource.update((setup) => ({ ...setup, mappings: upsertBy(setup.mappings, saved, (item) => item.id) }));
      onSaved?.(saved);
    });
  }
}
