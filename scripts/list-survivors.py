import json,sys
# (Not part of CI; python3.) Lists the survivors and no-coverage mutants of a Stryker JSON report:
# scripts/list-survivors.py reports/mutation/<module>.json [path filter]
rep=json.load(open(sys.argv[1]))
filt=sys.argv[2] if len(sys.argv)>2 else ''
tot={}
for f,d in rep['files'].items():
    if filt and filt not in f: continue
    src=d['source'].split('\n')
    c={}
    for m in d['mutants']:
        st=m['status']; c[st]=c.get(st,0)+1
        if st in('Survived','NoCoverage'):
            l=m['location']['start']['line']
            print(f"{f}:{l} {st[:4]} {m['mutatorName']}: {m.get('replacement','')[:80]!r}  | {src[l-1].strip()[:110]}")
    tot[f]=c
for f,c in tot.items():
    k=c.get('Killed',0)+c.get('Timeout',0); t=k+c.get('Survived',0)+c.get('NoCoverage',0)
    print(f"{f}: {c} score={100*k/max(t,1):.1f}%")
