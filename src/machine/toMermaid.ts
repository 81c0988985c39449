import { guard } from '../_internal/guard.js';
import { readTable } from './_readTable.js';
import type { AnyMachineTable } from './types.js';

/**
 * Draws a machine's table as a Mermaid `stateDiagram-v2`: one arrow per row and target,
 * labelled with the event, the roles allowed and the clauses. Generated, never drawn by
 * hand, so the diagram cannot drift from the code. Generic, so every machine table
 * (`REQUEST_MACHINE`, `ACCOUNT_MACHINE`, one of the adopter's) is accepted as it is.
 *
 * @example
 * toMermaid(REQUEST_MACHINE).split('\n')[0]
 * //=> 'stateDiagram-v2'
 */
export function toMermaid(machine: AnyMachineTable): string {
  return guard(
    [machine],
    () => toMermaidUnguarded(machine),
    () => '',
  );
}

function toMermaidUnguarded(table: AnyMachineTable): string {
  const machine = readTable(table);
  // Stryker disable next-line ConditionalExpression: without it, reading null throws and the guard answers the same ''
  if (machine === null) return '';
  const lines = ['stateDiagram-v2', `  [*] --> ${machine.initial.status} : ${machine.initial.label}`];
  for (const row of machine.rows) {
    const label = `${row.event} (${row.roles.join(', ')}) §${row.clauses.join(' §')}`;
    for (const from of row.from) {
      for (const to of row.to) lines.push(`  ${from} --> ${to} : ${label}`);
    }
  }
  for (const t of machine.terminal) lines.push(`  ${t} --> [*]`);
  return `${lines.join('\n')}\n`;
}

/**
 * The table as a Markdown table (English or Spanish summaries), for the docs. Like
 * {@link toMermaid}, it takes any machine table (`REQUEST_MACHINE`, `ACCOUNT_MACHINE`, one of
 * the adopter's) as it is, without a cast.
 *
 * @example
 * toMarkdownTable(ACCOUNT_MACHINE, 'es-MX').split('\n')[0]
 * //=> '| desde | evento | roles | hacia | condiciones | efectos | cláusulas | qué ocurre |'
 */
export function toMarkdownTable(machine: AnyMachineTable, locale: 'es-MX' | 'en' = 'en'): string {
  return guard(
    [machine, locale],
    () => toMarkdownTableUnguarded(machine, locale),
    () => '',
  );
}

function toMarkdownTableUnguarded(table: AnyMachineTable, locale: 'es-MX' | 'en'): string {
  const machine = readTable(table);
  // Stryker disable next-line ConditionalExpression: without it, reading null throws and the guard answers the same ''
  if (machine === null) return '';
  const head =
    locale === 'en'
      ? '| from | event | roles | to | guards | effects | clauses | what happens |'
      : '| desde | evento | roles | hacia | condiciones | efectos | cláusulas | qué ocurre |';
  const rows = machine.rows.map((r) =>
    [
      r.from.join(', '),
      `\`${r.event}\``,
      r.roles.join(', '),
      r.to.join(', '),
      r.guards.join(', ') || '—',
      r.effects.join(', ') || '—',
      r.clauses.join(', '),
      locale === 'en' ? r.summary.en : r.summary.es,
    ].join(' | '),
  );
  return (
    [head, '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r} |`)].join('\n') +
    '\n'
  );
}
