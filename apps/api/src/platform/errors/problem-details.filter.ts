import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { isDomainError } from '@childfirst/domain/errors';
import { domainErrorStatus } from './domain-error-status';

export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details, with field errors for forms and the request id for support. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.code === 'unrecognized_keys' ? `Remove the field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: it is not part of this form` : issue.message,
  }));
}

/** The one place errors become HTTP: domain codes, validation, framework errors, and the unexpected. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500) this.logger.error({ err: exception, requestId: request.id }, problem.detail);
    void reply.status(problem.status).header('content-type', 'application/problem+json').send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    const base = { instance: request.url, requestId: String(request.id) };
    if (isDomainError(exception)) {
      const { status, title } = domainErrorStatus[exception.code];
      return { ...exception.extensions, type: `urn:childfirst:problem:${exception.code.toLowerCase().replaceAll('_', '-')}`, title, status, detail: exception.message, ...base };
    }
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      const errors = zodError instanceof ZodError ? fieldErrors(zodError) : [];
      return {
        type: 'urn:childfirst:problem:validation',
        title: 'There is a problem with what was sent',
        status: HttpStatus.BAD_REQUEST,
        // Each message once: many fields with the same problem (invisible characters, say) are one thing to fix.
        detail: [...new Set(errors.map((e) => e.message))].join('. ') || 'The request is not valid.',
        errors,
        ...base,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : (response as { message?: string | string[] }).message;
      const detail = Array.isArray(message) ? message.join('. ') : (message ?? exception.message);
      return { type: `urn:childfirst:problem:http-${status}`, title: HttpStatus[status]?.toLowerCase().replaceAll('_', ' ') ?? 'Error', status, detail: friendlyFrameworkMessage(status, detail), ...base };
    }
    return {
      type: 'urn:childfirst:problem:internal',
      title: 'Something went wrong',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `Something went wrong on our side and nothing was saved. Try again; if it keeps happening, give support this reference: ${String(request.id)}.`,
      ...base,
    };
  }
}

/** Fastify's own messages ("Body cannot be empty when content-type is set to 'application/json'") are for developers. */
function friendlyFrameworkMessage(status: number, detail: string): string {
  if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE)/.test(detail)) return 'There is nothing at this address.';
  if (status === 400 && /JSON|body/i.test(detail)) return 'The request body must be valid JSON.';
  if (status === 415) return 'Send the request body as JSON (Content-Type: application/json).';
  if (status === 429) return 'Too many requests have been sent from here. Wait a few minutes and try again; if a child is in immediate danger, call 999.';
  return detail;
}
