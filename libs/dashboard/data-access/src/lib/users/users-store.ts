import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, UpdateUserRequest, UserDto, UserWithPasswordDto } from '@rapport/contracts';
import { Mutation } from '../http/mutation';
import { RemoteResource, upsertBy } from '../http/remote-resource';
import { UsersApi } from './users-api';

/**
 * User accounts. Creating a user or resetting a password answers with a temporary password, kept in the
 * mutation's state until the administrator dismisses it (reset()); it is never stored anywhere else.
 */
@Injectable({ providedIn: 'root' })
export class UsersStore {
  private readonly api = inject(UsersApi);
  private readonly resource = new RemoteResource(() => this.api.list());

  readonly state = this.resource.state;
  readonly creating = new Mutation<CreateUserRequest, UserWithPasswordDto>((user) => this.api.create(user));
  readonly updating = new Mutation<{ id: string; patch: UpdateUserRequest }, UserDto>(({ id, patch }) => this.api.update(id, patch));
  readonly resetting = new Mutation<string, UserWithPasswordDto>((id) => this.api.resetPassword(id));

  load(): void {
    this.resource.load();
  }

  create(user: CreateUserRequest): void {
    this.creating.run(user, (created) => this.replace(created.user));
  }

  update(id: string, patch: UpdateUserRequest): void {
    this.updating.run({ id, patch }, (user) => this.replace(user));
  }

  resetPassword(id: string): void {
    this.resetting.run(id, (reset) => this.replace(reset.user));
  }

  private replace(user: UserDto): void {
    this.resource.update((users) => upsertBy(users, user, (item) => item.id));
  }
}
