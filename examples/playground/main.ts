// The browser page: form F01 checked as the user types, with every finding's clause in Spanish
// and the proposed username, and the two machines' diagrams drawn from their own tables. It is
// bundled from the built package (scripts/playground.mjs) for the browser, with no Node
// built-in, which is what it proves.
import mermaid from 'mermaid';
import {
  ACCOUNT_MACHINE,
  describe,
  generateUsername,
  REQUEST_MACHINE,
  reviewAccountRequest,
  toMermaid,
} from '../../src/index.js';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function field(form: HTMLFormElement, name: string): Field {
  return form.elements.namedItem(name) as Field;
}

function text(form: HTMLFormElement, name: string): string {
  return field(form, name).value.trim();
}

function checked(form: HTMLFormElement, name: string): boolean {
  return (field(form, name) as HTMLInputElement).checked;
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** The form as F01 data: an empty field is left out, so the library says what is missing. */
export function readForm(form: HTMLFormElement): Record<string, unknown> {
  const previousArea = optional(text(form, 'previousArea'));
  const expiresOn = optional(text(form, 'expiresOn'));
  const justification = optional(text(form, 'justification'));
  const signatures: Record<string, string> = {};
  for (const [key, name] of [
    ['director', 'sigDirector'],
    ['requestingBoss', 'sigBoss'],
    ['user', 'sigUser'],
  ] as const) {
    const on = optional(text(form, name));
    if (on !== undefined) signatures[key] = on;
  }
  return {
    folio: text(form, 'folio'),
    requestedOn: text(form, 'requestedOn'),
    area: text(form, 'area'),
    director: { name: text(form, 'directorName'), email: text(form, 'directorEmail') },
    requestingBoss: { name: text(form, 'bossName'), email: text(form, 'bossEmail') },
    kind: text(form, 'kind'),
    ...(previousArea === undefined ? {} : { previousArea }),
    condition: text(form, 'condition'),
    ...(expiresOn === undefined ? {} : { expiresOn }),
    user: {
      fullName: text(form, 'fullName'),
      department: text(form, 'department'),
      position: text(form, 'position'),
      functions: text(form, 'functions'),
      holder: text(form, 'holder'),
    },
    internet: {
      requested: checked(form, 'internet'),
      ...(justification === undefined ? {} : { justification }),
    },
    centralOffice: checked(form, 'centralOffice'),
    signatures,
  };
}

function count(form: HTMLFormElement, name: string): number {
  const n = Number(text(form, name));
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function item(message: string, clause: string | null, severity: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = severity;
  li.textContent = message;
  if (clause !== null) {
    const tag = document.createElement('span');
    tag.className = 'clause';
    tag.textContent = clause;
    li.append(tag);
  }
  return li;
}

function render(form: HTMLFormElement): void {
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const list = $('findings');
  const verdict = $('verdict');
  list.replaceChildren();
  const fullName = text(form, 'fullName');
  const username = fullName === '' ? null : generateUsername(fullName, new Set<string>());
  $('username').textContent = username?.isOk() ? username.value.username : '—';
  $('email').textContent = username?.isOk() ? username.value.email : '';
  $('rule').textContent = username?.isOk()
    ? `regla ${username.value.rule}${username.value.needsReview ? ' · requiere revisión' : ''}`
    : username?.isErr()
      ? describe(username.error)
      : 'Escriba el nombre completo del usuario.';

  const review = reviewAccountRequest(readForm(form), {
    seatsInUse: count(form, 'seatsInUse'),
    exitsInUse: count(form, 'exitsInUse'),
  });
  if (review.isErr()) {
    for (const v of review.error) list.append(item(describe(v), v.clause, 'blocking'));
    verdict.textContent = `Hallazgos: el formato tiene ${review.error.length} problema(s)`;
    verdict.className = 'blocked';
    return;
  }
  for (const f of review.value.findings) {
    list.append(
      item(
        describe({ code: f.code, clause: f.clause, ...(f.details ? { details: f.details } : {}) }),
        f.clause,
        f.severity,
      ),
    );
  }
  verdict.textContent = review.value.blocking
    ? 'Hallazgos: la solicitud no procede como está'
    : 'Hallazgos: la solicitud procede';
  verdict.className = review.value.blocking ? 'blocked' : 'ok';
}

async function drawDiagrams(): Promise<void> {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  for (const [id, machine] of [
    ['request-diagram', REQUEST_MACHINE],
    ['account-diagram', ACCOUNT_MACHINE],
  ] as const) {
    const { svg } = await mermaid.render(`${id}-svg`, toMermaid(machine));
    const host = document.getElementById(id) as HTMLElement;
    host.innerHTML = svg;
    // Mermaid caps the width at the diagram's own; the account machine needs the whole page.
    host.querySelector('svg')?.style.removeProperty('max-width');
  }
  document.body.dataset.diagrams = 'ready';
}

const form = document.getElementById('f01') as HTMLFormElement;
form.addEventListener('input', () => render(form));
form.addEventListener('change', () => render(form));
render(form);
document.body.dataset.ready = 'true';
drawDiagrams().catch((e: unknown) => {
  document.body.dataset.diagrams = `failed: ${String(e)}`;
});
