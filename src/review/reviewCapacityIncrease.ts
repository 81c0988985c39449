import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { guard, refuseAll } from '../_internal/guard.js';
import { plainDateSchema } from '../_internal/schemas.js';
import { issuesToViolations } from '../_internal/zod.js';
import { type Violation, violation } from '../errors/violation.js';
import { capacityRange } from '../policy/capacity.js';
import { type Policy, SESEQ_POLICY } from '../policy/policy.js';
import { readPolicy } from '../policy/readPolicy.js';
import type { CapacityIncrease } from './types.js';

const megabytes = z.number().check(z.minimum(0), z.maximum(100_000_000));

const requestSchema = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  currentMb: megabytes,
  requestedMb: megabytes,
  justification: z.exactOptional(z.nullable(z.string().check(z.maxLength(5000)))),
  signedBy: z.exactOptional(
    z.nullable(z.strictObject({ name: z.string().check(z.maxLength(200)), headOfArea: z.boolean() })),
  ),
  memoOn: z.exactOptional(plainDateSchema),
});

/**
 * Checks a request for more mailbox capacity.
 *
 * The capacity is set by the IT area from the position (4.14, 5.4.7); more is asked "vía
 * memorándum, con la debida justificación y firmado por el titular del área" (4.15). A memo
 * without a justification, or not signed by the head of the area, is refused with
 * `CAPACITY_INCREASE_NEEDS_JUSTIFICATION` (4.15); a "request" for no more than the current
 * capacity with `INVALID_INPUT`; one beyond the policy's maximum (`policy.mailboxCapacityMb.max`,
 * 5.4.7 "la capacidad mínima o máxima") with `CAPACITY_OUT_OF_RANGE`, however well justified.
 * Every problem is reported at once.
 *
 * @param request - `{ username, currentMb, requestedMb, justification?, signedBy?: { name, headOfArea }, memoOn? }`
 * @param policy - its `mailboxCapacityMb.max` (SESEQ: 10 240 MB)
 *
 * @example
 * reviewCapacityIncrease({ username: 'PERLAHL', currentMb: 1024, requestedMb: 2048 })._unsafeUnwrapErr()[0].code
 * //=> 'CAPACITY_INCREASE_NEEDS_JUSTIFICATION' (4.15)
 * reviewCapacityIncrease({
 *   username: 'PERLAHL', currentMb: 1024, requestedMb: 2048,
 *   justification: 'Recibe los expedientes escaneados de las 18 unidades',
 *   signedBy: { name: 'Lic. Ana Ruiz', headOfArea: true },
 * })._unsafeUnwrap()
 * //=> { username: 'PERLAHL', fromMb: 1024, toMb: 2048, clause: '4.15' }
 */
export function reviewCapacityIncrease(
  request: unknown,
  policy: Policy = SESEQ_POLICY,
): Result<CapacityIncrease, Violation[]> {
  return guard([request, policy], () => reviewCapacityIncreaseUnguarded(request, policy), refuseAll);
}

function reviewCapacityIncreaseUnguarded(
  request: unknown,
  policy: Policy,
): Result<CapacityIncrease, Violation[]> {
  const gate = readPolicy(policy);
  if (gate.isErr()) return err([gate.error]);
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return err(issuesToViolations(parsed.error.issues));
  const r = parsed.data;
  const problems: Violation[] = [];
  if (r.requestedMb <= r.currentMb) {
    problems.push(
      violation('INVALID_INPUT', '4.15', {
        issues: ['requestedMb: not more than currentMb'],
        currentMb: r.currentMb,
        requestedMb: r.requestedMb,
      }),
    );
  }
  const { min, max } = capacityRange(gate.value);
  if (r.requestedMb > max) {
    problems.push(violation('CAPACITY_OUT_OF_RANGE', '5.4.7', { capacityMb: r.requestedMb, min, max }));
  }
  if (r.justification == null || r.justification.trim().length === 0) {
    problems.push(violation('CAPACITY_INCREASE_NEEDS_JUSTIFICATION', '4.15', { missing: 'justification' }));
  }
  if (r.signedBy == null || !r.signedBy.headOfArea || r.signedBy.name.trim().length === 0) {
    problems.push(
      violation('CAPACITY_INCREASE_NEEDS_JUSTIFICATION', '4.15', {
        missing: 'signature of the head of the area',
      }),
    );
  }
  if (problems.length > 0) return err(problems);
  return ok({ username: r.username, fromMb: r.currentMb, toMb: r.requestedMb, clause: '4.15' });
}
