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
  // A BOM is whitespace to SEPARATORS' `\s`: it separates like a space.
  for (const raw of text.split(SEPARATORS)) {
    const token = raw.replaceAll('"', '');
    const at = token.indexOf('@');
    const name = (at >= 0 ? token.slice(0, at) : token).toUpperCase();
    if (name !== '') taken.add(name);
  }
  return taken;
}
