import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { VendorProfileDto, VendorProfileInput } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** Vendors with business hours and market formality, for the settings page; writes are for administrators. */
@Injectable({ providedIn: 'root' })
export class VendorProfilesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<VendorProfileDto[]> {
    return this.http.get<VendorProfileDto[]>('/api/vendors/profiles');
  }

  create(profile: VendorProfileInput): Observable<VendorProfileDto> {
    return this.http.post<VendorProfileDto>('/api/vendors', profile);
  }

  update(id: string, profile: VendorProfileInput): Observable<VendorProfileDto> {
    return this.http.put<VendorProfileDto>(`/api/vendors/${encodeURIComponent(id)}`, profile);
  }
}
