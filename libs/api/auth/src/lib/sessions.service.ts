import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Not, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@rapport/api-core';
import { randomSecret, sha256 } from './secrets';
import { Session } from './session.entity';
import { User } from './user.entity';

export interface OpenedSession {
  /** Goes into the httpOnly cookie; only its hash is stored. */
  token: string;
  /** Goes into the readable XSRF-TOKEN cookie; state-changing requests echo it in a header. */
  csrfToken: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  user: User;
  csrfHash: string;
}

/** Server-side sessions: revocable at once (logout, disable, password reset), unlike self-contained tokens. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async open(user: User, client: { ip: string | null; userAgent: string | null }): Promise<OpenedSession> {
    const now = this.clock.now();
    // Sign-ins are rare next to requests: a good moment to drop sessions that have run out.
    await this.sessions.delete({ expiresAt: LessThan(now.toISOString()) });
    const token = randomSecret();
    const csrfToken = randomSecret();
    const expiresAt = new Date(now.getTime() + this.config.auth.sessionHours * 3_600_000);
    await this.sessions.insert({
      idHash: sha256(token),
      userId: user.id,
      csrfHash: sha256(csrfToken),
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, csrfToken, expiresAt };
  }

  /** The live session for a cookie value, or null when unknown, expired, or its user is disabled. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    // Every signed-in request comes through here: one read of session and user together, not two in a row.
    const { entities, raw } = await this.users
      .createQueryBuilder('user')
      .innerJoin(Session, 'session', 'session.userId = user.id')
      .addSelect('session.csrfHash', 'session_csrf_hash')
      .addSelect('session.expiresAt', 'session_expires_at')
      .where('session.idHash = :idHash', { idHash: sha256(token) })
      .getRawAndEntities<{ session_csrf_hash: string; session_expires_at: string }>();
    const user = entities[0];
    const session = raw[0];
    if (!user || !session || session.session_expires_at <= this.clock.now().toISOString() || user.disabledAt !== null) {
      return null;
    }
    return { user, csrfHash: session.session_csrf_hash };
  }

  async close(token: string): Promise<void> {
    await this.sessions.delete({ idHash: sha256(token) });
  }

  async closeAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  /** Ends every session of the user but the one making the request (after the user changed their password). */
  async closeOthersFor(userId: string, keepToken: string | undefined): Promise<void> {
    await this.sessions.delete(keepToken ? { userId, idHash: Not(sha256(keepToken)) } : { userId });
  }
}
