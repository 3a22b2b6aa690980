import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import { ChangePasswordRequest, passwordPolicyProblem } from '@rapport/contracts';
import { DEFAULT_LOCKOUT, lockedError, lockedUntil } from './lockout-policy';
import { LoginThrottleStore } from './login-throttle.store';
import { PasswordHasher } from './password-hasher';
import { emailKey } from './secrets';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';

/**
 * A user replaces their own password: the current one is required (a session left open is not enough), the new
 * one must pass the password policy, and every other session of the user ends. Wrong current passwords count
 * as failed sign-ins of the account, so an open session cannot guess the password faster than the sign-in form.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly throttles: LoginThrottleStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(
    principal: Principal,
    sessionToken: string | undefined,
    request: ChangePasswordRequest,
    ip: string | null,
  ): Promise<void> {
    const user = await this.users.findOneBy({ id: principal.id });
    if (!user) {
      throw new DomainError(401, 'unauthorized', 'Sign in to continue');
    }
    const now = this.clock.now();
    const key = emailKey(user.email);
    const target = { type: 'user', id: user.id };
    const refuse = async (reason: string, error: DomainError): Promise<never> => {
      await this.audit.record({
        actor: principal,
        action: 'user.password_change',
        outcome: 'failure',
        target,
        vendorId: user.vendorId,
        ip,
        details: { reason },
      });
      throw error;
    };

    if (lockedUntil(await this.throttles.find(key), now)) {
      await this.hasher.verifyNothing(request.currentPassword);
      return refuse('locked', lockedError(DEFAULT_LOCKOUT));
    }
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) {
      const { state } = await this.throttles.recordFailure(key, now, DEFAULT_LOCKOUT);
      if (lockedUntil(state, now)) {
        return refuse('locked', lockedError(DEFAULT_LOCKOUT));
      }
      return refuse(
        'wrong_current_password',
        new DomainError(400, 'invalid_current_password', 'The current password is incorrect'),
      );
    }
    const problem =
      passwordPolicyProblem(request.newPassword, user.email) ??
      (request.newPassword === request.currentPassword ? 'Choose a password different from the current one' : null);
    if (problem) {
      return refuse(
        'weak_password',
        new DomainError(400, 'weak_password', problem, [{ line: 0, field: 'newPassword', reason: problem }]),
      );
    }

    await this.users.update(
      { id: user.id },
      {
        passwordHash: await this.hasher.hash(request.newPassword),
        passwordChangedAt: now.toISOString(),
        mustChangePassword: false,
      },
    );
    await this.sessions.closeOthersFor(user.id, sessionToken);
    await this.audit.record({
      actor: principal,
      action: 'user.password_change',
      target,
      vendorId: user.vendorId,
      ip,
      details: { wasTemporary: user.mustChangePassword },
    });
  }
}
