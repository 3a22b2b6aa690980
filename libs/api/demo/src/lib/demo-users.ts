import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { ALL_VENDORS } from '@rapport/api-database';
import { UsersService } from '@rapport/api-auth';
import { VendorsService } from '@rapport/api-vendors';
import type { UserRole } from '@rapport/contracts';
import type { DemoReviewPeople } from '@rapport/api-reviews';

export const DEMO_EMAIL_DOMAIN = 'demo.rapport.example';

export interface DemoLogin {
  role: UserRole;
  email: string;
  password: string;
  vendor?: string;
}

const CLIENT_USERS: Array<{ role: UserRole; name: string }> = [
  { role: 'admin', name: 'Ada Admin' },
  { role: 'qa-reviewer', name: 'Quinn Reviewer' },
  { role: 'qa-lead', name: 'Lee Lead' },
  { role: 'vendor-manager', name: 'Val Manager' },
  { role: 'executive', name: 'Eve Executive' },
];

/**
 * One demo user per role, and one partner user per demo vendor, created once when demo mode first starts.
 * Passwords are random and printed to the log then (never a default anyone could guess), unless DEMO_PASSWORD
 * sets one for all, e.g. for end-to-end tests.
 */
@Injectable()
export class DemoUsers {
  private readonly logger = new Logger('DemoUsers');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly vendors: VendorsService,
  ) {}

  async ensure(): Promise<DemoLogin[]> {
    if (await this.users.findByEmail(`admin@${DEMO_EMAIL_DOMAIN}`)) {
      this.logger.log({ msg: `demo users exist (admin@${DEMO_EMAIL_DOMAIN} and others); their passwords were printed when they were created` });
      return [];
    }
    const logins: DemoLogin[] = [];
    for (const { role, name } of CLIENT_USERS) {
      logins.push(await this.create(role, name, `${role}@${DEMO_EMAIL_DOMAIN}`, null));
    }
    for (const vendor of await this.vendors.list(ALL_VENDORS)) {
      logins.push({ ...(await this.create('partner', `${vendor.name} partner`, `partner.${vendor.slug}@${DEMO_EMAIL_DOMAIN}`, vendor.id)), vendor: vendor.name });
    }
    for (const login of logins) {
      this.logger.log({ msg: 'demo sign-in', ...login });
    }
    return logins;
  }

  /** Who grades, leads and disputes in the demo reviews; null without them (the admin stands in for a missing lead). */
  async reviewPeople(): Promise<DemoReviewPeople | null> {
    const lead = (await this.users.findByEmail(`qa-lead@${DEMO_EMAIL_DOMAIN}`)) ?? (await this.users.findByEmail(`admin@${DEMO_EMAIL_DOMAIN}`));
    const reviewer = await this.users.findByEmail(`qa-reviewer@${DEMO_EMAIL_DOMAIN}`);
    if (!lead || !reviewer) {
      return null;
    }
    const partners = new Map<string, { id: string; email: string }>();
    for (const vendor of await this.vendors.list(ALL_VENDORS)) {
      const partner = await this.users.findByEmail(`partner.${vendor.slug}@${DEMO_EMAIL_DOMAIN}`);
      if (partner) {
        partners.set(vendor.id, { id: partner.id, email: partner.email });
      }
    }
    return { lead: { id: lead.id, email: lead.email, role: lead.role }, reviewer: { id: reviewer.id, email: reviewer.email }, partners };
  }

  private async create(role: UserRole, displayName: string, email: string, vendorId: string | null): Promise<DemoLogin> {
    const password = this.config.auth.demoPassword ?? randomBytes(12).toString('base64url');
    await this.users.createWithPassword({ email, displayName, role, vendorId, password }, { kind: 'system', label: 'demo mode' });
    return { role, email, password };
  }
}
