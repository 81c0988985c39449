import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../repo/sources.js';

describe('docs/testing.md', () => {
  it("shows the adopter's test file exactly as the library's tests run it", () => {
    const doc = readFileSync(join(ROOT, 'docs/testing.md'), 'utf8');
    const section = doc.slice(doc.indexOf("## An adopter's test file"));
    const block = section.slice(
      section.indexOf('```ts\n') + 6,
      section.indexOf('```\n', section.indexOf('```ts\n') + 6),
    );
    const file = readFileSync(join(ROOT, 'test/testing/adopter.example.test.ts'), 'utf8');
    expect(block).toBe(file);
  });
});
