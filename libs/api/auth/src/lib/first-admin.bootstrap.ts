import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { UsersService } from './users.service';

/**
 * Outside demo mode nobody can sign in until an administrator exists, and there is no default password:
 * ADMIN_EMAIL and ADMIN_PASSWORD create the first one at boot. An existing account with that email is left as
 * it is, so changing ADMIN_PASSWORD later never resets anyone's password.
 */
@Injectable()
export class FirstAdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstAdmin');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.firstAdmin;
    if (admin) {
      if (!(await this.users.findByEmail(admin.email))) {
        await this.users.createWithPassword({ email: admin.email, displayName: 'Administrator', role: 'admin', vendorId: null, password: admin.password }, { kind: 'system', label: 'ADMIN_EMAIL' });
        this.logger.log({ msg: 'first administrator created from ADMIN_EMAIL', email: admin.email });
      }
      return;
    }
    if (!this.config.demoData && (await this.users.count()) === 0) {
      this.logger.warn({ msg: 'no user exists and nobody can sign in: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first administrator' });
    }
  }
}
