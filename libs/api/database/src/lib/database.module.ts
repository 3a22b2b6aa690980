import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { databaseOptions, SchemaParts } from './database-options';

/** Connects TypeORM from the validated config and runs pending migrations at boot. */
@Module({})
export class DatabaseModule {
  static forRoot(migrations: SchemaParts['migrations']): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...databaseOptions(config.database, { entities: [], migrations }),
            autoLoadEntities: true,
          }),
        }),
      ],
    };
  }
}
