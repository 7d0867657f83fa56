import { randomUUID } from 'node:crypto';
import { unstorableFileNameMessage, unstorableTextMessage } from '@childfirst/domain/text';
import { accessTokenFor } from '@childfirst/testing/demo-sign-in';
import { getServiceAccountToken } from '@childfirst/testing/keycloak-login';
import { stack } from '@childfirst/testing/stack-environment';

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema | boolean; allOf?: Schema[]; anyOf?: Schema[]; oneOf?: Schema[] };
interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const NUL = '\u0000';
const LONE_SURROGATE = '\ud83d';

/** A value of the schema with `text` in every string (enumerations and formats included), every property present. */
function sample(schema: Schema | undefined, document: OpenApiDocument, text: string, depth = 0): unknown {
  if (!schema || depth > 12) return text;
  if (schema.$ref) return sample(document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''], document, text, depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => sample(part, document, text, depth + 1)));
  const options = schema.oneOf ?? schema.anyOf;
  if (options) return sample(options.find((option) => option.type !== 'null') ?? options[0], document, text, depth + 1);
  switch (schema.type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sample(property, document, text, depth + 1)]);
      if (properties.length === 0 && typeof schema.additionalProperties === 'object') properties.push(['key', sample(schema.additionalProperties, document, text, depth + 1)]);
      return Object.fromEntries(properties);
    }
    case 'array':
      return [sample(schema.items, document, text, depth + 1)];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return text;
  }
}

const holdsText = (value: unknown): boolean => typeof value === 'string' || (typeof value === 'object' && value !== null && Object.values(value).some(holdsText));

interface Probe {
  route: string;
  what: string;
  path: string;
  query?: string;
  body?: string | FormData;
  json?: boolean;
  /** The error a 400 must carry: this message, at this path (a body's: at any); none, for a 400 alone. */
  expected: { path?: string; message?: string };
}

/** The probes of one operation: unstorable text in each body (every string field at once), each query parameter and each path parameter. */
function probesOf(route: string, method: string, operation: Operation, document: OpenApiDocument): Probe[] {
  const parameters = operation.parameters ?? [];
  const fillPath = (route: string, bad?: string) => route.replace(/\{(\w+)\}/g, (_, name: string) => (name === bad ? 'x%00' : randomUUID()));
  const probes: Probe[] = [];
  const json = operation.requestBody?.content['application/json'];
  if (json && method !== 'get') {
    for (const [what, text] of [
      ['NUL in every string of the body', `x${NUL}`],
      ['a lone surrogate in every string of the body', `x${LONE_SURROGATE}`],
    ] as const) {
      const body = sample(json.schema, document, text);
      // A body of numbers and booleans only ({ version: 1 }) gets a field of text it does not know: it must be refused too.
      const withText = holdsText(body) ? body : { ...(body as object), note: text };
      probes.push({ route, what, path: fillPath(route), body: JSON.stringify(withText), json: true, expected: { message: unstorableTextMessage } });
    }
  }
  if (operation.requestBody?.content['multipart/form-data']) {
    // A multipart header is UTF-8: a lone surrogate cannot be sent in a file name, only bytes that decode as U+FFFD.
    const form = new FormData();
    form.append('file', new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), `letter${NUL}.pdf`);
    probes.push({ route, what: 'NUL in the file name', path: fillPath(route), body: form, expected: { path: 'file', message: unstorableFileNameMessage } });
  }
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    probes.push({ route, what: `NUL in the query parameter ${parameter.name}`, path: fillPath(route), query: `?${parameter.name}=x%00`, expected: { path: parameter.name, message: unstorableTextMessage } });
  }
  for (const parameter of parameters.filter((p) => p.in === 'path')) {
    // Nest checks each argument on its own and answers with the first problem, which may be the body's: a route with a body
    // is sent one of storable text, and must then answer 400 for one or the other.
    const body = json ? JSON.stringify(sample(json.schema, document, 'x')) : undefined;
    const expected = json ? {} : { path: parameter.name, message: unstorableTextMessage };
    probes.push({ route, what: `NUL in the path parameter ${parameter.name}`, path: fillPath(route, parameter.name), body, json: !!json, expected });
  }
  return probes;
}

/**
 * A guard for routes to come: every operation of the three OpenAPI documents the running API serves gets unstorable text in
 * every string of its body, in each query parameter and in each path parameter, and must answer 400 with the message at the
 * field, never a 500 and never a success. Each is sent as the first user whose role reaches the route (the check comes after
 * sign-in and the route's capability, as every validation does).
 */
describe('every route refuses text the database cannot store (API e2e)', () => {
  let staffTokens: string[];
  let familyTokens: string[];
  let partnerTokens: string[];

  beforeAll(async () => {
    staffTokens = await Promise.all(
      ['kim.keyworker', 'tara.triage', 'tom.teammanager', 'sam.socialworker', 'eve.education', 'hana.healthvisitor', 'paul.police', 'ada.admin'].map((user) => accessTokenFor(user, 'staff-web')),
    );
    familyTokens = [await accessTokenFor('parent.adams', 'family-portal')];
    partnerTokens = [
      await getServiceAccountToken({ keycloakUrl: stack.keycloakUrl, realm: stack.realm, clientId: 'childfirst-partner-gateway', clientSecret: 'dev-partner-gateway-secret' }),
    ];
  });

  async function send(probe: Probe, method: string, token: string) {
    const response = await fetch(`${stack.apiUrl}${probe.path}${probe.query ?? ''}`, {
      method: method.toUpperCase(),
      headers: {
        authorization: `Bearer ${token}`,
        'idempotency-key': randomUUID(),
        'if-match': '"1"',
        ...(probe.json ? { 'content-type': 'application/json' } : {}),
      },
      body: probe.body,
    });
    const text = await response.text();
    let body: { errors?: { path: string; message: string }[] } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body, text };
  }

  it.each([
    ['staff', () => staffTokens],
    ['family', () => familyTokens],
    ['partner', () => partnerTokens],
  ])('the %s document', async (name, tokens) => {
    const document = (await (await fetch(`${stack.apiUrl}/openapi/${name}.json`)).json()) as OpenApiDocument;
    const failures: string[] = [];
    let probed = 0;
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const probe of probesOf(route, method, operation, document)) {
          probed++;
          let answer: Awaited<ReturnType<typeof send>> | undefined;
          // The first user whose role passes the route's capability check.
          for (const token of tokens()) {
            answer = await send(probe, method, token);
            if (answer.status !== 401 && answer.status !== 403) break;
          }
          const { message, path } = probe.expected;
          const found = message === undefined || answer?.body?.errors?.some((error) => error.message === message && (path === undefined || error.path === path));
          if (answer?.status !== 400 || !found) failures.push(`${method.toUpperCase()} ${route}, ${probe.what}: ${answer?.status} ${answer?.text.slice(0, 300)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probed).toBeGreaterThan(name === 'partner' ? 1 : 10);
  });
});
