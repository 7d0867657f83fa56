// Tokens from a real Keycloak for tests and tools, obtained the way a browser gets them:
// authorization code + PKCE (S256) through Keycloak's own sign-in page, driven over HTTP with
// Node's fetch (manual redirects and a small cookie jar). No direct access grants needed.
import { createHash, randomBytes } from 'node:crypto';

export interface PasswordSignIn {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  redirectUri: string;
  username: string;
  password: string;
}

export interface SignInTokens {
  accessToken: string;
  refreshToken: string;
  idToken: string;
  expiresIn: number;
}

export interface ServiceAccountCredentials {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

/** Thrown when Keycloak's sign-in page refuses the credentials; `message` carries the page's own error text. */
export class SignInRefusedError extends Error {
  constructor(
    readonly username: string,
    readonly pageMessage: string,
  ) {
    super(`Keycloak refused the sign-in of "${username}": ${pageMessage}`);
    this.name = 'SignInRefusedError';
  }
}

const MAX_REDIRECTS = 10;

const base64url = (buffer: Buffer) => buffer.toString('base64url');

class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', val = ''] = attribute.split('=').map((part) => part.trim());
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(val) < Date.now();
        return false;
      });
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** Decodes the HTML entities Keycloak's templates emit in attributes and text. */
export function decodeHtmlEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return named[entity.toLowerCase()] ?? match;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeHtmlEntities(match[2] ?? match[3] ?? '');
}

function stripTags(html: string): string {
  return decodeHtmlEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

interface LoginForm {
  action: string;
  fields: Record<string, string>;
}

/** Finds the form that has a password field; returns its action and hidden fields. */
function findLoginForm(html: string, pageUrl: string): LoginForm | undefined {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/gi) ?? [];
  for (const form of forms) {
    if (!/name\s*=\s*["']password["']/i.test(form)) continue;
    const openTag = /<form\b[^>]*>/i.exec(form)?.[0] ?? '';
    const action = attribute(openTag, 'action');
    if (!action) continue;
    const fields: Record<string, string> = {};
    for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
      const name = attribute(input, 'name');
      const type = (attribute(input, 'type') ?? 'text').toLowerCase();
      if (name && type === 'hidden') fields[name] = attribute(input, 'value') ?? '';
    }
    return { action: new URL(action, pageUrl).toString(), fields };
  }
  return undefined;
}

/** The error or info message a Keycloak page shows (Childfirst's GOV.UK theme, login v2 and v1 themes), or its title. */
export function keycloakPageMessage(html: string): string {
  const patterns = [
    // Childfirst's theme (tools/keycloak/theme): a field's error message after its hidden "Error:", the error summary, a notification banner.
    /<[^>]*\bclass\s*=\s*["'][^"']*\bgovuk-error-message\b[^"']*["'][^>]*>(?:\s*<span\b[^>]*>[^<]*<\/span>)?([\s\S]*?)<\/p>/gi,
    /<ul\b[^>]*\bgovuk-error-summary__list\b[^>]*>\s*<li>([\s\S]*?)<\/li>/gi,
    /<[^>]*\bclass\s*=\s*["'][^"']*\bgovuk-notification-banner__heading\b[^"']*["'][^>]*>([\s\S]*?)<\/p>/gi,
    /<[^>]*\bid\s*=\s*["']input-error(?:-[a-z]+)?["'][^>]*>([\s\S]*?)<\/[a-z]+>/gi,
    /<[^>]*\bclass\s*=\s*["'][^"']*\bkc-feedback-text\b[^"']*["'][^>]*>([\s\S]*?)<\/[a-z]+>/gi,
    /<[^>]*\bid\s*=\s*["']kc-error-message["'][^>]*>\s*<p\b[^>]*>([\s\S]*?)<\/p>/gi,
    /<[^>]*\bclass\s*=\s*["'][^"']*\b(?:pf-m-danger|alert-error|pf-m-warning|alert-warning)\b[^"']*["'][^>]*>([\s\S]*?)<\/div>/gi,
    /<[^>]*\bid\s*=\s*["']kc-page-title["'][^>]*>([\s\S]*?)<\/[a-z0-9]+>/gi,
    /<title>([\s\S]*?)<\/title>/gi,
  ];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const text = stripTags(match[1] ?? '');
      if (text) return text;
    }
  }
  return stripTags(html).slice(0, 200) || '(empty page)';
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

function tokenError(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: string; error_description?: string };
    return [parsed.error, parsed.error_description].filter(Boolean).join(': ') || `HTTP ${status}`;
  } catch {
    return `HTTP ${status}: ${body.slice(0, 200)}`;
  }
}

/**
 * Signs in through Keycloak's real login page with authorization code + PKCE and returns the
 * tokens. Throws SignInRefusedError (with the page's message, e.g. "The username or password is not
 * right.") when the credentials are refused, and a descriptive Error for anything else.
 */
export async function signInWithPassword(o: PasswordSignIn): Promise<SignInTokens> {
  const oidc = `${o.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(o.realm)}/protocol/openid-connect`;
  const verifier = base64url(randomBytes(32));
  const challenge = base64url(createHash('sha256').update(verifier).digest());
  const state = base64url(randomBytes(16));
  const nonce = base64url(randomBytes(16));
  const jar = new CookieJar();

  const authUrl = new URL(`${oidc}/auth`);
  authUrl.search = new URLSearchParams({
    client_id: o.clientId,
    redirect_uri: o.redirectUri,
    response_type: 'code',
    scope: 'openid',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    nonce,
  }).toString();

  /** Requests `url`, following redirects inside Keycloak; stops at the app's redirect URI. */
  const go = async (url: string, init: RequestInit = {}): Promise<{ url: string; response: Response } | { callback: URL }> => {
    let current = url;
    let request = init;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers = new Headers(request.headers);
      const cookie = jar.header();
      if (cookie) headers.set('cookie', cookie);
      let response: Response;
      try {
        response = await fetch(current, { ...request, headers, redirect: 'manual' });
      } catch (err) {
        throw new Error(`Cannot reach Keycloak at ${new URL(current).origin} (${(err as Error).message}); is it running?`);
      }
      jar.store(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await readText(response);
        const next = new URL(location, current);
        if (next.toString().startsWith(o.redirectUri)) return { callback: next };
        current = next.toString();
        request = {};
        continue;
      }
      return { url: current, response };
    }
    throw new Error(`Too many redirects while signing in to Keycloak (last: ${current}).`);
  };

  const loginPage = await go(authUrl.toString());
  if ('callback' in loginPage) {
    return exchange(loginPage.callback);
  }
  const loginHtml = await readText(loginPage.response);
  const form = findLoginForm(loginHtml, loginPage.url);
  if (!loginPage.response.ok || !form) {
    throw new Error(
      `Keycloak did not show a sign-in form for client "${o.clientId}" in realm "${o.realm}" ` +
        `(HTTP ${loginPage.response.status}: ${keycloakPageMessage(loginHtml)}). ` +
        `Check the realm, client id and that ${o.redirectUri} is an allowed redirect URI.`,
    );
  }

  const body = new URLSearchParams({ ...form.fields, username: o.username, password: o.password });
  if (!('credentialId' in form.fields)) body.set('credentialId', '');
  const afterPost = await go(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  if ('callback' in afterPost) return exchange(afterPost.callback);

  const html = await readText(afterPost.response);
  const message = keycloakPageMessage(html);
  if (findLoginForm(html, afterPost.url)) throw new SignInRefusedError(o.username, message);
  throw new Error(
    `Signing in as "${o.username}" did not complete: Keycloak showed "${message}" ` +
      `(HTTP ${afterPost.response.status}; a required action such as email verification or a password update may be pending).`,
  );

  async function exchange(callback: URL): Promise<SignInTokens> {
    const error = callback.searchParams.get('error');
    if (error) {
      throw new Error(`Keycloak returned ${error} to ${o.redirectUri}: ${callback.searchParams.get('error_description') ?? ''}`.trim());
    }
    if (callback.searchParams.get('state') !== state) throw new Error('Keycloak returned a different OAuth state than the one sent.');
    const code = callback.searchParams.get('code');
    if (!code) throw new Error(`Keycloak redirected to ${callback.origin}${callback.pathname} without an authorization code.`);

    const response = await fetch(`${oidc}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: o.redirectUri,
        client_id: o.clientId,
        code_verifier: verifier,
      }).toString(),
    });
    const text = await readText(response);
    if (!response.ok) throw new Error(`Exchanging the authorization code for "${o.username}" failed: ${tokenError(response.status, text)}`);
    const tokens = JSON.parse(text) as { access_token: string; refresh_token: string; id_token: string; expires_in: number };
    return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, idToken: tokens.id_token, expiresIn: tokens.expires_in };
  }
}

/** Client-credentials grant for a confidential client with a service account; returns the access token. */
export async function getServiceAccountToken(o: ServiceAccountCredentials): Promise<string> {
  const url = `${o.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(o.realm)}/protocol/openid-connect/token`;
  const basic = Buffer.from(`${encodeURIComponent(o.clientId)}:${encodeURIComponent(o.clientSecret)}`).toString('base64');
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
  } catch (err) {
    throw new Error(`Cannot reach Keycloak at ${new URL(url).origin} (${(err as Error).message}); is it running?`);
  }
  const text = await readText(response);
  if (!response.ok) throw new Error(`Keycloak refused a service-account token for client "${o.clientId}": ${tokenError(response.status, text)}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}
