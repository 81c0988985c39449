/**
 * The texts of every `NOTIFY` template, in es-MX (formal, as the institution writes) and en.
 * Each gets the effect's data already made safe (plain, one line, capped) and its dates already
 * written out, and returns a subject and a body. Plain text only.
 */

/** The data a text reads: every value already a safe, one-line string ('' when absent). */
export type TextData = Readonly<Record<string, string>>;

/** One template's subject and body, in one language. */
export type Text = (d: TextData) => { readonly subject: string; readonly body: string };

const CAUSE_ES: Readonly<Record<string, string>> = {
  inactivity: 'inactividad por más de tres meses (4.19)',
  baja: 'baja del titular (4.22)',
  request: 'solicitud por escrito del jefe inmediato (4.24)',
  expiry: 'vencimiento de la cuenta temporal (4.10, 4.29)',
  sanction: 'sanción (4.26)',
};
const CAUSE_EN: Readonly<Record<string, string>> = {
  inactivity: 'no use for more than three months (4.19)',
  baja: 'the holder left the institution (4.22)',
  request: 'the direct boss’s written request (4.24)',
  expiry: 'the temporary account expired (4.10, 4.29)',
  sanction: 'a sanction (4.26)',
};
const cause = (table: Readonly<Record<string, string>>, c: string | undefined) =>
  (c !== undefined && Object.hasOwn(table, c) ? table[c] : c) || '—';

/** Spanish (es-MX) texts, by template id. */
export const TEXTS_ES: Readonly<Record<string, Text>> = {
  'request-received': (d) => ({
    subject: `Solicitud de correo electrónico ${d.folio} recibida`,
    body: `Se recibió la solicitud de correo electrónico e internet (formato F01) con folio ${d.folio}, del departamento ${d.department}. Le corresponde revisar su viabilidad y, en su caso, autorizarla.`,
  }),
  'request-not-viable': (d) => ({
    subject: `Solicitud ${d.folio}: no es viable`,
    body: `Le informamos que la solicitud de correo electrónico con folio ${d.folio} no es viable. Motivo: ${d.reason || 'no especificado'}.`,
  }),
  'report-internet-exits': (d) => ({
    subject: `Solicitud ${d.folio}: salidas a internet del departamento ${d.department}`,
    body: `Para resolver la solicitud ${d.folio}, le solicitamos informar cuántas salidas a internet tiene actualmente el departamento ${d.department}. Solo podrán existir dos por departamento.`,
  }),
  'provision-request': (d) => ({
    subject: `Solicitud ${d.folio}: generar la cuenta`,
    body: `La solicitud ${d.folio} fue autorizada. Le solicitamos generar la cuenta de correo electrónico con sus características${d.internet === 'authorized' ? ' y la salida a internet autorizada' : ''}, y emitir el resguardo F02.`,
  }),
  'read-the-procedure': (d) => ({
    subject: `Su cuenta de correo electrónico ${d.username} está lista`,
    body: `Su cuenta ${d.username} quedó entregada. Le pedimos leer el procedimiento ${d.procedure || 'U430-DP-P09'} de implementación y uso del correo electrónico institucional.`,
  }),
  'account-cancelled': (d) => ({
    subject: `Cuenta ${d.username} cancelada`,
    body: `Le informamos que la cuenta de correo electrónico ${d.username} fue cancelada el ${d.on || '—'}. Motivo: ${cause(CAUSE_ES, d.cause)}. Se realizó el respaldo del buzón antes de su eliminación.`,
  }),
  'network-access-suspended': (d) => ({
    subject: `Acceso a la red suspendido: ${d.username}`,
    body: `Por una investigación interna, se suspendió el acceso a la red del titular de la cuenta ${d.username}. Se le informa como superior inmediato.`,
  }),
  'mailbox-disabled': (d) => ({
    subject: `Su cuenta ${d.username} fue desactivada temporalmente`,
    body: `Por una sanción temporal, su cuenta de correo electrónico ${d.username} fue desactivada. Su correo se conserva y la cuenta se reactivará al concluir la sanción.`,
  }),
  'inactivity-inquiry': (d) => ({
    subject: `Cuenta ${d.username} sin uso: se solicita su confirmación`,
    body: `La cuenta de correo electrónico ${d.username} no registra accesos desde ${d.lastAccessOn ? `el ${d.lastAccessOn}` : 'su creación'} y se considera inactiva a partir del ${d.inactiveFrom || '—'}. Le solicitamos informar el motivo (vacaciones, licencia, incapacidad, baja) o, en su caso, solicitar su cancelación por escrito.`,
  }),
  'cancellation-confirmation': (d) => ({
    subject: `Confirmación: la cuenta ${d.username} se cancelará el ${d.cancelOn}`,
    body: `Conforme a lo solicitado, la cuenta de correo electrónico ${d.username} se cancelará el ${d.cancelOn || '—'}. Motivo: ${cause(CAUSE_ES, d.cause)}. Si usted no lo solicitó, le pedimos comunicarlo de inmediato al Área de Informática.`,
  }),
  'grace-period': (d) => ({
    subject: `Su cuenta ${d.username} podrá usarse hasta el ${d.usableThrough}`,
    body: `Con motivo de su baja, su cuenta de correo electrónico ${d.username} podrá usarse hasta el ${d.usableThrough || '—'} y se cancelará el ${d.cancelOn || '—'}. Se entrega un respaldo del buzón a su jefe inmediato.`,
  }),
  'late-baja-notice': (d) => ({
    subject: `Aviso de baja extemporáneo: ${d.username}`,
    body: `La baja del titular de la cuenta ${d.username}, ocurrida el ${d.bajaOn || '—'}, se notificó ${d.days} días después; el aviso debe darse de manera inmediata (menos de 15 días).`,
  }),
  'suspension-ended': (d) => ({
    subject: `Cuenta ${d.username}: concluyó la suspensión`,
    body: `Le informamos que concluyó la suspensión de la cuenta ${d.username}; la cuenta y el acceso a la red se restablecieron.`,
  }),
  'transfer-completed': (d) => ({
    subject: `Su cuenta ${d.username} cambió de adscripción`,
    body: `Su cuenta de correo electrónico ${d.username} se trasladó al departamento ${d.department}. Recibirá una nueva contraseña en el resguardo F02.`,
  }),
  'late-transfer-notice': (d) => ({
    subject: `Aviso de cambio de adscripción extemporáneo: ${d.username}`,
    body: `El cambio de adscripción del titular de la cuenta ${d.username} al departamento ${d.toDepartment}, efectivo el ${d.effectiveOn || '—'}, se notificó ${d.days} días después; el aviso debe darse de manera inmediata (menos de 15 días).`,
  }),
  'cancellation-withdrawn': (d) => ({
    subject: `La cancelación de la cuenta ${d.username} no se efectuará`,
    body: `La solicitud de cancelación de la cuenta de correo electrónico ${d.username} no fue confirmada, por lo que la cancelación no se efectuará y la cuenta conserva su estado anterior.`,
  }),
};

/** English texts, by template id. */
export const TEXTS_EN: Readonly<Record<string, Text>> = {
  'request-received': (d) => ({
    subject: `Email account request ${d.folio} received`,
    body: `The email and internet request (form F01) with folio ${d.folio}, from the ${d.department} department, has been received. Please review whether it is viable and, if so, approve it.`,
  }),
  'request-not-viable': (d) => ({
    subject: `Request ${d.folio}: not viable`,
    body: `The email account request with folio ${d.folio} is not viable. Reason: ${d.reason || 'not given'}.`,
  }),
  'report-internet-exits': (d) => ({
    subject: `Request ${d.folio}: internet exits of the ${d.department} department`,
    body: `To decide request ${d.folio}, please report how many internet exits the ${d.department} department holds now. A department may hold only two.`,
  }),
  'provision-request': (d) => ({
    subject: `Request ${d.folio}: create the account`,
    body: `Request ${d.folio} was approved. Please create the email account${d.internet === 'authorized' ? ' and the authorized internet exit' : ''}, and issue the resguardo F02.`,
  }),
  'read-the-procedure': (d) => ({
    subject: `Your email account ${d.username} is ready`,
    body: `Your account ${d.username} has been handed over. Please read procedure ${d.procedure || 'U430-DP-P09'} on the institutional email.`,
  }),
  'account-cancelled': (d) => ({
    subject: `Account ${d.username} cancelled`,
    body: `The email account ${d.username} was cancelled on ${d.on || '—'}. Reason: ${cause(CAUSE_EN, d.cause)}. The mailbox was backed up before it was deleted.`,
  }),
  'network-access-suspended': (d) => ({
    subject: `Network access suspended: ${d.username}`,
    body: `Because of an internal investigation, network access of the holder of account ${d.username} has been suspended. You are informed as their superior.`,
  }),
  'mailbox-disabled': (d) => ({
    subject: `Your account ${d.username} has been disabled for now`,
    body: `Because of a temporary sanction, your email account ${d.username} has been disabled. Your mail is kept, and the account will be enabled again when the sanction ends.`,
  }),
  'inactivity-inquiry': (d) => ({
    subject: `Account ${d.username} unused: please confirm`,
    body: `The email account ${d.username} has not been accessed since ${d.lastAccessOn || 'it was created'} and counts as inactive from ${d.inactiveFrom || '—'}. Please tell us why (vacation, leave, sick leave, departure) or request its cancellation in writing.`,
  }),
  'cancellation-confirmation': (d) => ({
    subject: `Confirmation: account ${d.username} will be cancelled on ${d.cancelOn}`,
    body: `As requested, the email account ${d.username} will be cancelled on ${d.cancelOn || '—'}. Reason: ${cause(CAUSE_EN, d.cause)}. If you did not request it, please tell the IT area at once.`,
  }),
  'grace-period': (d) => ({
    subject: `Your account ${d.username} can be used until ${d.usableThrough}`,
    body: `Since you are leaving, your email account ${d.username} can be used until ${d.usableThrough || '—'} and will be cancelled on ${d.cancelOn || '—'}. A backup of the mailbox goes to your direct boss.`,
  }),
  'late-baja-notice': (d) => ({
    subject: `Late notice of a departure: ${d.username}`,
    body: `The departure of the holder of account ${d.username}, on ${d.bajaOn || '—'}, was reported ${d.days} days later; it must be reported at once (in fewer than 15 days).`,
  }),
  'suspension-ended': (d) => ({
    subject: `Account ${d.username}: the suspension has ended`,
    body: `The suspension of account ${d.username} has ended; the account and its network access are restored.`,
  }),
  'transfer-completed': (d) => ({
    subject: `Your account ${d.username} has moved`,
    body: `Your email account ${d.username} has moved to the ${d.department} department. You will receive a new password on the resguardo F02.`,
  }),
  'late-transfer-notice': (d) => ({
    subject: `Late notice of a transfer: ${d.username}`,
    body: `The transfer of the holder of account ${d.username} to the ${d.toDepartment} department, effective ${d.effectiveOn || '—'}, was reported ${d.days} days later; it must be reported at once (in fewer than 15 days).`,
  }),
  'cancellation-withdrawn': (d) => ({
    subject: `Account ${d.username} will not be cancelled`,
    body: `The request to cancel the email account ${d.username} was not confirmed, so the cancellation will not take place and the account keeps its previous status.`,
  }),
};
