/**
 * The applicant portal: a static single-page app. `npm run build:web` writes web/dist, which
 * the local stack serves (local/static.ts) and CDK deploys to S3 behind CloudFront. The API's
 * address is read at run time from /config.json, so one build serves every environment.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** `vite dev` stands in for the static server's generated /config.json (docs/decisions/022). */
function devConfigJson(): Plugin {
  return {
    name: 'portal-dev-config-json',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ apiBaseUrl: process.env.API_BASE_URL ?? 'http://localhost:3000' }));
      });
    },
  };
}

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react(), devConfigJson()],
  // shared/ (the domain and its zod schemas) lives beside web/: the same modules as the API.
  server: { port: 5173, strictPort: true, fs: { allow: [repoRoot] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0, // no data: URLs: the CSP allows images from 'self' only
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare `sideEffects: false`, so its barrel
        // would keep every component (the combobox's floating-ui and virtual list among them)
        // in the first page. Its modules are side-effect free; the custom elements they need
        // come from @digdir/designsystemet-web, which stays side-effectful.
        moduleSideEffects: (id: string) => !/[\\/]@digdir[\\/]designsystemet-react[\\/]/.test(id),
      },
    },
  },
});
