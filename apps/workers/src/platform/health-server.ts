import { createServer, type Server } from 'node:http';

export type ReadinessProbe = () => Promise<Record<string, { status: 'up' | 'down'; error?: string }>>;

/** Liveness and readiness over plain HTTP, for the dev stack and for orchestrators. */
export function startHealthServer(port: number, readiness: ReadinessProbe): Promise<Server> {
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/health/live') return send(200, { status: 'up' });
    if (request.url === '/health/ready') {
      readiness()
        .then((checks) => {
          const up = Object.values(checks).every((check) => check.status === 'up');
          send(up ? 200 : 503, { status: up ? 'up' : 'down', checks });
        })
        .catch((error: unknown) => send(503, { status: 'down', error: String(error) }));
      return;
    }
    send(404, { status: 404, detail: 'There is nothing at this address.' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}
