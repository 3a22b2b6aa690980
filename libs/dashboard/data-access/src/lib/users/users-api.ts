import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, UpdateUserRequest, UserDto, UserWithPasswordDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';

/** User accounts (administrators only): create, change role or vendor, disable, reset a password. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>('/api/users');
  }

  create(user: CreateUserRequest): Observable<UserWithPasswordDto> {
    return this.http.post<UserWithPasswordDto>('/api/users', user);
  }

  update(id: string, patch: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, patch);
  }

  resetPassword(id: string): Observable<UserWithPasswordDto> {
    return this.http.post<UserWithPasswordDto>(`/api/users/${encodeURIComponent(id)}/password-reset`, {});
  }
}
