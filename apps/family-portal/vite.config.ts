import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Started from the repository root: npx vite --config apps/family-portal/vite.config.ts --port 5174 --strictPort
const appRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * govuk-frontend's service navigation keeps an Internet Explorer hack, `@media … (min-width: 0\\0)`,
 * which Sass turns into U+FFFD and the CSS minifier then refuses. IE is not supported, so drop it.
 */
const dropInternetExplorerMediaHacks = {
  postcssPlugin: 'drop-internet-explorer-media-hacks',
  AtRule: {
    media: (rule: { params: string; remove(): void }) => {
      if (rule.params.includes('\uFFFD') || rule.params.includes('0\\0')) rule.remove();
    },
  },
};

/**
 * The translation files (src/locales/<language>/<area>.json) are ICU MessageFormat; Lingui's
 * runtime reads them compiled, so they are compiled here, once, at build time (and in the dev
 * server), leaving the message parser out of the download. A message that does not parse fails
 * the build. Tests compile the same files at runtime with the same compiler.
 */
const compileTranslations: Plugin = {
  name: 'childfirst:compile-translations',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]src[\\/]locales[\\/][a-z]{2}[\\/][\w-]+\.json$/.test(id)) return null;
    const catalog = JSON.parse(code) as Record<string, string>;
    const compiled = Object.fromEntries(Object.entries(catalog).map(([messageId, message]) => [messageId, compileMessageOrThrow(message)]));
    return { code: JSON.stringify(compiled), map: null };
  },
};

export default defineConfig({
  root: appRoot,
  envDir: appRoot,
  plugins: [compileTranslations, ...(react() as Plugin[])],
  css: { postcss: { plugins: [dropInternetExplorerMediaHacks] } },
  server: { port: 5174, strictPort: true },
  preview: { port: 5174, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Budgets (gzipped): 100 KB JavaScript, 30 KB CSS. Vite reports sizes; the e2e stack checks budgets.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            // The referrals lists the public form shows (labels, urgencies, limits) apart from the
            // schemas beside them, which bring zod and load only when the form is sent.
            { name: 'referral-lists', test: /[\\/]libs[\\/]domain[\\/]src[\\/]referrals[\\/](concern-category-list|urgency-levels|intake-options)\.ts$/ },
          ],
        },
      },
      treeshake: {
        // libs/domain is pure (ARCHITECTURE.md: no I/O, no clock, lint-enforced) but its package.json
        // does not say so, so one schema imported from a barrel ("@childfirst/domain/referrals") would
        // bring every module behind it (55 KB of domain code for the public concern form, 17 KB without).
        // Declared free of side effects, unused domain modules are dropped. Everything else keeps its
        // package.json's setting (undefined).
        moduleSideEffects: (id: string) => (/[\\/]libs[\\/]domain[\\/]src[\\/]/.test(id) ? false : undefined),
        // Building a zod schema (z.enum(…), z.object(…).refine(…)) has no side effects, so a page
        // that needs a domain module's plain lists (concern labels, urgencies) but not its schemas
        // does not download zod for the schemas defined beside them.
        manualPureFunctions: ['z'],
      },
    },
  },
});
