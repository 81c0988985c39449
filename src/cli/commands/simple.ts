import { isPlainDate } from '../../_internal/plainDate.js';
import { describe } from '../../errors/describe.js';
import { ACCOUNT_MACHINE } from '../../lifecycle/machine.js';
import { toMermaid } from '../../machine/toMermaid.js';
import type { MachineTable } from '../../machine/types.js';
import { checkUsernameConformance } from '../../names/checkUsernameConformance.js';
import { generateUsername } from '../../names/generateUsername.js';
import { REQUEST_MACHINE } from '../../request/machine.js';
import { reviewAccountRequest } from '../../request/reviewAccountRequest.js';
import { cancellationSchedule } from '../../schedule/cancellationSchedule.js';
import { inactivityStatus } from '../../schedule/inactivityStatus.js';
import { isBossNoticeLate } from '../../schedule/isBossNoticeLate.js';
import { offboardingSchedule } from '../../schedule/offboardingSchedule.js';
import { type Ctx, isOutcome, type Outcome, readJson } from '../context.js';
import { readTaken } from '../taken.js';

/** `usuario "<name>"`: a username by 5.4.3. */
export function usuario(ctx: Ctx): Outcome {
  const taken = readTaken(ctx);
  if (isOutcome(taken)) return taken;
  const r = generateUsername(ctx.args.positionals.join(' '), taken);
  if (r.isErr()) return { code: 1, violations: [r.error] };
  const a = r.value;
  const review = a.needsReview ? (ctx.en ? '\tneeds review' : '\trequiere revisión') : '';
  return {
    code: 0,
    result: a,
    text: `${a.username}\t${a.email}\t${a.rule}${a.clause ? ` (${a.clause})` : ''}${review}`,
  };
}

/** `conformidad <username> "<name>"`: does the username follow 5.4.3 (5.4.6)? */
export function conformidad(ctx: Ctx): Outcome {
  const [username, ...name] = ctx.args.positionals as [string, ...string[]];
  const r = checkUsernameConformance(name.join(' '), username);
  if (r.isErr()) return { code: 1, violations: [r.error] };
  const c = r.value;
  const expected = c.expected.map((e) => e.username).join(', ');
  const shown = username.toUpperCase();
  return {
    code: c.conforms ? 0 : 1,
    result: c,
    text: c.conforms
      ? `${shown}: ${ctx.en ? 'follows' : 'cumple'} ${c.rule} (5.4.3)`
      : `${shown}: ${ctx.en ? 'follows no rule of 5.4.3; expected' : 'no cumple ninguna regla de 5.4.3; se esperaba'} ${expected} (5.4.6)`,
  };
}

/** `diagrama solicitud|cuenta`: a machine as Mermaid. */
export function diagrama(ctx: Ctx): Outcome {
  const which = ctx.args.positionals[0];
  const table = which === 'solicitud' ? REQUEST_MACHINE : which === 'cuenta' ? ACCOUNT_MACHINE : null;
  if (table === null) {
    return {
      code: 2,
      usage: ctx.en
        ? `no machine '${which}': solicitud or cuenta`
        : `no hay máquina '${which}': solicitud o cuenta`,
    };
  }
  const text = toMermaid(table as unknown as MachineTable);
  return { code: 0, result: { mermaid: text }, text };
}

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

function badDate(ctx: Ctx, value: string): Outcome {
  return {
    code: 2,
    usage: ctx.en ? `'${value}' is not a date YYYY-MM-DD` : `'${value}' no es una fecha AAAA-MM-DD`,
  };
}

/** `plazos baja|cancelacion|inactividad|aviso-jefe …`: the procedure's deadlines. */
export function plazos(ctx: Ctx): Outcome {
  const en = ctx.en;
  const [kind, a, b] = ctx.args.positionals;
  const need = kind === 'inactividad' || kind === 'aviso-jefe' ? 2 : 1;
  const given = ctx.args.positionals.length - 1;
  if (kind !== 'baja' && kind !== 'cancelacion' && kind !== 'inactividad' && kind !== 'aviso-jefe') {
    return { code: 2, usage: en ? `no deadline '${kind ?? ''}'` : `no hay plazo '${kind ?? ''}'` };
  }
  if (given !== need) {
    return {
      code: 2,
      usage: en ? `plazos ${kind} takes ${need} date(s)` : `plazos ${kind} lleva ${need} fecha(s)`,
    };
  }
  for (const d of [a, b].slice(0, need)) {
    if (!(isPlainDate(d) || (kind === 'inactividad' && d === a && (d === 'nunca' || d === 'never')))) {
      return badDate(ctx, d!);
    }
  }
  switch (kind) {
    case 'baja': {
      const r = offboardingSchedule(a);
      if (r.isErr()) return { code: 1, violations: [r.error] };
      return {
        code: 0,
        result: r.value,
        text: en
          ? `Usable through ${r.value.usableThrough}; cancelled on ${r.value.cancelOn} (4.22)`
          : `Activa hasta el ${r.value.usableThrough}; se cancela el ${r.value.cancelOn} (4.22)`,
      };
    }
    case 'cancelacion': {
      const r = cancellationSchedule(a);
      if (r.isErr()) return { code: 1, violations: [r.error] };
      return {
        code: 0,
        result: r.value,
        text: en
          ? `Cancellation takes effect on ${r.value.cancelOn} (4.24)`
          : `La cancelación se efectúa el ${r.value.cancelOn} (4.24)`,
      };
    }
    case 'inactividad': {
      const r = inactivityStatus(
        a === 'nunca' || a === 'never' ? null : a,
        b,
        ctx.args.values.al ?? ctx.io.today(),
      );
      if (r.isErr()) return { code: 1, violations: [r.error] };
      const s = r.value;
      const state = s.inactive ? (en ? 'Inactive' : 'Inactiva') : en ? 'Active' : 'Activa';
      return {
        code: 0,
        result: s,
        text: `${state}; ${en ? 'inactive from' : 'inactiva desde el'} ${s.inactiveFrom} (4.19)`,
      };
    }
    case 'aviso-jefe': {
      const r = isBossNoticeLate(a, b);
      if (r.isErr()) return { code: 1, violations: [r.error] };
      const s = r.value;
      const state = s.late ? (en ? 'Late' : 'Tardío') : en ? 'On time' : 'A tiempo';
      return {
        code: s.late ? 1 : 0,
        result: s,
        text: `${state}: ${s.days} ${en ? 'days after the baja' : 'días después de la baja'} (4.23)`,
      };
    }
  }
}
