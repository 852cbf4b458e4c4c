package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a text: its lower-cased form and whether it started
// with a capital letter and a sentence.
type word struct {
	lower         string
	capital       bool
	sentenceStart bool
}

// splitWords cuts text into words (letters, digits, inner apostrophes and
// hyphens) and marks capitalisation and sentence starts. It runs over every
// article twice (features and timeline), and the plain rune loop with a
// lower-cased copy of each capitalised word was a tenth of the clusterer's
// profile, so ASCII bytes are classified by a table, only other runes are
// decoded, and the lower-case forms of all the capitalised ASCII words of
// the text share one allocation.
func splitWords(dst []word, text string) []word {
	first := len(dst)
	var folded []byte // lower-case forms of capitalised ASCII words, end to end
	start := -1
	ascii := true // the word so far has only ASCII bytes
	sentenceStart := true
	emit := func(end int) {
		if w := trimWordEnd(text[start:end]); w != "" {
			// An ASCII word with capitals keeps them until its lower-case
			// form is cut from folded, after the loop.
			cw := word{lower: w, capital: 'A' <= w[0] && w[0] <= 'Z', sentenceStart: sentenceStart}
			switch {
			case !ascii:
				r, _ := utf8.DecodeRuneInString(w)
				cw.capital = unicode.IsUpper(r)
				cw.lower = lower(w)
			case hasUpperASCII(w):
				for i := 0; i < len(w); i++ {
					c := w[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					folded = append(folded, c)
				}
			}
			dst = append(dst, cw)
			sentenceStart = false
		}
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		class, size := asciiClass[c], 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				class = classWord
			case r == '’':
				class = classInner
			case r == '“':
				class = classSentence
			default:
				class = classOther
			}
		}
		switch {
		case class == classWord:
			if start < 0 {
				start, ascii = i, true
			}
			ascii = ascii && size == 1
		case class == classInner && start >= 0:
			ascii = ascii && size == 1
		default:
			if start >= 0 {
				emit(i)
			}
			if class == classSentence {
				sentenceStart = true
			}
		}
		i += size
	}
	if start >= 0 {
		emit(len(text))
	}
	if len(folded) > 0 {
		all := string(folded)
		for k := first; k < len(dst); k++ {
			if w := &dst[k]; hasUpperASCII(w.lower) {
				w.lower, all = all[:len(w.lower)], all[len(w.lower):]
			}
		}
	}
	return dst
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// Byte classes for splitWords.
const (
	classOther    = iota // ends a word
	classWord            // letter or digit
	classInner           // apostrophe or hyphen: part of a word once one has started
	classSentence        // ends a word and starts a sentence: . ! ? : newline, opening quotes
)

var asciiClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classWord, classWord
	}
	t['\''], t['-'] = classInner, classInner
	for _, c := range ".!?\n:\"" {
		t[c] = classSentence
	}
	return t
}()

// trimWordEnd drops trailing apostrophes (' and ’) and hyphens.
func trimWordEnd(w string) string {
	for len(w) > 0 {
		switch {
		case w[len(w)-1] == '\'' || w[len(w)-1] == '-':
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("’")]
		default:
			return w
		}
	}
	return w
}

// lower lower-cases s, allocating only when needed, and folds the
// typographic apostrophe.
func lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	if !upper {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// stem removes English plural and possessive endings, after the "S"
// stemmer of Harman ("How effective is suffixing?", JASIS 1991).
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	n := len(w)
	if n <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && !strings.HasSuffix(w, "eies") && !strings.HasSuffix(w, "aies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "aes") && !strings.HasSuffix(w, "ees") && !strings.HasSuffix(w, "oes"):
		return w[:n-1]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is"):
		// "is" added to Harman's exceptions: Paris, crisis, analysis.
		return w[:n-1]
	}
	return w
}

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// stopWords are English function words and the commonest news words that
// say nothing about a story. Names of days and months are among them: news
// dates its facts with them ("on Wednesday"), so two unrelated articles of
// the same week share them, and capitalised they would otherwise pass as
// shared entities ("march" is left out: a protest march is a subject, and
// "may" is a function word anyway).
var stopWords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(`a about above after again against all also although am among an and any are
aren't as at be because been before being below between both but by can can't could couldn't did didn't do does
doesn't doing don't down during each either even ever every few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in
into is isn't it it's its itself just let's like many may me might more most much must mustn't my myself new no nor
not now of off on once one only or other ought our ours ourselves out over own per same say says said she she'd
she'll she's should shouldn't since so some still such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those though through thus to too two under until up upon us
very via was wasn't we we'd we'll we're we've were weren't what what's when when's where where's whether which while
who who's whom whose why why's will with within without won't would wouldn't yet you you'd you'll you're you've your
yours yourself yourselves mr mrs ms
monday tuesday wednesday thursday friday saturday sunday january february april june july august september
october november december`) {
		m[w] = struct{}{}
	}
	return m
}()

// isStop reports whether w carries no topical information.
func isStop(w string) bool {
	if len(w) < 2 {
		return true
	}
	_, ok := stopWords[w]
	return ok
}
