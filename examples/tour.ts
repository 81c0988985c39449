// The README's tour, runnable: `npx tsx examples/tour.ts`. A test runs it and checks that the
// README shows what it prints.
import {
  advanceAccount,
  createRequest,
  describe,
  generateUsername,
  openAccount,
  reviewAccounts,
  transitionAccount,
  transitionRequest,
} from '../src/index.js';

/** Runs the tour and returns what it prints, line by line. */
export function runTour(): string[] {
  const out: string[] = [];
  const say = (line: string) => out.push(line);

  // 1. A username by the rules of 5.4.3.
  const taken = new Set(['ALEJANDROHN']);
  const a = generateUsername('Alejandro Hilario Nájera', taken);
  if (a.isOk()) say(`${a.value.username} ${a.value.rule} ${a.value.email}`);

  // 2. A refused name and its explanation, in Spanish (the default) and English.
  const bad = generateUsername('Ma. Soledad Ramírez Trejo', taken);
  if (bad.isErr()) {
    say(describe(bad.error));
    say(describe(bad.error, 'en'));
  }

  // 3. A request from form F01 to completed (8.1).
  const boss = { role: 'direct-boss', id: 'jefe-17' } as const;
  const itHead = { role: 'it-head', id: 'ti-1' } as const;
  const officer = { role: 'mail-officer', id: 'mov-2' } as const;
  const helpdesk = { role: 'helpdesk', id: 'mesa-3' } as const;
  const form = {
    folio: 'F01-2026-0001',
    requestedOn: '2026-11-30',
    area: 'Dirección de Planeación',
    director: { name: 'Ana María Juárez López', email: 'ajuarezl@seseqro.gob.mx' },
    requestingBoss: { name: 'Alejandro Hernández Núñez', email: 'alejandrohn@seseqro.gob.mx' },
    kind: 'creation',
    condition: 'fixed',
    user: {
      fullName: 'Perla Adriana Hernández Leal',
      department: 'Informática',
      position: 'Analista de sistemas',
      functions: 'Administración de la red de la unidad y soporte a los usuarios',
      holder: 'staff',
    },
    internet: { requested: true, justification: 'Consulta de la normatividad federal en línea' },
    centralOffice: true,
    signatures: { director: '2026-11-30', requestingBoss: '2026-11-30', user: '2026-11-30' },
  };
  const created = createRequest(form, '2026-11-30T09:00:00-06:00', boss);
  if (created.isErr()) throw new Error(created.error.map((v) => describe(v)).join('\n'));
  let request = created.value.state;
  const states = [request];
  for (const event of [
    { type: 'APPROVE', seatsInUse: 1, at: '2026-12-01T10:00:00-06:00', actor: itHead },
    { type: 'AUTHORIZE_INTERNET', exitsInUse: 1, at: '2026-12-01T10:05:00-06:00', actor: itHead },
    {
      type: 'PROVISION',
      username: 'PERLAHL',
      capacityMb: 2048,
      usernameInUse: false,
      usernameRetired: false,
      at: '2026-12-02T09:00:00-06:00',
      actor: officer,
    },
    { type: 'RESGUARDO_SIGNED', at: '2026-12-03T12:00:00-06:00', actor: helpdesk },
  ] as const) {
    const step = transitionRequest(request, event);
    if (step.isErr()) throw new Error(describe(step.error));
    request = step.value.state;
    states.push(request);
    say(
      `${step.value.log.from} → ${step.value.log.to} [${step.value.log.clauses.join(', ')}] ${step.value.effects.map((e) => e.type).join(' ')}`,
    );
  }
  // The department already has its two internet exits (4.13, 8.1-5…7.A): refused, nothing changes.
  const refused = transitionRequest(states[1]!, {
    type: 'AUTHORIZE_INTERNET',
    exitsInUse: 2,
    at: '2026-12-01T10:00:00-06:00',
    actor: itHead,
  });
  if (refused.isErr()) say(`${refused.error.code}: ${describe(refused.error)}`);

  // 4. A baja: 15 días naturales of grace, then cancelled with a backup first (4.22).
  const opened = openAccount({
    id: 'cta-1',
    username: 'PERLAHL',
    department: 'Informática',
    createdOn: '2026-12-02',
    internet: true,
  });
  if (opened.isErr()) throw new Error('openAccount');
  const baja = transitionAccount(opened.value, {
    type: 'OFFBOARD',
    bajaOn: '2026-12-20',
    cause: 'separation',
    at: '2026-12-21T09:00:00-06:00',
    actor: boss,
  });
  if (baja.isErr()) throw new Error(describe(baja.error));
  say(
    `${baja.value.state.status} usable through ${baja.value.state.usableThrough}, cancelled on ${baja.value.state.cancelOn}`,
  );
  const later = advanceAccount(baja.value.state, '2027-01-05');
  if (later.isOk()) say(`${later.value.state.status}: ${later.value.effects.map((e) => e.type).join(' ')}`);

  // 5. The four-monthly review (8.3-1…3) over account snapshots.
  const idle = openAccount({
    id: 'cta-2',
    username: 'JUANAIP',
    department: 'Compras',
    createdOn: '2026-01-15',
    lastAccessOn: '2026-11-30',
  });
  if (idle.isErr()) throw new Error('openAccount');
  const report = reviewAccounts(
    [{ account: idle.value }, { account: opened.value, mailbox: { usedMb: 1900, capacityMb: 2048 } }],
    '2027-03-01',
  );
  if (report.isOk())
    for (const item of report.value.items)
      say(`${item.username}: ${item.finding} → ${item.action} on ${item.on} (${item.clause})`);

  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runTour().join('\n'));
