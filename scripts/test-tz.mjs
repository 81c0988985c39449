// Runs the whole vitest suite once per time zone: results must never depend on the
// process's TZ (SPEC §1). Any failing zone fails the command. Tests under test/once/ (heavy and
// zone-free: the fuzz of every export, the crash test, the browser) run once, after the build,
// with `npm run test:once`.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'America/Mexico_City', 'Pacific/Kiritimati', 'America/Anchorage'];
const failed = [];
for (const tz of zones) {
  console.log(`\n=== vitest under TZ=${tz} ===`);
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=dot', '--exclude', 'test/once/**'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) failed.push(tz);
}
if (failed.length > 0) {
  console.error(`\nvitest failed under TZ=${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nvitest passed under every TZ: ${zones.join(', ')}`);
