/** One entry of `errors` in an `application/problem+json` body: which field, and what to tell the person. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the Childfirst API sends them. */
export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
  /** RFC 9457 extension members (e.g. `duplicates` on a possible-duplicate problem): kept as sent, validated by whoever reads them. */
  extensions?: Record<string, unknown>;
}

/** Said when the API gives no title, or the request never reached it (status 0). */
const titlesByStatus: Record<number, string> = {
  0: 'Sorry, we could not reach the service. Check your connection and try again',
  400: 'There is a problem with what was sent',
  401: 'You need to sign in again',
  403: 'You do not have permission to do this',
  404: 'Page not found',
  409: 'This has changed since you opened it',
  422: 'There is a problem with what was sent',
  429: 'Too many requests. Wait a minute and try again',
};
const serviceProblemTitle = 'Sorry, there is a problem with the service. Try again later';

export function titleForStatus(status: number): string {
  return titlesByStatus[status] ?? serviceProblemTitle;
}

/**
 * Field paths arrive as the API's validator wrote them ("whatIsHappening", "body.contactPhone",
 * "/contactPhone", "items[0].name"); forms key their errors by the dotted field path.
 */
export function normaliseFieldPath(path: string): string {
  return path
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^body\./, '');
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  /** The first message for each field, keyed by dotted path. Empty when the problem is not about fields. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      const path = normaliseFieldPath(error.path);
      byField[path] ??= error.message;
    }
    return byField;
  }

  get hasFieldErrors(): boolean {
    return (this.problem.errors?.length ?? 0) > 0;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrorsFrom(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors = value.filter(
    (entry): entry is ProblemFieldError => isRecord(entry) && typeof entry.path === 'string' && typeof entry.message === 'string',
  );
  return errors.length > 0 ? errors : undefined;
}

/**
 * Turns an error response into an ApiError. Bodies that are not problem details (a proxy's HTML
 * error page, an empty 502) still give a title a person can understand.
 */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  return new ApiError(problemFromBody(response.status, body));
}

/** A request that never got a response: offline, DNS, CORS refusal. */
export function unreachableServiceError(): ApiError {
  return new ApiError({ status: 0, title: titleForStatus(0) });
}

/**
 * For react-query's `retry`: try again up to twice when the service could not be reached or
 * failed (status 0 or 5xx); never when the request itself was refused (4xx), as it would fail again.
 */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** Problem details from a response body of any shape: the known members checked, extensions kept as sent. */
export function problemFromBody(status: number, body: unknown): ProblemDetails {
  const problem: ProblemDetails = { status, title: titleForStatus(status) };
  if (isRecord(body)) {
    if (typeof body.title === 'string' && body.title) problem.title = body.title;
    if (typeof body.type === 'string') problem.type = body.type;
    if (typeof body.detail === 'string' && body.detail) problem.detail = body.detail;
    const errors = fieldErrorsFrom(body.errors);
    if (errors) problem.errors = errors;
    const { type: _type, title: _title, status: _status, detail: _detail, errors: _errors, instance: _instance, ...extensions } = body;
    if (Object.keys(extensions).length > 0) problem.extensions = extensions;
  }
  return problem;
}
