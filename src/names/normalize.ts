import { err, ok, type Result } from 'neverthrow';
import { type Violation, violation } from '../errors/violation.js';
import { NAME_PART_MAX_LENGTH } from './constants.js';
import { isParticle } from './particles.js';

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
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)
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
): Result<string[], Violation> {
  if (raw.length > 4 * maxLength) return err(tooLong(part));
  // `Mª`, `Mº`: an abbreviation mark that NFKD would turn into a plain letter.
  if (raw.includes('ª') || raw.includes('º')) {
    const word =
      raw
        .trim()
        .split(SPACES)
        .find((w) => w.includes('ª') || w.includes('º')) ?? raw;
    return err(violation('ABBREVIATED_NAME', 'F01', { word: word.slice(0, 40), part }));
  }
  let folded = raw.normalize('NFKD').replace(STRIP, '').toUpperCase();
  if (OUTSIDE.test(folded)) {
    folded = folded.replace(UNDECOMPOSED, transliterate);
    const bad = OUTSIDE.exec(folded);
    if (bad !== null)
      return err(violation('UNSUPPORTED_CHARACTERS', '5.4.3', { value: shown(bad[0]), part }));
  }
  const trimmed = folded.trim();
  if (trimmed === '') return ok([]);
  const words = trimmed.split(SPACES);
  let length = words.length - 1;
  for (const w of words) length += w.length;
  if (length > maxLength) return err(tooLong(part));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.includes('.')) {
      return err(violation('ABBREVIATED_NAME', 'F01', { word: rawWord(raw, i, words.length, w), part }));
    }
  }
  return ok(words);
}

/** @internal The longest full name: three parts and the two spaces between them. */
export const FULL_NAME_MAX_LENGTH = 3 * NAME_PART_MAX_LENGTH + 2;

/** @internal The `NAME_TOO_LONG` violation of a part. */
export function tooLong(part: PartName): Violation {
  return violation('NAME_TOO_LONG', null, { part, max: NAME_PART_MAX_LENGTH });
}

/**
 * @internal The material of `words[from..to)`: the words that are not particles, or all of
 * them when every one is a particle (SPEC §3.1). A one-letter material word is an initial
 * (`J`, F01 "sin abreviaturas") unless a particle comes just before it, as in the real
 * name `de la O`.
 */
export function materialOf(
  words: readonly string[],
  from: number,
  to: number,
  part: PartName,
): Result<string[], Violation> {
  const material: string[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isParticle(w)) continue;
    if (w.length === 1 && (i === from || !isParticle(words[i - 1]!))) {
      return err(violation('ABBREVIATED_NAME', 'F01', { word: w, part }));
    }
    material.push(w);
  }
  return ok(material.length > 0 || from === to ? material : words.slice(from, to));
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
  if (typeof text !== 'string') {
    return err(violation('INVALID_INPUT', null, { issues: ['(root): expected a string'] }));
  }
  return foldWords(text, 'fullName', FULL_NAME_MAX_LENGTH).map((words) => words.join(' '));
}
