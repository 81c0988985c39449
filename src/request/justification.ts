import { guard } from '../_internal/guard.js';

/**
 * 4.9 (and the "Puntos a considerar" of F01): sharing invoices, memos, spreadsheets or photos
 * "NO es una necesidad que justifique la asignación de un correo electrónico". A linear scan of
 * the normalised words; no regular expression backtracks over the text.
 */

// Word stems of the things 4.9 names (facturas, memorandos, archivos/cuadros en excel, fotos).
const WEAK: ReadonlyMap<string, string> = new Map([
  ['factura', 'facturas'],
  ['facturas', 'facturas'],
  ['memorando', 'memorandos'],
  ['memorandos', 'memorandos'],
  ['memorandum', 'memorandos'],
  ['memorandums', 'memorandos'],
  ['memo', 'memorandos'],
  ['memos', 'memorandos'],
  ['oficio', 'memorandos'],
  ['oficios', 'memorandos'],
  ['excel', 'excel'],
  ['xls', 'excel'],
  ['xlsx', 'excel'],
  ['foto', 'fotos'],
  ['fotos', 'fotos'],
  ['fotografia', 'fotos'],
  ['fotografias', 'fotos'],
  ['imagen', 'fotos'],
  ['imagenes', 'fotos'],
]);

// Only the first 20 000 characters are read: a form's fields hold at most 5 000.
const READ_LIMIT = 20_000;

// Words that only say "to share files": verbs of sending, containers, and grammar.
const FILLER: ReadonlySet<string> = new Set(
  (
    'compartir comparte comparten compartimos compartan compartido compartida enviar envia envian envio ' +
    'enviamos envie mandar manda mandan recibir recibe reciben recepcion intercambiar intercambio ' +
    'intercambia transmitir remitir remite hacer llegar circular archivo archivos documento documentos ' +
    'informacion datos cuadro cuadros hoja hojas calculo tabla tablas correo correos electronico ' +
    'electronicos adjunto adjuntos digital digitales copia copias etc para por de del la las el los lo ' +
    'y e o u en con a al que se su sus un una unos unas como entre otro otros otra otras mas tambien ' +
    'requiere requerimos necesita necesitamos necesario poder pueda puede ser es son'
  ).split(' '),
);

/**
 * Normalises free text to its words: NFKD without combining marks, lower case, anything that
 * is not a Latin letter or digit separates words.
 */
export function words(text: string): string[] {
  const folded = text.normalize('NFKD').toLowerCase();
  const out: string[] = [];
  let current = '';
  for (const ch of folded) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) current += ch;
    else if (c >= 0x300 && c <= 0x36f)
      continue; // a combining mark: part of the letter before it
    else if (current !== '') {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
}

// Most texts name none of those things: a few substring checks spare the word scan. They read
// the text folded as words() folds it (NFKD, lower case, no combining marks), so every word of
// WEAK and "hoja" contains a stem: "ima\u0300genes", "ＦＯＴＯＳ" and "fótos" are scanned too.
const STEMS = ['factur', 'memo', 'oficio', 'excel', 'xls', 'foto', 'imag', 'hoja'];
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function mentionsWeakItem(text: string): boolean {
  const folded = text.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '');
  return STEMS.some((stem) => folded.includes(stem));
}

/**
 * The things 4.9 names that a text cites (`'facturas'`, `'memorandos'`, `'excel'`, `'fotos'`)
 * when that is all it cites: besides them, only words of sending and sharing, grammar, and at
 * most two other words. Empty when the text states some other need, or none of those things.
 *
 * **Decision.** "Only cite" is read as: a weak item is named and fewer than three words of
 * substance remain. `'Envío de facturas y memorandos a proveedores'` is weak; `'Seguimiento de
 * licitaciones, contratos y envío de facturas'` is not. Advisory only: a person decides. Only
 * the first 20 000 characters are read; anything but a string cites nothing.
 *
 * @example
 * weakJustification('Compartir facturas y fotos con el área')
 * //=> ['facturas', 'fotos']
 * weakJustification('Coordinación de campañas de vacunación con la Secretaría de Salud')
 * //=> []
 */
export function weakJustification(text: string): string[] {
  return guard(
    // Stryker disable next-line ArrayDeclaration: a string never fails the walk, and the body answers [] for anything else
    [text],
    () => weakJustificationUnguarded(text),
    () => [],
  );
}

function weakJustificationUnguarded(text: string): string[] {
  if (typeof text !== 'string') return [];
  const head = text.slice(0, READ_LIMIT);
  // Stryker disable next-line ConditionalExpression: the prefilter only skips texts the scan answers [] for
  if (!mentionsWeakItem(head)) return [];
  const cited = new Set<string>();
  let substance = 0;
  const list = words(head);
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as string;
    const weak = WEAK.get(w);
    // "hoja(s) de cálculo" is a spreadsheet, like "excel".
    if (weak !== undefined) cited.add(weak);
    else if ((w === 'hoja' || w === 'hojas') && list[i + 1] === 'de' && list[i + 2] === 'calculo')
      cited.add('excel');
    else if (!FILLER.has(w)) substance++;
  }
  return substance < 3 ? [...cited].sort() : [];
}
