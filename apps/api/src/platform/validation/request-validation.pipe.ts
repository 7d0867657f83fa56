import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ZodValidationException, ZodValidationPipe } from 'nestjs-zod';
import { ZodError, type core } from 'zod';
import { findUnstorableText } from '@childfirst/domain/text';

/**
 * The API's one validation pipe. Every body, query string and set of path parameters is first searched for text the database
 * cannot store (libs/domain text: NUL, lone surrogates, control characters), whatever its DTO says and at any depth, so no
 * route can forget it; then it is checked against its DTO's zod schema (nestjs-zod's pipe). Either way a problem is a 400
 * with each field's path and message (problem-details.filter), and nothing reaches a service.
 *
 * Custom parameters are not searched: the signed-in actor and the request context are the API's own, and the
 * Idempotency-Key and If-Match headers are checked by their own schemas (letters, digits and a few marks only).
 */
@Injectable()
export class RequestValidationPipe implements PipeTransform {
  private readonly schemas = new ZodValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // One named part (`@Param('id')`, `@Query('q')`) is reported under its name.
    const unstorable = metadata.type === 'custom' ? [] : findUnstorableText(value).map((place) => ({ ...place, path: metadata.data ? [metadata.data, ...place.path] : place.path }));
    if (unstorable.length === 0) return this.schemas.transform(value, metadata);
    const issues: core.$ZodIssue[] = [...this.schemaIssues(value, metadata)];
    const reported = new Set(issues.map(issueKey));
    for (const place of unstorable) {
      const issue: core.$ZodIssueCustom = { code: 'custom', path: place.path, message: place.message };
      if (!reported.has(issueKey(issue))) issues.push(issue);
    }
    throw new ZodValidationException(new ZodError(issues));
  }

  /** The DTO's own issues with the value, so the answer lists every problem at once (the schema's check finds most unstorable text too). */
  private schemaIssues(value: unknown, metadata: ArgumentMetadata): readonly core.$ZodIssue[] {
    try {
      this.schemas.transform(value, metadata);
      return [];
    } catch (error) {
      if (!(error instanceof ZodValidationException)) throw error;
      const zodError = error.getZodError();
      return zodError instanceof ZodError ? zodError.issues : [];
    }
  }
}

const issueKey = (issue: core.$ZodIssueBase) => JSON.stringify([issue.path.map(String), issue.message]);
