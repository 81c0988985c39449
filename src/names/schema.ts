import * as z from 'zod/mini';

// Marked pure so that a bundle importing only generateUsername (which checks the shape by
// hand) can drop the schema, and zod with it, even when a bundler merges this file with
// the rest of the module.
const surname = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()));

/**
 * The zod schema of a {@link PersonNameInput}: `givenNames` a string, each surname a string,
 * `null` or absent. Keys it does not know are ignored (a consumer may pass a whole user
 * record); the words themselves are checked by {@link parsePersonName}, not here.
 *
 * @example
 * personNameInputSchema.safeParse({ givenNames: 'Perla Adriana', paternalSurname: 'Hernández' }).success
 * //=> true
 */
export const personNameInputSchema = /* @__PURE__ */ z.object({
  givenNames: /* @__PURE__ */ z.string(),
  paternalSurname: surname,
  maternalSurname: surname,
});
