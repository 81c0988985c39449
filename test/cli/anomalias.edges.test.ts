import { describe, expect, it } from 'vitest';
import { cli, disk } from './_session.js';

// Edge cases of `seseq-correo anomalias` (5.4.13): how the lines of a log are read, the exit
// code, the progress line and the options passed on.

const LOG = disk('examples/data/bitacora.jsonl') as string;

describe('anomalias: reading the log (5.4.13)', () => {
  it('exits 0 when every line is an entry, whatever it finds (5.4.13)', () => {
    const three = LOG.split('\n').slice(0, 3).join('\n');
    const r = cli(['anomalias', 'b.jsonl', '--al', '2027-01-05'], { 'b.jsonl': three });
    expect(r).toEqual({
      code: 0,
      out: 'Anomalías al 2027-01-05 (5.4.13): 1 solicitudes, 3 entradas, 0 anomalías',
      err: '',
    });
    const csv = cli(['anomalias', 'b.jsonl', '--formato', 'csv'], { 'b.jsonl': '' });
    expect(csv).toEqual({ code: 0, out: 'solicitud,anomalía,cláusula,descripción,líneas,detalle', err: '' });
  });

  it('skips blank lines and lines of spaces of a CRLF file, and names the nested field of a bad entry (5.4.13)', () => {
    const text = '{"at":"2027-01-04T09:00:00-06:00","actor":{"role":"x"}}\r\n   \r\n\r\n';
    const r = cli(['anomalias', 'b.jsonl'], { 'b.jsonl': text });
    expect(r).toEqual({
      code: 1,
      out: 'Anomalías al 2027-03-01 (5.4.13): 0 solicitudes, 0 entradas, 0 anomalías',
      err: 'línea 1: no es una entrada de bitácora (actor.role)',
    });
    const en = cli(['anomalias', 'b.jsonl', '--en'], { 'b.jsonl': text });
    expect(en.err).toBe('line 1: not a log entry (actor.role)');
  });

  it('numbers the lines after a leading BOM and a CRLF log the same as without (5.4.13)', () => {
    const crlf = `\uFEFF${LOG.split('\n').slice(0, 3).join('\r\n')}\r\n`;
    const r = cli(['anomalias', 'b.jsonl', '--al', '2027-01-05'], { 'b.jsonl': crlf });
    expect(r.code).toBe(0);
    expect(r.out).toBe('Anomalías al 2027-01-05 (5.4.13): 1 solicitudes, 3 entradas, 0 anomalías');
  });

  it('reports progress on a terminal by line, up to the last (5.4.13)', () => {
    const seen: string[] = [];
    const r = cli(['anomalias', 'b.jsonl'], { 'b.jsonl': '\n'.repeat(4999) }, seen);
    expect(r.code).toBe(0);
    expect(seen).toEqual([
      'anomalias: 1000/5000',
      'anomalias: 2000/5000',
      'anomalias: 3000/5000',
      'anomalias: 4000/5000',
      'anomalias: 5000/5000',
    ]);
  });

  it('refuses a burst threshold below 2 as a wrong command (exit 2) (5.4.13)', () => {
    const r = cli(['anomalias', 'b.jsonl', '--rafaga-umbral', '1'], { 'b.jsonl': '' });
    expect(r).toEqual({ code: 2, out: '', err: '✗ Datos inválidos: burst.threshold: too_small.' });
    const doc = JSON.parse(
      cli(['anomalias', 'b.jsonl', '--rafaga-dias', '0', '--json'], { 'b.jsonl': '' }).out,
    );
    expect(doc).toMatchObject({ ok: false, exitCode: 2, command: 'anomalias' });
    expect(doc.violations[0]).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
