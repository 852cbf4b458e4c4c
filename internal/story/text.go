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
// hyphens) and marks capitalisation and sentence starts.
func splitWords(dst []word, text string) []word {
	start := -1
	sentenceStart := true
	emit := func(end int) {
		if start < 0 {
			return
		}
		w := trimWordEnd(text[start:end])
		if w != "" {
			r, _ := utf8.DecodeRuneInString(w)
			dst = append(dst, word{lower: lower(w), capital: unicode.IsUpper(r), sentenceStart: sentenceStart})
			sentenceStart = false
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’' || r == '-') && start >= 0:
			// inside a word
		default:
			emit(i)
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '"' || r == '“' {
				sentenceStart = true
			}
		}
	}
	emit(len(text))
	return dst
}

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
// say nothing about a story.
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
yours yourself yourselves mr mrs ms`) {
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
