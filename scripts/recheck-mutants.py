#!/usr/bin/env python3
"""(Not part of CI; python3.) Re-test a Stryker report's survivors against the current tests, applying each by hand.
usage: recheck.py REPORT.json REPO FILTER MODULE [test files...]
  REPORT: Stryker json; REPO: the work tree whose src/ is mutated; FILTER: substring of the
  file path (e.g. src/names/compounds.ts); MODULE: the vitest.mutation.config module (MUTATE);
  tests: test files to run (default: the module's tests). Prints killed/survived per mutant
  and a summary; restores every file.  Env LINE=n limits to one line."""
import json, os, subprocess, sys
rep, repo, filt, module = sys.argv[1:5]
tests = sys.argv[5:]
data = json.load(open(rep))
killed = surv = 0
# The tests must pass on the code as it is, or every mutant would look killed.
base = subprocess.run(['npx', 'vitest', 'run', '--config', 'vitest.mutation.config.ts', '--reporter=dot', *tests],
                      cwd=repo, env=dict(os.environ, MUTATE=module, FC_NUM_RUNS='25', FC_SEED='20261129'),
                      capture_output=True, text=True)
if base.returncode != 0:
    sys.exit('the tests fail without any mutant: fix them first\n' + base.stdout[-2000:])
for f, d in data['files'].items():
    if filt not in f: continue
    path = os.path.join(repo, f)
    current = open(path).read()
    orig = d['source']  # the mutants' locations are in the source Stryker read
    if current != orig:
        print(f"note: {f} changed since the report; mutants are applied to the report's source", flush=True)
    if current != orig:
        # Verdicts count only if the tests pass on the source the mutants are applied to.
        try:
            open(path, 'w').write(orig)
            r = subprocess.run(['npx', 'vitest', 'run', '--config', 'vitest.mutation.config.ts', '--reporter=dot', *tests],
                               cwd=repo, env=dict(os.environ, MUTATE=module, FC_NUM_RUNS='25', FC_SEED='20261129'),
                               capture_output=True, text=True)
        finally:
            open(path, 'w').write(current)
        if r.returncode != 0:
            print(f"warning: the tests fail on {f} as the report read it: its verdicts below are unreliable", flush=True)
    lines = orig.split('\n')
    offs = [0]
    for l in lines: offs.append(offs[-1] + len(l) + 1)
    for m in d['mutants']:
        if m['status'] not in ('Survived', 'NoCoverage'): continue
        s, e = m['location']['start'], m['location']['end']
        if os.environ.get('LINE') and str(s['line']) != os.environ['LINE']: continue
        a = offs[s['line'] - 1] + s['column'] - 1
        b = offs[e['line'] - 1] + e['column'] - 1
        mutated = orig[:a] + m.get('replacement', '') + orig[b:]
        try:
            open(path, 'w').write(mutated)
            env = dict(os.environ, MUTATE=module, FC_NUM_RUNS='25', FC_SEED='20261129')
            r = subprocess.run(['npx', 'vitest', 'run', '--config', 'vitest.mutation.config.ts', '--reporter=dot', *tests],
                               cwd=repo, env=env, capture_output=True, text=True, timeout=120)
            ok = r.returncode != 0
        except subprocess.TimeoutExpired:
            ok = True
        finally:
            open(path, 'w').write(current)
        if ok: killed += 1
        else: surv += 1
        print(f"{'KILLED ' if ok else 'SURVIVE'} {f}:{s['line']}:{s['column']} {m['mutatorName']}: {m.get('replacement','')[:70]!r} | {lines[s['line']-1].strip()[:90]}", flush=True)
print(f"summary {filt}: killed {killed}, survived {surv}")
