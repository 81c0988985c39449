/**
 * A span of calendar months, added with end-of-month clamping (SPEC §1).
 *
 * @example
 * const every: Months = { months: 4 };
 * SESEQ_POLICY.inactivityReviewEvery
 * //=> { months: 4 }
 */
export type Months = { readonly months: number };

/**
 * The range of mailbox capacities, in megabytes, that the IT area assigns (4.14, 5.4.7): the
 * smallest and largest it gives, the one it gives by default, and optionally one per position
 * (F01 "Puesto"; keys compared without case, accents or extra blanks). Every capacity, by
 * position too, lies within `[min, max]`.
 *
 * @example
 * const capacity: MailboxCapacityPolicy = { min: 256, max: 10240, default: 1024, byPosition: { 'Jefe de Departamento': 4096 } };
 * SESEQ_POLICY.mailboxCapacityMb
 * //=> { min: 256, max: 10240, default: 1024 }
 */
export type MailboxCapacityPolicy = {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly byPosition?: Readonly<Record<string, number>>;
};

/**
 * Every number and list the procedure fixes, as data. {@link SESEQ_POLICY} holds the values
 * of U430-DP-P09 Rev. A; {@link definePolicy} derives a validated variant.
 *
 * @example
 * const policy: Policy = definePolicy({ seatExceptions: { Urgencias: 3 } })._unsafeUnwrap();
 * [policy.mailboxSeatsPerDepartment, policy.seatExceptions.Urgencias, policy.domain]
 * //=> [2, 3, 'seseqro.gob.mx']
 */
export type Policy = {
  /** The institutional mail domain: `usuario@seseqro.gob.mx`. @see 3.0 */
  readonly domain: string;
  /** The IANA time zone in which a `PlainDate` is a day. */
  readonly timeZone: string;
  /** Mailboxes per department: its head and one designee. @see 4.9 */
  readonly mailboxSeatsPerDepartment: number;
  /** Internet exits per department ("solo podrán existir dos"). @see 4.13, 8.1-5, 8.1-6, F01 */
  readonly internetExitsPerDepartment: number;
  /**
   * Mailbox seats granted to a department as an approved operational exception to 4.9
   * ("serán consideradas aquellas áreas que debido a su función lo requieran"), by
   * department key. Never applied silently: a grant that uses one says so. @see 4.9
   */
  readonly seatExceptions: Readonly<Record<string, number>>;
  /** Sites every department may reach. @see 4.13 */
  readonly alwaysAllowedSites: readonly string[];
  /** An account not consulted for this long is cancelled. @see 4.19, 5.4.4, 8.3-3 */
  readonly inactivityThreshold: Months;
  /** How often the mail officer pulls the access report. @see 8.3-1 */
  readonly inactivityReviewEvery: Months;
  /** Días naturales an account stays usable after a baja. @see 4.22, 8.3-9 */
  readonly offboardingGraceDays: number;
  /** Days between the confirmation e-mail and a requested cancellation. @see 4.24, 8.3-7 */
  readonly cancellationNoticeDays: number;
  /** A boss must report a baja in fewer than this many days. @see 4.23 */
  readonly bossNoticeDeadlineDays: number;
  /**
   * Mailbox capacities in MB: minimum, maximum, default, and optionally by position. The
   * procedure gives no number; SESEQ's are a decision (docs/decisions.md Q3).
   * @see 4.14, 5.4.7, 4.15
   */
  readonly mailboxCapacityMb: MailboxCapacityPolicy;
  /** Notify the user when usage is above this share of capacity. @see 5.4.8 */
  readonly quotaWarningRatio: number;
  /** How often the contingency plan is drilled. @see 5.4.12 */
  readonly contingencyDrillEvery: Months;
  /** First names so common that the second given name is used instead. @see 5.4.3 */
  readonly commonFirstNames: readonly string[];
  /** Role mailboxes that are never a person's username. @see RFC 2142, 4.16 */
  readonly reservedUsernames: readonly string[];
  /**
   * Compound surnames read as one surname in free text (`'PONCE DE LEON'`: a word,
   * particles, a word; normalised, words split by one space). @see 5.4.3, SPEC §12
   */
  readonly compoundSurnames: readonly string[];
};

function deepFreeze<T>(value: T): T {
  // Primitives and null count as frozen; an object already frozen (SESEQ_POLICY's lists
  // copied into a new policy) is not walked again.
  if (!Object.isFrozen(value)) {
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

// The mark of a policy definePolicy built and froze: a non-enumerable property under a
// registered symbol (so that the ESM and the CommonJS copies of the package, both loaded in one
// process, recognise each other's). A spread, a JSON copy or a hand-made object do not carry
// it, so only an object definePolicy returned (frozen, hence unchanged since) is recognised.
const BUILT = Symbol.for('seseq-correo.policy');

/** @internal Marks a policy as built by `definePolicy` (before it is frozen). */
export function markPolicy(p: Policy): Policy {
  // Not enumerable (the default), so that a spread or Object.assign does not copy the mark.
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: only the mark's presence is read (isBrandedPolicy), never its value
  Object.defineProperty(p, BUILT, { value: true });
  return p;
}

/** @internal Whether `p` is a policy `definePolicy` made (and so valid and frozen). */
export function isBrandedPolicy(p: object): boolean {
  return Object.isFrozen(p) && Object.hasOwn(p, BUILT);
}

/** @internal Freezes a policy and everything in it. */
export const freezePolicy = (p: Policy): Policy => deepFreeze(p);

/**
 * The policy of U430-DP-P09 Rev. A (SPEC §2), frozen.
 *
 * @example
 * SESEQ_POLICY.internetExitsPerDepartment
 * //=> 2
 */
export const SESEQ_POLICY: Policy = deepFreeze({
  domain: 'seseqro.gob.mx',
  timeZone: 'America/Mexico_City',
  mailboxSeatsPerDepartment: 2,
  internetExitsPerDepartment: 2,
  seatExceptions: {},
  alwaysAllowedSites: ['seseq.gob.mx', 'salud.gob.mx'],
  inactivityThreshold: { months: 3 },
  inactivityReviewEvery: { months: 4 },
  offboardingGraceDays: 15,
  cancellationNoticeDays: 2,
  bossNoticeDeadlineDays: 15,
  mailboxCapacityMb: { min: 256, max: 10_240, default: 1024 },
  quotaWarningRatio: 0.9,
  contingencyDrillEvery: { months: 12 },
  commonFirstNames: ['JOSE', 'MARIA'],
  reservedUsernames: [
    'POSTMASTER',
    'HOSTMASTER',
    'WEBMASTER',
    'ABUSE',
    'SECURITY',
    'NOC',
    'ADMIN',
    'ADMINISTRADOR',
    'ROOT',
    'INFO',
    'SUPPORT',
    'SOPORTE',
    'NOREPLY',
    'MAILERDAEMON',
    'TODOS',
    'CONTACTO',
    'INFORMATICA',
    'SESEQ',
  ],
  compoundSurnames: [
    'PONCE DE LEON',
    'MONTES DE OCA',
    'DIAZ DE LEON',
    'FERNANDEZ DE LARA',
    'RUIZ DE VELASCO',
    'PEREZ DE TAGLE',
    'SANCHEZ DE TAGLE',
    'MARTINEZ DE LA TORRE',
    'GOMEZ DE LA CORTINA',
    'ORTIZ DE MONTELLANO',
    'DIAZ DE LA VEGA',
    'RUIZ DE CHAVEZ',
    'FERNANDEZ DE CORDOBA',
    'SUAREZ DEL REAL',
    'VAZQUEZ DE MERCADO',
    'RUIZ DE ALARCON',
    'ESPINOSA DE LOS MONTEROS',
    'LADRON DE GUEVARA',
    'LEON DE LA BARRA',
    'CABEZA DE VACA',
  ],
});
