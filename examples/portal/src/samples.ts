// The sample F01 forms the CLI loads (samples/f01.json) and how it drives them.
import { readFileSync } from 'node:fs';
import type { AccountRequestForm } from 'seseq-correo';

/** The sample forms, as a portal would receive them: unknown JSON, validated by `createRequest`. */
export function sampleForms(): unknown[] {
  return JSON.parse(readFileSync(new URL('../samples/f01.json', import.meta.url), 'utf8')) as unknown[];
}

/** The folio and filing day of a sample (for the driver's clock); the machine validates the rest. */
export function formOf(raw: unknown): AccountRequestForm {
  return raw as AccountRequestForm;
}
