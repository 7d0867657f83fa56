import { connect } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { clientErrorHandler } from './client-error';

/** Sends raw bytes, as any client may, and gives back the whole answer. */
function sendRaw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request, 'latin1'));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { status: number; detail: string; type: string };

describe('clientErrorHandler (what Node’s HTTP parser refuses)', () => {
  let server: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    server = Fastify({ clientErrorHandler });
    server.post('/messages', async () => ({ sent: true }));
    await server.listen({ port: 0, host: '127.0.0.1' });
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => server.close());

  it('answers a control character in an Idempotency-Key header with 400 problem+json saying what to do', async () => {
    for (const character of ['\u0000', '\u0001', '\u001b']) {
      const answer = await sendRaw(port, `POST /messages HTTP/1.1\r\nHost: api\r\nIdempotency-Key: key-${character}-1\r\nContent-Length: 0\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
      expect(problemOf(answer)).toMatchObject({ type: 'urn:childfirst:problem:http-400', status: 400, detail: expect.stringMatching(/^A header of the request has a character that is not allowed/) });
    }
  });

  it('answers a control character in the address the same way', async () => {
    const answer = await sendRaw(port, `POST /mess\u0000ages HTTP/1.1\r\nHost: api\r\nContent-Length: 0\r\n\r\n`);
    expect(problemOf(answer)).toMatchObject({ status: 400, detail: expect.stringMatching(/^The address of the request has a character that is not allowed/) });
  });

  it('leaves a tab and bytes above ASCII in a header to the API’s own checks', async () => {
    const answer = await sendRaw(port, `POST /messages HTTP/1.1\r\nHost: api\r\nIdempotency-Key: key\t\u00ff\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });
});
