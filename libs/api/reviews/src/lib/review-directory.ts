import { Injectable } from '@nestjs/common';
import { DomainError } from '@rapport/api-core';
import { ALL_VENDORS } from '@rapport/api-database';
import { UsersService } from '@rapport/api-auth';
import { VendorsService } from '@rapport/api-vendors';
import type { ReviewerDto, UserDto, VendorRef } from '@rapport/contracts';
import { REVIEWERS } from './review-roles';

/** Names for ids stored by reviews: vendors (read through their owner) and reviewers (through accounts). */
@Injectable()
export class ReviewDirectory {
  constructor(
    private readonly vendors: VendorsService,
    private readonly users: UsersService,
  ) {}

  async vendorRefs(): Promise<Map<string, VendorRef>> {
    return new Map(
      (await this.vendors.list(ALL_VENDORS)).map((vendor) => [
        vendor.id,
        { id: vendor.id, slug: vendor.slug, name: vendor.name },
      ]),
    );
  }

  async people(): Promise<Map<string, UserDto>> {
    return new Map((await this.users.list()).map((user) => [user.id, user]));
  }

  /** The active QA reviewers and leads a lead may name on a queue or calibration session, by name. */
  async reviewers(): Promise<ReviewerDto[]> {
    return [...(await this.people()).values()]
      .filter((user) => !user.disabled && REVIEWERS.includes(user.role))
      .map((user) => ({ id: user.id, displayName: user.displayName, role: user.role as ReviewerDto['role'] }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  /** Reviewers named by a lead must be active QA reviewers or leads. */
  async requireReviewers(ids: readonly string[]): Promise<string[]> {
    const people = await this.people();
    const unique = [...new Set(ids)];
    const wrong = unique.filter((id) => {
      const user = people.get(id);
      return !user || user.disabled || !REVIEWERS.includes(user.role);
    });
    if (wrong.length > 0) {
      throw DomainError.invalid(
        `not active QA reviewers or leads: ${wrong.join(', ')}`,
        wrong.map((id) => ({
          line: 0,
          field: 'reviewerIds',
          reason: `${id} is not an active QA reviewer or lead`,
        })),
      );
    }
    return unique;
  }
}

/** A vendor reference for an id whose vendor could not be read (deleted meanwhile): the id alone. */
export function vendorRefOf(refs: ReadonlyMap<string, VendorRef>, id: string): VendorRef {
  return refs.get(id) ?? { id, slug: id, name: id };
}
