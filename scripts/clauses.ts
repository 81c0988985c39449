/**
 * Every clause of U430-DP-P09 Rev. A that states a rule, with how the library treats it.
 * `scope: 'code'` clauses must be found in `src/` and in the name of at least one test
 * (the traceability test fails otherwise); the others say why they are not code.
 */
export type ClauseEntry = {
  readonly clause: string;
  readonly es: string;
  readonly en: string;
  readonly scope: 'code' | 'conduct' | 'organisation' | 'consumer';
  /** Why a clause outside the code's scope is not code, when the scope alone does not say. */
  readonly note?: string;
};

export const CLAUSES: readonly ClauseEntry[] = [
  {
    clause: '3.0',
    es: 'Cuenta: usuario@seseqro.gob.mx',
    en: 'Account address user@seseqro.gob.mx',
    scope: 'code',
  },
  {
    clause: '4.3',
    es: 'Contenido institucional, sin promoción personal',
    en: 'Institutional content only',
    scope: 'conduct',
  },
  {
    clause: '4.5',
    es: 'Sin derecho a confidencialidad; supervisión sin aviso',
    en: 'No right to confidentiality',
    scope: 'conduct',
  },
  {
    clause: '4.7',
    es: 'Informática crea, modifica y cancela cuentas',
    en: 'IT creates, changes and cancels accounts',
    scope: 'code',
  },
  {
    clause: '4.8',
    es: 'Solo mediante el formato F01, justificado',
    en: 'Only through form F01, justified',
    scope: 'code',
  },
  {
    clause: '4.9',
    es: 'Una cuenta para el jefe y una persona designada; compartir archivos no justifica',
    en: 'Head plus one designee; sharing files is no reason',
    scope: 'code',
  },
  {
    clause: '4.10',
    es: 'Cuentas temporales para asesores y auditores, a petición del jefe',
    en: 'Temporary accounts for advisors and auditors',
    scope: 'code',
  },
  {
    clause: '4.11',
    es: 'Internet se justifica plenamente y por separado',
    en: 'Internet is justified fully and separately',
    scope: 'code',
  },
  {
    clause: '4.12',
    es: 'Internet limitado a la función',
    en: 'Internet limited to the function',
    scope: 'consumer',
  },
  {
    clause: '4.13',
    es: 'Dos salidas a internet por área; sitios siempre permitidos',
    en: 'Two internet exits per area; always-allowed sites',
    scope: 'code',
  },
  {
    clause: '4.14',
    es: 'Capacidad del buzón según el puesto',
    en: 'Mailbox capacity set by position',
    scope: 'code',
  },
  {
    clause: '4.15',
    es: 'Más capacidad: memorándum justificado y firmado por el titular',
    en: 'More capacity: justified memo signed by the head',
    scope: 'code',
  },
  {
    clause: '4.16',
    es: 'Cuidado con los grupos (TODOS)',
    en: 'Care with group addresses (TODOS)',
    scope: 'code',
  },
  {
    clause: '4.17',
    es: 'El usuario descarga y elimina mensajes',
    en: 'Users clean their mailbox',
    scope: 'conduct',
  },
  {
    clause: '4.18',
    es: 'Buzón lleno: los entrantes se rechazan',
    en: 'Full mailbox: incoming mail rejected',
    scope: 'code',
  },
  {
    clause: '4.19',
    es: 'Tres meses sin consulta: se elimina y NO se vuelve a crear',
    en: 'Three months unused: deleted, never created again',
    scope: 'code',
  },
  { clause: '4.20', es: 'Avisar todo cambio de adscripción', en: 'Report every transfer', scope: 'code' },
  {
    clause: '4.21.2',
    es: 'Cancelación por envíos que comprometan a SESEQ',
    en: 'Cancellation for harmful mail',
    scope: 'code',
  },
  {
    clause: '4.21.3',
    es: 'Vacaciones y licencias no deshabilitan la cuenta',
    en: 'Leave does not disable the account',
    scope: 'code',
  },
  {
    clause: '4.21.4',
    es: 'Investigación interna: se suspende la red y se informa al superior',
    en: 'Internal investigation: network suspended, superior told',
    scope: 'code',
  },
  {
    clause: '4.21.5',
    es: 'Bloqueo de páginas no relevantes',
    en: 'Irrelevant sites blocked',
    scope: 'consumer',
  },
  {
    clause: '4.22',
    es: 'Baja: 15 días naturales activa, luego se cancela',
    en: 'Baja: 15 calendar days usable, then cancelled',
    scope: 'code',
  },
  {
    clause: '4.23',
    es: 'El jefe avisa la baja de inmediato (menos de 15 días)',
    en: 'The boss reports a baja at once (under 15 days)',
    scope: 'code',
  },
  {
    clause: '4.24',
    es: 'Cancelación voluntaria por escrito; confirmación dos días antes',
    en: 'Written cancellation; confirmation two days before',
    scope: 'code',
  },
  { clause: '4.25', es: 'Nueva área: nueva solicitud F01', en: 'New area: a new F01', scope: 'code' },
  {
    clause: '4.26',
    es: 'Sanción: desactivación temporal o permanente',
    en: 'Sanction: temporary or permanent deactivation',
    scope: 'code',
  },
  { clause: '4.28', es: 'Sin uso por terceros', en: 'No use by third parties', scope: 'conduct' },
  {
    clause: '4.29',
    es: 'Empresas contratadas: excepcional, temporal y autorizado',
    en: 'Contractors: exceptional, temporary, authorized',
    scope: 'code',
  },
  {
    clause: '5.3.5',
    es: 'El Responsable de Informática autoriza correo e internet',
    en: 'The head of IT authorizes mail and internet',
    scope: 'code',
  },
  { clause: '5.4.3', es: 'Cómo se forma el nombre de usuario', en: 'How a username is built', scope: 'code' },
  {
    clause: '5.4.4',
    es: 'Cancelar cuentas sin consulta y de quien ya no ocupa el cargo',
    en: 'Cancel unused accounts and those of people who left',
    scope: 'code',
  },
  {
    clause: '5.4.6',
    es: 'Comprobar que las cuentas se ajustan a 5.4.3',
    en: 'Check accounts conform to 5.4.3',
    scope: 'code',
  },
  {
    clause: '5.4.7',
    es: 'Capacidad mínima o máxima por función',
    en: 'Minimum or maximum capacity by function',
    scope: 'code',
  },
  {
    clause: '5.4.8',
    es: 'Notificar al usuario sobre el 90 % de ocupación',
    en: 'Notify the user above 90 % usage',
    scope: 'code',
  },
  { clause: '5.4.11', es: 'Plan de contingencia', en: 'Contingency plan', scope: 'organisation' },
  {
    clause: '5.4.12',
    es: 'Simulacro anual del plan de contingencia',
    en: 'Yearly contingency drill',
    scope: 'code',
  },
  {
    clause: '5.4.14',
    es: 'Deshabilitar cuentas de contratos terminados',
    en: 'Disable accounts of ended contracts',
    scope: 'code',
  },
  {
    clause: '5.4.15',
    es: 'Suspender la red durante una investigación e informar',
    en: 'Suspend network access under investigation',
    scope: 'code',
  },
  {
    clause: '5.5.3',
    es: 'Archivar los resguardos F02 firmados',
    en: 'File the signed F02 resguardos',
    scope: 'consumer',
    note: 'the consumer files the paper; the request machine asks for it with the ARCHIVE_RESGUARDO effect (8.1-13)',
  },
  {
    clause: '5.6',
    es: 'Obligaciones de conducta del usuario',
    en: 'User conduct obligations',
    scope: 'conduct',
  },
  {
    clause: '8.1',
    es: 'Solicitud de correo electrónico e internet',
    en: 'Request for an account and internet',
    scope: 'code',
  },
  {
    clause: '8.2',
    es: 'Modificación por cambio del usuario (baja, adscripción)',
    en: 'Change of the user (baja, transfer)',
    scope: 'code',
  },
  {
    clause: '8.3',
    es: 'Cancelación: revisión cuatrimestral e inactividad',
    en: 'Cancellation: four-monthly review and inactivity',
    scope: 'code',
  },
  { clause: 'F01', es: 'Formato Solicitud de correo electrónico e internet', en: 'Form F01', scope: 'code' },
  { clause: 'F02', es: 'Formato de Resguardo', en: 'Form F02 (resguardo)', scope: 'code' },
];
