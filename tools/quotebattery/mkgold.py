#!/usr/bin/env python3
"""mkgold.py DIR: turn DIR/*.txt + DIR/*.ann.json into DIR/gold.jsonl.

Each NAME.ann.json is a JSON list of relations:
  {"content": "exact text" | ["fragment 1", "fragment 2"],
   "cue": "exact text" | null, "source": "exact text" | null,
   "speaker": "Canonical Full Name" | null,        # optional
   "after": "exact text"}                          # optional: content is searched after this text
Content fragments are found in order (the first occurrence after `after`, or
after the previous fragment); cue and source are the occurrences nearest to the
content. Types (direct/indirect/mixed) are computed with PolNeAR's rule.
Errors are printed and the file is skipped, so run until it prints none.
"""
import json, os, re, sys, glob

def quote_mask(text):
    mask = [False] * len(text)
    for para_m in re.finditer(r'[^\n]+', text):
        s0 = para_m.start(); para = para_m.group()
        open_at = None
        for i, ch in enumerate(para):
            if ch in '“„«"' and open_at is None and ch != '"':
                open_at = i
            elif ch == '"' and open_at is None:
                open_at = i
            elif open_at is not None and (ch in '”»' or ch == '"'):
                for k in range(open_at, i + 1): mask[s0 + k] = True
                open_at = None
        if open_at is not None:
            for k in range(open_at, len(para)): mask[s0 + k] = True
    return mask

def qtype(mask, text, frags):
    inside = outside = 0
    for s, e in frags:
        for i in range(s, e):
            if text[i].isalnum():
                if mask[i]: inside += 1
                else: outside += 1
    if inside and not outside: return "direct"
    if inside and outside: return "mixed"
    return "indirect"

def nearest(text, needle, lo, hi):
    best = None
    for m in re.finditer(re.escape(needle), text):
        d = 0 if (m.start() < hi and m.end() > lo) else min(abs(m.start() - hi), abs(lo - m.end()))
        if m.start() < hi and m.end() > lo and not (m.end() <= lo or m.start() >= hi):
            d = 10**9  # overlapping the content: not allowed
        if best is None or d < best[0]: best = (d, m.start(), m.end())
    if best is None or best[0] >= 10**9: return None
    return best[1], best[2]

def main(d):
    out, errs = [], 0
    for tp in sorted(glob.glob(os.path.join(d, '*.txt'))):
        name = os.path.basename(tp)[:-4]
        ap = os.path.join(d, name + '.ann.json')
        text = open(tp, encoding='utf-8').read()
        if not os.path.exists(ap): print(f'{name}: no .ann.json'); errs += 1; continue
        try: rels = json.load(open(ap, encoding='utf-8'))
        except Exception as e: print(f'{name}: bad JSON: {e}'); errs += 1; continue
        mask = quote_mask(text); qs = []; bad = False
        for i, r in enumerate(rels):
            c = r['content']; frags = [c] if isinstance(c, str) else c
            pos = 0
            if r.get('after'):
                a = text.find(r['after'])
                if a < 0: print(f'{name} #{i}: after-text not found: {r["after"]!r}'); bad = True; continue
                pos = a + len(r['after'])
            fr = []
            for f in frags:
                k = text.find(f, pos)
                if k < 0: print(f'{name} #{i}: content not found (after offset {pos}): {f[:60]!r}'); bad = True; break
                fr.append([k, k + len(f)]); pos = k + len(f)
            else:
                if text.find(frags[0], fr[0][1]) >= 0 and not r.get('after') and len(frags[0]) < 40:
                    print(f'{name} #{i}: warning: short content occurs twice, add "after": {frags[0]!r}')
                lo, hi = fr[0][0], fr[-1][1]
                q = {"type": qtype(mask, text, fr), "content": {"start": lo, "end": hi, "text": text[lo:hi]}}
                if len(fr) > 1: q["content"]["fragments"] = fr
                for key in ('cue', 'source'):
                    v = r.get(key)
                    if v:
                        sp = nearest(text, v, lo, hi)
                        if sp is None and key == 'source':
                            # a source inside a split quote's gap is fine
                            m = text.find(v, lo)
                            sp = (m, m + len(v)) if 0 <= m < hi else None
                        if sp is None and key == 'cue':
                            m = text.find(v, lo)
                            sp = (m, m + len(v)) if 0 <= m < hi else None
                        if sp is None: print(f'{name} #{i}: {key} not found near content: {v!r}'); bad = True; continue
                        q[key] = {"start": sp[0], "end": sp[1], "text": text[sp[0]:sp[1]]}
                    else:
                        q[key] = None
                if r.get('speaker'): q['speaker'] = r['speaker']
                qs.append(q)
        if bad: errs += 1
        out.append({"id": name, "text": text, "quotes": qs})
    with open(os.path.join(d, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    n = sum(len(o['quotes']) for o in out)
    print(f'{len(out)} articles, {n} relations, {errs} files with errors')

main(sys.argv[1])
