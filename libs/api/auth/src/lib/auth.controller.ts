import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import {
  Access,
  ALL_ROLES,
  APP_CONFIG,
  AppConfig,
  CurrentPrincipal,
  Principal,
  PublicRoute,
  ZodValidationPipe,
} from '@rapport/api-core';
import {
  ChangePasswordRequest,
  changePasswordSchema,
  LoginRequest,
  loginRequestSchema,
  LoginResponseDto,
  SessionUserDto,
} from '@rapport/contracts';
import { PasswordChangeService } from './password-change.service';
import { toSessionUserDto } from './principals';
import { LoginRateLimit } from './rate-limits';
import type { AuthenticatedRequest } from './request-authenticator';
import { AllowedBeforePasswordChange, SelfService } from './self-service.decorator';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { SignInService } from './sign-in.service';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly users: UsersService,
    private readonly passwords: PasswordChangeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @PublicRoute()
  @LoginRateLimit()
  @HttpCode(200)
  @ApiBody({ schema: z.toJSONSchema(loginRequestSchema, { io: 'input' }) as object })
  @ApiOkResponse({
    description:
      'Signed in: sets the httpOnly session cookie and the XSRF-TOKEN cookie. 401 on bad credentials, 423 while locked.',
  })
  async login(
    @Body(new ZodValidationPipe(loginRequestSchema)) body: LoginRequest,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    const { user, session } = await this.signIn.signIn(body, {
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent'] ?? null,
    });
    setSessionCookies(response, request, session, this.config.auth);
    return { user: toSessionUserDto(user), csrfToken: session.csrfToken };
  }

  @Post('logout')
  @Access({ roles: ALL_ROLES })
  @SelfService()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Ends the session and clears its cookies.' })
  async logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.signIn.signOut(request.sessionToken, principal, request.ip ?? null);
    clearSessionCookies(response, request, this.config.auth);
  }

  @Get('me')
  @Access({ roles: ALL_ROLES })
  @AllowedBeforePasswordChange()
  @ApiOkResponse({
    description:
      'The signed-in user: id, email, role, vendorId (partners only), display name, and whether a temporary password must be changed first. 401 without a session.',
  })
  async me(@CurrentPrincipal() principal: Principal): Promise<SessionUserDto> {
    const { id, email, role, vendorId, displayName, passwordChangeRequired } = await this.users.get(principal.id);
    return { id, email, role, vendorId, displayName, passwordChangeRequired };
  }

  @Post('password')
  @Access({ roles: ALL_ROLES })
  @SelfService()
  @AllowedBeforePasswordChange()
  @LoginRateLimit()
  @HttpCode(204)
  @ApiBody({ schema: z.toJSONSchema(changePasswordSchema, { io: 'input' }) as object })
  @ApiNoContentResponse({
    description:
      'Changes the signed-in user’s own password: the current one is required, the new one follows the password policy (400 weak_password), other sessions end. 400 invalid_current_password; 423 once wrong current passwords lock the account.',
  })
  changePassword(
    @Body(new ZodValidationPipe(changePasswordSchema)) body: ChangePasswordRequest,
    @Req() request: AuthenticatedRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.passwords.change(principal, request.sessionToken, body, request.ip ?? null);
  }
}
