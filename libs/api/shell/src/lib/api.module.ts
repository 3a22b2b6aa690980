import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule } from '@rapport/api-core';
import { CONVERSATION_MIGRATIONS, ConversationsModule } from '@rapport/api-conversations';
import { DatabaseModule } from '@rapport/api-database';
import { DemoModule } from '@rapport/api-demo';
import { HealthModule } from '@rapport/api-health';
import { VENDOR_MIGRATIONS, VendorsModule } from '@rapport/api-vendors';

/** Every feature's migrations, in one list; TypeORM orders them by the timestamp in their names. */
export const ALL_MIGRATIONS = [...VENDOR_MIGRATIONS, ...CONVERSATION_MIGRATIONS];

/** The whole API: configuration, database and feature modules. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule.forRoot(ALL_MIGRATIONS), HealthModule, VendorsModule, ConversationsModule, DemoModule],
    };
  }
}
