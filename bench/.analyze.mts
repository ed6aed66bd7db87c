import { build, analyzeMetafile } from 'esbuild';
import { esbuildOptions } from '../infra/bundling.ts';
const entry = process.argv[2]!;
const r = await build({ ...esbuildOptions(entry, '/tmp/an/out.mjs'), metafile: true, write: false });
const out = Object.values(r.metafile!.outputs)[0]!;
const byPkg: Record<string, number> = {};
for (const [file, info] of Object.entries(out.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const key = m ? m[1]! : file.split('/').slice(0, 2).join('/');
  byPkg[key] = (byPkg[key] ?? 0) + info.bytesInOutput;
}
for (const [k, v] of Object.entries(byPkg)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20))
  console.log((v / 1024).toFixed(1).padStart(8), k);
