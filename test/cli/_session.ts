import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { ROOT } from '../repo/sources.js';

// One CLI session as the tests of test/cli run it: on 2027-03-01, version 9.9.9, with the files
// given by name first. What the officer reads is the answer: the exit code and the two streams.

/** A file of the repository (examples/data/…), or `null` when there is none. */
export const disk = (p: string): string | null => {
  try {
    return readFileSync(join(ROOT, p), 'utf8');
  } catch {
    return null;
  }
};

export type Answer = { readonly code: number; readonly out: string; readonly err: string };

function session(
  argv: readonly string[],
  readFile: (p: string) => string | null,
  progress: string[] | undefined,
): Answer {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readFile,
    today: () => '2027-03-01',
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    ...(progress ? { progress: (t: string) => progress.push(t) } : {}),
    version: '9.9.9',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `argv` with `files`, then the repository's own files; `progress` collects the progress lines. */
export function cli(
  argv: readonly string[],
  files: Record<string, string> = {},
  progress?: string[],
): Answer {
  return session(argv, (p) => (Object.hasOwn(files, p) ? (files[p] as string) : disk(p)), progress);
}

/** Runs `argv` with `files` only: any other path is a file that does not exist. */
export function cliOffline(
  argv: readonly string[],
  files: Record<string, string> = {},
  progress?: string[],
): Answer {
  return session(argv, (p) => (Object.hasOwn(files, p) ? (files[p] as string) : null), progress);
}

/**
 * The CLI's environment with no files, recording what it writes: for `dispatch` and `runCli`
 * alike. `version` `null` leaves the shell's version out.
 */
export function recordingIo(version: string | null = '9.9.9'): {
  readonly out: string[];
  readonly err: string[];
  readonly io: Parameters<typeof runCli>[1];
} {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      readFile: () => null,
      today: () => '2027-03-01',
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      ...(version === null ? {} : { version }),
    },
  };
}
