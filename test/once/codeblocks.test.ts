import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../repo/sources.js';

// Every ```ts block of README.md and docs/*.md, type-checked against the built package as an adopter resolves it
// (node_modules/seseq-correo → this repository, through its exports map), under strict and
// exactOptionalPropertyTypes, with moduleResolution bundler and node16. A block that starts with
// an import is a program of its own; a block without imports goes on from the one before it (the
// tour's second step uses what the first defined).
const pages = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

function blocks(page: string): string[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
}

const dir = mkdtempSync(join(tmpdir(), 'seseq-blocks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(resolution: 'bundler' | 'node16'): string {
  const here = join(dir, resolution);
  mkdirSync(join(here, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(here, 'node_modules', 'seseq-correo'), 'dir');
  // What an adopter's test file (docs/testing.md) imports beside the package: their dev dependencies.
  mkdirSync(join(here, 'node_modules', '@fast-check'), { recursive: true });
  for (const dep of ['vitest', 'fast-check', '@fast-check/vitest']) {
    symlinkSync(join(ROOT, 'node_modules', dep), join(here, 'node_modules', dep), 'dir');
  }
  writeFileSync(join(here, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const files: string[] = [];
  for (const page of pages) {
    const programs: string[][] = [];
    for (const block of blocks(page)) {
      const last = programs.at(-1);
      if (last === undefined || /^import /m.test(block.split('\n').find((l) => l.trim() !== '') ?? '')) {
        programs.push([block]);
      } else last.push(block);
    }
    programs.forEach((code, i) => {
      const file = `${page.replace(/[/.]/g, '_')}_${i + 1}.ts`;
      writeFileSync(join(here, file), `${code.join('\n')}\nexport {};\n`);
      files.push(file);
    });
  }
  writeFileSync(
    join(here, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: true,
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        types: [],
        module: resolution === 'bundler' ? 'ESNext' : 'Node16',
        moduleResolution: resolution === 'bundler' ? 'Bundler' : 'Node16',
      },
      files,
    }),
  );
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', here], {
      stdio: 'pipe',
    });
    return '';
  } catch (e) {
    return String((e as { stdout?: Buffer }).stdout ?? e);
  }
}

describe('the code blocks of the README and docs compile as written', () => {
  it('has blocks to check', () => {
    expect(blocks('README.md').length).toBeGreaterThanOrEqual(6);
  });
  for (const resolution of ['bundler', 'node16'] as const) {
    it(`type-checks every ts block under strict, exactOptionalPropertyTypes, moduleResolution ${resolution}`, () => {
      expect(check(resolution)).toBe('');
    }, 180_000);
  }
});
