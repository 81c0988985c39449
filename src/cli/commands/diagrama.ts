import { ACCOUNT_MACHINE } from '../../lifecycle/machine.js';
import { toMermaid } from '../../machine/toMermaid.js';
import type { MachineTable } from '../../machine/types.js';
import { REQUEST_MACHINE } from '../../request/machine.js';
import type { Ctx, Outcome } from '../context.js';

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
