import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** HTTP client for the vendors resource. URLs are relative: the API serves the dashboard on the same origin. */
@Injectable({ providedIn: 'root' })
export class VendorsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<VendorDto[]> {
    return this.http.get<VendorDto[]>('/api/vendors');
  }

  monthlyVolume(): Observable<MonthlyVolumeDto[]> {
    return this.http.get<MonthlyVolumeDto[]>('/api/vendors/monthly-volume');
  }
}
