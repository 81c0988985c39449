import { type Ctx, isOutcome, type Outcome, readText } from './context.js';

const SEPARATORS = /[\s,;]+/;

/**
 * The usernames a `--ocupados` file names: one a line, or separated by commas or semicolons;
 * an e-mail address counts as its username (the part before `@`); retired usernames (4.19) are
 * listed the same way. Quotes and case do not matter.
 */
export function readTaken(ctx: Ctx): ReadonlySet<string> | Outcome {
  const path = ctx.args.values.ocupados;
  if (path === undefined) return new Set();
  const text = readText(ctx, path);
  if (isOutcome(text)) return text;
  const taken = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(SEPARATORS)) {
    const token = raw.replaceAll('"', '').trim();
    if (token === '') continue;
    const at = token.indexOf('@');
    taken.add((at >= 0 ? token.slice(0, at) : token).toUpperCase());
  }
  return taken;
}
