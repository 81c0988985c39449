/**
 * A property's own number of runs, scaled by `FC_RUNS_SCALE` (default 1). The mutation runs
 * (`vitest.mutation.config.ts`) set it below 1 so that a module's every mutant fits two cores;
 * `npm test` and CI leave it at 1. A survivor of a scaled run is re-applied by hand against
 * the full run (`scripts/recheck-mutants.py`) before it counts.
 */
export function runs(n: number): number {
  const scale = Number(process.env.FC_RUNS_SCALE ?? 1);
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
