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
  },
  // The CLI: one ESM file with a shebang, never imported by the library.
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    // One file with everything the CLI needs (zod, neverthrow, date-fns, csv-parse,
    // csv-stringify): loading one parsed file is what keeps the first answer near a bare
    // node start (docs/performance.md). The library's own bundles keep their dependencies external.
    noExternal: [/.*/],
    minify: true,
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
