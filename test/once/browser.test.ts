// The browser page (examples/playground), in a real headless Chromium: the package runs in a
// browser with no Node built-in, the form is checked as it is typed, and the diagrams render.
// `.ci/run` installs Debian's chromium when it is missing; elsewhere without one the test is
// skipped with a message (CI never skips it).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { buildPlayground } from '../../scripts/playground.mjs';

function chromiumPath(): string | null {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
    } catch {}
  }
  return null;
}

const executablePath = chromiumPath();
if (executablePath === null && process.env.CI) throw new Error('CI needs chromium: .ci/run installs it');
const run = executablePath === null ? test.skip : test;
let browser: Browser;
let page: string;

beforeAll(async () => {
  if (executablePath === null) return;
  page = pathToFileURL(await buildPlayground(mkdtempSync(join(tmpdir(), 'playground-')))).href;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

run(
  'fills form F01 and reads the findings with their clauses and the proposed username (5.4.3, 8.1-4)',
  async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(page);
    await tab.waitForSelector('body[data-ready="true"]');

    await tab.fill('input[name="fullName"]', 'María Soledad Ramírez Trejo');
    await expect.poll(() => tab.textContent('#username')).toBe('SOLEDADRT');
    expect(await tab.textContent('#email')).toBe('soledadrt@seseqro.gob.mx');
    expect(await tab.textContent('#verdict')).toContain('procede');

    // A missing signature and an abbreviated name block the request, each with its clause.
    await tab.fill('input[name="sigUser"]', '');
    await tab.fill('input[name="fullName"]', 'Ma. Soledad Ramírez Trejo');
    await expect.poll(() => tab.textContent('#verdict')).toContain('no procede');
    const findings = await tab.$$eval('#findings li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(findings.some((f) => f.includes('8.1-3'))).toBe(true);
    expect(findings.some((f) => /abreviatura/i.test(f))).toBe(true);
    expect(await tab.textContent('#username')).toBe('—');

    // An internet request without its justification (4.11), and a seat cap reached (4.9).
    await tab.fill('input[name="sigUser"]', '2026-12-01');
    await tab.fill('input[name="fullName"]', 'Perla Adriana Hernández Leal');
    await tab.fill('textarea[name="justification"]', '');
    await tab.fill('input[name="seatsInUse"]', '2');
    await expect
      .poll(() => tab.$$eval('#findings li', (l) => l.map((x) => x.textContent).join('\n')))
      .toContain('4.11');
    const all = await tab.$$eval('#findings li', (l) => l.map((x) => x.textContent).join('\n'));
    expect(all).toContain('4.9');
    expect(await tab.textContent('#username')).toBe('PERLAHL');

    await tab.waitForSelector('body[data-diagrams="ready"]', { timeout: 30_000 });
    expect(await tab.$$eval('#request-diagram svg, #account-diagram svg', (s) => s.length)).toBe(2);
    expect(await tab.textContent('#request-diagram')).toContain('readyToProvision');
    expect(errors).toEqual([]);

    await tab.fill('textarea[name="justification"]', 'Consulta de la normatividad federal en línea');
    await tab.fill('input[name="seatsInUse"]', '1');
    const shot = join(tmpdir(), 'playground.png');
    await tab.screenshot({ path: shot, fullPage: false });
    if (process.env.UPDATE_DOCS) copyFileSync(shot, 'docs/playground.png');
    await tab.close();
  },
  120_000,
);
