import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, LoginResponseDto, SessionUserDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/**
 * HTTP client for the session. The session itself lives in an httpOnly cookie the page never sees; Angular's
 * HttpClient echoes the readable XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing requests by default.
 */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<LoginResponseDto> {
    return this.http.post<LoginResponseDto>('/api/auth/login', request);
  }

  me(): Observable<SessionUserDto> {
    return this.http.get<SessionUserDto>('/api/auth/me');
  }

  /** The signed-in user's own password; other sessions of the user end on the server. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', request);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null);
  }
}
