import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { VendorProfileDto, VendorProfileInput, VendorProfileSavedDto } from '@rapport/contracts';
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

  /** Also says whether the change started a rescore of the vendor's conversations (hours, time zone, formality). */
  update(id: string, profile: VendorProfileInput): Observable<VendorProfileSavedDto> {
    return this.http.put<VendorProfileSavedDto>(`/api/vendors/${encodeURIComponent(id)}`, profile);
  }
}
