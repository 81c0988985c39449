/**
 * A name whose `givenNames` getter answers once, then throws: it passes the guard's walk (the
 * first read) and fails when the function reads it again.
 */
export function nameReadableOnce(): { readonly givenNames: string; readonly paternalSurname: string } {
  let reads = 0;
  return {
    get givenNames() {
      reads += 1;
      if (reads > 1) throw new Error('read twice');
      return 'Ana';
    },
    paternalSurname: 'Ruiz',
  };
}
