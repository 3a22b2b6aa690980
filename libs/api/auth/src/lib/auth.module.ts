import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { AuditModule } from '@rapport/api-audit';
import { VendorsModule } from '@rapport/api-vendors';
import { AccessGuard } from './access.guard';
import { ApiKey } from './api-key.entity';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { FirstAdminBootstrap } from './first-admin.bootstrap';
import { LoginThrottle } from './login-throttle.entity';
import { LoginThrottleStore } from './login-throttle.store';
import { PasswordHasher } from './password-hasher';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { rateLimitOptions } from './rate-limits';
import { RequestAuthenticator } from './request-authenticator';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { Auth1764000000400 } from './1764000000400-auth.migration';
import { PasswordChange1764000000900 } from './1764000000900-password-change.migration';
import { ReadApiKeys1764000001081 } from './1764000001081-read-api-keys.migration';
import { PasswordChangeService } from './password-change.service';

export const AUTH_MIGRATIONS = [Auth1764000000400, PasswordChange1764000000900, ReadApiKeys1764000001081];

/**
 * Accounts, sessions, API keys and the global guards. Guards run in the order listed: the access guard first
 * (it identifies the caller), then the rate limiter (which counts ingestion per caller).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, Session, LoginThrottle, ApiKey]),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...rateLimitOptions(config),
        // Behind a load balancer every instance must count the same hits.
        storage: config.redis ? new RedisThrottlerStorage(config.redis.url, config.redis.prefix) : undefined,
      }),
    }),
    AuditModule,
    VendorsModule,
  ],
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [
    PasswordHasher,
    SessionsService,
    LoginThrottleStore,
    SignInService,
    PasswordChangeService,
    UsersService,
    ApiKeysService,
    RequestAuthenticator,
    FirstAdminBootstrap,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
  ],
  exports: [UsersService, ApiKeysService, SessionsService],
})
export class AuthModule {}
