import { guard } from '../_internal/guard.js';
import { type MailboxCapacityPolicy, type Policy, SESEQ_POLICY } from './policy.js';

// Number.isInteger is false for anything that is not a number.
const isMb = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 10_000_000;

/** F01's "Puesto" as a key: no accents, lower case, blanks collapsed. */
function positionKey(position: string): string {
  let out = '';
  let blank = false;
  for (const ch of position.normalize('NFKD').toLowerCase()) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (ch.trim() === '') {
      blank = out !== '';
      continue;
    }
    out += blank ? ` ${ch}` : ch;
    blank = false;
  }
  return out;
}

/**
 * @internal The capacity range of a policy, read defensively: a hand-made policy without it,
 * or with one that is not a range (`min ≤ default ≤ max`, whole MB), reads as SESEQ's, so a
 * malformed policy never lifts the maximum silently (4.14, 5.4.7).
 */
export function capacityRange(policy: unknown): MailboxCapacityPolicy {
  const p = policy !== null && typeof policy === 'object' ? (policy as Partial<Policy>) : SESEQ_POLICY;
  const c = p.mailboxCapacityMb as Partial<MailboxCapacityPolicy> | undefined;
  if (
    c === null ||
    typeof c !== 'object' ||
    !isMb(c.min) ||
    !isMb(c.max) ||
    !isMb(c.default) ||
    c.min > c.default ||
    c.default > c.max
  ) {
    return SESEQ_POLICY.mailboxCapacityMb;
  }
  return c as MailboxCapacityPolicy;
}

/**
 * The mailbox capacity the IT area assigns to a position (4.14: "determinada por las
 * características del puesto"; 5.4.7): `policy.mailboxCapacityMb.byPosition[position]` when
 * the policy names that position (compared without case, accents or extra blanks), else the
 * policy's default. Always within the policy's `[min, max]`.
 * @see 4.14, 5.4.7
 *
 * @param position - F01's "Puesto"
 * @param policy - its `mailboxCapacityMb` (SESEQ: 256 – 10 240 MB, default 1 024)
 * @returns the capacity in MB
 *
 * @example
 * capacityForPosition('Analista de sistemas')
 * //=> 1024
 * const p = definePolicy({ mailboxCapacityMb: { byPosition: { 'Director de Área': 4096 } } })._unsafeUnwrap();
 * capacityForPosition('director de area', p)
 * //=> 4096
 */
export function capacityForPosition(position: string, policy: Policy = SESEQ_POLICY): number {
  // A position or policy that cannot be read (a throwing getter, a Proxy) gives SESEQ's default.
  return guard(
    [position, policy],
    () => capacityOf(position, policy),
    () => SESEQ_POLICY.mailboxCapacityMb.default,
  );
}

function capacityOf(position: string, policy: Policy): number {
  const range = capacityRange(policy);
  const byPosition = range.byPosition;
  if (typeof position === 'string' && byPosition !== null && typeof byPosition === 'object') {
    const key = positionKey(position);
    for (const [name, mb] of Object.entries(byPosition)) {
      if (positionKey(name) === key && isMb(mb) && mb >= range.min && mb <= range.max) return mb;
    }
  }
  return range.default;
}
