import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Violation, violation } from '../errors/violation.js';
import type { LogEntry } from '../machine/types.js';
import { actorSchema, instantSchema, shortText } from './schemas.js';
import { issuesToViolations } from './zod.js';

/** How one machine's log entries look: its statuses, its first event and its other events. */
export type LogEntrySchemas = {
  readonly statuses: readonly [string, ...string[]];
  /** The type of the event that starts a subject's log (`CREATE`, `OPEN`), from `null`, version 1. */
  readonly firstType: string;
  readonly first: z.ZodMiniType;
  readonly event: z.ZodMiniType;
};

/** "an OPEN", "a CREATE": the article an event type's name takes in a message. */
const article = (type: string): string => (/^[AEIOU]/.test(type) ? 'an' : 'a');

/**
 * @internal A stored log entry read back: the envelope, the event by its own schema (paths
 * under `event`), and the rule that the first event, and only it, comes from `null` at
 * version 1. Every problem at once. The caller's type `E` is what the two schemas accept.
 */
export function parseLogEntryWith<E>(input: unknown, s: LogEntrySchemas): Result<LogEntry<E>, Violation[]> {
  const envelope = z.strictObject({
    at: instantSchema,
    actor: actorSchema,
    subject: shortText,
    version: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)),
    event: z.unknown(),
    from: z.nullable(z.enum(s.statuses)),
    to: z.enum(s.statuses),
    clauses: z.array(z.string().check(z.minLength(1), z.maxLength(50))).check(z.maxLength(100)),
  });
  const e = envelope.safeParse(input);
  const problems = e.success ? [] : issuesToViolations(e.error.issues);
  // A primitive has no own `event`, `from` or `version`, and a primitive event no `type`.
  const raw = (input ?? {}) as Record<string, unknown>;
  const event: unknown = Object.hasOwn(raw, 'event') ? raw.event : undefined;
  const type: unknown = (event as { type?: unknown } | null | undefined)?.type;
  const isFirst = type === s.firstType;
  const ev = (isFirst ? s.first : s.event).safeParse(event);
  // A missing event is the envelope's problem already; one the envelope read from a prototype
  // is not an own field, so it is refused here rather than with no reason at all.
  if (!ev.success && (event !== undefined || e.success)) {
    problems.push(...issuesToViolations(ev.error.issues.map((i) => ({ ...i, path: ['event', ...i.path] }))));
  }
  if (Object.hasOwn(raw, 'from') && isFirst !== (raw.from === null)) {
    problems.push(
      violation('INVALID_INPUT', null, {
        path: 'from',
        issue: 'custom',
        message: isFirst
          ? `${article(s.firstType)} ${s.firstType} entry comes from null`
          : `only ${article(s.firstType)} ${s.firstType} entry comes from null`,
      }),
    );
  }
  if (isFirst && Object.hasOwn(raw, 'version') && raw.version !== 1) {
    problems.push(
      violation('INVALID_INPUT', null, {
        path: 'version',
        issue: 'custom',
        message: `${article(s.firstType)} ${s.firstType} entry has version 1`,
      }),
    );
  }
  // Every failed parse has left a problem above, so none means both parses succeeded.
  if (problems.length > 0) return err(problems);
  // The envelope and the event's own schema are exactly LogEntry<E>.
  return ok({ ...(e as { data: object }).data, event: (ev as { data: unknown }).data } as LogEntry<E>);
}
