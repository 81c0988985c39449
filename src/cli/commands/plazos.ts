import { isPlainDate } from '../../_internal/plainDate.js';
import { cancellationSchedule } from '../../schedule/cancellationSchedule.js';
import { inactivityStatus } from '../../schedule/inactivityStatus.js';
import { isBossNoticeLate } from '../../schedule/isBossNoticeLate.js';
import { offboardingSchedule } from '../../schedule/offboardingSchedule.js';
import type { Ctx, Outcome } from '../context.js';

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
    return { code: 2, usage: en ? `no deadline '${kind}'` : `no hay plazo '${kind}'` };
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
      // Stryker disable next-line ConditionalExpression,ObjectLiteral,ArrayDeclaration: unreachable, isBossNoticeLate refuses only dates that are not days (checked above) or a bad policy (the default is good)
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
