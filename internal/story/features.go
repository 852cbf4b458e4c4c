package story

import (
	"math"
	"slices"
	"strings"
)

// features counts the terms and entity phrases of an article. Entity
// phrases are capitalised runs of words ("Michelle Obama", "Premier
// League"); they are kept with a leading '@' so they never collide with
// plain terms, and they are what People/Places and the "shared entities"
// evidence are built from.
func features(title, text string, scratch []word) (map[string]float64, []word) {
	return featuresInto(make(map[string]float64, 128), title, text, scratch)
}

// featuresInto is features with a caller-owned map, cleared first.
func featuresInto(tf map[string]float64, title, text string, scratch []word) (map[string]float64, []word) {
	clear(tf)
	body := strings.TrimSpace(text)
	scratch = splitWords(scratch[:0], body)
	addWords(tf, scratch, 1)
	// The headline counts twice, unless the text already starts with it.
	t := strings.TrimSpace(title)
	if t != "" && !strings.HasPrefix(body, t) {
		tw := splitWords(nil, t)
		addWords(tf, tw, 1)
		addWords(tf, tw, 1)
	}
	return tf, scratch
}

func addWords(tf map[string]float64, ws []word, weight float64) {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !isStop(w.lower) && !(isNumber(w.lower) && len(w.lower) < 4) {
			tf[stem(w.lower)] += weight
		}
		if !w.capital {
			continue
		}
		// A capitalised run.
		j := i
		for j+1 < len(ws) && ws[j+1].capital && !ws[j+1].sentenceStart && j-i < 3 {
			j++
		}
		if j == i {
			if !w.sentenceStart && !isStop(w.lower) {
				tf["@"+w.lower] += weight
			}
			continue
		}
		parts := make([]string, 0, j-i+1)
		for k := i; k <= j; k++ {
			parts = append(parts, ws[k].lower)
		}
		// Drop a leading function word ("The", "In").
		if isStop(parts[0]) {
			parts = parts[1:]
		}
		if len(parts) > 0 {
			tf["@"+strings.Join(parts, " ")] += weight
		}
		for k := i + 1; k <= j; k++ {
			wk := ws[k]
			if !isStop(wk.lower) && !(isNumber(wk.lower) && len(wk.lower) < 4) {
				tf[stem(wk.lower)] += weight
			}
		}
		i = j
	}
}

// vocab is the online document frequency table. It holds at most max terms:
// when full, every count and the document total are halved and terms whose
// count drops below one half are forgotten, so recent usage dominates and
// memory stays bounded.
type vocab struct {
	df  map[string]float64
	n   float64
	max int
}

func newVocab(max int) *vocab {
	return &vocab{df: make(map[string]float64, 1024), max: max}
}

// observe counts one document's terms.
func (v *vocab) observe(tf map[string]float64) {
	v.n++
	for t := range tf {
		v.df[t]++
	}
	if len(v.df) > v.max {
		v.halve()
	}
}

func (v *vocab) halve() {
	v.n /= 2
	for t, c := range v.df {
		c /= 2
		if c < 0.5 {
			delete(v.df, t)
		} else {
			v.df[t] = c
		}
	}
}

// idf is the smoothed inverse document frequency ln(1 + N/df).
func (v *vocab) idf(t string) float64 {
	df := v.df[t]
	if df < 1 {
		df = 1
	}
	return math.Log(1 + v.n/df)
}

// term is one weighted term of a vector.
type term struct {
	t string
	w float64
}

// vector is a unit-length sparse TF-IDF vector sorted by descending weight.
type vector []term

// weigh turns term counts into a unit TF-IDF vector with sublinear term
// frequency (1 + ln tf), keeping the max strongest terms.
func (v *vocab) weigh(tf map[string]float64, max int, entityBoost float64) vector {
	vec := make(vector, 0, len(tf))
	var norm float64
	for t, c := range tf {
		w := (1 + math.Log(c)) * v.idf(t)
		if strings.HasPrefix(t, "@") {
			w *= entityBoost
		}
		vec = append(vec, term{t, w})
	}
	slices.SortFunc(vec, func(a, b term) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return strings.Compare(a.t, b.t)
	})
	if len(vec) > max {
		vec = vec[:max]
	}
	for _, x := range vec {
		norm += x.w * x.w
	}
	norm = math.Sqrt(norm)
	if norm == 0 {
		return nil
	}
	for i := range vec {
		vec[i].w /= norm
	}
	return vec
}
