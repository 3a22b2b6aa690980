import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { USER_ROLES, type UserDto, type UserRole, createUserSchema } from '@rapport/contracts';
import { SessionStore, UsersStore, VendorsStore } from '@rapport/dashboard-data-access';
import { AsyncCard } from '@rapport/dashboard-ui';
import { messagesByField } from '../model/vendor-draft';
import { OneTimeSecret } from '../one-time-secret';

export const ROLE_NAMES: Record<UserRole, string> = {
  admin: 'Administrator',
  'qa-reviewer': 'QA reviewer',
  'qa-lead': 'QA lead (rubrics, queues, disputes)',
  'vendor-manager': 'Vendor manager',
  executive: 'Executive (read only)',
  partner: 'Partner (one vendor)',
};

interface UserDraft {
  email: string;
  displayName: string;
  role: UserRole;
  vendorId: string;
}

/** Accounts: who may sign in with which role; a temporary password is shown once, when created or reset. */
@Component({
  selector: 'rp-user-settings',
  imports: [OneTimeSecret, AsyncCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-settings.html',
  styleUrl: '../settings-section.scss',
})
export class UserSettings {
  private readonly store = inject(UsersStore);
  private readonly vendorsStore = inject(VendorsStore);
  private readonly session = inject(SessionStore);
  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

  protected readonly roles = USER_ROLES;
  protected readonly roleNames = ROLE_NAMES;

  protected readonly vendors = computed(() => {
    const state = this.vendorsStore.overview();
    return state.status === 'loaded' ? state.data.vendors : [];
  });
  protected readonly users = computed(() => {
    const state = this.store.state();
    if (state.status !== 'loaded') {
      return null;
    }
    const names = new Map(this.vendors().map((vendor) => [vendor.id, vendor.name]));
    const me = this.session.user()?.id;
    return state.data.map((user) => ({
      user,
      self: user.id === me,
      vendor: user.vendorId ? (names.get(user.vendorId) ?? user.vendorId) : '—',
      lastLogin: user.lastLoginAt ? this.dates.format(new Date(user.lastLoginAt)) : 'Never',
      status: user.disabled ? 'Disabled' : user.lockedUntil ? `Locked until ${this.dates.format(new Date(user.lockedUntil))}` : 'Active',
    }));
  });
  protected readonly failure = computed(() => {
    const state = this.store.state();
    return state.status === 'failed' ? state.error : null;
  });

  protected readonly draft = signal<UserDraft>({ email: '', displayName: '', role: 'qa-reviewer', vendorId: '' });
  protected readonly submitted = signal(false);
  protected readonly errors = computed(() => {
    const draft = this.draft();
    const result = createUserSchema.safeParse({ ...draft, vendorId: draft.role === 'partner' ? draft.vendorId || null : null });
    return result.success ? {} : messagesByField(result.error.issues);
  });
  protected readonly shownErrors = computed(() => (this.submitted() ? this.errors() : {}));

  /** The one-time password of the user just created or reset, until dismissed. */
  protected readonly secret = computed(() => {
    for (const mutation of [this.store.creating, this.store.resetting]) {
      const state = mutation.state();
      if (state.status === 'done') {
        return { email: state.result.user.email, password: state.result.temporaryPassword };
      }
    }
    return null;
  });
  protected readonly actionError = computed(() => {
    for (const mutation of [this.store.creating, this.store.updating, this.store.resetting]) {
      const state = mutation.state();
      if (state.status === 'failed') {
        return state.error.message;
      }
    }
    return null;
  });
  /** A destructive action waiting for its confirmation: which user, which action. */
  protected readonly confirming = signal<{ id: string; action: 'disable' | 'reset' } | null>(null);

  constructor() {
    for (const mutation of [this.store.creating, this.store.updating, this.store.resetting]) {
      mutation.reset();
    }
    this.store.load();
    if (this.vendorsStore.overview().status === 'idle') {
      this.vendorsStore.load();
    }
  }

  protected edit(change: Partial<UserDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  protected create(): void {
    this.submitted.set(true);
    const draft = this.draft();
    if (Object.keys(this.errors()).length > 0) {
      return;
    }
    this.store.resetting.reset();
    this.store.create({ email: draft.email, displayName: draft.displayName, role: draft.role, vendorId: draft.role === 'partner' ? draft.vendorId : null });
    this.draft.set({ email: '', displayName: '', role: 'qa-reviewer', vendorId: '' });
    this.submitted.set(false);
  }

  protected changeRole(user: UserDto, role: string): void {
    if (role !== 'partner') {
      this.store.update(user.id, { role: role as UserRole, vendorId: null });
    }
  }

  protected enable(user: UserDto): void {
    this.store.update(user.id, { disabled: false });
  }

  protected confirm(): void {
    const pending = this.confirming();
    if (pending?.action === 'disable') {
      this.store.update(pending.id, { disabled: true });
    } else if (pending?.action === 'reset') {
      this.store.creating.reset();
      this.store.resetPassword(pending.id);
    }
    this.confirming.set(null);
  }

  protected dismissSecret(): void {
    this.store.creating.reset();
    this.store.resetting.reset();
  }

  protected retry(): void {
    this.store.load();
  }
}
