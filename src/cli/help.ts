/** The subcommands of `seseq-correo`, in the order the help lists them. */
export const COMMANDS = [
  'usuario',
  'conformidad',
  'plazos',
  'solicitud',
  'lote',
  'revision',
  'conciliar',
  'anomalias',
  'diagrama',
] as const;

/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

const COMMON_ES = `Opciones de todas las órdenes:
  --json           una sola respuesta JSON en la salida, también para errores
  --en             mensajes en inglés
  --ayuda, --help  esta ayuda
Código de salida: 0 hecho; 1 el procedimiento lo rechaza (o alguna fila falló);
2 la orden está mal escrita (opción desconocida, falta un valor, fecha o número inválido,
archivo ilegible).`;

const COMMON_EN = `Options of every command:
  --json           one JSON document on standard output, errors included
  --en             messages in English
  --ayuda, --help  this help
Exit code: 0 done; 1 the procedure refuses (or some row failed); 2 the command is wrong
(unknown option, missing value, bad date or number, unreadable file).`;

const CSV_ES = `Los CSV se leen como los guarda Excel: UTF-8 con o sin BOM (o Windows-1252), separados por
"," o ";", fin de línea CRLF o LF; la primera fila es el encabezado. Una fila mal formada se
informa con su número de línea y las demás siguen.`;

const CSV_EN = `CSV files are read as Excel writes them: UTF-8 with or without BOM (or Windows-1252),
"," or ";" separated, CRLF or LF; the first row is the header. A malformed row is reported
with its line number and the rest go on.`;

const ES: Record<Command, string> = {
  usuario: `seseq-correo usuario "<nombre completo>" [--ocupados <archivo>]

Propone el nombre de usuario de una persona según 5.4.3 y su correo.
  --ocupados <archivo>  usuarios o correos ya ocupados o retirados (4.19), uno por línea
                        (también separados por coma o punto y coma)
Ejemplo: seseq-correo usuario "María Soledad Ramírez Trejo"
         SOLEDADRT  soledadrt@seseqro.gob.mx  common-first-name (5.4.3)`,
  conformidad: `seseq-correo conformidad <usuario> "<nombre completo>"

Dice si un nombre de usuario sigue alguna regla de 5.4.3 para esa persona (5.4.6); si no,
cuáles se esperaban. Sale con 1 cuando no cumple.
Ejemplo: seseq-correo conformidad PERLAHL "Perla Adriana Hernández Leal"`,
  plazos: `seseq-correo plazos baja <AAAA-MM-DD>
seseq-correo plazos cancelacion <AAAA-MM-DD>
seseq-correo plazos inactividad <último acceso|nunca> <creada> [--al <AAAA-MM-DD>]
seseq-correo plazos aviso-jefe <baja> <aviso>

Los plazos del procedimiento: periodo de gracia tras la baja (15 días naturales, 4.22),
cancelación solicitada (confirmación dos días antes, 4.24), inactividad de tres meses (4.19;
--al es el día de la consulta, hoy si falta) y aviso tardío del jefe (menos de 15 días, 4.23;
sale con 1 si es tardío). Una fecha inválida es un error de la orden (2).`,
  solicitud: `seseq-correo solicitud <f01.json> [--asientos <n>] [--salidas <n>] [--ocupados <archivo>]

Revisa un formato F01 (JSON) como lo haría el Responsable del Área de Informática (8.1-4):
  --asientos <n>  buzones que ya tiene el departamento (4.9); 0 si falta
  --salidas <n>   salidas a internet que ya tiene (4.13); 0 si falta
  --ocupados      usuarios ocupados o retirados, para proponer el usuario
Sale con 1 si algo impide que proceda.`,
  lote: `seseq-correo lote <personas.csv> [--ocupados <archivo>] [--formato csv|tabla|json]

Asigna usuarios a muchas personas a la vez (5.4.3), sin repetir ninguno dentro del lote.
Columnas que reconoce (el nombre no distingue acentos ni mayúsculas):
  nombre completo | nombre_completo | nombre     el nombre completo, o bien las partes:
  nombres | nombre(s)                            los nombres
  apellido paterno | primer apellido | paterno   y los apellidos
  apellido materno | segundo apellido | materno
  departamento | área | adscripción             (opcional) se copia tal cual
Escribe las mismas filas con las columnas usuario, correo, regla, cláusula, revisar y error
(la violación en español). --formato csv (por omisión) usa el separador y la codificación del
archivo de entrada. Sale con 1 si alguna fila no obtuvo usuario.
  --ocupados <archivo>  usuarios o correos ocupados o retirados (4.19)`,
  revision: `seseq-correo revision <cuentas.csv|cuentas.json> [--al <AAAA-MM-DD>] [--formato tabla|csv|json]

La revisión cuatrimestral (8.3-1…3): cuentas inactivas tres meses (4.19), exentas por permiso,
temporales vencidas, buzones arriba del 90 % (5.4.8) o llenos (4.18), usuarios que no siguen
5.4.3. --al es el día del reporte (hoy si falta).
El JSON es la lista de instantáneas { account, mailbox?, name? }. El CSV es la exportación de
cuentas del servidor, con estas columnas:
  usuario | cuenta | correo          el usuario o su dirección (obligatoria)
  departamento | área              (obligatoria)
  creada | fecha de creación | alta  (obligatoria)
  último acceso | ultimo_acceso    vacío o "nunca" si no ha entrado
  vence | expira                   fecha de expiración de una cuenta temporal
  tipo                             personal | externo | prestador (4.10, 4.29)
  internet                         sí | no
  usado mb | capacidad mb          ocupación del buzón
  nombre | nombre completo         para revisar el usuario contra 5.4.3
  id                               si falta, el usuario
Fechas como AAAA-MM-DD o DD/MM/AAAA, con hora o sin ella.`,
  conciliar: `seseq-correo conciliar <cuentas.csv> <plantilla.csv> [--al <AAAA-MM-DD>] [--formato tabla|csv|json]

Verifica que los titulares sean trabajadores activos (5.4.10) contra la plantilla de nómina:
titulares que no están en la plantilla (dar de baja: OFFBOARD), contratos terminados con cuenta
activa (5.4.14), cuentas en otro departamento que la plantilla (cambio de adscripción no
avisado, 4.20) y coincidencias solo por nombre, que una persona debe confirmar.
Columnas de cuentas:   usuario | correo; departamento | área; número de empleado | empleado;
                       nombre | nombre completo; estado (opcional); tipo (opcional)
Columnas de plantilla: número de empleado | empleado; nombre | nombre completo;
                       departamento | área | adscripción; fin de contrato | vence (opcional)
Cada fila necesita el número de empleado o el nombre. Los nombres se comparan como los
compara 5.4.3: sin acentos ni mayúsculas.`,
  anomalias: `seseq-correo anomalias <bitacora.jsonl> [--al <AAAA-MM-DD>] [--dias-detenida <n>]
                     [--rafaga-dias <n>] [--rafaga-umbral <n>] [--formato tabla|csv|json]

Busca anomalías en el trámite de aprobación (5.4.13) en la bitácora de solicitudes (una entrada
JSON por línea, como las guarda el sistema): quien solicita también aprueba (5.3.5), alta sin
aprobación, pasos fuera del orden de 8.1, salida a internet sobre el tope (4.13), asiento sin
excepción justificada (4.9), usuario que no sigue 5.4.3, solicitudes detenidas más de
--dias-detenida días (15) y ráfagas de --rafaga-umbral solicitudes (5) de un área en
--rafaga-dias días (7).`,
  diagrama: `seseq-correo diagrama solicitud|cuenta

El diagrama Mermaid de la máquina de solicitudes (8.1) o de la de cuentas (4.19–4.29, 8.2, 8.3).`,
};

const EN: Record<Command, string> = {
  usuario: `seseq-correo usuario "<full name>" [--ocupados <file>]

Proposes a person's username by 5.4.3 and its address.
  --ocupados <file>  usernames or addresses already taken or retired (4.19), one a line
                     (commas or semicolons also separate them)
Example: seseq-correo usuario "María Soledad Ramírez Trejo"
         SOLEDADRT  soledadrt@seseqro.gob.mx  common-first-name (5.4.3)`,
  conformidad: `seseq-correo conformidad <username> "<full name>"

Says whether a username follows a rule of 5.4.3 for that person (5.4.6); if not, which ones
were expected. Exits 1 when it does not conform.
Example: seseq-correo conformidad PERLAHL "Perla Adriana Hernández Leal"`,
  plazos: `seseq-correo plazos baja <YYYY-MM-DD>
seseq-correo plazos cancelacion <YYYY-MM-DD>
seseq-correo plazos inactividad <last access|nunca> <created> [--al <YYYY-MM-DD>]
seseq-correo plazos aviso-jefe <baja> <notice>

The procedure's deadlines: grace period after a baja (15 calendar days, 4.22), requested
cancellation (confirmation two days before, 4.24), three months of inactivity (4.19; --al is
the day of the question, today when absent) and a late boss notice (under 15 days, 4.23; exits
1 when late). A bad date is a wrong command (2).`,
  solicitud: `seseq-correo solicitud <f01.json> [--asientos <n>] [--salidas <n>] [--ocupados <file>]

Reviews a form F01 (JSON) as the IT head would (8.1-4):
  --asientos <n>  mailboxes the department already holds (4.9); 0 when absent
  --salidas <n>   internet exits it already holds (4.13); 0 when absent
  --ocupados      taken or retired usernames, to propose the username
Exits 1 when something blocks the request.`,
  lote: `seseq-correo lote <people.csv> [--ocupados <file>] [--formato csv|tabla|json]

Assigns usernames to many people at once (5.4.3), none repeated within the batch.
Columns it knows (names match regardless of accents and case):
  nombre completo | nombre_completo | nombre     the full name, or its parts:
  nombres | nombre(s)                            the given names
  apellido paterno | primer apellido | paterno   and the surnames
  apellido materno | segundo apellido | materno
  departamento | área | adscripción             (optional) copied as is
Writes the same rows with the columns usuario, correo, regla, cláusula, revisar and error
(the violation, in Spanish unless --en). --formato csv (the default) uses the input file's
separator and encoding. Exits 1 when some row got no username.
  --ocupados <file>  taken or retired usernames or addresses (4.19)`,
  revision: `seseq-correo revision <accounts.csv|accounts.json> [--al <YYYY-MM-DD>] [--formato tabla|csv|json]

The four-monthly review (8.3-1…3): accounts unused for three months (4.19), exempt on leave,
temporary ones expired, mailboxes above 90 % (5.4.8) or full (4.18), usernames that do not
follow 5.4.3. --al is the day of the report (today when absent).
The JSON is the list of snapshots { account, mailbox?, name? }. The CSV is the mail server's
account export, with these columns:
  usuario | cuenta | correo          the username or its address (required)
  departamento | área              (required)
  creada | fecha de creación | alta  (required)
  último acceso | ultimo_acceso    empty or "nunca" when never used
  vence | expira                   expiry of a temporary account
  tipo                             personal | externo | prestador (4.10, 4.29)
  internet                         sí | no
  usado mb | capacidad mb          mailbox occupation
  nombre | nombre completo         to check the username against 5.4.3
  id                               the username when absent
Dates as YYYY-MM-DD or DD/MM/YYYY, with or without a time.`,
  conciliar: `seseq-correo conciliar <accounts.csv> <roster.csv> [--al <YYYY-MM-DD>] [--formato tabla|csv|json]

Checks that account holders are active workers (5.4.10) against the payroll roster: holders
not on the roster (file an OFFBOARD), contracts ended with the account active (5.4.14),
accounts in another department than the roster says (an unreported transfer, 4.20) and matches
by name only, for a person to confirm.
Accounts columns: usuario | correo; departamento | área; número de empleado | empleado;
                  nombre | nombre completo; estado (optional); tipo (optional)
Roster columns:   número de empleado | empleado; nombre | nombre completo;
                  departamento | área | adscripción; fin de contrato | vence (optional)
Every row needs the employee number or the name. Names compare as 5.4.3 compares them:
regardless of accents and case.`,
  anomalias: `seseq-correo anomalias <log.jsonl> [--al <YYYY-MM-DD>] [--dias-detenida <n>]
                     [--rafaga-dias <n>] [--rafaga-umbral <n>] [--formato tabla|csv|json]

Looks for anomalies in the approval process (5.4.13) in the request log (one JSON entry a
line, as the system stores them): the filer also approves (5.3.5), provisioning without
approval, steps out of the order of 8.1, an internet exit over the cap (4.13), a seat with no
justified exception (4.9), a username that does not follow 5.4.3, requests stalled more than
--dias-detenida days (15) and bursts of --rafaga-umbral requests (5) from one area within
--rafaga-dias days (7).`,
  diagrama: `seseq-correo diagrama solicitud|cuenta

The Mermaid diagram of the request machine (8.1) or of the account machine (4.19–4.29, 8.2, 8.3).`,
};

const BULK: ReadonlySet<Command> = new Set<Command>(['lote', 'revision', 'conciliar']);

/** The help of one subcommand, or of them all, in Spanish or English. */
export function helpText(command: Command | null, en: boolean): string {
  if (command === null) {
    const list = COMMANDS.map((c) => `  ${(en ? EN : ES)[c].split('\n')[0]}`).join('\n');
    return en
      ? `seseq-correo: SESEQ's email procedure U430-DP-P09\n\nUsage:\n${list}\n\n'seseq-correo <command> --help' explains each one.\n--version prints the version.\n\n${COMMON_EN}`
      : `seseq-correo: el procedimiento U430-DP-P09 de correo electrónico de SESEQ\n\nUso:\n${list}\n\n'seseq-correo <orden> --ayuda' explica cada una.\n--version muestra la versión.\n\n${COMMON_ES}`;
  }
  const text = (en ? EN : ES)[command];
  const csv = BULK.has(command) ? `\n\n${en ? CSV_EN : CSV_ES}` : '';
  return `${text}${csv}\n\n${en ? COMMON_EN : COMMON_ES}`;
}

/** The hint line after a usage error. */
export function hint(command: Command | null, en: boolean): string {
  const c = command === null ? '' : ` ${command}`;
  return en ? `See: seseq-correo${c} --help` : `Vea: seseq-correo${c} --ayuda`;
}
