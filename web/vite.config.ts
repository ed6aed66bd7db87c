/**
 * The applicant portal: a static single-page app. `npm run build:web` writes web/dist, which
 * the local stack serves (local/static.ts) and CDK deploys to S3 behind CloudFront. The API's
 * address is read at run time from /config.json, so one build serves every environment.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin } from 'vite';
import { PRERENDERED_PAGES } from '../infra/constructs/web-delivery.ts';

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

/**
 * Designsystemet's React `Field`, `Tabs` and `Suggestion` import the whole of
 * `@digdir/designsystemet-web` for the elements each needs: every element, the popover and
 * invokers polyfills, floating-ui and the combobox (~20 KiB gzip), with document-wide listeners
 * and mutation observers (fieldsets, tooltips, focus groups, read-only fields) that then run on
 * every change to the page. Imported from those components, the package resolves to the
 * elements they use: the e-mail field and the About page's tabs come with the first page, the
 * Start page's municipality picker brings the suggestion and the popover's placement (ADR 124).
 * Everywhere else (the lazy pages' dialogs, suggestions, popovers — and App.tsx's lazy loaders,
 * which bring the whole package with every lazy page) it resolves to all of it.
 */
export function designsystemetWebPerComponent(): Plugin {
  const elements: Record<string, string[]> = {
    field: ['ds-field'],
    tabs: ['ds-tabs'],
    suggestion: ['ds-suggestion', 'popover'],
  };
  const component =
    /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]components[\\/](field|tabs|suggestion)[\\/]/;
  const VIRTUAL = '\0portal-designsystemet-web:';
  return {
    name: 'portal-designsystemet-web-per-component',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@digdir/designsystemet-web' || !importer) return null;
      const name = component.exec(importer)?.[1];
      if (!name) return null;
      const [only, ...more] = elements[name]!;
      if (more.length > 0) return VIRTUAL + name;
      return this.resolve(`@digdir/designsystemet-web/${only}`, importer, { skipSelf: true });
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      return elements[id.slice(VIRTUAL.length)]!.map(
        (part) => `import '@digdir/designsystemet-web/${part}';`,
      ).join('\n');
    },
  };
}

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * Prerenders the first pages (docs/decisions/104): once the app is built, each page of
 * `PRERENDERED_PAGES` is rendered by web/src/prerender.tsx (loaded through Vite's SSR loader)
 * into a copy of the built index.html, its root marked with the address it was rendered for;
 * main.tsx hydrates it there and renders afresh anywhere else.
 */
function prerenderPages(): Plugin {
  let outDir = '';
  return {
    name: 'portal-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const server = await createServer({
        configFile: false,
        root: webDir,
        logLevel: 'error',
        plugins: [react(), designsystemetWebPerComponent()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { render } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          render(path: string): Promise<string>;
        };
        const page = await readFile(join(outDir, 'index.html'), 'utf8');
        if (!page.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
        for (const [path, file] of Object.entries(PRERENDERED_PAGES)) {
          const root = `<div id="root" data-prerendered="${path}">${await render(path)}</div>`;
          await writeFile(
            join(outDir, file),
            page.replace(ROOT_ELEMENT, () => root),
          );
        }
      } finally {
        await server.close();
      }
    },
  };
}

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react(), devConfigJson(), designsystemetWebPerComponent(), prerenderPages()],
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
