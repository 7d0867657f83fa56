#!/usr/bin/env node
// First-load JavaScript per route, gzipped, from a build with a manifest:
//
//   cd apps/family-portal && npx vite build --manifest && node scripts/bundle-sizes.mjs
//
// A route's first load is the entry with everything it imports statically, plus, for each lazily
// loaded module the route renders (listed below), that chunk and its static imports. Translation
// files count in the language given (--language cy for Welsh).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
const language = process.argv.includes('--language') ? process.argv[process.argv.indexOf('--language') + 1] : 'en';
const locale = (namespace) => `src/locales/${language}/${namespace}.json`;

/** What each route downloads lazily before its page shows (besides the entry). */
const routes = {
  '/start': ['src/features/start/StartPage.tsx', locale('common')],
  '/report-a-concern': ['src/features/report-a-concern/ReportConcernPage.tsx', locale('common'), locale('concern'), locale('validation')],
  '/ (signed-in home)': [
    'src/app/SignedInPortal.tsx',
    '../../libs/ui/src/auth/createKeycloak.ts',
    'src/features/home/HomePage.tsx',
    locale('common'),
    locale('home'),
  ],
  '/messages': ['src/app/SignedInPortal.tsx', '../../libs/ui/src/auth/createKeycloak.ts', 'src/features/messages/MessagesPage.tsx', locale('common'), locale('messages')],
  '/messages/:id': [
    'src/app/SignedInPortal.tsx',
    '../../libs/ui/src/auth/createKeycloak.ts',
    'src/features/messages/ThreadPage.tsx',
    locale('common'),
    locale('messages'),
    locale('validation'),
  ],
  '/ (not linked yet)': [
    'src/app/SignedInPortal.tsx',
    '../../libs/ui/src/auth/createKeycloak.ts',
    'src/features/account/LinkAccountPage.tsx',
    locale('common'),
    locale('account'),
    locale('validation'),
  ],
};

const sizes = new Map();
function gzipped(file) {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(`${dist}${file}`)).length);
  return sizes.get(file);
}

function closure(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Not in the manifest: ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`entry ${manifest[entry].file}: ${kb(gzipped(manifest[entry].file))} gzipped (${language} text)`);
for (const [route, lazy] of Object.entries(routes)) {
  const files = [...closure([entry, ...lazy])].filter((file) => file.endsWith('.js'));
  const total = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`\n${route}: ${kb(total)} in ${files.length} files`);
  for (const file of files.sort((a, b) => gzipped(b) - gzipped(a))) console.log(`  ${kb(gzipped(file)).padStart(9)}  ${file}`);
}
