import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTour } from '../../examples/tour.js';
import { ROOT } from '../repo/sources.js';

describe('the README tour', () => {
  it('shows exactly what examples/tour.ts prints, in order', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = readme
      .split('\n')
      .map((l) => l.trimStart())
      .filter((l) => l.startsWith('//=> '))
      .map((l) => l.slice(5));
    expect(shown).toEqual(runTour());
  });

  it('documents the two commands', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm test');
    expect(readme).toContain('npm ci && npm run demo');
  });
});
