// The portal's scenario as a list of steps: F01 forms filed and driven to completion, account
// events, the outbox worker and the scheduler. Every command step has a stable id, so a run
// killed at any point resumes from what is on disk and applies each command once.
import type { AccountEvent, AccountRequestForm, Actor, RequestEvent } from 'seseq-correo';
import { accountStep, type Outcome, type RequestContext, requestStep, submitRequest } from './commands.js';
import type { Db } from './db.js';
import { accountIdFor } from './keys.js';
import type { FakeMailServer } from './mailServer.js';
import { runScheduler } from './scheduler.js';
import { runWorker, type WorkerOptions } from './worker.js';

export type Step =
  | { readonly kind: 'submit'; readonly at: string; readonly form: AccountRequestForm; readonly actor: Actor }
  | {
      readonly kind: 'request';
      readonly at: string;
      readonly folio: string;
      readonly build: (c: RequestContext) => RequestEvent;
      readonly label: string;
    }
  | { readonly kind: 'account'; readonly at: string; readonly account: string; readonly event: AccountEvent }
  | { readonly kind: 'work'; readonly at: string }
  | { readonly kind: 'schedule'; readonly at: string; readonly asOf: string };

export const BOSS: Actor = { role: 'direct-boss', id: 'jefe' };
export const IT_HEAD: Actor = { role: 'it-head', id: 'ti-1' };
export const OFFICER: Actor = { role: 'mail-officer', id: 'mov-2' };
export const HELPDESK: Actor = { role: 'helpdesk', id: 'mesa-3' };
export const UNIT_IT: Actor = { role: 'unit-it', id: 'inf-4' };
export const MAIL_SERVER: Actor = { role: 'system', id: 'mail-server' };

/** An instant in Querétaro (UTC−6 all year since 2022). */
export const at = (day: string, hhmm = '09:00') => `${day}T${hhmm}:00-06:00`;

/** A day `n` days after `day` (plain calendar arithmetic in UTC: no zone can shift it). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A signed F01 for a person, as the portal's form would post it. */
export function f01(
  folio: string,
  fullName: string,
  department: string,
  day: string,
  options: {
    internet?: boolean;
    holder?: 'staff' | 'external' | 'contractor';
    expiresOn?: string;
    centralOffice?: boolean;
  } = {},
): AccountRequestForm {
  const holder = options.holder ?? 'staff';
  return {
    folio,
    requestedOn: day,
    area: 'Dirección Administrativa',
    director: { name: 'Ana María Juárez López', email: 'ajuarezl@seseqro.gob.mx' },
    requestingBoss: { name: 'Alejandro Hernández Núñez', email: 'alejandrohn@seseqro.gob.mx' },
    kind: 'creation',
    condition: options.expiresOn === undefined ? 'fixed' : 'temporary',
    ...(options.expiresOn === undefined ? {} : { expiresOn: options.expiresOn }),
    user: {
      fullName,
      department,
      position: 'Analista',
      functions: 'Atención de los trámites del departamento y seguimiento de los expedientes de la unidad',
      holder,
    },
    internet: options.internet
      ? {
          requested: true,
          justification: 'Consulta de la normatividad federal y de los portales de los proveedores',
        }
      : { requested: false },
    centralOffice: options.centralOffice ?? true,
    signatures: { director: day, requestingBoss: day, user: day },
    ...(holder === 'contractor' ? { contractorAuthorization: { by: 'ti-1', on: day } } : {}),
  };
}

/** A request from filing to completion (8.1): filed on `day`, approved the next, provisioned, signed. */
export function requestFlow(
  form: AccountRequestForm,
  day: string,
  end: 'completed' | 'rejected' | 'withdrawn' = 'completed',
): Step[] {
  const folio = form.folio;
  const d1 = addDays(day, 1);
  const d2 = addDays(day, 2);
  const d3 = addDays(day, 3);
  const steps: Step[] = [{ kind: 'submit', at: at(day), form, actor: BOSS }];
  const req = (when: string, label: string, build: (c: RequestContext) => RequestEvent): Step => ({
    kind: 'request',
    at: when,
    folio,
    label,
    build,
  });
  if (end === 'rejected') {
    steps.push(
      req(at(d1, '10:00'), 'REJECT', () => ({
        type: 'REJECT',
        reason: 'No se justifica la cuenta',
        at: at(d1, '10:00'),
        actor: IT_HEAD,
      })),
    );
    return steps;
  }
  if (end === 'withdrawn') {
    steps.push(
      req(at(day, '12:00'), 'WITHDRAW', () => ({ type: 'WITHDRAW', at: at(day, '12:00'), actor: BOSS })),
    );
    return steps;
  }
  steps.push(
    req(at(d1, '10:00'), 'APPROVE', (c) => ({
      type: 'APPROVE',
      seatsInUse: c.seatsInUse,
      at: at(d1, '10:00'),
      actor: IT_HEAD,
    })),
  );
  if (form.internet.requested) {
    steps.push(
      req(at(d1, '10:30'), 'AUTHORIZE_INTERNET', (c) => ({
        type: 'AUTHORIZE_INTERNET',
        exitsInUse: c.exitsInUse,
        at: at(d1, '10:30'),
        actor: IT_HEAD,
      })),
    );
  }
  steps.push(
    req(at(d2), 'PROVISION', (c) => {
      const username = c.proposeUsername();
      return {
        type: 'PROVISION',
        username,
        ...c.usernameFacts(username),
        capacityMb: 2048,
        at: at(d2),
        actor: OFFICER,
      };
    }),
    req(at(d3, '12:00'), 'RESGUARDO_SIGNED', () => ({
      type: 'RESGUARDO_SIGNED',
      at: at(d3, '12:00'),
      actor: form.centralOffice ? HELPDESK : UNIT_IT,
    })),
  );
  return steps;
}

const account = (folio: string, event: AccountEvent): Step => ({
  kind: 'account',
  at: event.at,
  account: accountIdFor(folio),
  event,
});

/** Orders steps by time (stable), with the outbox worker run after each day's commands. */
export function schedule(steps: readonly Step[]): Step[] {
  const sorted = [...steps].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const out: Step[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    out.push(s);
    const next = sorted[i + 1];
    if (next === undefined || next.at.slice(0, 10) !== s.at.slice(0, 10))
      out.push({ kind: 'work', at: s.at });
  }
  return out;
}

type Person = [name: string, department: string, internet: boolean, extra?: Parameters<typeof f01>[4]];

const PEOPLE: readonly Person[] = [
  ['Perla Adriana Hernández Leal', 'Informática', true],
  ['Alejandro Hernández Núñez', 'Informática', true],
  ['María Soledad Ramírez Trejo', 'Compras', true],
  ['José Carlos Pérez Juárez', 'Compras', false],
  ['Juana Inés Pérez', 'Recursos Humanos', false],
  ['Patricia Alvarado', 'Recursos Humanos', true],
  ['Ana María Juárez López', 'Planeación', true],
  ['Roberto Sánchez Olvera', 'Planeación', false],
  ['Guadalupe Reséndiz Ugalde', 'Jurídico', true],
  ['Fernando Olvera Mendoza', 'Jurídico', false, { centralOffice: false }],
  ['Lucía Morales Chávez', 'Enseñanza', true, { centralOffice: false }],
  ['Ricardo Montes Aguilar', 'Enseñanza', false, { centralOffice: false }],
  ['Verónica Trejo Ledesma', 'Calidad', true],
  ['Miguel Ángel Ramírez Cruz', 'Almacén', true],
  ['Claudia Rangel Pacheco', 'Epidemiología', true],
  ['Arturo Guerrero Luna', 'Epidemiología', true],
  ['Silvia Mendoza Herrera', 'Finanzas', false],
  ['Jorge Luis Vega Ríos', 'Finanzas', true],
  ['Mónica Ibarra Salinas', 'Comunicación Social', true],
  ['Eduardo Castillo Nieto', 'Comunicación Social', false],
  ['Rosa Elena Cabrera Ortiz', 'Almacén', false],
  ['Héctor Jiménez Loyola', 'Auditoría', false, { holder: 'external', expiresOn: '2026-06-01' }],
  ['Teresa Velázquez Ruiz', 'Archivo', false],
  ['Gabriel Domínguez Ochoa', 'Archivo', true, { holder: 'contractor', expiresOn: '2026-12-31' }],
];

/**
 * The crash test's scenario: 28 requests (24 completed, one rejected, one withdrawn, and two
 * filed after cancellations: a seat freed by a baja, a name whose username was retired), the
 * account events of three months (accesses, a leave, an investigation, a transfer, a baja, an
 * inactivity cancellation, a temporary account's expiry), the scheduler at four dates.
 */
export function crashScenario(): Step[] {
  const steps: Step[] = [];
  const folio = (i: number) => `F01-2026-${String(i + 1).padStart(4, '0')}`;
  PEOPLE.forEach(([name, department, internet, extra], i) => {
    const day = addDays('2026-01-05', Math.floor(i / 4));
    steps.push(...requestFlow(f01(folio(i), name, department, day, { internet, ...extra }), day));
  });
  steps.push(
    ...requestFlow(
      f01('F01-2026-0901', 'Carmen Flores Juárez', 'Archivo', '2026-01-12'),
      '2026-01-12',
      'rejected',
    ),
    ...requestFlow(
      f01('F01-2026-0902', 'Luis Alberto Soto Peña', 'Calidad', '2026-01-12'),
      '2026-01-12',
      'withdrawn',
    ),
  );
  const FERNANDO = folio(9);
  const PERLA = folio(0);
  // The mail server reports accesses for everyone but Fernando (4.19 counts from creation for him).
  PEOPLE.forEach((_, i) => {
    if (folio(i) === FERNANDO) return;
    for (const on of ['2026-02-10', '2026-03-20']) {
      steps.push(account(folio(i), { type: 'RECORD_ACCESS', on, at: at(on, '23:00'), actor: MAIL_SERVER }));
    }
  });
  steps.push(
    // An investigation: network access suspended, then reinstated (4.21.4).
    account(folio(17), {
      type: 'SUSPEND',
      reason: 'investigation',
      until: null,
      at: at('2026-03-02'),
      actor: IT_HEAD,
    }),
    account(folio(17), { type: 'REINSTATE', at: at('2026-03-09'), actor: IT_HEAD }),
    // A transfer: Almacén → Calidad, the seat moves and the old internet exit is released (8.2-9).
    account(folio(13), {
      type: 'REPORT_TRANSFER',
      toDepartment: 'Calidad',
      at: at('2026-03-03'),
      actor: BOSS,
    }),
    account(folio(13), {
      type: 'COMPLETE_TRANSFER',
      toDepartment: 'Calidad',
      at: at('2026-03-05'),
      actor: OFFICER,
    }),
    // A baja: 15 días naturales of grace, then backup, deletion, seat and exit released (4.22).
    account(PERLA, {
      type: 'OFFBOARD',
      bajaOn: '2026-03-13',
      cause: 'separation',
      at: at('2026-03-16'),
      actor: BOSS,
    }),
    // A vacation that ends by itself (4.21.3).
    account(folio(16), {
      type: 'START_LEAVE',
      kind: 'vacation',
      until: '2026-04-10',
      at: at('2026-03-25'),
      actor: BOSS,
    }),
    { kind: 'schedule', at: at('2026-03-31', '23:30'), asOf: '2026-03-31' },
    // The seat Perla's baja freed is taken again, with internet.
    ...requestFlow(
      f01('F01-2026-0025', 'Sofía Navarro Beltrán', 'Informática', '2026-04-06', { internet: true }),
      '2026-04-06',
    ),
    // Three months without access: the inquiry, the boss asks to cancel, the notice elapses (8.3).
    account(FERNANDO, { type: 'OPEN_INACTIVITY_INQUIRY', at: at('2026-04-20'), actor: OFFICER }),
    account(FERNANDO, { type: 'REQUEST_CANCELLATION', at: at('2026-04-22'), actor: BOSS }),
    { kind: 'schedule', at: at('2026-04-30', '23:30'), asOf: '2026-04-30' },
    { kind: 'schedule', at: at('2026-05-15', '23:30'), asOf: '2026-05-15' },
    // Fernando again: FERNANDOOM is retired for ever (4.19), so 5.4.3's collision rule names him.
    ...requestFlow(f01('F01-2026-0026', 'Fernando Olvera Mendoza', 'Jurídico', '2026-05-20'), '2026-05-20'),
    // The external auditor's account expires: its expiry is its baja (4.10, 4.22).
    { kind: 'schedule', at: at('2026-06-30', '23:30'), asOf: '2026-06-30' },
  );
  return schedule(steps);
}

export type RunReport = { commands: number; skipped: number; refused: number; work: number };

/** Where a killed run resumes: after the last command step it committed. */
export async function resumePoint(db: Db): Promise<number> {
  const { rows } = await db.query<{ id: string }>("SELECT id FROM commands WHERE id LIKE 'step:%'");
  return rows.reduce((m, r) => Math.max(m, Number(r.id.slice(5)) + 1), 0);
}

/** Runs steps `from`… in order; a command refused unexpectedly stops the run with an error. */
export async function runSteps(
  db: Db,
  server: FakeMailServer,
  steps: readonly Step[],
  options: {
    from?: number;
    worker?: WorkerOptions;
    /** The command id of step `i` (default `step:i`, which {@link resumePoint} reads). */
    stepId?: (i: number) => string;
    /** Report refusals through `onStep` and go on, instead of stopping (the CLI's driver). */
    tolerateRefusals?: boolean;
    onStep?: (i: number, s: Step, o: Outcome | null) => void;
  } = {},
): Promise<RunReport> {
  const report: RunReport = { commands: 0, skipped: 0, refused: 0, work: 0 };
  for (let i = options.from ?? 0; i < steps.length; i++) {
    const s = steps[i]!;
    const id = options.stepId?.(i) ?? `step:${i}`;
    let outcome: Outcome | null = null;
    switch (s.kind) {
      case 'submit':
        outcome = await submitRequest(db, id, s.form, s.at, s.actor);
        break;
      case 'request':
        outcome = await requestStep(db, id, s.folio, s.build);
        break;
      case 'account':
        outcome = await accountStep(db, id, s.account, s.event);
        break;
      case 'work':
        await runWorker(db, server, options.worker);
        report.work++;
        break;
      case 'schedule': {
        const r = await runScheduler(db, s.asOf);
        if (r.refused.length > 0) throw new Error(`scheduler refused: ${JSON.stringify(r.refused)}`);
        break;
      }
    }
    options.onStep?.(i, s, outcome);
    if (outcome === null) continue;
    if (!outcome.ok) {
      report.refused++;
      if (options.tolerateRefusals) continue;
      throw new Error(`step ${i} (${describeStep(s)}) refused: ${JSON.stringify(outcome.violations)}`);
    }
    if (outcome.applied) report.commands++;
    else report.skipped++;
  }
  return report;
}

export function describeStep(s: Step): string {
  switch (s.kind) {
    case 'submit':
      return `F01 ${s.form.folio} ${s.form.user.fullName}`;
    case 'request':
      return `${s.folio} ${s.label}`;
    case 'account':
      return `${s.account} ${s.event.type}`;
    case 'work':
      return 'worker';
    case 'schedule':
      return `scheduler → ${s.asOf}`;
  }
}
