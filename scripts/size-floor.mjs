// `node scripts/size-floor.mjs`: why the whole root import is not 25 kB (issue 12). Bundles
// `import * from 'seseq-correo'` from src/ as an adopter's bundler would (esbuild, minified,
// brotli), then the same with every string literal emptied: the code alone, the floor that
// moving catalogues or summaries out of the runtime could reach. Also the root restricted to
// the modules SPEC §10 lists, and each dependency on its own. Printed; docs/performance.md
// quotes it.
import zlib from 'node:zlib';
import { build } from 'esbuild';

const bundle = async (contents) => {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  return { text: r.outputFiles[0].text, meta: r.metafile };
};
const kB = (s) => (zlib.brotliCompressSync(Buffer.from(s)).length / 1000).toFixed(2);
// Linear: one pass over quoted runs without nested quantifiers.
const noStrings = (s) => s.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

const root = await bundle("export * from './src/index.ts'");
const spec = [
  'policy',
  'errors',
  'names',
  'machine',
  'schedule',
  'allowances',
  'request',
  'lifecycle',
  'review',
];
const specOnly = await bundle(spec.map((m) => `export * from './src/${m}/index.ts';`).join('\n'));
const rows = [
  ['whole root import', kB(root.text)],
  ['whole root import, every string literal emptied', kB(noStrings(root.text))],
  [`SPEC §10 modules only (${spec.join(', ')})`, kB(specOnly.text)],
];
const inputs = Object.entries(Object.values(root.meta.outputs)[0].inputs);
const byPart = new Map();
for (const [file, v] of inputs) {
  const part = file.includes('node_modules/')
    ? file
        .split('node_modules/')[1]
        .split('/')
        .slice(0, file.split('node_modules/')[1].startsWith('@') ? 2 : 1)
        .join('/')
    : file.split('/').slice(0, 2).join('/');
  byPart.set(part, (byPart.get(part) ?? 0) + v.bytesInOutput);
}
console.log('| bundle | brotli |\n| --- | --- |');
for (const [name, size] of rows) console.log(`| ${name} | ${size} kB |`);
console.log('\n| part of the root (minified bytes before compression) | bytes |\n| --- | --- |');
for (const [part, bytes] of [...byPart].sort((a, b) => b[1] - a[1])) {
  if (bytes > 0) console.log(`| ${part} | ${bytes} |`);
}
