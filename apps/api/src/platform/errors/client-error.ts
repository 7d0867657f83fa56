import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ProblemDetails } from './problem-details.filter';

/** Node's HTTP parser's refusals that say what to change: a character no header or address may hold. */
const UNREADABLE: Record<string, string> = {
  HPE_INVALID_HEADER_TOKEN: 'A header of the request has a character that is not allowed there, such as an invisible control character. Remove it and send the request again.',
  HPE_INVALID_URL: 'The address of the request has a character that is not allowed there, such as an invisible control character. Remove it, or percent-encode it, and send the request again.',
};

/**
 * What Node's HTTP parser refuses before there is a request for Nest to see (an Idempotency-Key header with a control
 * character pasted into it, say) is answered as problem+json like every other error, in place of Fastify's own JSON; timeouts
 * and oversized headers keep their statuses. Fastify's `clientErrorHandler`.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  // The connection is gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const detail =
    status === 408
      ? 'The request took too long to arrive. Send it again.'
      : status === 431
        ? 'The headers of the request are too large.'
        : (UNREADABLE[error.code ?? ''] ?? 'The request could not be read as HTTP. Check it and send it again.');
  const requestId = randomUUID();
  const problem: ProblemDetails = { type: `urn:childfirst:problem:http-${status}`, title: (STATUS_CODES[status] ?? 'Error').toLowerCase(), status, detail, instance: '', requestId };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
