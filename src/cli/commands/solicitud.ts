import { describe } from '../../errors/describe.js';
import { reviewAccountRequest } from '../../request/reviewAccountRequest.js';
import { type Ctx, isOutcome, type Outcome, readJson } from '../context.js';
import { readTaken } from '../taken.js';

/** `solicitud <f01.json>`: the IT head's review of form F01 (8.1-4). */
export function solicitud(ctx: Ctx): Outcome {
  const form = readJson(ctx, ctx.args.positionals[0]!);
  if (isOutcome(form)) return form;
  const taken = readTaken(ctx);
  if (isOutcome(taken)) return taken;
  const seatsInUse = Number(ctx.args.values.asientos ?? 0);
  const exitsInUse = Number(ctx.args.values.salidas ?? 0);
  const r = reviewAccountRequest(form.value, { seatsInUse, exitsInUse, taken });
  if (r.isErr()) return { code: 1, violations: r.error };
  const lines = r.value.findings.map(
    (x) => `${x.severity === 'blocking' ? '✗' : '·'} ${describe(x, ctx.locale)}`,
  );
  const u = r.value.proposedUsername;
  if (u !== null) lines.push(`${ctx.en ? 'Username' : 'Usuario'}: ${u.username} (${u.rule})`);
  const en = ctx.en;
  lines.push(
    r.value.blocking
      ? en
        ? 'Does not proceed as it stands (8.1-4).'
        : 'No procede tal como está (8.1-4).'
      : en
        ? 'Proceeds (8.1-4.B).'
        : 'Procede (8.1-4.B).',
  );
  return { code: r.value.blocking ? 1 : 0, result: r.value, text: lines.join('\n') };
}
