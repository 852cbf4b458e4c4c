package neardup

import (
	"unicode"
	"unicode/utf8"
)

// token is one normalised word of a text with the paragraph it is in.
type token struct {
	hash uint64
	para int
}

// fnv64 constants (FNV-1a, Fowler/Noll/Vo).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix64 is the splitmix64 finaliser (Steele, Lea and Flood, "Fast splittable
// pseudorandom number generators", OOPSLA 2014); it spreads shingle hashes so
// that taking minima over windows is unbiased.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// tokenize splits text into lower-cased words (runs of letters and digits)
// and hashes each one. Paragraphs are separated by newlines. It appends to
// dst and returns the number of paragraphs.
func tokenize(dst []token, text string) ([]token, int) {
	para := 0
	h := uint64(fnvOffset)
	inWord := false
	sawText := false
	flush := func() {
		if inWord {
			dst = append(dst, token{hash: h, para: para})
			h = fnvOffset
			inWord = false
			sawText = true
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				h = (h ^ uint64(c)) * fnvPrime
				inWord = true
			case 'A' <= c && c <= 'Z':
				h = (h ^ uint64(c+'a'-'A')) * fnvPrime
				inWord = true
			case c == '\n':
				flush()
				if sawText {
					para++
					sawText = false
				}
			case c == '\'':
				// Apostrophes stay inside words: "don't", "Obama's".
			default:
				flush()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			for s := uint(0); s < 32; s += 8 {
				h = (h ^ uint64(byte(r>>s))) * fnvPrime
			}
			inWord = true
		} else if r == '\u2019' {
			// Typographic apostrophe, as '.
		} else {
			flush()
		}
	}
	flush()
	if sawText {
		para++
	}
	return dst, para
}

// shingle is the hash of k consecutive words, with the paragraph of its first word.
type shingle struct {
	hash uint64
	para int
}

// shingles hashes every run of k consecutive tokens within a paragraph, so
// that a copied paragraph gives the same shingles whatever surrounds it. A
// text shorter than k words gives one shingle of all its words, and a text
// of paragraphs all shorter than k words is shingled across them, so short
// texts still compare.
func shingles(dst []shingle, toks []token, k int) []shingle {
	if len(toks) == 0 {
		return dst
	}
	if len(toks) < k {
		k = len(toks)
	}
	n := len(dst)
	for i := 0; i+k <= len(toks); i++ {
		if toks[i].para != toks[i+k-1].para {
			continue
		}
		dst = append(dst, hashShingle(toks[i:i+k]))
	}
	if len(dst) > n {
		return dst
	}
	for i := 0; i+k <= len(toks); i++ {
		dst = append(dst, hashShingle(toks[i:i+k]))
	}
	return dst
}

func hashShingle(toks []token) shingle {
	h := uint64(len(toks))
	for _, t := range toks {
		h = h*0x9e3779b97f4a7c15 + t.hash
	}
	return shingle{hash: mix64(h), para: toks[0].para}
}

// winnow keeps the smallest hash of every window of w consecutive shingles
// (the rightmost one on ties), recording each selected position once
// (Schleimer et al. 2003, "robust winnowing").
func winnow(dst []shingle, sh []shingle, w int) []shingle {
	if len(sh) == 0 {
		return dst
	}
	if len(sh) <= w {
		// One window: its minimum.
		m := 0
		for i := range sh {
			if sh[i].hash <= sh[m].hash {
				m = i
			}
		}
		return append(dst, sh[m])
	}
	last := -1
	for start := 0; start+w <= len(sh); start++ {
		m := start
		if last >= start {
			// The previous minimum is still in the window: only the new
			// element can replace it.
			m = last
			if end := start + w - 1; sh[end].hash <= sh[m].hash {
				m = end
			}
		} else {
			for i := start; i < start+w; i++ {
				if sh[i].hash <= sh[m].hash {
					m = i
				}
			}
		}
		if m != last {
			dst = append(dst, sh[m])
			last = m
		}
	}
	return dst
}

// exactHash hashes the whole token sequence: two texts with the same words
// in the same order (whatever their case, punctuation and spacing) collide.
func exactHash(toks []token) uint64 {
	h := uint64(len(toks))
	for _, t := range toks {
		h = mix64(h ^ t.hash)
	}
	return h
}
