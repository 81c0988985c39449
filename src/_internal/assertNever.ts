/** Ends an exhaustive switch: a new status or event type becomes a compile error. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${String(x)}`);
}
