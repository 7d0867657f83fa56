// Lighthouse on the family portal's pages that need no sign-in (/start and /report-a-concern): the
// portal is built with Vite into a temporary folder, served by a small static server in this
// process (gzip, as a production web server would), and measured with Lighthouse's default mobile
// profile (Moto G Power screen, simulated slow 4G and 4× CPU slowdown) in Debian's Chromium, three
// runs a page, reporting the median. Also: the gzipped JavaScript and CSS the built entry makes every
// visitor download first, against the portal's budgets. The signed-in pages need Keycloak, which the
// benchmarks do not run, so they are not measured here.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { repoPath } from '../stack/paths';
import { count, type Benchmark, type BenchResult } from './benchmark';

const PAGES = [
  { path: '/start', what: 'Start page (ask for help, report a concern, sign in)' },
  { path: '/report-a-concern', what: 'Report a concern without an account (the public form; its code loads when opened)' },
] as const;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
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

/** `npx vite build` of the family portal, written to `outDir` so the app's own dist is left alone. */
async function buildPortal(outDir: string): Promise<number> {
  const startedAt = performance.now();
  const env = { ...process.env, VITE_API_URL: UNREACHABLE, VITE_KEYCLOAK_URL: UNREACHABLE, NODE_ENV: 'production' };
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
async function serve(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
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
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
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

async function measure(url: string): Promise<{ figures: RunFigures; environment: Environment }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => {
        const score = lhr.categories[category]?.score;
        if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${category} score for ${url}`);
        return [category, Math.round(score * 100)];
      }),
    ) as RunFigures['scores'];
    const metrics = Object.fromEntries(METRICS.map(({ id }) => [id, lhr.audits[id]?.numericValue ?? Number.NaN])) as RunFigures['metrics'];
    const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkRequestItem[] } | undefined)?.items ?? []).filter((item) => item.url.startsWith(new URL(url).origin));
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
      },
      environment: { lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment.hostUserAgent, benchmarkIndex: lhr.environment.benchmarkIndex, settings: settingsOf(lhr) },
    };
  } finally {
    chrome.kill();
  }
}

export const benchmark: Benchmark = {
  name: 'family-portal-lighthouse',
  title: 'Family portal: Lighthouse (mobile) on the pages without sign-in, and the first-load budgets',
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

      const server = await serve(outDir);
      const results: { page: (typeof PAGES)[number]; runs: RunFigures[] }[] = [];
      let environment: Environment | undefined;
      try {
        for (const page of PAGES) {
          const runs: RunFigures[] = [];
          for (let index = 1; index <= RUNS; index++) {
            const measured = await measure(`${server.origin}${page.path}`);
            environment ??= measured.environment;
            runs.push(measured.figures);
            log(`${page.path} run ${index}/${RUNS}: performance ${measured.figures.scores.performance}, accessibility ${measured.figures.scores.accessibility}`);
          }
          results.push({ page, runs });
        }
      } finally {
        await server.close();
      }
      if (!environment) throw new Error('no Lighthouse run completed');

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
          scripts: runs[0]?.scripts ?? [],
          failed,
          warnings,
          performanceMet: performanceScore >= GOALS.performance,
          accessibilityMet: accessibilityScore >= GOALS.accessibility,
        };
      });
      const jsBudgetMet = entryJs <= BUDGETS.js;
      const cssBudgetMet = entryCss <= BUDGETS.css;
      const targetsMet = pages.every((p) => p.performanceMet && p.accessibilityMet) && jsBudgetMet && cssBudgetMet;
      const verdict = (met: boolean) => (met ? '**met**' : '**missed**');

      const pageRows = pages.map(
        (p) =>
          `| \`${p.page.path}\` | **${p.performanceScore}** (${verdict(p.performanceMet)}) | **${p.accessibilityScore}** (${verdict(p.accessibilityMet)}) | ${METRICS.map(({ id }) => formatMetric(id, p.metrics[id])).join(' | ')} | ${kb(p.jsTransfer)} | ${kb(p.cssTransfer)} |`,
      );
      const runRows = pages.flatMap((p) =>
        p.runs.map(
          (r, index) =>
            `| \`${p.page.path}\` | ${index + 1} | ${r.scores.performance} | ${r.scores.accessibility} | ${METRICS.map(({ id }) => formatMetric(id, r.metrics[id])).join(' | ')} | ${kb(r.jsTransfer)} |`,
        ),
      );
      const budgetRows = [
        `| JavaScript | ${entry.js.map((f) => `\`${f.file}\``).join(', ')} | ${kb(entryJs)} | ≤ ${kb(BUDGETS.js)} | ${verdict(jsBudgetMet)} |`,
        `| CSS | ${entry.css.map((f) => `\`${f.file}\``).join(', ')} | ${kb(entryCss)} | ≤ ${kb(BUDGETS.css)} | ${verdict(cssBudgetMet)} |`,
      ];
      const missed = [
        ...pages.filter((p) => !p.performanceMet).map((p) => `\`${p.page.path}\` performance ${p.performanceScore} (goal ${GOALS.performance})`),
        ...pages.filter((p) => !p.accessibilityMet).map((p) => `\`${p.page.path}\` accessibility ${p.accessibilityScore} (goal ${GOALS.accessibility}; failing: ${p.failed.join('; ') || 'see the report'})`),
        ...(jsBudgetMet ? [] : [`first-load JavaScript ${kb(entryJs)} (budget ${kb(BUDGETS.js)})`]),
        ...(cssBudgetMet ? [] : [`first-load CSS ${kb(entryCss)} (budget ${kb(BUDGETS.css)})`]),
      ];
      const pageNotes = pages.map((p) => {
        // Above 0.1 Lighthouse counts the layout shift as needing improvement: say what moved.
        const shifts = p.metrics['cumulative-layout-shift'] > 0.1 ? (p.runs[0]?.layoutShifts ?? []) : [];
        const shifted = shifts.length > 0 ? ` What moved (run 1): ${shifts.map((shift) => `\`${shift.selector}\` ${shift.score.toFixed(3)}`).join(', ')}.` : '';
        const warned = p.warnings.length > 0 ? ` Lighthouse warned: ${p.warnings.join(' ')}` : '';
        return `- \`${p.page.path}\`: ${p.page.what}. Scripts loaded: ${p.scripts.map((script) => `\`${script}\``).join(', ') || 'none'}.${shifted}${warned}`;
      });

      const markdown = `## Family portal: Lighthouse (mobile) on the pages without sign-in

**What was measured.** The family portal as built for production (\`npx vite build\` in \`${PORTAL}\`, ${(buildMs / 1000).toFixed(1)} s, into a temporary folder), served from this process by a small static server over HTTP/1.1 on 127.0.0.1 — gzip (zlib's default level) when the browser accepts it, hashed assets cached for a year, \`index.html\` for every route — and measured by Lighthouse ${environment.lighthouseVersion} (the npm package, driving Debian's Chromium through \`chrome-launcher\`, a fresh browser and profile for every run) with its default mobile profile: ${environment.settings}. Categories performance and accessibility; ${RUNS} runs a page, and each figure below is the median of its ${RUNS} runs, taken on its own. Goals: performance ≥ ${GOALS.performance}, accessibility = ${GOALS.accessibility}. This benchmark has absolute goals, not a baseline.

| page | performance | accessibility | ${METRICS.map((m) => m.label).join(' | ')} | JS transferred | CSS transferred |
|---|---:|---:|${METRICS.map(() => '---:').join('|')}|---:|---:|
${pageRows.join('\n')}

“JS transferred” is every script the page loaded while Lighthouse watched it (the entry, and on \`/report-a-concern\` the form's own chunk and what it imports), as bytes on the wire: gzipped, with response headers. 1 KB = 1,000 bytes.

${pageNotes.join('\n')}

**First-load budgets** (what \`index.html\` makes every visitor download before any route's own code: the entry script, the scripts it preloads and the style sheets; gzipped with zlib's default level, as Vite reports sizes):

| | files | gzipped | budget | |
|---|---|---:|---:|---|
${budgetRows.join('\n')}

${targetsMet ? '**Every goal and budget was met.**' : `**Missed:** ${missed.join('; ')}.`}

<details><summary>Each run</summary>

| page | run | performance | accessibility | ${METRICS.map((m) => m.label).join(' | ')} | JS transferred |
|---|---:|---:|---:|${METRICS.map(() => '---:').join('|')}|---:|
${runRows.join('\n')}

</details>

**What they do not say.** Nothing behind sign-in is measured (the family's home page and every page after it): those pages need Keycloak and the API with a family's account, which \`npm run bench\` does not run. Lighthouse's accessibility score comes from the automated axe checks it includes; 100 means none of them failed, not that the pages are accessible (the browser tests run axe's WCAG 2.2 AA rules, and people using assistive technology find what automation cannot). The performance figures are simulated: Lighthouse observes the page loading from a server on the same machine and models how it would load on a mid-range phone on slow 4G, so they say how the built code and its size behave, not what a family on a real network sees, and they move by a few points between runs on a busy 2-core machine (host user agent ${environment.userAgent}${environment.benchmarkIndex === undefined ? '' : `, Lighthouse benchmark index ${count(Math.round(environment.benchmarkIndex))}`}). The server adds no TLS, HTTP/2 or CDN; a production host would differ in all three.
`;

      const summary = [
        ...pages.map(
          (p) =>
            `${p.page.path}: performance ${p.performanceScore}, accessibility ${p.accessibilityScore}; FCP ${formatMetric('first-contentful-paint', p.metrics['first-contentful-paint'])}, LCP ${formatMetric('largest-contentful-paint', p.metrics['largest-contentful-paint'])}, TBT ${formatMetric('total-blocking-time', p.metrics['total-blocking-time'])}, CLS ${formatMetric('cumulative-layout-shift', p.metrics['cumulative-layout-shift'])}; JS ${kb(p.jsTransfer)} transferred (median of ${RUNS})`,
        ),
        `first load (gzipped): JS ${kb(entryJs)} (budget ${kb(BUDGETS.js)}), CSS ${kb(entryCss)} (budget ${kb(BUDGETS.css)})`,
      ];
      return { markdown, targetsMet, summary };
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  },
};
