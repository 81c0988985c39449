import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** One entry per subpath export; `index` is the root. */
export const MODULES = [
  'policy',
  'errors',
  'names',
  'machine',
  'schedule',
  'allowances',
  'request',
  'lifecycle',
  'review',
  'oversight',
  'testing',
  'effects',
  'notifications',
] as const;

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(MODULES.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: true,
    target: 'node20',
    outDir: 'dist',
    // seseq-correo/testing uses fast-check, an optional peer dependency: never bundled, and
    // only the testing entry imports it.
    external: ['fast-check'],
  },
  // The CLI: ESM with a shebang in its own folder, never imported by the library. Each command
  // is its own chunk, loaded only when asked for.
  {
    entry: { index: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    outDir: 'dist/cli',
    banner: { js: '#!/usr/bin/env node' },
    // Everything the CLI needs is bundled (zod, neverthrow, date-fns, csv-parse, csv-stringify):
    // a few parsed files instead of zod's many is what keeps the first answer near a bare node
    // start (docs/performance.md). The library's own bundles keep their dependencies external.
    noExternal: [/.*/],
    minify: true,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
