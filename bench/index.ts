// `npm run bench`: every benchmark of the library in one run, each against its named peer or
// floor measured in the same run, printed as Markdown ratios. `npm run bench -- --write`
// also rewrites the measured section of docs/performance.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { runCliBench } from './cli.js';
import { runNamesBench } from './names.js';
import { runOversightBench } from './oversight.js';
import { runRequestBench } from './request.js';
import { runReviewBench } from './review.js';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

async function main(): Promise<void> {
  const header = [
    `Measured with \`npm run bench\` on Node ${process.version}, ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB.`,
    'Absolute times vary from run to run on these shared machines; the ratios, measured in the same run, are what the floors are about.',
    '',
  ].join('\n');
  const sections = [header];
  for (const run of [runNamesBench, runRequestBench, runReviewBench, runOversightBench, runCliBench]) {
    const section = await run();
    console.log(section);
    sections.push(section);
  }
  if (process.argv.includes('--write')) {
    const path = new URL('../docs/performance.md', import.meta.url);
    const doc = readFileSync(path, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    if (from < 0 || to < from) throw new Error('docs/performance.md lacks the bench markers');
    writeFileSync(path, `${doc.slice(0, from + START.length)}\n${sections.join('\n')}\n${doc.slice(to)}`);
    console.log('docs/performance.md updated');
  }
}

await main();
