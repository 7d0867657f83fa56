// Childfirst's Keycloak theme (tools/keycloak/theme): FreeMarker templates and messages kept in the
// repository, and a style sheet compiled here from govuk-frontend's Sass with the apps' settings
// (libs/ui/src/styles). Built once into the per-user cache, in a folder named after a hash of
// everything that goes into it, so a changed template or style builds again and an unchanged one is
// reused by every start, profile and checkout; Keycloak reads the folder as its themes directory
// (startKeycloak's themesDir). ADR 12 says why this is not keycloakify.
//
// Layout
//   <cache>/keycloak-theme-<hash>/childfirst/login/       templates, messages, theme.properties
//   <cache>/keycloak-theme-<hash>/childfirst/login/resources/css/childfirst.css
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as sass from 'sass';
import { CACHE_DIR, repoPath } from './paths';

export const THEME_NAME = 'childfirst';
const SOURCE = repoPath('tools', 'keycloak', 'theme');
const STYLE_ENTRY = path.join(SOURCE, `${THEME_NAME}.scss`);
/** The apps' govuk-frontend configuration and the language select the theme shares with the portal. */
const SHARED_STYLES = repoPath('libs', 'ui', 'src', 'styles');
const GOVUK_FRONTEND = repoPath('node_modules', 'govuk-frontend');
const STYLE_SHEET = path.join(THEME_NAME, 'login', 'resources', 'css', `${THEME_NAME}.css`);
const MARKER = '.childfirst-theme.json';

export interface BuiltTheme {
  /** The folder to hand Keycloak as its themes directory. */
  themesDir: string;
  hash: string;
  /** true when an earlier build was reused. */
  reused: boolean;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** Everything the build reads or depends on: the theme's sources, the shared styles, this file and the two packages' versions. */
export function themeSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(SOURCE), ...filesUnder(SHARED_STYLES), __filename]) {
    hash.update(`${path.relative(repoPath(), file)}\0`).update(fs.readFileSync(file)).update('\0');
  }
  const version = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  hash.update(`govuk-frontend@${version(GOVUK_FRONTEND)} sass@${sass.info}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * govuk-frontend's Sass as the apps' Vite builds see it ("govuk-frontend/components/button" is
 * dist/govuk/components/button, by the package's "sass" export condition).
 */
const govukFrontendImporter: sass.FileImporter<'sync'> = {
  findFileUrl(url) {
    if (!url.startsWith('govuk-frontend/')) return null;
    return pathToFileURL(path.join(GOVUK_FRONTEND, 'dist', 'govuk', url.slice('govuk-frontend/'.length)));
  },
};

/** The theme's style sheet; fails if it refers to a file (an image or font) the theme does not ship. */
export function compileThemeStyles(): string {
  const { css } = sass.compile(STYLE_ENTRY, {
    loadPaths: [SHARED_STYLES],
    importers: [govukFrontendImporter],
    style: 'compressed',
    quietDeps: true,
  });
  const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]).filter((url) => !url?.startsWith('data:'));
  if (urls.length > 0) throw new Error(`The Keycloak theme's style sheet refers to files it does not ship: ${urls.join(', ')}. Leave the component out of ${path.relative(repoPath(), STYLE_ENTRY)} or copy the file into the theme.`);
  return css;
}

/**
 * The built theme in the cache, building it first if this hash has not been built yet. The build
 * goes to a temporary folder that is renamed into place, so a concurrent start never sees half a
 * theme (and the loser of a race uses the winner's).
 */
export function ensureKeycloakTheme(log: (message: string) => void): BuiltTheme {
  const hash = themeSourceHash();
  const themesDir = path.join(CACHE_DIR, `keycloak-theme-${hash}`);
  if (fs.existsSync(path.join(themesDir, MARKER))) return { themesDir, hash, reused: true };

  log(`building the Childfirst theme (${hash}) into ${themesDir}`);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // The name provision.ts clears up after an interrupted run: .tmp-<what>-<pid>-<time>.
  const tmp = path.join(CACHE_DIR, `.tmp-keycloak-theme-${process.pid}-${Date.now()}`);
  try {
    fs.cpSync(path.join(SOURCE, THEME_NAME), path.join(tmp, THEME_NAME), { recursive: true });
    fs.mkdirSync(path.dirname(path.join(tmp, STYLE_SHEET)), { recursive: true });
    fs.writeFileSync(path.join(tmp, STYLE_SHEET), compileThemeStyles());
    fs.writeFileSync(path.join(tmp, MARKER), `${JSON.stringify({ hash, builtAt: new Date().toISOString() })}\n`);
    try {
      fs.renameSync(tmp, themesDir);
    } catch (error) {
      if (!fs.existsSync(path.join(themesDir, MARKER))) throw error;
    }
  } catch (error) {
    throw new Error(`Could not build the Keycloak theme from ${path.relative(repoPath(), SOURCE)}: ${(error as Error).message}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { themesDir, hash, reused: false };
}
