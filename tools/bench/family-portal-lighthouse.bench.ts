// Lighthouse on the family portal: its home page as a signed-in parent sees it ("/": the key worker
// and what is happening now) and the pages that need no sign-in (/start and /report-a-concern). The
// portal is built with Vite into a temporary folder, served by a small static server in this
// process (gzip, as a production web server would), and measured with Lighthouse's default mobile
// profile (Moto G Power screen, simulated slow 4G and 4× CPU slowdown) in Debian's Chromium, three
// runs a page, reporting the median. Also: the gzipped JavaScript and CSS the built entry makes every
// visitor download first, against the portal's budgets.
//
// The public pages are measured first, before any stack of the benchmark's own. The signed-in home then needs the
// platform: a fresh test-profile stack (tools/stack: PostgreSQL, Temporal, Keycloak, mail, the API
// with the demo seed; not the Vite dev servers) on the test ports, and a second build pointed at it,
// served on the family portal's test port (the address the realm and the API's CORS allow). For each
// run a fresh Chromium signs in on Keycloak's page (playwright-core over the remote debugging port,
// the browser tests' sign-in), then Lighthouse measures "/" in that browser: keycloak-js finds no
// token and asks Keycloak in a hidden iframe (check-sso, public/silent-check-sso.html), which answers
// from the session cookie without the page leaving the portal, and the home loads. The run fails unless Lighthouse ended on the portal's "/" showing the key worker.
// BENCH_LIGHTHOUSE_SIGNED_IN=0 skips the signed-in home (no stack).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromiumArgs, chromiumPath, signIn } from '@childfirst/testing/browser-sign-in';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { Audit, Gatherer } from 'lighthouse';
import type * as LH from 'lighthouse/types/lh.js';
import { chromium } from 'playwright-core';
import { viteEnvironment } from '../stack/app-environment';
import { repoPath } from '../stack/paths';
import { appUrls, PORTS } from '../stack/profiles';
import { provision, provisionPlan } from '../stack/provision';
import { prepareProfile, startStack } from '../stack/stack';
import { runSupervised } from '../stack/supervised-command';
import { warn } from '../stack/terminal';
import { count, type Benchmark, type BenchResult } from './benchmark';

interface PortalPage {
  path: string;
  what: string;
  /** Measured signed in, against the test stack. */
  signedIn?: boolean;
}

const HOME: PortalPage = {
  path: '/',
  what: 'Home page of a signed-in parent (the demo user parent.adams): the key worker and what is happening now, with the Keycloak session checked in a hidden iframe (check-sso)',
  signedIn: true,
};
const PUBLIC_PAGES: PortalPage[] = [
  { path: '/start', what: 'Start page (ask for help, report a concern, sign in)' },
  { path: '/report-a-concern', what: 'Report a concern without an account (the public form; its code loads when opened)' },
];
/**
 * The demo parent linked to the Adams family by the demo seed, as in the browser journey test. (daniel.adams
 * is registered in the realm but not linked to a family until a key worker invites him: his "/" is the
 * page for entering an invitation code, not the home.)
 */
const HOME_USER = 'parent.adams';
/** What the signed-in home shows and the Keycloak sign-in page does not (apps/family-portal/src/locales/en/home.json). */
const HOME_HEADING = 'Your family’s support';
const KEY_WORKER_HEADING = 'Your key worker';
const MEASURE_SIGNED_IN = process.env.BENCH_LIGHTHOUSE_SIGNED_IN !== '0';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** A folder to keep every run's Lighthouse report (JSON) in, for a closer look; none by default. */
const REPORTS_DIR = process.env.BENCH_LIGHTHOUSE_REPORTS;
const CHROMIUM = chromiumPath;
const CHROME_FLAGS = chromiumArgs;
const CATEGORIES = ['performance', 'accessibility'] as const;
const GOALS = { performance: 90, accessibility: 100 } as const;
/** The portal's budgets for what every visitor downloads first (apps/family-portal/vite.config.ts), gzipped; 1 KB = 1,000 bytes, as Vite reports. */
const BUDGETS = { js: 100_000, css: 30_000 } as const;
const PORTAL = 'apps/family-portal';
/** Nothing the measured pages do may reach a running stack's API or Keycloak: the build points them at a closed port. */
const UNREACHABLE = 'http://127.0.0.1:9';

const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 's' },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 's' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
  { id: 'speed-index', label: 'Speed Index', unit: 's' },
] as const;
type MetricId = (typeof METRICS)[number]['id'];

interface RunFigures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<MetricId, number>;
  /** Bytes on the wire (gzipped, with headers) of every script the page loaded. */
  jsTransfer: number;
  cssTransfer: number;
  scripts: string[];
  failedAccessibilityAudits: string[];
  /** The elements that moved, with their share of the layout shift score. */
  layoutShifts: { selector: string; score: number }[];
  warnings: string[];
  /** The requests to Keycloak during the measured load (path and status), for the signed-in home. */
  keycloakRequests: string[];
  /** For the signed-in home: when things happened, observed without throttling (ms after the navigation started). */
  timeline?: SignedInTimeline;
}

interface SignedInTimeline {
  /** The portal's hidden iframe asked Keycloak's authorisation endpoint for the session. */
  toKeycloakMs: number;
  /** Keycloak's answer reached the portal: the iframe requested silent-check-sso.html. */
  backMs: number;
  /** The API's answer for the home (GET /family/home) had arrived. */
  homeDataMs: number;
  /** The paint Lighthouse took as the largest contentful paint, and the element it found for it on the final page, if any. */
  lcpMs: number;
  lcpElement?: string;
  /** Lighthouse's estimate of what the redirects cost on the simulated phone and network (its "Avoid multiple page redirects" audit). */
  redirectCostMs: number;
}

interface Environment {
  lighthouseVersion: string;
  userAgent: string;
  benchmarkIndex: number | undefined;
  settings: string;
}

interface LayoutShiftItem {
  node?: { selector?: string };
  score?: number;
}

interface NetworkRequestItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
  statusCode?: number;
  rendererStartTime?: number;
  networkEndTime?: number;
}

/** When the Keycloak round trip and the home's data happened in the measured load, from Lighthouse's records. */
function signedInTimeline(lhr: LH.Result, requests: NetworkRequestItem[], portalOrigin: string, keycloakOrigin: string): SignedInTimeline {
  const silentCheck = requests.find((item) => item.url.startsWith(`${portalOrigin}/silent-check-sso.html`));
  const authorise = requests.find((item) => item.url.startsWith(`${keycloakOrigin}/`) && new URL(item.url).pathname.endsWith('/protocol/openid-connect/auth'));
  const home = requests.find((item) => item.resourceType === 'Fetch' && new URL(item.url).pathname === '/family/home');
  const observed = (lhr.audits.metrics?.details as { items?: { observedLargestContentfulPaint?: number }[] } | undefined)?.items?.[0];
  const missing = [!authorise && 'request to Keycloak for the session', !silentCheck && 'answer from Keycloak (silent-check-sso.html)', !home && 'GET /family/home'].filter(Boolean);
  if (missing.length > 0) throw new Error(`the signed-in load did not go as expected: Lighthouse saw no ${missing.join(', no ')}`);
  return {
    toKeycloakMs: authorise?.rendererStartTime ?? Number.NaN,
    backMs: silentCheck?.rendererStartTime ?? Number.NaN,
    homeDataMs: home?.networkEndTime ?? Number.NaN,
    lcpMs: observed?.observedLargestContentfulPaint ?? Number.NaN,
    lcpElement: (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { nodeLabel?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node?.nodeLabel,
    redirectCostMs: (lhr.audits.redirects?.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs ?? 0,
  };
}

/** What the measured page showed when Lighthouse had finished loading it (read by the gatherer below). */
interface SignedInHomeFacts {
  url: string;
  title: string;
  headings: string[];
  /** Whether Keycloak's sign-in form (a password field) is on the page. */
  passwordField: boolean;
}

const SIGNED_IN_ARTIFACT = 'ChildfirstSignedInHome';
const SIGNED_IN_AUDIT = 'childfirst-signed-in-home';

/**
 * Reads the measured page's address and headings once Lighthouse has loaded it (after its trace has
 * ended: it does not wait, so a key worker section that appeared later was not part of the load).
 */
class SignedInHomeGatherer extends Gatherer {
  override meta: LH.Gatherer.GathererMeta = { supportedModes: ['navigation'] };

  override getArtifact(context: LH.Gatherer.Context): LH.Gatherer.PhaseResult {
    // A string, so that the compiler leaves the code the page runs alone.
    const facts: Promise<unknown> = context.page.evaluate(`({
      url: location.href,
      title: document.title,
      headings: Array.from(document.querySelectorAll('main h1, main h2')).map((h) => (h.textContent || '').trim()),
      passwordField: document.querySelector('input[type="password"]') !== null,
    })`);
    return facts as never;
  }
}

/** Lighthouse keeps only the artifacts an audit needs, so this audit carries the gatherer's facts into the run. */
class SignedInHomeAudit extends Audit {
  static override get meta(): LH.Audit.Meta {
    return {
      id: SIGNED_IN_AUDIT,
      title: 'The page measured is the signed-in home',
      failureTitle: 'The page measured is not the signed-in home',
      description: 'Childfirst benchmark check: the page shows the key worker section, not the Keycloak sign-in page.',
      requiredArtifacts: [SIGNED_IN_ARTIFACT as keyof LH.Artifacts],
      scoreDisplayMode: 'binary',
    };
  }

  static override audit(artifacts: LH.Artifacts): LH.Audit.Product {
    const facts = (artifacts as unknown as Record<string, SignedInHomeFacts>)[SIGNED_IN_ARTIFACT];
    const ok = facts !== undefined && !facts.passwordField && facts.headings.includes(KEY_WORKER_HEADING);
    return { score: ok ? 1 : 0, details: { type: 'debugdata', ...facts } };
  }
}

/** The default configuration, plus the check that the page measured is the signed-in home. */
const SIGNED_IN_CONFIG: LH.Config = {
  extends: 'lighthouse:default',
  artifacts: [{ id: SIGNED_IN_ARTIFACT, gatherer: { instance: new SignedInHomeGatherer() } }],
  audits: [{ implementation: SignedInHomeAudit }],
};

/** Who signs in, and where: the browser gets a Keycloak session before Lighthouse opens the page. */
interface SignInAs {
  appUrl: string;
  username: string;
}

/**
 * Signs in on Keycloak's page in the Chromium that Lighthouse will then measure (playwright-core
 * over its remote debugging port, the default browser context so the session cookie stays), waits
 * for the home's key worker section, and leaves the browser running with only its Keycloak session.
 */
async function signInThroughKeycloak(port: number, as: SignInAs): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('the Chromium for the signed-in run has no default browser context');
    const page = await context.newPage();
    await signIn(page, as.appUrl, as.username);
    try {
      await page.getByRole('heading', { level: 2, name: KEY_WORKER_HEADING }).waitFor({ timeout: 30_000 });
    } catch {
      const headings = await page.locator('main h1, main h2').allTextContents();
      throw new Error(`${as.username} signed in, but ${page.url()} shows no "${KEY_WORKER_HEADING}" section (headings: ${JSON.stringify(headings)}): is the account linked to a family in the demo seed?`);
    }
    await page.close();
  } finally {
    // A browser reached over CDP is only disconnected from, not closed.
    await browser.close();
  }
}

/** Fails loudly unless Lighthouse ended on the portal's "/" showing the home and its key worker section. */
function checkSignedInHome(url: string, lhr: LH.Result, artifacts: LH.Artifacts): void {
  const facts = (artifacts as unknown as Record<string, SignedInHomeFacts | undefined>)[SIGNED_IN_ARTIFACT];
  const expected = new URL(url);
  const final = new URL(lhr.finalDisplayedUrl);
  const problems: string[] = [];
  if (final.origin !== expected.origin || final.pathname !== expected.pathname) problems.push(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
  if (!facts) problems.push(`the page check gave no result (${lhr.audits[SIGNED_IN_AUDIT]?.errorMessage ?? 'no audit'})`);
  else {
    if (facts.passwordField) problems.push(`the page has a password field (a sign-in page: "${facts.title}" at ${facts.url})`);
    if (!facts.headings.includes(HOME_HEADING)) problems.push(`no "${HOME_HEADING}" heading`);
    if (!facts.headings.includes(KEY_WORKER_HEADING)) problems.push(`no "${KEY_WORKER_HEADING}" section`);
  }
  if (problems.length > 0) {
    throw new Error(
      `the page Lighthouse measured is not the signed-in home, so its figures would not be the home's: ${problems.join('; ')}. ` +
        `Headings seen: ${facts ? JSON.stringify(facts.headings) : 'none'}.`,
    );
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function formatMetric(id: MetricId, value: number): string {
  const metric = METRICS.find((m) => m.id === id);
  if (metric?.unit === 's') return `${(value / 1000).toFixed(2)} s`;
  if (metric?.unit === 'ms') return `${Math.round(value)} ms`;
  return value.toFixed(3);
}

/** Runs a command to completion, keeping its output for the error if it fails. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

/**
 * `npx vite build` of the family portal, written to `outDir` so the app's own dist is left alone. By
 * default the build points at a closed port for the API and Keycloak; `viteEnv` points it at a stack.
 */
async function buildPortal(outDir: string, viteEnv: Record<string, string> = { VITE_API_URL: UNREACHABLE, VITE_KEYCLOAK_URL: UNREACHABLE }): Promise<number> {
  const startedAt = performance.now();
  const env = { ...process.env, ...viteEnv, NODE_ENV: 'production' };
  await run('npx', ['--no-install', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: repoPath(PORTAL), env });
  return performance.now() - startedAt;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | null;
  contentType: string;
  immutable: boolean;
}

/** Every built file read (and gzipped, at zlib's default level) once, so serving costs the measurement nothing. */
function loadFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const extension = path.extname(entry.name);
      const body = fs.readFileSync(full);
      const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`;
      files.set(urlPath, {
        body,
        gzipped: COMPRESSIBLE.has(extension) ? zlib.gzipSync(body) : null,
        contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
        immutable: urlPath.startsWith('/assets/'),
      });
    }
  };
  walk(root);
  return files;
}

/**
 * The built portal as a production host would serve it: hashed assets cached for a year, gzip when
 * the browser accepts it, and index.html for every address that is not a file (the app's routes).
 */
async function serve(root: string, at: { host: string; port: number } = { host: '127.0.0.1', port: 0 }): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = loadFiles(root);
  const index = files.get('/index.html');
  if (!index) throw new Error(`the build wrote no index.html in ${root}`);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = files.get(decodeURIComponent(url.pathname)) ?? (path.extname(url.pathname) === '' ? index : undefined);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const gzip = file.gzipped !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? (file.gzipped as Buffer) : file.body;
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': body.length,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(file.gzipped !== null ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port, at.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${at.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the built index.html makes every visitor download before anything else: the entry, its preloaded imports, its style sheets. */
function entryWeight(root: string): { js: { file: string; gzipped: number }[]; css: { file: string; gzipped: number }[] } {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type\s*=\s*"module"/.test(tag)) {
      const src = attribute(tag, 'src');
      if (src) js.add(src);
    } else if (tag.startsWith('<link')) {
      const rel = attribute(tag, 'rel');
      const href = attribute(tag, 'href');
      if (href && rel === 'modulepreload') js.add(href);
      if (href && rel === 'stylesheet') css.add(href);
    }
  }
  const weigh = (files: Set<string>) =>
    [...files].map((file) => ({ file: file.replace(/^\//, ''), gzipped: zlib.gzipSync(fs.readFileSync(path.join(root, file.replace(/^\//, '')))).length }));
  return { js: weigh(js), css: weigh(css) };
}

function settingsOf(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']): string {
  const { formFactor, throttlingMethod, throttling, screenEmulation } = lhr.configSettings;
  return (
    `form factor ${formFactor}, ${screenEmulation.width}×${screenEmulation.height} at ${screenEmulation.deviceScaleFactor}×, ` +
    `throttling ${throttlingMethod} (RTT ${throttling.rttMs} ms, ${((throttling.throughputKbps ?? 0) / 1024).toFixed(1)} Mbit/s down, CPU slowdown ${throttling.cpuSlowdownMultiplier}×)`
  );
}

/** One Lighthouse run in a fresh Chromium and profile; with `as`, that browser signs in on Keycloak first. */
async function measure(url: string, as?: SignInAs, keycloakUrl?: string): Promise<{ figures: RunFigures; environment: Environment }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    if (as) await signInThroughKeycloak(chrome.port, as);
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES], ...(as ? { onlyAudits: [SIGNED_IN_AUDIT] } : {}) },
      as ? SIGNED_IN_CONFIG : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (REPORTS_DIR) {
      fs.mkdirSync(REPORTS_DIR, { recursive: true });
      const name = `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
      fs.writeFileSync(path.join(REPORTS_DIR, name), typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (as) checkSignedInHome(url, lhr, result.artifacts);
    const allRequests = (lhr.audits['network-requests']?.details as { items?: NetworkRequestItem[] } | undefined)?.items ?? [];
    const keycloakRequests = keycloakUrl
      ? allRequests.filter((item) => item.url.startsWith(new URL(keycloakUrl).origin)).map((item) => `${new URL(item.url).pathname.replace(/^.*\/protocol\/openid-connect\//, '')} ${item.statusCode ?? '?'}`)
      : [];
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => {
        const score = lhr.categories[category]?.score;
        if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${category} score for ${url}`);
        return [category, Math.round(score * 100)];
      }),
    ) as RunFigures['scores'];
    const metrics = Object.fromEntries(METRICS.map(({ id }) => [id, lhr.audits[id]?.numericValue ?? Number.NaN])) as RunFigures['metrics'];
    const requests = allRequests.filter((item) => item.url.startsWith(new URL(url).origin));
    const timeline = as && keycloakUrl ? signedInTimeline(lhr, allRequests, new URL(url).origin, new URL(keycloakUrl).origin) : undefined;
    const ofType = (type: string) => requests.filter((item) => item.resourceType === type);
    const accessibilityAudits = lhr.categories.accessibility?.auditRefs ?? [];
    const failedAccessibilityAudits = accessibilityAudits
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
      .map((audit) => {
        // Which elements fail, so the report says where to look.
        const nodes = ((audit?.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []).flatMap((item) => (item.node?.selector ? [item.node.selector] : []));
        const where = nodes.length > 0 ? ` (${nodes.slice(0, 3).map((selector) => `\`${selector}\``).join(', ')}${nodes.length > 3 ? ` and ${nodes.length - 3} more` : ''})` : '';
        return `${audit?.id}: ${audit?.title.replace(/\.$/, '')}${where}`;
      });
    return {
      figures: {
        scores,
        metrics,
        jsTransfer: ofType('Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
        cssTransfer: ofType('Stylesheet').reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
        scripts: ofType('Script').map((item) => new URL(item.url).pathname.replace(/^\/assets\//, '')),
        failedAccessibilityAudits,
        layoutShifts: ((lhr.audits['layout-shifts']?.details as { items?: LayoutShiftItem[] } | undefined)?.items ?? []).flatMap((item) =>
          item.node?.selector && typeof item.score === 'number' ? [{ selector: item.node.selector, score: item.score }] : [],
        ),
        warnings: lhr.runWarnings.map(String),
        keycloakRequests,
        timeline,
      },
      environment: { lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent, benchmarkIndex: lhr.environment.benchmarkIndex, settings: settingsOf(lhr) },
    };
  } finally {
    chrome.kill();
  }
}

/** What the signed-in home's figures mean, from the observed timeline of its runs (medians). */
function timelineNote(runs: readonly RunFigures[]): string {
  const timelines = runs.flatMap((r) => (r.timeline ? [r.timeline] : []));
  if (timelines.length === 0) return '';
  const of = (key: Exclude<keyof SignedInTimeline, 'lcpElement'>) => median(timelines.map((t) => t[key]));
  const ms = (value: number) => `${Math.round(value)} ms`;
  const early = timelines.filter((t) => t.lcpMs < t.homeDataMs).length;
  const element = timelines[0]?.lcpElement;
  const lcp =
    ` Lighthouse's largest contentful paint was observed after ${ms(of('lcpMs'))}${element ? ` (the element it names in run 1: “${element.replace(/…$/, '')}…”)` : ''}` +
    (early === 0
      ? '.'
      : `, in ${early === timelines.length ? 'every run' : `${early} of ${timelines.length} runs`} before the home's data had arrived: there, FCP and LCP describe the page while it was still signing in (“Signing you in”), not the home appearing; the times above say when the home's data arrived.`);
  return (
    ` Observed without throttling (median of ${timelines.length}): the portal's hidden iframe asked Keycloak for the session after ${ms(of('toKeycloakMs'))}, had its answer ${ms(of('backMs'))} after the start, and had the home's data from the API after ${ms(of('homeDataMs'))}; Lighthouse estimates redirects cost ${(of('redirectCostMs') / 1000).toFixed(2)} s on the simulated phone and network (its “Avoid multiple page redirects” audit).` +
    lcp
  );
}

interface PageRuns {
  page: PortalPage;
  runs: RunFigures[];
}

/** RUNS Lighthouse runs of every page, each in a fresh browser. */
async function measurePages(
  origin: string,
  pages: readonly PortalPage[],
  log: (message: string) => void,
  signedIn?: { as: SignInAs; keycloakUrl: string },
): Promise<{ results: PageRuns[]; environment: Environment }> {
  const results: PageRuns[] = [];
  let environment: Environment | undefined;
  for (const page of pages) {
    const runs: RunFigures[] = [];
    for (let index = 1; index <= RUNS; index++) {
      const measured = await measure(`${origin}${page.path}`, signedIn?.as, signedIn?.keycloakUrl);
      environment ??= measured.environment;
      runs.push(measured.figures);
      log(`${page.path}${page.signedIn ? ' (signed in)' : ''} run ${index}/${RUNS}: performance ${measured.figures.scores.performance}, accessibility ${measured.figures.scores.accessibility}`);
    }
    results.push({ page, runs });
  }
  if (!environment) throw new Error('no Lighthouse run completed');
  return { results, environment };
}

interface SignedInMeasurement {
  results: PageRuns[];
  environment: Environment;
  buildMs: number;
  stackMs: number;
}

/**
 * Starts a fresh test-profile stack without its Vite dev servers (the test ports: only one such
 * stack runs at a time), builds the portal against it, serves the build on the family portal's test
 * address and measures the signed-in home; the stack is stopped whatever happens.
 */
async function measureSignedInHome(log: (message: string) => void): Promise<SignedInMeasurement> {
  let measured: SignedInMeasurement | undefined;
  let failed: { error: unknown } | undefined;
  const code = await runSupervised('test', async ({ supervisor }) => {
    try {
      const startedAt = performance.now();
      const toolchain = await provision(provisionPlan('start'));
      supervisor.assertRunning();
      await prepareProfile('test', { fresh: true });
      const stack = await startStack(supervisor, toolchain, { apps: ['api'] });
      const stackMs = performance.now() - startedAt;
      const keycloakUrl = stack.infra.keycloakUrl;
      if (!keycloakUrl) throw new Error('the test stack started without Keycloak, so nobody can sign in: the signed-in home cannot be measured');
      const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'childfirst-portal-lighthouse-stack-'));
      try {
        log(`building the family portal for the test stack (API ${appUrls('test').api}, Keycloak ${keycloakUrl}) into ${outDir}`);
        const buildMs = await buildPortal(outDir, viteEnvironment('test', stack.infra));
        // The address the realm's redirect URIs and the API's CORS allow for the test stack's portal.
        const portal = new URL(appUrls('test').familyPortal);
        const server = await serve(outDir, { host: portal.hostname, port: PORTS.test.familyPortal });
        try {
          const { results, environment } = await measurePages(server.origin, [HOME], log, { as: { appUrl: `${server.origin}/`, username: HOME_USER }, keycloakUrl });
          measured = { results, environment, buildMs, stackMs };
        } finally {
          await server.close();
        }
      } finally {
        fs.rmSync(outDir, { recursive: true, force: true });
      }
      return 0;
    } catch (error) {
      failed = { error };
      throw error;
    }
  });
  if (failed) throw failed.error;
  if (!measured) throw new Error(`the test stack for the signed-in home ended (exit code ${code}) before anything was measured`);
  if (code !== 0) warn(`the test stack did not stop cleanly (exit code ${code}): see the warnings above`);
  return measured;
}

export const benchmark: Benchmark = {
  name: 'family-portal-lighthouse',
  title: 'Family portal: Lighthouse (mobile) on the signed-in home and the pages without sign-in, and the first-load budgets',
  async run({ log }): Promise<BenchResult> {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'childfirst-portal-lighthouse-'));
    try {
      log(`building the family portal into ${outDir}`);
      const buildMs = await buildPortal(outDir);
      const entry = entryWeight(outDir);
      const entryJs = entry.js.reduce((sum, file) => sum + file.gzipped, 0);
      const entryCss = entry.css.reduce((sum, file) => sum + file.gzipped, 0);
      log(`built in ${(buildMs / 1000).toFixed(1)} s; entry ${kb(entryJs)} JS, ${kb(entryCss)} CSS gzipped`);

      // The public pages first, before this benchmark starts a stack (other work on a shared machine goes on: run.ts reports how much).
      const server = await serve(outDir);
      let publicPages: { results: PageRuns[]; environment: Environment };
      try {
        publicPages = await measurePages(server.origin, PUBLIC_PAGES, log);
      } finally {
        await server.close();
      }
      const environment = publicPages.environment;
      const signedIn = MEASURE_SIGNED_IN ? await measureSignedInHome(log) : undefined;
      const results = [...(signedIn?.results ?? []), ...publicPages.results];

      const pages = results.map(({ page, runs }) => {
        const performanceScore = median(runs.map((r) => r.scores.performance));
        const accessibilityScore = median(runs.map((r) => r.scores.accessibility));
        const metrics = Object.fromEntries(METRICS.map(({ id }) => [id, median(runs.map((r) => r.metrics[id]))])) as RunFigures['metrics'];
        const failed = [...new Set(runs.flatMap((r) => r.failedAccessibilityAudits))];
        const warnings = [...new Set(runs.flatMap((r) => r.warnings))];
        return {
          page,
          runs,
          performanceScore,
          accessibilityScore,
          metrics,
          jsTransfer: median(runs.map((r) => r.jsTransfer)),
          cssTransfer: median(runs.map((r) => r.cssTransfer)),
          // Name each script once.
          scripts: [...new Set(runs[0]?.scripts ?? [])],
          failed,
          warnings,
          performanceMet: performanceScore >= GOALS.performance,
          accessibilityMet: accessibilityScore >= GOALS.accessibility,
        };
      });
      // The JavaScript budget is what each measured page really downloaded before it was usable
      // (Lighthouse's transfer, headers included), not just what index.html names: the signed-in
      // home also needs its route's chunks, keycloak-js and its text.
      const jsBudgetMet = entryJs <= BUDGETS.js && pages.every((p) => p.jsTransfer <= BUDGETS.js);
      const cssBudgetMet = entryCss <= BUDGETS.css;
      const targetsMet = pages.every((p) => p.performanceMet && p.accessibilityMet) && jsBudgetMet && cssBudgetMet;
      const verdict = (met: boolean) => (met ? '**met**' : '**missed**');

      const label = (page: PortalPage) => `\`${page.path}\`${page.signedIn ? ' (signed in)' : ''}`;
      const pageRows = pages.map(
        (p) =>
          `| ${label(p.page)} | **${p.performanceScore}** (${verdict(p.performanceMet)}) | **${p.accessibilityScore}** (${verdict(p.accessibilityMet)}) | ${METRICS.map(({ id }) => formatMetric(id, p.metrics[id])).join(' | ')} | ${kb(p.jsTransfer)} | ${kb(p.cssTransfer)} |`,
      );
      const runRows = pages.flatMap((p) =>
        p.runs.map(
          (r, index) =>
            `| ${label(p.page)} | ${index + 1} | ${r.scores.performance} | ${r.scores.accessibility} | ${METRICS.map(({ id }) => formatMetric(id, r.metrics[id])).join(' | ')} | ${kb(r.jsTransfer)} |`,
        ),
      );
      const budgetRows = [
        ...pages.map((p) => `| JavaScript, ${label(p.page)} | every script the page loaded (above) | ${kb(p.jsTransfer)} | ≤ ${kb(BUDGETS.js)} | ${verdict(p.jsTransfer <= BUDGETS.js)} |`),
        `| JavaScript, \`index.html\` alone | ${entry.js.map((f) => `\`${f.file}\``).join(', ')} | ${kb(entryJs)} | ≤ ${kb(BUDGETS.js)} | ${verdict(entryJs <= BUDGETS.js)} |`,
        `| CSS | ${entry.css.map((f) => `\`${f.file}\``).join(', ')} | ${kb(entryCss)} | ≤ ${kb(BUDGETS.css)} | ${verdict(cssBudgetMet)} |`,
      ];
      const missed = [
        ...pages.filter((p) => !p.performanceMet).map((p) => `${label(p.page)} performance ${p.performanceScore} (goal ${GOALS.performance})`),
        ...pages.filter((p) => !p.accessibilityMet).map((p) => `${label(p.page)} accessibility ${p.accessibilityScore} (goal ${GOALS.accessibility}; failing: ${p.failed.join('; ') || 'see the report'})`),
        ...pages.filter((p) => p.jsTransfer > BUDGETS.js).map((p) => `${label(p.page)} JavaScript ${kb(p.jsTransfer)} (budget ${kb(BUDGETS.js)})`),
        ...(entryJs <= BUDGETS.js ? [] : [`first-load JavaScript ${kb(entryJs)} (budget ${kb(BUDGETS.js)})`]),
        ...(cssBudgetMet ? [] : [`first-load CSS ${kb(entryCss)} (budget ${kb(BUDGETS.css)})`]),
      ];
      const pageNotes = pages.map((p) => {
        // Above 0.1 Lighthouse counts the layout shift as needing improvement: say what moved.
        const shifts = p.metrics['cumulative-layout-shift'] > 0.1 ? (p.runs[0]?.layoutShifts ?? []) : [];
        const shifted = shifts.length > 0 ? ` What moved (run 1): ${shifts.map((shift) => `\`${shift.selector}\` ${shift.score.toFixed(3)}`).join(', ')}.` : '';
        const warned = p.warnings.length > 0 ? ` Lighthouse warned: ${p.warnings.join(' ')}` : '';
        const keycloak = p.page.signedIn ? ` Requests to Keycloak during the measured load (run 1): ${(p.runs[0]?.keycloakRequests ?? []).map((request) => `\`${request}\``).join(', ') || 'none'}.${timelineNote(p.runs)}` : '';
        return `- ${label(p.page)}: ${p.page.what}. Scripts loaded: ${p.scripts.map((script) => `\`${script}\``).join(', ') || 'none'}.${keycloak}${shifted}${warned}`;
      });

      const homeIndex = signedIn?.environment.benchmarkIndex;
      const scoreSpread = Math.max(...pages.map(({ runs }) => Math.max(...runs.map((r) => r.scores.performance)) - Math.min(...runs.map((r) => r.scores.performance))));
      const signedInParagraph = signedIn
        ? `**The signed-in home** (\`/\` as the demo parent ${HOME_USER} sees it: the key worker and what is happening now) needs the platform: a fresh test-profile stack was started for it (\`tools/stack\`: PostgreSQL, Temporal, Keycloak and mail, migrations and the demo seed, the API; ${(signedIn.stackMs / 1000).toFixed(0)} s), the portal built again pointed at that API and Keycloak (${(signedIn.buildMs / 1000).toFixed(1)} s) and served the same way on its test address, ${appUrls('test').familyPortal}. For every run a fresh Chromium first signed in on Keycloak's sign-in page (playwright-core over the remote debugging port), then Lighthouse, connected to that browser, loaded \`/\` with the same settings. **The Keycloak check is part of the measured load**: keycloak-js has no token when the page opens (tokens live in memory only), so it asks Keycloak in a hidden iframe (check-sso: Keycloak recognises the session cookie and answers with a code through the portal's static \`silent-check-sso.html\`, without the page leaving the portal), exchanges the code for tokens, then asks the API for the home. Lighthouse clears the HTTP cache (not the cookies, nor the portal's local storage) before each load. Keycloak, the API and PostgreSQL ran on the same machine, so their answers cost no real network time. A run counts only if Lighthouse ended on the portal's \`/\` with the “${HOME_HEADING}” heading and the “${KEY_WORKER_HEADING}” section and no password field (read from the page by a gatherer added to Lighthouse's default configuration); otherwise the benchmark fails rather than report the sign-in page's figures.`
        : `**The signed-in home was not measured** in this run (\`BENCH_LIGHTHOUSE_SIGNED_IN=0\`).`;

      const markdown = `## Family portal: Lighthouse (mobile) on the signed-in home and the pages without sign-in

**What was measured.** The family portal as built for production (\`npx vite build\` in \`${PORTAL}\`, ${(buildMs / 1000).toFixed(1)} s, into a temporary folder), served from this process by a small static server over HTTP/1.1 — gzip (zlib's default level) when the browser accepts it, hashed assets cached for a year, \`index.html\` for every route — and measured by Lighthouse ${environment.lighthouseVersion} (the npm package, driving Debian's Chromium through \`chrome-launcher\`, a fresh browser and profile for every run) with its default mobile profile: ${environment.settings}. Categories performance and accessibility; ${RUNS} runs a page, and each figure below is the median of its ${RUNS} runs, taken on its own. Goals: performance ≥ ${GOALS.performance}, accessibility = ${GOALS.accessibility}. This benchmark has absolute goals, not a baseline. The pages without sign-in were measured first, from a build pointed at a closed port for the API and Keycloak, served on 127.0.0.1, while no stack of this run was running but the bench PostgreSQL, idle (how much of the machine other work took is in the note at the top).

${signedInParagraph}

| page | performance | accessibility | ${METRICS.map((m) => m.label).join(' | ')} | JS transferred | CSS transferred |
|---|---:|---:|${METRICS.map(() => '---:').join('|')}|---:|---:|
${pageRows.join('\n')}

“JS transferred” is every script the page loaded from the portal while Lighthouse watched it (the entry, and on \`/report-a-concern\` the form's own chunk and what it imports; on the signed-in home, the signed-in part, keycloak-js and the home page's chunks), as bytes on the wire: gzipped, with response headers. 1 KB = 1,000 bytes.

${pageNotes.join('\n')}

**First-load budgets.** JavaScript: for each page measured, every script it loaded while Lighthouse watched (bytes on the wire, headers included, 1 KB = 1,000 bytes: stricter than the build's own figures); and what \`index.html\` alone makes every visitor download before any page's own code. CSS: the style sheets \`index.html\` names (all the portal has), gzipped with zlib's default level, as Vite reports sizes:

| | files | gzipped | budget | |
|---|---|---:|---:|---|
${budgetRows.join('\n')}

${targetsMet ? '**Every goal and budget was met.**' : `**Missed:** ${missed.join('; ')}.`}

<details><summary>Each run</summary>

| page | run | performance | accessibility | ${METRICS.map((m) => m.label).join(' | ')} | JS transferred |
|---|---:|---:|---:|${METRICS.map(() => '---:').join('|')}|---:|
${runRows.join('\n')}

</details>

**What they do not say.** Behind sign-in only the home is measured, not the pages after it (messages, documents, views, consent), nor the first sign-in itself (typing on Keycloak's page). Lighthouse's accessibility score comes from the automated axe checks it includes; 100 means none of them failed, not that the pages are accessible (the browser tests run axe's WCAG 2.2 AA rules, and people using assistive technology find what automation cannot). The performance figures are simulated: Lighthouse observes the page loading from a server on the same machine and models how it would load on a mid-range phone on slow 4G, so they say how the built code and its size behave, not what a family on a real network sees, and they move between runs, the more the busier the machine: by up to ${scoreSpread} points on one page in this run, whose runs are all in the table above (host user agent ${environment.userAgent}${environment.benchmarkIndex === undefined ? '' : `, Lighthouse benchmark index ${count(Math.round(environment.benchmarkIndex))}`}${homeIndex === undefined ? '' : ` for the pages without sign-in and ${count(Math.round(homeIndex))} for the signed-in home, measured with the stack running`}). The server adds no TLS, HTTP/2 or CDN; a production host would differ in all three.
`;

      const summary = [
        ...pages.map(
          (p) =>
            `${p.page.path}${p.page.signedIn ? ' (signed in)' : ''}: performance ${p.performanceScore}, accessibility ${p.accessibilityScore}; FCP ${formatMetric('first-contentful-paint', p.metrics['first-contentful-paint'])}, LCP ${formatMetric('largest-contentful-paint', p.metrics['largest-contentful-paint'])}, TBT ${formatMetric('total-blocking-time', p.metrics['total-blocking-time'])}, CLS ${formatMetric('cumulative-layout-shift', p.metrics['cumulative-layout-shift'])}; JS ${kb(p.jsTransfer)} transferred (median of ${RUNS})`,
        ),
        `first load (gzipped): JS ${kb(entryJs)} (budget ${kb(BUDGETS.js)}), CSS ${kb(entryCss)} (budget ${kb(BUDGETS.css)})`,
      ];
      return { markdown, targetsMet, summary };
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  },
};
