import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import type { AgreementDto } from '@rapport/contracts';
import { RemoteResource } from '../http/remote-resource';

/**
 * Languages whose automatic scores human reviewers weakly confirm (`weakLanguages` of `GET /api/reviews/agreement`,
 * all submitted reviews, every vendor together), for pages that flag them. Client roles only: the API refuses
 * partners. Null until loaded (and when it could not be loaded: a missing flag, not a broken page).
 */
@Injectable({ providedIn: 'root' })
export class WeakLanguagesStore {
  private readonly http = inject(HttpClient);
  private readonly resource = new RemoteResource<AgreementDto>(() => this.http.get<AgreementDto>('/api/reviews/agreement'));

  readonly weakLanguages = computed(() => {
    const state = this.resource.state();
    return state.status === 'loaded' ? state.data.weakLanguages : null;
  });

  load(): void {
    this.resource.ensureLoaded();
  }
}
