package metadata

import (
	"strings"
	"unicode"
)

// stopwords are a few of the most frequent function words of each
// language, chosen so that no word is frequent in two of them.
var stopwords = map[string]string{
	// English
	"the": "en", "and": "en", "of": "en", "to": "en", "is": "en", "that": "en",
	"was": "en", "with": "en", "for": "en", "he": "en", "said": "en", "have": "en",
	"are": "en", "it": "en", "this": "en", "from": "en", "they": "en", "were": "en",
	// German
	"der": "de", "die": "de", "und": "de", "das": "de", "ist": "de", "nicht": "de",
	"ein": "de", "eine": "de", "mit": "de", "sich": "de", "auf": "de", "dem": "de",
	"den": "de", "auch": "de", "wird": "de", "sie": "de",
	// French
	"le": "fr", "les": "fr", "et": "fr", "des": "fr", "est": "fr", "une": "fr",
	"dans": "fr", "pour": "fr", "qui": "fr", "pas": "fr", "sur": "fr", "au": "fr",
	"avec": "fr", "il": "fr", "du": "fr", "ont": "fr",
	// Spanish
	"el": "es", "los": "es", "las": "es", "del": "es", "por": "es", "con": "es",
	"una": "es", "para": "es", "es": "es", "su": "es", "y": "es", "como": "es",
	"pero": "es", "fue": "es", "sus": "es", "más": "es",
	// Italian
	"della": "it", "che": "it", "di": "it", "non": "it", "sono": "it",
	"gli": "it", "nel": "it", "alla": "it", "anche": "it", "dei": "it", "è": "it",
	"delle": "it", "questo": "it", "ha": "it", "lo": "it",
	// Portuguese
	"não": "pt", "uma": "pt", "os": "pt", "da": "pt", "em": "pt",
	"com": "pt", "foi": "pt", "ao": "pt", "dos": "pt",
	"mais": "pt", "pelo": "pt", "também": "pt", "são": "pt", "pela": "pt",
	// Dutch
	"het": "nl", "een": "nl", "van": "nl", "niet": "nl", "zijn": "nl", "ook": "nl",
	"voor": "nl", "op": "nl", "dat": "nl", "werd": "nl", "naar": "nl", "bij": "nl",
	"maar": "nl", "worden": "nl", "heeft": "nl", "deze": "nl",
}

// DetectLanguage guesses the ISO 639-1 language of a text cheaply: by the
// script for non-Latin writing systems, and by counting frequent function
// words for English, German, French, Spanish, Italian, Portuguese and
// Dutch. It looks at the first 2,000 words at most and returns "" when it
// cannot tell. (Stop-word profiles are the classic cheap identifier, e.g.
// Grefenstette 1995, "Comparing two language identification schemes".)
func DetectLanguage(text string) string {
	scripts := map[string]int{}
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
			scripts["latin"]++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			scripts["ja"]++
		case unicode.Is(unicode.Han, r):
			scripts["han"]++
		case unicode.Is(unicode.Hangul, r):
			scripts["ko"]++
		case unicode.Is(unicode.Cyrillic, r):
			scripts["ru"]++
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
		case unicode.Is(unicode.Greek, r):
			scripts["el"]++
		case unicode.Is(unicode.Hebrew, r):
			scripts["he"]++
		case unicode.Is(unicode.Devanagari, r):
			scripts["hi"]++
		case unicode.Is(unicode.Thai, r):
			scripts["th"]++
		}
	}
	if letters < 20 {
		return ""
	}
	if scripts["latin"]*2 < letters {
		if scripts["ja"] > 0 && scripts["ja"]+scripts["han"] > letters/2 {
			return "ja"
		}
		if scripts["han"] > letters/2 {
			return "zh"
		}
		best, n := "", 0
		for s, c := range scripts {
			if s != "latin" && s != "han" && s != "ja" && c > n {
				best, n = s, c
			}
		}
		if n*2 > letters {
			return best
		}
		return ""
	}
	counts := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if words++; words > 2000 {
			break
		}
		if l, ok := stopwords[w]; ok {
			counts[l]++
		}
	}
	best, n, second := "", 0, 0
	for l, c := range counts {
		switch {
		case c > n || c == n && l < best:
			best, n, second = l, c, n
		case c > second:
			second = c
		}
	}
	// Demand a clear winner: enough evidence and well ahead of the next.
	if n < 3 || n < second*3/2 {
		return ""
	}
	return best
}
