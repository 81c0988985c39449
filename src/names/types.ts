/**
 * A person's name as form F01 gives it, structured: the given names and up to two surnames,
 * as typed (accents, particles and any case allowed). @see 5.4.3, F01
 *
 * @example
 * const input: PersonNameInput = { givenNames: 'María Soledad', paternalSurname: 'Ramírez', maternalSurname: 'Trejo' };
 */
export type PersonNameInput = {
  /** "Nombre(s)": one or more given names, such as `'María Soledad'`. */
  givenNames: string;
  /** "Apellido paterno", such as `'Ramírez'` or `'de la Cruz'`. */
  paternalSurname?: string | null;
  /** "Apellido materno", such as `'Trejo'` or `'Ponce de León'`. */
  maternalSurname?: string | null;
};

/**
 * A name reduced to its material: uppercase `A`–`Z` words, particles dropped (SPEC §3.1).
 * Each surname is held as the **joined** material of its words, particles dropped:
 * `'de la Cruz'` → `'CRUZ'`, `'Ponce de León'` → `'PONCELEON'`, `'Pérez-Gómez'` →
 * `'PEREZGOMEZ'`. A surname made only of particles keeps them (`'Del'` → `'DEL'`).
 * `null` means the surname is absent. @see 5.4.3
 *
 * @example
 * // what parsePersonName reads from 'María de los Ángeles' 'de la Cruz' 'Ponce de León'
 * const name: PersonName = { givenNames: ['MARIA', 'ANGELES'], paternalSurname: 'CRUZ', maternalSurname: 'PONCELEON' };
 */
export type PersonName = {
  /** The given names, one material word each: `'María de los Ángeles'` → `['MARIA', 'ANGELES']`. */
  givenNames: string[];
  /** The paternal surname's material, or `null`. */
  paternalSurname: string | null;
  /** The maternal surname's material, or `null`. */
  maternalSurname: string | null;
};

/**
 * Which line of the table of 5.4.3 (SPEC §3.2) produced a username. `numbered` is the
 * library's last resort after the procedure's own rules, and always needs a human review.
 *
 * @example
 * const rule: UsernameRule = 'common-first-name';
 */
export type UsernameRule =
  | 'primary'
  | 'common-first-name'
  | 'two-given-one-surname'
  | 'one-given-one-surname'
  | 'collision'
  | 'numbered';

/**
 * A username one rule proposes, with that rule and its clause (`null` for `numbered`).
 *
 * @example
 * const candidate: UsernameCandidate = { username: 'CARLOSPJ', rule: 'common-first-name', clause: '5.4.3' };
 */
export type UsernameCandidate = {
  /** Uppercase `A`–`Z` (plus a number of 2–99 for `numbered`), at most 64 characters. */
  username: string;
  rule: UsernameRule;
  clause: '5.4.3' | null;
};

/**
 * Why a candidate of the procedure's rules was passed over.
 *
 * @example
 * const reason: SkipReason = 'retired';
 */
export type SkipReason = 'too-long' | 'reserved' | 'retired' | 'taken';

/**
 * A rule candidate that could not be used, and why.
 *
 * @example
 * const skipped: SkippedCandidate = { username: 'SOLEDADRT', rule: 'common-first-name', reason: 'retired' };
 */
export type SkippedCandidate = { username: string; rule: UsernameRule; reason: SkipReason };

/**
 * The username chosen for a person: the candidate, its address in the institutional domain,
 * and whether a person must review it (every `numbered` one, and a `collision` reached from
 * an ambiguous free-text name).
 *
 * @example
 * const assignment: UsernameAssignment = {
 *   username: 'AHILARION', rule: 'collision', clause: '5.4.3', email: 'ahilarion@seseqro.gob.mx', needsReview: false,
 * };
 */
export type UsernameAssignment = UsernameCandidate & {
  /** The lower-cased username `@policy.domain`. @see 3.0 */
  email: string;
  needsReview: boolean;
  /**
   * The rule candidates passed over, in rule order, when one of them was passed over for a
   * reason other than being taken (reserved, retired, over 64 characters): the unusual
   * cases a reviewer should see. Absent otherwise, including the usual collision.
   */
  skipped?: SkippedCandidate[];
};

/**
 * The usernames already in use, matched case-insensitively: a set (`'perlahl'` and
 * `'PERLAHL'` are the same entry), an array or other iterable of strings, a `Map` (its keys:
 * usernames to anything, as `Map.has` reads it), or a predicate (asked about the uppercase
 * form and, if it says no, the lowercase form). Anything else — a plain object, a string, an
 * entry that is not a string, more than 1 000 000 entries — is refused with `INVALID_INPUT`,
 * never read as empty. Retired usernames (4.19) belong here too.
 *
 * @example
 * const taken: Taken = new Set(['PERLAHL', 'alejandrohn']);
 * const asList: Taken = ['PERLAHL', 'ALEJANDROHN'];
 * const byPredicate: Taken = (username) => username === 'PERLAHL';
 */
export type Taken =
  | ReadonlySet<string>
  | ReadonlyMap<string, unknown>
  | Iterable<string>
  | ((username: string) => boolean);

/**
 * Optional extras of {@link generateUsername} and {@link assignUsernames}.
 *
 * @example
 * generateUsername('María Soledad Ramírez Trejo', new Set(), undefined, { retired: new Set(['SOLEDADRT']) })
 *   .map((a) => a.skipped)
 * //=> ok([{ username: 'SOLEDADRT', rule: 'common-first-name', reason: 'retired' }])
 */
export type UsernameOptions = {
  /**
   * Usernames deleted for inactivity, never to be created again (4.19). They are skipped
   * like taken ones but reported as `retired`; passing them within `taken` is enough too.
   */
  retired?: Taken;
};

/**
 * What {@link parseFullName} read from one line of text.
 *
 * @example
 * const parsed: FullNameParse = {
 *   name: { givenNames: ['MARIA', 'SOLEDAD'], paternalSurname: 'RAMIREZ', maternalSurname: 'TREJO' },
 *   ambiguous: false,
 * };
 */
export type FullNameParse = {
  /** The reading used for usernames: with exactly three units, 1 given name + 2 surnames. */
  name: PersonName;
  /**
   * The text has more than one reading: exactly three units (1 given + 2 surnames or 2 given
   * + 1 surname), or a particle that could join two of the last units into one compound
   * surname the policy does not know (SPEC §3.4, §12). A username from it may need review.
   */
  ambiguous: boolean;
  /** When ambiguous, the first other reading (with three units, 2 given names + 1 surname). */
  alternative?: PersonName;
  /** When ambiguous, every other reading, `alternative` first. */
  alternatives?: PersonName[];
};

/**
 * What {@link checkUsernameConformance} found.
 *
 * @example
 * const found: UsernameConformance = {
 *   conforms: true, rule: 'common-first-name',
 *   expected: [{ username: 'CARLOSPJ', rule: 'common-first-name', clause: '5.4.3' }, { username: 'CPEREZJ', rule: 'collision', clause: '5.4.3' }],
 * };
 */
export type UsernameConformance = {
  conforms: boolean;
  /** The rule that produces this username for this name, or `null`. */
  rule: UsernameRule | null;
  /** The procedure's candidates for this name, in rule order (no numbered ones). */
  expected: UsernameCandidate[];
};
