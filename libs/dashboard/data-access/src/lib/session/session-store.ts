import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, LoginResponseDto, SessionUserDto } from '@rapport/contracts';
import { firstValueFrom } from 'rxjs';
import { Mutation } from '../http/mutation';
import { SessionApi } from './session-api';

/**
 * Whether the browser holds the readable XSRF-TOKEN cookie the API sets with every session (same expiry, cleared on
 * sign-out). Without it there is no session to restore, so the page does not ask and the console shows no 401.
 */
export function hasSessionCookie(cookies: string): boolean {
  return cookies.split(';').some((cookie) => cookie.trim().startsWith('XSRF-TOKEN='));
}

/** `unknown` until the API has been asked once (at the first navigation). */
export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

/** Who is signed in, as the API says; guards, the navigation and the login page read it. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly document = inject(DOCUMENT);
  private readonly currentUser = signal<SessionUserDto | null>(null);
  private readonly currentStatus = signal<SessionStatus>('unknown');
  private restoring?: Promise<SessionUserDto | null>;

  readonly user = this.currentUser.asReadonly();
  readonly status = this.currentStatus.asReadonly();
  readonly role = computed(() => this.currentUser()?.role ?? null);
  /** The password was given out by an administrator: until it is changed the API answers nothing else. */
  readonly passwordChangeRequired = computed(() => this.currentUser()?.passwordChangeRequired === true);
  /** The sign-in request; its failed state carries the API's message (wrong credentials, locked, too many tries). */
  readonly signIn = new Mutation<LoginRequest, LoginResponseDto>((request) => this.api.login(request));

  /** Asks the API once whether a session cookie is still valid; later calls answer from memory. */
  restore(): Promise<SessionUserDto | null> {
    if (this.currentStatus() !== 'unknown') {
      return Promise.resolve(this.currentUser());
    }
    if (!this.restoring && !hasSessionCookie(this.document.cookie)) {
      return Promise.resolve(this.settle(null));
    }
    this.restoring ??= firstValueFrom(this.api.me()).then(
      (user) => this.settle(user),
      () => this.settle(null),
    );
    return this.restoring;
  }

  /** Signs in; `onSignedIn` runs once the session is set (to navigate on). */
  signInWith(request: LoginRequest, onSignedIn: (user: SessionUserDto) => void): void {
    this.signIn.run(request, (response) => onSignedIn(this.settle(response.user)));
  }

  /** The user's own password change; its failed state carries the API's message (wrong current password, too weak). */
  readonly passwordChange = new Mutation<ChangePasswordRequest, void>((request) => this.api.changePassword(request));

  /** Changes the password; `onChanged` runs once the session no longer requires a change. */
  changePasswordWith(request: ChangePasswordRequest, onChanged: (user: SessionUserDto) => void): void {
    this.passwordChange.run(request, () => {
      const user = this.currentUser();
      if (user) {
        onChanged(this.settle({ ...user, passwordChangeRequired: false }));
      }
    });
  }

  /** Ends the session on the server; the page forgets it even if the server could not be reached. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // The cookie may already be gone (expired, revoked); there is nothing more to end.
    } finally {
      this.expire();
    }
  }

  /** The API answered 401 to a signed-in request: the session expired or was revoked. */
  expire(): void {
    this.signIn.reset();
    this.passwordChange.reset();
    this.settle(null);
  }

  private settle<T extends SessionUserDto | null>(user: T): T {
    this.restoring = undefined;
    this.currentUser.set(user);
    this.currentStatus.set(user ? 'signed-in' : 'signed-out');
    return user;
  }
}
