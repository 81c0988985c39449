import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/errors/index.js';
import { renderNotification } from '../../src/notifications/renderNotification.js';
import { TEXTS_EN, TEXTS_ES } from '../../src/notifications/texts.js';

// The exact text of every notification, in both locales, with every value a text reads and
// with none (4.22, 4.24, 8.1-8.3: what the people concerned receive). The expected texts live
// in texts.golden.json; after a deliberate change of wording, regenerate it with
// `UPDATE_GOLDEN=1 npx vitest run test/notifications/texts.golden.test.ts` and review the diff.
// Written from the survivors of `MUTATE=notifications npm run mutation` (docs/performance.md).

const GOLDEN = new URL('./texts.golden.json', import.meta.url);

const KEYS = [
  'cause',
  'days',
  'department',
  'folio',
  'internet',
  'procedure',
  'reason',
  'toDepartment',
  'username',
];
const DATES = ['bajaOn', 'cancelOn', 'effectiveOn', 'inactiveFrom', 'lastAccessOn', 'on', 'usableThrough'];
const ALL: Record<string, unknown> = {
  ...Object.fromEntries(KEYS.map((k) => [k, `<${k}>`])),
  ...Object.fromEntries(DATES.map((k, i) => [k, `2027-0${i + 1}-1${i}`])),
};
// The values that choose a wording (kept where they change a text).
const VARIANTS: [string, Record<string, unknown>][] = [
  ['internet authorized', { internet: 'authorized' }],
  ...['inactivity', 'baja', 'request', 'expiry', 'sanction'].map((c): [string, Record<string, unknown>] => [
    `cause ${c}`,
    { cause: c },
  ]),
];
const LOCALES: Locale[] = ['es-MX', 'en'];

function texts(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const render = (template: string, data: Record<string, unknown> | undefined, locale: Locale) =>
    renderNotification({ template, clause: '4.22', data } as never, locale)._unsafeUnwrap();
  for (const locale of LOCALES) {
    const templates = Object.keys(locale === 'en' ? TEXTS_EN : TEXTS_ES).sort();
    for (const template of templates) {
      out[`${locale} ${template} none`] = render(template, undefined, locale);
      const all = render(template, ALL, locale);
      out[`${locale} ${template} all`] = all;
      for (const [name, data] of VARIANTS) {
        const text = render(template, { ...ALL, ...data }, locale);
        if (JSON.stringify(text) !== JSON.stringify(all)) out[`${locale} ${template} ${name}`] = text;
      }
    }
  }
  return out;
}

describe('the text of every notification (4.22, 4.24, 8.1, 8.2, 8.3)', () => {
  it('is the reviewed text, in es-MX and en, with every value and with none', () => {
    const actual = texts();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
    for (const [key, text] of Object.entries(expected)) expect(actual[key], key).toEqual(text);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });
});
