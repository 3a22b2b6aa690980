import { CanActivate, ExecutionContext, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy, DomainError } from '@rapport/api-core';
import { decideAccess, MUTATING_METHODS, namesOtherVendor } from './access-decision';
import { AuthenticatedRequest, RequestAuthenticator } from './request-authenticator';
import { CSRF_HEADER } from './session-cookies';
import { sameDigest, sha256 } from './secrets';
import { BEFORE_PASSWORD_CHANGE, SELF_SERVICE } from './self-service.decorator';

/**
 * The one place where access is decided, for every route of the API (registered globally):
 * 1. a route without an `@Access` policy is refused, so forgetting one cannot expose data;
 * 2. the caller is authenticated (API key or session cookie) and attached as `request.principal`;
 * 3. the role rule of `decideAccess` applies, then CSRF for cookie sessions on state-changing requests, then a
 *    user who must replace a temporary password reaches only the routes marked `@AllowedBeforePasswordChange()`;
 * 4. a vendor-scoped caller naming another vendor (`:vendorId` or `?vendorId=`) gets 404.
 * Lists and aggregates are then filtered in SQL by the services with the principal's vendor scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!policy) {
      this.logger.error({
        msg: 'route has no access policy and was refused',
        method: request.method,
        path: request.path,
      });
      throw forbidden();
    }

    const authentication = await this.authenticator.authenticate(request);
    if (authentication) {
      request.principal = authentication.principal;
      request.csrfHash = authentication.csrfHash;
      request.sessionToken = authentication.sessionToken;
    }
    if (policy.roles === 'public') {
      return true;
    }
    if (!authentication) {
      throw new UnauthorizedException('Sign in to continue');
    }

    const principal = authentication.principal;
    const selfService = this.reflector.getAllAndOverride<boolean | undefined>(SELF_SERVICE, targets) === true;
    if (decideAccess(policy, principal, { method: request.method, selfService }) === 'deny') {
      throw forbidden();
    }
    if (
      authentication.csrfHash &&
      MUTATING_METHODS.has(request.method) &&
      !csrfMatches(request, authentication.csrfHash)
    ) {
      throw new DomainError(
        403,
        'csrf_failed',
        'The request lacks a valid X-XSRF-TOKEN header; reload the page and try again',
      );
    }
    if (
      authentication.passwordChangeRequired &&
      this.reflector.getAllAndOverride<boolean | undefined>(BEFORE_PASSWORD_CHANGE, targets) !== true
    ) {
      throw new DomainError(
        403,
        'password_change_required',
        'Choose a new password first: your current one was given to you by an administrator',
      );
    }
    if (
      namesOtherVendor(principal, request.params?.['vendorId']) ||
      namesOtherVendor(principal, request.query?.['vendorId'])
    ) {
      throw DomainError.notFound('Vendor');
    }
    return true;
  }
}

function forbidden(): DomainError {
  return new DomainError(403, 'forbidden', 'You do not have access to this');
}

function csrfMatches(request: AuthenticatedRequest, expectedHash: string): boolean {
  const header = request.headers[CSRF_HEADER];
  return (
    typeof header === 'string' && header.length > 0 && header.length <= 200 && sameDigest(sha256(header), expectedHash)
  );
}
