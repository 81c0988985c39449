import { ANOMALY_DEFAULTS, findApprovalAnomalies } from '../../oversight/findApprovalAnomalies.js';
import { requestLogRecordSchema } from '../../oversight/schema.js';
import type { ApprovalAnomaly } from '../../oversight/types.js';
import { type Ctx, isOutcome, type Outcome, progress, readText } from '../context.js';
import { type RowError, writeCsv } from '../csv.js';

const ES: Record<ApprovalAnomaly['kind'], string> = {
  segregationOfDuties: 'la misma persona solicitó y aprobó',
  provisionedWithoutApproval: 'alta sin aprobación',
  outOfOrder: 'paso fuera del orden del procedimiento',
  exitOverCap: 'salida a internet sobre el tope',
  seatExceptionWithoutReason: 'asiento sobre el tope sin excepción justificada',
  usernameNotConforming: 'usuario que no sigue 5.4.3',
  stalled: 'solicitud detenida',
  burst: 'ráfaga de solicitudes de un área',
};
const EN: Record<ApprovalAnomaly['kind'], string> = {
  segregationOfDuties: 'the same person filed and approved',
  provisionedWithoutApproval: 'provisioned without approval',
  outOfOrder: 'a step out of the procedure order',
  exitOverCap: 'internet exit over the cap',
  seatExceptionWithoutReason: 'a seat over the cap with no justified exception',
  usernameNotConforming: 'a username that does not follow 5.4.3',
  stalled: 'a stalled request',
  burst: 'a burst of requests from one area',
};

/**
 * `anomalias <log.jsonl>`: the anomalies of the approval process (5.4.13) in a request log of
 * one JSON entry a line. A line that is not an entry is reported with its number; the rest go on.
 */
export function anomalias(ctx: Ctx): Outcome {
  const path = ctx.args.positionals[0]!;
  const text = readText(ctx, path);
  if (isOutcome(text)) return text;
  const entries: unknown[] = [];
  const lines: number[] = [];
  const errors: RowError[] = [];
  // `trim` below drops a leading BOM too.
  const all = text.split('\n');
  const tick = progress(ctx, all.length);
  all.forEach((raw, i) => {
    tick(i + 1);
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ line: i + 1, message: ctx.en ? 'not JSON' : 'no es JSON' });
      return;
    }
    const ok = requestLogRecordSchema.safeParse(value);
    if (!ok.success) {
      // A failed parse has at least one issue.
      const where = ok.error.issues[0]!.path.join('.') || (ctx.en ? 'root' : 'raíz');
      errors.push({
        line: i + 1,
        message: ctx.en ? `not a log entry (${where})` : `no es una entrada de bitácora (${where})`,
      });
      return;
    }
    entries.push(value);
    lines.push(i + 1);
  });
  const v = ctx.args.values;
  const options = {
    asOf: v.al ?? ctx.io.today(),
    ...(v['dias-detenida'] ? { stalledAfterDays: Number(v['dias-detenida']) } : {}),
    burst: {
      windowDays: Number(v['rafaga-dias'] ?? ANOMALY_DEFAULTS.burst.windowDays),
      threshold: Number(v['rafaga-umbral'] ?? ANOMALY_DEFAULTS.burst.threshold),
    },
  };
  const r = findApprovalAnomalies(entries, options);
  if (r.isErr()) {
    // Every line was checked against the entry schema above, so the library can refuse only the
    // options or a log beyond its input limits: the command is wrong.
    return { code: 2, violations: [r.error] };
  }
  const words = ctx.en ? EN : ES;
  const anomalies = r.value.anomalies.map((a) => ({
    ...a,
    lines: a.entries.map((e) => lines[e]!),
    message: words[a.kind],
  }));
  const detail = (a: (typeof anomalies)[number]) =>
    Object.entries(a.details)
      .map(([k, x]) => `${k}=${x}`)
      .join(' ');
  let out: string;
  if (v.formato === 'csv') {
    const head = ctx.en
      ? ['request', 'anomaly', 'clause', 'description', 'lines', 'detail']
      : ['solicitud', 'anomalía', 'cláusula', 'descripción', 'líneas', 'detalle'];
    out = writeCsv(
      [head, ...anomalies.map((a) => [a.subject, a.kind, a.clause, a.message, a.lines.join(' '), detail(a)])],
      // Stryker disable next-line ObjectLiteral: csv-stringify's defaults are the same (`,`, LF) and writeCsv adds a BOM only when asked
      {
        delimiter: ',',
        bom: false,
        crlf: false,
      },
    );
  } else {
    out = [
      ctx.en
        ? `Anomalies on ${r.value.asOf} (5.4.13): ${r.value.requests} requests, ${r.value.entries} entries, ${anomalies.length} anomalies`
        : `Anomalías al ${r.value.asOf} (5.4.13): ${r.value.requests} solicitudes, ${r.value.entries} entradas, ${anomalies.length} anomalías`,
      ...anomalies.map(
        (a) =>
          `${a.subject}\t${a.message} (${a.clause})\t${ctx.en ? 'lines' : 'líneas'} ${a.lines.join(', ')}\t${detail(a)}`,
      ),
    ].join('\n');
  }
  return { code: errors.length > 0 ? 1 : 0, result: { ...r.value, anomalies }, text: out, rows: errors };
}
