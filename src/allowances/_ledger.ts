import type {
  AllowanceKind,
  AllowanceLedger,
  DepartmentAllowance,
  ExitHolding,
  SeatHolding,
} from './types.js';

/** @internal Where a department sits in the sorted list: its index, or where it would go. */
export function locate(ledger: AllowanceLedger, department: string): { index: number; found: boolean } {
  const list = ledger.departments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const key = (list[mid] as DepartmentAllowance).department;
    if (key === department) return { index: mid, found: true };
    // Stryker disable next-line EqualityOperator: `<=` is the same, equal keys returned on the line above
    if (key < department) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, found: false };
}

/** @internal A department's allowance, or an empty one. */
export function departmentOf(ledger: AllowanceLedger, department: string): DepartmentAllowance {
  const at = locate(ledger, department);
  return at.found
    ? (ledger.departments[at.index] as DepartmentAllowance)
    : { department, seats: [], exits: [] };
}

/** @internal The department where `username` holds this kind of allowance, or `null`. */
export function holderDepartment(
  ledger: AllowanceLedger,
  kind: AllowanceKind,
  username: string,
): string | null {
  for (const d of ledger.departments) {
    const list: readonly (SeatHolding | ExitHolding)[] = kind === 'seat' ? d.seats : d.exits;
    for (const h of list) if (h.username === username) return d.department;
  }
  return null;
}

/** @internal The ledger with `next` in place of the department's entry (dropped when it holds nothing). */
export function withDepartment(ledger: AllowanceLedger, next: DepartmentAllowance): AllowanceLedger {
  const at = locate(ledger, next.department);
  const departments = [...ledger.departments];
  const empty = next.seats.length === 0 && next.exits.length === 0;
  if (at.found) {
    if (empty) departments.splice(at.index, 1);
    else departments[at.index] = next;
  } else if (!empty) {
    departments.splice(at.index, 0, next);
  }
  return { departments };
}
