import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_VALUE_MAX, renderNotification } from '../../src/notifications/index.js';
import { accountRuns, requestRuns } from '../effects/_runs.js';
import { ROOT } from '../repo/sources.js';

/** Every `template: '…'` the sources use (the machines', and any added later). */
function templatesInSources(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.includes('notifications')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/template: '([a-z-]+)'/g)) {
          if (!path.endsWith('applyLedgerEffects.ts')) found.add(m[1] as string);
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return [...found].sort();
}

const notifies = () =>
  [...requestRuns(), ...accountRuns()].flatMap((r) => r.effects).filter((e) => e.type === 'NOTIFY');

describe('renderNotification (the texts of every NOTIFY)', () => {
  it('has a subject and a body in es-MX and en for every template the sources use', () => {
    const templates = templatesInSources();
    expect(templates.length).toBeGreaterThanOrEqual(14);
    for (const template of templates) {
      for (const locale of ['es-MX', 'en'] as const) {
        const r = renderNotification({ template, clause: '8.1-3' }, locale);
        expect(r.isOk(), `${template} ${locale}`).toBe(true);
        expect(r._unsafeUnwrap().subject.length, `${template} ${locale}`).toBeGreaterThan(10);
      }
    }
  });

  it('renders every NOTIFY the machines produce, naming the clause and the dates (4.22, 8.3-4)', () => {
    for (const e of notifies()) {
      const es = renderNotification(e)._unsafeUnwrap();
      const en = renderNotification(e, 'en')._unsafeUnwrap();
      expect(es.body).toContain(`numeral ${e.clause}.`);
      expect(en.body).toContain(`clause ${e.clause}.`);
      expect(`${es.subject} ${es.body} ${en.subject} ${en.body}`).not.toMatch(/undefined|null|\[object/);
    }
    const grace = notifies().find((e) => e.template === 'grace-period');
    expect(grace && renderNotification(grace)._unsafeUnwrap().body).toMatch(/de \w+ de 2026/);
  });

  it('writes the grace period in formal Spanish by default (4.22)', () => {
    const r = renderNotification({
      template: 'grace-period',
      clause: '4.22',
      data: { username: 'PERLAHL', usableThrough: '2027-01-04', cancelOn: '2027-01-05' },
    })._unsafeUnwrap();
    expect(r.subject).toBe('Su cuenta PERLAHL podrá usarse hasta el 4 de enero de 2027');
    expect(r.body).toContain('se cancelará el 5 de enero de 2027');
    expect(r.body).toContain('Fundamento: procedimiento U430-DP-P09, numeral 4.22.');
  });

  it('lets nothing in the data inject a line, a header or a flood', () => {
    const r = renderNotification({
      template: 'request-not-viable',
      clause: '8.1-4.A.1\nBcc: x@y',
      data: { folio: 'F-1\r\nBcc: victim@example.com\u2028\u202e', reason: 'x'.repeat(10_000) },
    })._unsafeUnwrap();
    expect(r.subject).not.toMatch(/[\r\n\u2028\u202e]/);
    expect(r.body.split('\n\n')).toHaveLength(2);
    expect(r.body).not.toMatch(/[\r\u2028\u202e]/);
    expect(r.body.length).toBeLessThan(400 + NOTIFICATION_VALUE_MAX);
  });

  it('refuses a template it has no text for', () => {
    expect(
      renderNotification({ template: 'welcome', clause: '8.1-13' })._unsafeUnwrapErr().details,
    ).toMatchObject({
      path: 'template',
    });
    expect(renderNotification({ template: '__proto__', clause: '8.1-13' }).isErr()).toBe(true);
  });
});
