import { ACCOUNT_MACHINE } from '../../lifecycle/machine.js';
import { toMermaid } from '../../machine/toMermaid.js';
import { REQUEST_MACHINE } from '../../request/machine.js';
import type { Ctx, Outcome } from '../context.js';

/** `diagrama solicitud|cuenta`: a machine as Mermaid. */
export function diagrama(ctx: Ctx): Outcome {
  const which = ctx.args.positionals[0];
  const text =
    which === 'solicitud'
      ? toMermaid(REQUEST_MACHINE)
      : which === 'cuenta'
        ? toMermaid(ACCOUNT_MACHINE)
        : null;
  if (text === null) {
    return {
      code: 2,
      usage: ctx.en
        ? `no machine '${which}': solicitud or cuenta`
        : `no hay máquina '${which}': solicitud o cuenta`,
    };
  }
  return { code: 0, result: { mermaid: text }, text };
}
