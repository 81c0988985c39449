import { checkUsernameConformance } from '../../names/checkUsernameConformance.js';
import { generateUsername } from '../../names/generateUsername.js';
import { type Ctx, isOutcome, type Outcome } from '../context.js';
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
