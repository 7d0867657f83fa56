import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import { idempotencyKeySchema } from '@childfirst/domain/referrals';

/**
 * The `Idempotency-Key` header, validated with the same schema the front ends use: one value per
 * form, resent on every retry, so a submission is recorded once however often it arrives.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const key = idempotencyKeySchema.safeParse(request.headers['idempotency-key']);
  if (!key.success) throw new ZodValidationException(key.error);
  return key.data;
});

/** Documents the header in OpenAPI. */
export const ApiIdempotencyKey = (what = 'form') =>
  applyDecorators(ApiHeader({ name: 'Idempotency-Key', required: true, description: `One value per ${what}; resend it when retrying so it is recorded once.` }));
