import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { Clock } from './clock';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Makes the one validated config object injectable everywhere as `@Inject(APP_CONFIG)`, and the clock as `Clock`. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }, Clock], exports: [APP_CONFIG, Clock] };
  }
}
