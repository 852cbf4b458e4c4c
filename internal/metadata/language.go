package metadata

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are a few of the most frequent function words of each
// language, chosen so that no word is frequent in two of them.
var stopwords = map[string]int{
	// English
	"the": langEN, "and": langEN, "of": langEN, "to": langEN, "is": langEN, "that": langEN,
	"was": langEN, "with": langEN, "for": langEN, "he": langEN, "said": langEN, "have": langEN,
	"are": langEN, "it": langEN, "this": langEN, "from": langEN, "they": langEN, "were": langEN,
	// German
	"der": langDE, "die": langDE, "und": langDE, "das": langDE, "ist": langDE, "nicht": langDE,
	"ein": langDE, "eine": langDE, "mit": langDE, "sich": langDE, "auf": langDE, "dem": langDE,
	"den": langDE, "auch": langDE, "wird": langDE, "sie": langDE,
	// French
	"le": langFR, "les": langFR, "et": langFR, "des": langFR, "est": langFR, "une": langFR,
	"dans": langFR, "pour": langFR, "qui": langFR, "pas": langFR, "sur": langFR, "au": langFR,
	"avec": langFR, "il": langFR, "du": langFR, "ont": langFR,
	// Spanish
	"el": langES, "los": langES, "las": langES, "del": langES, "por": langES, "con": langES,
	"una": langES, "para": langES, "es": langES, "su": langES, "y": langES, "como": langES,
	"pero": langES, "fue": langES, "sus": langES, "más": langES,
	// Italian
	"della": langIT, "che": langIT, "di": langIT, "non": langIT, "sono": langIT,
	"gli": langIT, "nel": langIT, "alla": langIT, "anche": langIT, "dei": langIT, "è": langIT,
	"delle": langIT, "questo": langIT, "ha": langIT, "lo": langIT,
	// Portuguese
	"não": langPT, "uma": langPT, "os": langPT, "da": langPT, "em": langPT,
	"com": langPT, "foi": langPT, "ao": langPT, "dos": langPT,
	"mais": langPT, "pelo": langPT, "também": langPT, "são": langPT, "pela": langPT,
	// Dutch
	"het": langNL, "een": langNL, "van": langNL, "niet": langNL, "zijn": langNL, "ook": langNL,
	"voor": langNL, "op": langNL, "dat": langNL, "werd": langNL, "naar": langNL, "bij": langNL,
	"maar": langNL, "worden": langNL, "heeft": langNL, "deze": langNL,
}

// Indexes into stopLangs.
const (
	langDE = iota
	langEN
	langES
	langFR
	langIT
	langNL
	langPT
)

// DetectLanguage guesses the ISO 639-1 language of a text cheaply: by the
// script for non-Latin writing systems, and by counting frequent function
// words for English, German, French, Spanish, Italian, Portuguese and
// Dutch. It looks at the first 2,000 words at most and returns "" when it
// cannot tell. (Stop-word profiles are the classic cheap identifier, e.g.
// Grefenstette 1995, "Comparing two language identification schemes".)
func DetectLanguage(text string) string {
	// Script counts, indexed by scriptNames.
	var scripts [len(scriptNames)]int
	letters := 0
	for i, r := range text {
		if i > 8000 {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r < 0x250:
			scripts[0]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts[1]++
		case unicode.Is(unicode.Han, r):
			scripts[2]++
		case unicode.Is(unicode.Hangul, r):
			scripts[3]++
		case unicode.Is(unicode.Cyrillic, r):
			scripts[4]++
		case unicode.Is(unicode.Arabic, r):
			scripts[5]++
		case unicode.Is(unicode.Greek, r):
			scripts[6]++
		case unicode.Is(unicode.Hebrew, r):
			scripts[7]++
		case unicode.Is(unicode.Devanagari, r):
			scripts[8]++
		case unicode.Is(unicode.Thai, r):
			scripts[9]++
		}
	}
	if letters < 20 {
		return ""
	}
	if scripts[0]*2 < letters {
		if scripts[1] > 0 && scripts[1]+scripts[2] > letters/2 {
			return "ja"
		}
		if scripts[2] > letters/2 {
			return "zh"
		}
		best, n := "", 0
		for k := 3; k < len(scripts); k++ {
			if scripts[k] > n {
				best, n = scriptNames[k], scripts[k]
			}
		}
		if n*2 > letters {
			return best
		}
		return ""
	}
	var counts [len(stopLangs)]int
	words := 0
	for start := -1; ; {
		// Walk the words without allocating: lowercase ASCII words are
		// looked up directly; others through a lowercased copy.
		end := -1
		for i, r := range text[start+1:] {
			if !unicode.IsLetter(r) {
				end = start + 1 + i
				break
			}
		}
		w := text[start+1:]
		if end >= 0 {
			w = text[start+1 : end]
		}
		if w != "" {
			if words++; words > 2000 {
				break
			}
			if l, ok := stopwords[w]; ok {
				counts[l]++
			} else if l, ok := stopwords[strings.ToLower(w)]; ok && w[0] < 'a' {
				counts[l]++
			}
		}
		if end < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(text[end:])
		start = end + size - 1
	}
	best, n, second := -1, 0, 0
	for l, c := range counts {
		switch {
		case c > n:
			best, n, second = l, c, n
		case c > second:
			second = c
		}
	}
	// Demand a clear winner: enough evidence and well ahead of the next.
	if best < 0 || n < 3 || n < second*3/2 {
		return ""
	}
	return stopLangs[best]
}

var scriptNames = [...]string{"latin", "ja", "han", "ko", "ru", "ar", "el", "he", "hi", "th"}

// stopLangs are the languages told apart by stop words.
var stopLangs = [...]string{"de", "en", "es", "fr", "it", "nl", "pt"}
