import * as z from 'zod/mini';

const surname = z.optional(z.nullable(z.string()));

/**
 * The zod schema of a {@link PersonNameInput}: `givenNames` a string, each surname a string,
 * `null` or absent. Keys it does not know are ignored (a consumer may pass a whole user
 * record); the words themselves are checked by {@link parsePersonName}, not here.
 *
 * @example
 * personNameInputSchema.safeParse({ givenNames: 'Perla Adriana', paternalSurname: 'Hernández' }).success
 * //=> true
 */
export const personNameInputSchema = z.object({
  givenNames: z.string(),
  paternalSurname: surname,
  maternalSurname: surname,
});
