import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import { ifMatchVersionSchema } from './staff-referrals.schemas';

/** The version the person saw (If-Match: "3"), or null when not sent. */
export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext): number | null => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const version = ifMatchVersionSchema.safeParse(request.headers['if-match']);
  if (!version.success) throw new ZodValidationException(version.error);
  return version.data ?? null;
});

export const ApiIfMatch = () => applyDecorators(ApiHeader({ name: 'If-Match', required: false, description: 'The referral version the person saw, e.g. "3": a change made on a stale view is refused.' }));
