import { describe, expect, it } from 'vitest';
import { entryDifference, LOG_ENTRY_FIELDS, sameJson } from '../../src/_internal/sameJson.js';

// The comparison replay uses to check a logged entry against the one the transition produced
// (SPEC §10): field by field, as JSON would write them.

describe('sameJson: the same plain JSON value (SPEC §10)', () => {
  it('compares primitives by Object.is', () => {
    expect(sameJson(1, 1)).toBe(true);
    expect(sameJson('a', 'a')).toBe(true);
    expect(sameJson(null, null)).toBe(true);
    expect(sameJson(1, '1')).toBe(false);
    expect(sameJson(null, undefined)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson(0, -0)).toBe(false);
  });

  it('an object or array is never a primitive, nor null', () => {
    expect(sameJson({}, null)).toBe(false);
    expect(sameJson({}, 'x')).toBe(false);
    expect(sameJson([], null)).toBe(false);
    expect(sameJson([], 0)).toBe(false);
    expect(sameJson({ 0: 'x' }, 'x')).toBe(false);
  });

  it('arrays: same length, same items in order; an object is not an array and back', () => {
    expect(sameJson([1, [2, { a: 3 }]], [1, [2, { a: 3 }]])).toBe(true);
    expect(sameJson([], [])).toBe(true);
    expect(sameJson([1, 2], [1])).toBe(false);
    expect(sameJson([1], [1, 2])).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1, 2], [1, 3])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson({ 0: 1, length: 1 }, [1])).toBe(false);
    expect(sameJson([1], { 0: 1, length: 1 })).toBe(false);
  });

  it('objects: the same own keys with the same values; an undefined value counts as absent', () => {
    expect(sameJson({ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 })).toBe(true);
    expect(sameJson({}, {})).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson({ a: undefined, b: 1 }, { a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, Object.create({ a: 1 }))).toBe(false);
    expect(sameJson({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
  });
});

describe('entryDifference: the first field of a logged entry that differs (SPEC §10)', () => {
  const entry = {
    subject: 'a1',
    from: 'active',
    to: 'suspended',
    version: 2,
    at: '2026-12-01T10:00:00-06:00',
    actor: { role: 'it-head', id: 'x' },
    event: { type: 'SUSPEND' },
    clauses: ['4.21'],
  };

  it('null for the same entry, an undefined extra field included', () => {
    expect(entryDifference(entry, { ...entry })).toBeNull();
    expect(entryDifference(entry, { ...entry, note: undefined })).toBeNull();
  });

  it('names the first differing field in the replay order, or an extra field', () => {
    expect(LOG_ENTRY_FIELDS).toEqual(['subject', 'from', 'to', 'version', 'at', 'actor', 'event', 'clauses']);
    for (const f of LOG_ENTRY_FIELDS) expect(entryDifference(entry, { ...entry, [f]: 'other' })).toBe(f);
    expect(entryDifference(entry, { ...entry, to: 'x', clauses: [] })).toBe('to');
    expect(entryDifference(entry, { ...entry, note: 'x' })).toBe('(extra field)');
    expect(entryDifference(entry, { ...entry, note: null })).toBe('(extra field)');
  });
});
