import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '@childfirst/server';

/** Request id, audit purpose (method + route pattern) and the one `now` the whole request uses. */
export const RequestCtx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return {
    requestId: String(request.id),
    purpose: `${request.method} ${request.routeOptions.url ?? request.url}`,
    now: new Date(),
  };
});
