package main

import (
	"encoding/json"
	"fmt"
	"os"
	"unicode"
)

// score is the Article Extraction Benchmark metric, as computed by
// scrapinghub/article-extraction-benchmark's evaluate.py and by
// ../shared/eval/score_extraction.py: per-document precision and recall
// over multisets of 4-token shingles, averaged over documents, then their
// harmonic mean. Tokens approximate Python's \w+ (letters, numbers and
// underscore); the Python scorer remains the reference number.
type score struct {
	Precision, Recall, F1 float64
}

// loadGold reads an AEB ground-truth file: {"id": {"articleBody": ...}}.
func loadGold(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("read gold %s: %w", path, err)
	}
	gold := make(map[string]string, len(raw))
	for id, v := range raw {
		gold[id] = v.ArticleBody
	}
	return gold, nil
}

// scoreAll scores predictions (id -> text) against gold; a missing
// prediction counts as empty.
func scoreAll(gold, pred map[string]string) score {
	var pSum, rSum float64
	var pN, rN int
	for id, g := range gold {
		tp, fp, fn := counts(g, pred[id])
		if tp+fp > 0 {
			pSum += ratio(tp, fp, fn, fp)
			pN++
		}
		if tp+fn > 0 {
			rSum += ratio(tp, fp, fn, fn)
			rN++
		}
	}
	var s score
	if pN > 0 {
		s.Precision = pSum / float64(pN)
	}
	if rN > 0 {
		s.Recall = rSum / float64(rN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// ratio is tp/(tp+miss), or 1 when nothing is wrong at all.
func ratio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	return tp / (tp + miss)
}

func counts(gold, pred string) (tp, fp, fn float64) {
	g, p := shingles(tokens(gold)), shingles(tokens(pred))
	for k, gc := range g {
		pc := p[k]
		tp += float64(min(gc, pc))
		fn += float64(max(gc-pc, 0))
	}
	for k, pc := range p {
		fp += float64(max(pc-g[k], 0))
	}
	if total := tp + fp + fn; total > 0 {
		tp, fp, fn = tp/total, fp/total, fn/total
	}
	return tp, fp, fn
}

func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

type shingle [4]string

func shingles(toks []string) map[shingle]int {
	m := make(map[shingle]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		var k shingle
		copy(k[:], toks)
		m[k]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[shingle(toks[i:i+4])]++
	}
	return m
}
