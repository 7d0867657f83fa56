import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasCapability } from '@childfirst/domain/access';
import { DomainError } from '@childfirst/domain/errors';
import { capabilityDescriptions } from './capability-descriptions';
import { PUBLIC_ROUTE, REQUIRED_CAPABILITY, type AuthenticatedRequest } from './access.decorators';
import { InvalidTokenError, TokenVerifier } from './token-verifier';
import type { Capability } from '@childfirst/domain/access';

/** Global guard: a verified bearer token on every non-public route, then the route's capability. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new UnauthorizedException('Sign in to use this service.');
    try {
      request.actor = await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException(`${error.message} Sign in again.`);
      throw error;
    }

    const capability = this.reflector.getAllAndOverride<Capability | undefined>(REQUIRED_CAPABILITY, targets);
    if (capability && !hasCapability(request.actor.roles, capability)) {
      throw new DomainError('CAPABILITY_MISSING', `Your role does not allow you to ${capabilityDescriptions[capability]}.`);
    }
    return true;
  }
}
