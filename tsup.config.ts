import { defineConfig } from 'tsup';

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
  },
]);
