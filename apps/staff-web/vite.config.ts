import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Started from the repository root: npx vite --config apps/staff-web/vite.config.ts --port 5173 --strictPort
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

export default defineConfig({
  root: appRoot,
  envDir: appRoot,
  plugins: [react()] as Plugin[],
  css: { postcss: { plugins: [dropInternetExplorerMediaHacks] } },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 500,
  },
});
