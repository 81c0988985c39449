import { err, ok, type Result } from 'neverthrow';
import { guard, refuse } from '../_internal/guard.js';
import { type Violation, violation } from '../errors/violation.js';
import { NAME_PART_MAX_LENGTH } from './constants.js';
import { isParticle } from './particles.js';

/** @internal Whether an internal result is a violation rather than a value. */
export function isViolation(x: object): x is Violation {
  return 'code' in x;
}

/** @internal Which part of a name a problem is in (the field names of {@link PersonNameInput}). */
export type PartName = 'givenNames' | 'paternalSurname' | 'maternalSurname' | 'fullName';

// After NFKD: combining marks, format characters (zero-width space and joiners, soft
// hyphen, BOM, bidi marks) and the hyphens and apostrophes that join a name (D'Angelo,
// Pérez-Gómez, typographic ’ ‘ ʼ, dashes, minus). A spacing accent (´ ¨ ˜ ¸) decomposes to a
// space plus a combining mark: the pair is dropped, so `D´Angelo` joins like `D'Angelo`.
// Linear: one alternative of single characters, one of an optional space and one mark.
const STRIP = /[\p{Cf}'`\u02B9\u02BB\u02BC\u02BD\u02CA\u2010-\u2015\u2018\u2019\u201B\u2212-]| ?\p{M}/gu;
// Anything left that is not A–Z, the period of an abbreviation, or whitespace.
const OUTSIDE = /[^A-Z.\s]/u;
// Latin letters with no decomposition to A–Z, written as the letters they stand for.
const UNDECOMPOSED = /[ÆŒØŁĐÐÞẞĦ]/gu;
const SPACES = /\s+/u;

function transliterate(letter: string): string {
  switch (letter) {
    case 'Æ':
      return 'AE';
    case 'Œ':
      return 'OE';
    case 'Ø':
      return 'O';
    case 'Ł':
      return 'L';
    case 'Đ':
    case 'Ð':
      return 'D';
    case 'Þ':
      return 'TH';
    case 'ẞ':
      return 'SS';
    default:
      return 'H';
  }
}

/** A character as a message may show it: control and invisible ones by code point. */
function shown(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)
    ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
    : char;
}

/** The raw word a normalised word came from, for messages; the normalised one if unsure. */
function rawWord(raw: string, index: number, count: number, fallback: string): string {
  const words = raw.trim().split(SPACES);
  const word = words.length === count ? words[index] : undefined;
  return (word ?? fallback).slice(0, 40);
}

/**
 * @internal Folds one part of a name to uppercase words of `A`–`Z` (SPEC §3.1): NFKC and
 * accents stripped (one NFKD pass does both), hyphens and apostrophes join, zero-width
 * characters go, whitespace splits. Refuses a part that is too long, has characters
 * outside the Latin letters, or has a word with a period (`Ma.`) or an ordinal indicator
 * (`Mª`). Particles are kept here; {@link materialOf} drops them.
 *
 * A raw text longer than 4 × `maxLength` UTF-16 units is refused before any Unicode work,
 * so a 1 MB string costs one length read (four units per character leave room for
 * decomposed accents, zero-width characters and repeated spaces).
 */
export function foldWords(
  raw: string,
  part: PartName,
  maxLength = NAME_PART_MAX_LENGTH,
): string[] | Violation {
  if (raw.length > 4 * maxLength) return tooLong(part);
  const words = quickWords(raw) ?? unicodeWords(raw, part);
  if (isViolation(words)) return words;
  let length = words.length - 1;
  for (const w of words) length += w.length;
  if (length > maxLength) return tooLong(part);
  // An abbreviation such as `Ma.` (F01); only the full path lets a period through.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.includes('.')) {
      return violation('ABBREVIATED_NAME', 'F01', { word: rawWord(raw, i, words.length, w), part });
    }
  }
  return words;
}

// Latin-1 capitals À (U+00C0) … Ý (U+00DD) without their accents, as NFKD + strip gives
// them; `?` sends the text to the full path (Æ becomes two letters, × is no letter), as does
// anything past Ý (Þ becomes two letters too).
const LATIN1_BASE = 'AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY';

/**
 * @internal The words of a name written only with Latin letters (Latin-1 accents
 * included), spaces, hyphens and apostrophes, or `null` for anything else. One pass over
 * the upper-cased text with no Unicode normalisation: the common case, several times
 * cheaper than `normalize()`. Gives exactly what {@link unicodeWords} gives for such a text
 * (a property test holds the two together).
 */
export function quickWords(raw: string): string[] | null {
  const upper = raw.toUpperCase();
  const n = upper.length;
  const words: string[] = [];
  let word = ''; // the current word's pieces so far, when an accent or a joiner split it
  let from = 0; // where the current run of plain letters starts
  for (let i = 0; i <= n; i++) {
    const c = i < n ? upper.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) continue;
    const piece = upper.slice(from, i);
    from = i + 1;
    if (c === 32) {
      const whole = word + piece;
      if (whole !== '') words.push(whole);
      word = '';
    } else if (c >= 0xc0 && c <= 0xdd) {
      const base = LATIN1_BASE[c - 0xc0]!;
      if (base === '?') return null;
      word = word + piece + base;
    } else if (c === 39 || c === 45 || c === 0x2019) {
      word += piece;
    } else {
      return null;
    }
  }
  return words;
}

/**
 * @internal The full path of {@link foldWords}, for any text: NFKD (NFKC and accent
 * stripping in one pass), marks, format characters and joiners dropped, uppercase, the
 * Latin letters without a decomposition transliterated; refuses ordinal indicators and
 * characters outside the Latin letters.
 */
export function unicodeWords(raw: string, part: PartName): string[] | Violation {
  // `Mª`, `Mº`: an abbreviation mark that NFKD would turn into a plain letter.
  if (raw.includes('ª') || raw.includes('º')) {
    const word = raw.split(SPACES).find((w) => w.includes('ª') || w.includes('º')) ?? raw;
    return violation('ABBREVIATED_NAME', 'F01', { word: word.slice(0, 40), part });
  }
  const folded = raw.normalize('NFKD').replace(STRIP, '').toUpperCase().replace(UNDECOMPOSED, transliterate);
  const bad = OUTSIDE.exec(folded);
  if (bad !== null) {
    return violation('UNSUPPORTED_CHARACTERS', '5.4.3', { value: shown(bad[0]), part });
  }
  const trimmed = folded.trim();
  return trimmed === '' ? [] : trimmed.split(SPACES);
}

/** @internal The longest full name: three parts and the two spaces between them. */
export const FULL_NAME_MAX_LENGTH = 3 * NAME_PART_MAX_LENGTH + 2;

/** @internal The `NAME_TOO_LONG` violation of a part. */
export function tooLong(part: PartName): Violation {
  return violation('NAME_TOO_LONG', null, { part, max: NAME_PART_MAX_LENGTH });
}

/**
 * @internal The material of a part's words: the words that are not particles, or all of
 * them when every one is a particle (SPEC §3.1). A one-letter material word is an initial
 * (`J`, F01 "sin abreviaturas") unless a particle comes just before it, as in the real
 * name `de la O`.
 */
export function materialOf(words: string[], part: PartName): string[] | Violation {
  const material: string[] = [];
  let afterParticle = false;
  for (const w of words) {
    if (isParticle(w)) {
      afterParticle = true;
      continue;
    }
    if (w.length === 1 && !afterParticle) return violation('ABBREVIATED_NAME', 'F01', { word: w, part });
    material.push(w);
    afterParticle = false;
  }
  return material.length > 0 ? material : words;
}

/**
 * Normalises a name, or any part of one, the way usernames see it (SPEC §3.1): Unicode
 * NFKC, accents stripped, uppercase, hyphens and apostrophes joined, zero-width characters
 * dropped, whitespace collapsed. Particles are kept. Refuses abbreviations
 * (`ABBREVIATED_NAME`), digits and non-Latin letters (`UNSUPPORTED_CHARACTERS`) and a text
 * over 302 characters, three parts of 100 (`NAME_TOO_LONG`). @see 5.4.3, F01
 *
 * @example
 * normalizeName("María  de los Ángeles D'Angelo").map(String)
 * //=> ok('MARIA DE LOS ANGELES DANGELO')
 * normalizeName('Ma. Soledad').isErr()
 * //=> true
 */
export function normalizeName(text: unknown): Result<string, Violation> {
  return guard([text], () => normalizeNameUnguarded(text), refuse);
}

function normalizeNameUnguarded(text: unknown): Result<string, Violation> {
  if (typeof text !== 'string') {
    return err(violation('INVALID_INPUT', null, { issues: ['(root): expected a string'] }));
  }
  const words = foldWords(text, 'fullName', FULL_NAME_MAX_LENGTH);
  return isViolation(words) ? err(words) : ok(words.join(' '));
}
