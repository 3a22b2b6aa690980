import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import { LoginRequest } from '@rapport/contracts';
import { DEFAULT_LOCKOUT, lockedError, lockedUntil, LockoutPolicy } from './lockout-policy';
import { LoginThrottleStore } from './login-throttle.store';
import { PasswordHasher } from './password-hasher';
import { userPrincipal } from './principals';
import { emailKey } from './secrets';
import { OpenedSession, SessionsService } from './sessions.service';
import { User } from './user.entity';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

function invalidCredentials(): DomainError {
  return new DomainError(401, 'invalid_credentials', 'Email or password is incorrect');
}

/**
 * Password sign-in with lock-out. Unknown emails, disabled accounts and wrong passwords answer alike and take
 * alike (a dummy argon2 check runs when there is no hash to check), and lock-out counts per email whether or not
 * an account exists, so neither the answer nor its timing reveals which emails are registered.
 */
@Injectable()
export class SignInService {
  readonly policy: LockoutPolicy = DEFAULT_LOCKOUT;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly throttles: LoginThrottleStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async signIn(request: LoginRequest, client: ClientInfo): Promise<{ user: User; session: OpenedSession }> {
    const now = this.clock.now();
    const key = emailKey(request.email);
    const throttle = await this.throttles.find(key);
    const user = await this.users.findOneBy({ email: request.email });
    const anonymous = { kind: 'anonymous' as const, label: request.email };
    const target = user ? { type: 'user', id: user.id } : undefined;

    if (lockedUntil(throttle, now)) {
      await this.hasher.verifyNothing(request.password);
      await this.audit.record({
        actor: anonymous,
        action: 'auth.login_failed',
        outcome: 'failure',
        target,
        ip: client.ip,
        details: { reason: 'locked' },
      });
      throw lockedError(this.policy);
    }

    const valid =
      user && user.disabledAt === null
        ? await this.hasher.verify(user.passwordHash, request.password)
        : await this.hasher.verifyNothing(request.password);
    if (!valid || !user) {
      const { state, lockedNow } = await this.throttles.recordFailure(key, now, this.policy);
      await this.audit.record({
        actor: anonymous,
        action: 'auth.login_failed',
        outcome: 'failure',
        target,
        ip: client.ip,
        details: { failures: state.failures },
      });
      if (lockedNow) {
        await this.audit.record({
          actor: anonymous,
          action: 'auth.locked_out',
          outcome: 'failure',
          target,
          ip: client.ip,
          details: { until: state.lockedUntil },
        });
      }
      if (lockedUntil(state, now)) {
        throw lockedError(this.policy);
      }
      throw invalidCredentials();
    }

    if (throttle) {
      await this.throttles.clear(key);
    }
    await this.users.update({ id: user.id }, { lastLoginAt: now.toISOString() });
    const session = await this.sessions.open(user, client);
    await this.audit.record({
      actor: userPrincipal(user),
      action: 'auth.login',
      target: { type: 'user', id: user.id },
      vendorId: user.vendorId,
      ip: client.ip,
    });
    return { user, session };
  }

  async signOut(sessionToken: string | undefined, principal: Principal, ip: string | null): Promise<void> {
    if (sessionToken) {
      await this.sessions.close(sessionToken);
    }
    await this.audit.record({
      actor: principal,
      action: 'auth.logout',
      target: { type: 'user', id: principal.id },
      vendorId: principal.vendorScope,
      ip,
    });
  }
}
