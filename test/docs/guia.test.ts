import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { ROOT } from '../repo/sources.js';

// docs/guia-informatica.md: every `console` block is a terminal session on examples/data/:
// `$ seseq-correo …` lines are run through the CLI (today is 2027-03-01) and what follows them is
// what it prints (standard output, then standard error); `$ echo $?` shows the exit code.
// `UPDATE_DOCS=1` writes what the commands print. `sh` blocks must run without a usage error.
const GUIDE = join(ROOT, 'docs', 'guia-informatica.md');

function words(command: string): string[] {
  const out: string[] = [];
  for (const m of command.matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}

function run(command: string): { code: number; lines: string[] } {
  const argv = words(command.replace(/\s*>\s*\S+$/, ''));
  while (argv[0] === 'npx' || argv[0] === 'seseq-correo') argv.shift();
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile: (p) => {
      try {
        return readFileSync(join(ROOT, p), 'utf8');
      } catch {
        return null;
      }
    },
    today: () => '2027-03-01',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, lines: [...out, ...err].join('\n').split('\n') };
}

/** The guide with every console block's outputs as the CLI prints them. */
function render(guide: string): { text: string; sh: string[] } {
  const sh: string[] = [];
  const text = guide.replace(/```(console|sh)\n([\s\S]*?)```/g, (_, lang: string, body: string) => {
    if (lang === 'sh') {
      sh.push(...body.trim().split('\n'));
      return `\`\`\`sh\n${body}\`\`\``;
    }
    const lines: string[] = [];
    let last = 0;
    for (const line of body.split('\n')) {
      if (!line.startsWith('$ ')) continue;
      lines.push(line);
      if (line === '$ echo $?') lines.push(String(last));
      else {
        const r = run(line.slice(2));
        last = r.code;
        lines.push(...r.lines);
      }
    }
    return `\`\`\`console\n${lines.join('\n')}\n\`\`\``;
  });
  return { text, sh };
}

describe('docs/guia-informatica.md, the IT staff guide', () => {
  const guide = readFileSync(GUIDE, 'utf8');
  const { text, sh } = render(guide);

  it('shows exactly what each command prints on examples/data, and its exit code', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(GUIDE, text);
    expect(guide).toBe(text);
  });

  it('covers 8.1, 8.2, 8.3, the four-monthly review and 5.4.13 with a command each', () => {
    for (const c of [
      'solicitud',
      'usuario',
      'lote',
      'conformidad',
      'plazos baja',
      'plazos aviso-jefe',
      'conciliar',
      'revision',
      'anomalias',
    ]) {
      expect(guide).toContain(`$ seseq-correo ${c}`);
    }
  });

  it('has sh blocks that run without a usage error', () => {
    for (const line of sh) expect(run(line).code, line).not.toBe(2);
  });
});
