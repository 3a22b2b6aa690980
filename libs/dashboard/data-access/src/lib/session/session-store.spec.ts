import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionUserDto } from '@rapport/contracts';
import { SessionStore, hasSessionCookie } from './session-store';

const ADA: SessionUserDto = { id: 'u1', email: 'ada@client.example', role: 'admin', vendorId: null, displayName: 'Ada' };

// A session sets the readable XSRF-TOKEN cookie; without one the dashboard does not ask the API who is signed in.
beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=test-token; path=/';
});

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks the API once who is signed in, however many guards ask', async () => {
    expect(store.status()).toBe('unknown');
    const first = store.restore();
    const second = store.restore();
    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(ADA);
    expect(await first).toEqual(ADA);
    expect(await second).toEqual(ADA);
    expect(await store.restore()).toEqual(ADA);
    expect(store.status()).toBe('signed-in');
    expect(store.role()).toBe('admin');
  });

  it('is signed out when the API answers 401', async () => {
    const restored = store.restore();
    http.expectOne('/api/auth/me').flush({ statusCode: 401, code: 'unauthenticated', message: 'Sign in to continue' }, { status: 401, statusText: 'Unauthorized' });
    expect(await restored).toBeNull();
    expect(store.status()).toBe('signed-out');
  });

  it('is signed out without asking when the browser holds no session cookie (no 401 in the console)', async () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    expect(await store.restore()).toBeNull();
    http.expectNone('/api/auth/me');
    expect(store.status()).toBe('signed-out');
  });

  it('finds the session cookie among others', () => {
    expect(hasSessionCookie('theme=dark; XSRF-TOKEN=abc')).toBe(true);
    expect(hasSessionCookie('MY-XSRF-TOKEN=abc; theme=dark')).toBe(false);
    expect(hasSessionCookie('')).toBe(false);
  });

  it('signs in with the credentials and keeps the user', () => {
    const signedIn = jest.fn();
    store.signInWith({ email: 'ada@client.example', password: 'secret' }, signedIn);
    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ email: 'ada@client.example', password: 'secret' });
    request.flush({ user: ADA, csrfToken: 't' });
    expect(signedIn).toHaveBeenCalledWith(ADA);
    expect(store.user()).toEqual(ADA);
  });

  it('keeps the API’s lock-out message when sign-in is refused', () => {
    const signedIn = jest.fn();
    store.signInWith({ email: 'ada@client.example', password: 'wrong' }, signedIn);
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 423, code: 'account_locked', message: 'Too many failed sign-ins. Try again in 15 minutes.' }, { status: 423, statusText: 'Locked' });
    expect(store.signIn.state()).toEqual({ status: 'failed', error: { status: 423, code: 'account_locked', message: 'Too many failed sign-ins. Try again in 15 minutes.' } });
    expect(signedIn).not.toHaveBeenCalled();
    expect(store.user()).toBeNull();
  });

  it('signs out on the server and forgets the user, even when the server cannot be reached', async () => {
    store.signInWith({ email: 'ada@client.example', password: 'secret' }, () => undefined);
    http.expectOne('/api/auth/login').flush({ user: ADA, csrfToken: 't' });
    const signedOut = store.signOut();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).error(new ProgressEvent('error'));
    await signedOut;
    expect(store.user()).toBeNull();
    expect(store.status()).toBe('signed-out');
    expect(store.signIn.state()).toEqual({ status: 'idle' });
  });
});
