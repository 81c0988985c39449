// Builds the browser page (examples/playground) into .site/playground/: the built package
// (dist/, so `npm run build` first) bundled for the browser with esbuild. The bundle must not
// need any Node built-in: esbuild fails on one with platform 'browser', which is the point.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the page is written; returns the path of its index.html. */
export async function buildPlayground(outDir = join(root, '.site/playground')) {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'examples/playground/main.ts')],
    outfile: join(outDir, 'playground.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
    plugins: [
      {
        // The page imports the source for its types; the bundle takes the built package.
        name: 'use-dist',
        setup(b) {
          b.onResolve({ filter: /\/src\/index\.js$/ }, () => ({ path: join(root, 'dist/index.js') }));
        },
      },
    ],
  });
  copyFileSync(join(root, 'examples/playground/index.html'), join(outDir, 'index.html'));
  return join(outDir, 'index.html');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const page = await buildPlayground();
  console.log(`The page is ${page} (open it in a browser; nothing leaves it).`);
}
