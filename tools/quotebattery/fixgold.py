#!/usr/bin/env python3
"""fixgold.py DIR: re-resolve cue/source offsets in DIR/gold.jsonl (written by mkgold.py).
mkgold.py matches cue/source as raw substrings (so "he" can hit "the") and, for split
contents, never takes the occurrence inside the gap if the string occurs anywhere else.
Here: word-boundary matches only; for split contents the gap occurrence is preferred;
the cue is the nearest to the content (same paragraph first), the source the nearest to the cue.
Prints every change with context; rewrites gold.jsonl (the raw one is kept as gold.mkgold.jsonl)."""
import json, re, sys, os, shutil
d = sys.argv[1]
gp = os.path.join(d, 'gold.jsonl'); raw = os.path.join(d, 'gold.mkgold.jsonl')
shutil.copy(gp, raw)
def occ(text, s):
    out = []
    for m in re.finditer(re.escape(s), text):
        a, b = m.start(), m.end()
        if s[0].isalnum() and a > 0 and text[a-1].isalnum(): continue
        if s[-1].isalnum() and b < len(text) and text[b].isalnum(): continue
        out.append((a, b))
    return out
def para(text, i):
    return text.rfind('\n', 0, i)
def dist(a, b, lo, hi):
    if a < hi and b > lo: return 0
    return min(abs(a - hi), abs(lo - b))
out = []; changes = 0; flags = 0
for line in open(raw, encoding='utf-8'):
    o = json.loads(line); t = o['text']
    ann = json.load(open(os.path.join(d, o['id'] + '.ann.json'), encoding='utf-8'))
    used = {}
    for i, (q, r) in enumerate(zip(o['quotes'], ann)):
        c = q['content']; frs = c.get('fragments', [[c['start'], c['end']]])
        lo, hi = frs[0][0], frs[-1][1]
        gaps = [(frs[k][1], frs[k+1][0]) for k in range(len(frs)-1)]
        def inside_frag(a, b):
            return any(a < fe and b > fs for fs, fe in frs)
        def resolve(s, alo, ahi, allow_overlap=False):
            cands = [x for x in occ(t, s) if not inside_frag(*x)]
            if not cands: return None
            g = [x for x in cands if any(x[0] >= ga and x[1] <= gb for ga, gb in gaps)]
            if g: return g[0]
            cands = [x for x in cands if not (x[0] < hi and x[1] > lo)] or cands
            p = para(t, lo)
            same = [x for x in cands if para(t, x[0]) == p or para(t, x[0]) == para(t, hi-1)]
            pool = same or cands
            return min(pool, key=lambda x: dist(x[0], x[1], alo, ahi))
        new = {}
        cue_sp = None
        if r.get('cue'):
            cue_sp = resolve(r['cue'], lo, hi)
            if cue_sp is None: print(o['id'], i, 'CUE NOT FOUND', r['cue']); continue
            new['cue'] = cue_sp
        if r.get('source'):
            a, b = cue_sp if cue_sp else (lo, hi)
            sp = resolve(r['source'], a, b)
            if sp is None: print(o['id'], i, 'SOURCE NOT FOUND', r['source']); continue
            new['source'] = sp
        for k, (a, b) in new.items():
            old = q[k]
            if (old['start'], old['end']) != (a, b):
                changes += 1
                print(f"{o['id']} #{i} {k} {r[k]!r}: {old['start']}->{a}  ...{t[max(0,a-50):a]}[[{t[a:b]}]]{t[b:b+30]}...".replace('\n', '/'))
            q[k] = {"start": a, "end": b, "text": t[a:b]}
            if k == 'cue':
                dd = dist(a, b, lo, hi)
                if dd > 120 and not any(a >= ga and b <= gb for ga, gb in gaps):
                    flags += 1; print(f"  FLAG {o['id']} #{i}: cue {dd} chars from content")
                if (a, b) in used:
                    flags += 1; print(f"  FLAG {o['id']} #{i}: cue span shared with #{used[(a,b)]}")
                used[(a, b)] = i
    out.append(o)
with open(gp, 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(f'{changes} offsets changed, {flags} flags')
