import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOversightExample } from '../../examples/oversight.js';
import { ROOT } from '../repo/sources.js';

// docs/oversight.md shows examples/oversight.ts's example (with the package's import path), and
// what the example computes is what its `//=>` lines say.
describe('docs/oversight.md', () => {
  const source = readFileSync(join(ROOT, 'examples', 'oversight.ts'), 'utf8');
  const example = source
    .slice(source.indexOf('// example:start\n') + 17, source.indexOf('// example:end'))
    .replace("from '../src/oversight/index.js'", "from 'seseq-correo/oversight'");

  it('shows the runnable example verbatim', () => {
    expect(readFileSync(join(ROOT, 'docs', 'oversight.md'), 'utf8')).toContain(example);
  });

  it('computes what the example says (5.4.10, 5.4.14, 4.20, 5.4.13)', () => {
    const shown = example
      .split('\n')
      .filter((l) => l.startsWith('//=> '))
      .map((l) => l.slice(5));
    const { steps, anomalies } = runOversightExample();
    expect(shown.slice(0, 3)).toEqual(steps);
    expect(JSON.parse(shown[3]!.replace(/(\w+):/g, '"$1":').replaceAll("'", '"'))).toEqual(anomalies);
  });
});
