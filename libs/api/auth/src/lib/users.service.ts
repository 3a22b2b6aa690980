import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { ALL_VENDORS } from '@rapport/api-database';
import { AuditActor, AuditService } from '@rapport/api-audit';
import { VendorsService } from '@rapport/api-vendors';
import { CreateUserRequest, UpdateUserRequest, UserDto, UserRole, UserWithPasswordDto } from '@rapport/contracts';
import { LoginThrottle } from './login-throttle.entity';
import { PasswordHasher } from './password-hasher';
import { toSessionUserDto } from './principals';
import { SessionsService } from './sessions.service';
import { emailKey, temporaryPassword } from './secrets';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  role: UserRole;
  vendorId: string | null;
  password: string;
  /** The password was given out by someone else (an administrator): the user must replace it at first sign-in. */
  temporary?: boolean;
}

/** Accounts, managed by administrators. Every change is audited and ends the sessions it makes unsafe. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(LoginThrottle) private readonly throttles: Repository<LoginThrottle>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly vendors: VendorsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  count(): Promise<number> {
    return this.users.count();
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  async list(): Promise<UserDto[]> {
    const users = await this.users.find({ order: { email: 'ASC' } });
    return this.toDtos(users);
  }

  async get(id: string): Promise<UserDto> {
    const [dto] = await this.toDtos([await this.require(id)]);
    return dto as UserDto;
  }

  /** An administrator creates an account; the temporary password is returned once and never stored in clear. */
  async create(request: CreateUserRequest, actor: Principal, ip: string | null): Promise<UserWithPasswordDto> {
    const password = temporaryPassword();
    const user = await this.createWithPassword({ ...request, password, temporary: true }, actor, ip);
    return { user: (await this.toDtos([user]))[0] as UserDto, temporaryPassword: password };
  }

  /** Also used at boot for the configured first administrator and the demo users. */
  async createWithPassword(input: NewUser, actor: AuditActor, ip: string | null = null): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) {
      throw new DomainError(409, 'conflict', 'A user with this email already exists');
    }
    await this.checkVendor(input.role, input.vendorId);
    const now = this.clock.now().toISOString();
    const user = this.users.create({
      id: randomUUID(),
      email,
      displayName: input.displayName,
      role: input.role,
      vendorId: input.role === 'partner' ? input.vendorId : null,
      passwordHash: await this.hasher.hash(input.password),
      passwordChangedAt: now,
      mustChangePassword: input.temporary === true,
      disabledAt: null,
      lastLoginAt: null,
      createdAt: now,
    });
    await this.users.save(user);
    await this.audit.record({
      actor,
      action: 'user.create',
      target: { type: 'user', id: user.id },
      vendorId: user.vendorId,
      ip,
      details: { email, role: user.role },
    });
    return user;
  }

  async update(id: string, patch: UpdateUserRequest, actor: Principal, ip: string | null): Promise<UserDto> {
    const user = await this.require(id);
    const role = patch.role ?? user.role;
    const vendorId = role === 'partner' ? (patch.vendorId !== undefined ? patch.vendorId : user.vendorId) : null;
    const disabledAt =
      patch.disabled === undefined
        ? user.disabledAt
        : patch.disabled
          ? (user.disabledAt ?? this.clock.now().toISOString())
          : null;
    await this.checkVendor(role, vendorId);
    if (
      user.role === 'admin' &&
      !user.disabledAt &&
      (role !== 'admin' || disabledAt) &&
      (await this.activeAdminsOtherThan(user.id)) === 0
    ) {
      throw new DomainError(409, 'conflict', 'The last active administrator cannot be demoted or disabled');
    }
    const changes = { displayName: patch.displayName ?? user.displayName, role, vendorId, disabledAt };
    await this.users.update({ id }, changes);
    if (disabledAt && !user.disabledAt) {
      await this.sessions.closeAllFor(id);
    }
    await this.audit.record({
      actor,
      action: 'user.update',
      target: { type: 'user', id },
      vendorId,
      ip,
      details: { changes: patch },
    });
    return this.get(id);
  }

  /** Sets a new temporary password the user must replace at sign-in, ends every session of the user and lifts a lock-out. */
  async resetPassword(id: string, actor: Principal, ip: string | null): Promise<UserWithPasswordDto> {
    const user = await this.require(id);
    const password = temporaryPassword();
    await this.users.update(
      { id },
      {
        passwordHash: await this.hasher.hash(password),
        passwordChangedAt: this.clock.now().toISOString(),
        mustChangePassword: true,
      },
    );
    await this.sessions.closeAllFor(id);
    await this.throttles.delete({ emailHash: emailKey(user.email) });
    await this.audit.record({
      actor,
      action: 'user.password_reset',
      target: { type: 'user', id },
      vendorId: user.vendorId,
      ip,
    });
    return { user: await this.get(id), temporaryPassword: password };
  }

  private async require(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) {
      throw DomainError.notFound('User');
    }
    return user;
  }

  private async checkVendor(role: UserRole, vendorId: string | null): Promise<void> {
    if (role !== 'partner') {
      return;
    }
    if (!vendorId || !(await this.vendors.get(ALL_VENDORS, vendorId))) {
      throw DomainError.invalid('vendorId: partner users belong to an existing vendor', [
        { line: 0, field: 'vendorId', reason: 'unknown vendor' },
      ]);
    }
  }

  private async activeAdminsOtherThan(id: string): Promise<number> {
    const admins = await this.users.find({ where: { role: 'admin' } });
    return admins.filter((admin) => admin.id !== id && !admin.disabledAt).length;
  }

  private async toDtos(users: User[]): Promise<UserDto[]> {
    const now = this.clock.now().toISOString();
    const hashes = users.map((user) => emailKey(user.email));
    const throttles = hashes.length > 0 ? await this.throttles.findBy({ emailHash: In(hashes) }) : [];
    const lockedByHash = new Map(
      throttles.filter((t) => t.lockedUntil !== null && t.lockedUntil > now).map((t) => [t.emailHash, t.lockedUntil]),
    );
    return users.map((user) => ({
      ...toSessionUserDto(user),
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
      disabled: user.disabledAt !== null,
      lockedUntil: lockedByHash.get(emailKey(user.email)) ?? null,
    }));
  }
}
