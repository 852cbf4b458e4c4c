// Package sentence splits news text into paragraphs, sentences and tokens,
// and marks which tokens lie between double quotation marks.
//
// The rules are the usual ones of rule-based segmenters (Punkt-style
// abbreviation handling as in Kiss & Strunk, "Unsupervised Multilingual
// Sentence Boundary Detection", 2006, here with a fixed abbreviation list
// instead of learnt statistics): a sentence ends at . ! ? or … followed by a
// capitalised word, a digit or an opening quotation mark, unless the full
// stop closes an abbreviation ("Gen.", "Jan.", "U.S.") or an initial.
// Every line is its own paragraph, so headlines without a full stop are
// sentences of their own. Closing quotation marks and brackets after the
// final punctuation stay in the sentence.
//
// All offsets are byte offsets into the analysed string; Text.Runes converts
// them to the Unicode code point offsets of the CLI contract. The work is
// linear in the length of the text.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters, digits and word-internal marks ("U.S.", "don't", "al-Qaeda").
	Word Kind = iota
	// Punct is a single punctuation or symbol character other than a quotation mark.
	Punct
	// OpenQuote is an opening double quotation mark (“ „ « or a straight " that opens).
	OpenQuote
	// CloseQuote is a closing double quotation mark (” » or a straight " that closes).
	CloseQuote
)

// Token is one token of a text.
type Token struct {
	// Start and End are the byte offsets of the token, half-open.
	Start, End int
	// Kind says what the token is.
	Kind Kind
	// Quoted is true when the token lies between paired double quotation
	// marks of its paragraph (a quote left open runs to the paragraph end).
	Quoted bool
	// Para is the index of the token's paragraph.
	Para int
	// Sent is the index of the token's sentence.
	Sent int
}

// Range is a half-open range of token indexes [Lo, Hi) with the byte range
// it covers.
type Range struct {
	// Lo and Hi index Text.Tokens.
	Lo, Hi int
	// Start and End are byte offsets, half-open.
	Start, End int
}

// Text is an analysed text.
type Text struct {
	// Src is the analysed string.
	Src string
	// Tokens are all tokens in order.
	Tokens []Token
	// Sentences are the sentences in order; they never cross paragraphs.
	Sentences []Range
	// Paragraphs are the non-empty lines in order.
	Paragraphs []Range

	runeIdx []int32 // byte offset -> code point offset; nil for ASCII text
	// lower is Src with A-Z lowered (same byte offsets), so that Lower
	// slices it instead of allocating a lowered copy of each word: the
	// analysers look words up in lower-case lexicons all the time.
	lower string
}

// Analyze tokenises and segments s.
func Analyze(s string) *Text {
	t := &Text{Src: s}
	t.Tokens = make([]Token, 0, len(s)/5+1)
	ascii := true
	para := 0
	lineStart := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			lo := len(t.Tokens)
			t.tokenize(lineStart, i, para)
			if len(t.Tokens) > lo {
				t.Paragraphs = append(t.Paragraphs, Range{Lo: lo, Hi: len(t.Tokens),
					Start: t.Tokens[lo].Start, End: t.Tokens[len(t.Tokens)-1].End})
				para++
			}
			lineStart = i + 1
			continue
		}
		if s[i] >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii {
		t.runeIdx = make([]int32, len(s)+1)
		n := int32(0)
		for i := range s {
			t.runeIdx[i] = n
			n++
		}
		// Fill continuation bytes so that any offset maps to its rune.
		last := int32(0)
		for i := 0; i < len(s); i++ {
			if utf8.RuneStart(s[i]) {
				last = t.runeIdx[i]
			} else {
				t.runeIdx[i] = last
			}
		}
		t.runeIdx[len(s)] = n
	}
	t.lower = lowerASCIIBytes(s) // before split, which looks abbreviations up with Lower
	for p := range t.Paragraphs {
		t.markQuotes(t.Paragraphs[p])
		t.split(t.Paragraphs[p])
	}
	return t
}

// lowerASCIIBytes returns s with A-Z lowered and every other byte kept.
func lowerASCIIBytes(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Runes converts a byte offset of Src to a code point offset.
func (t *Text) Runes(b int) int {
	if b < 0 {
		return 0
	}
	if t.runeIdx == nil {
		if b > len(t.Src) {
			return len(t.Src)
		}
		return b
	}
	if b >= len(t.runeIdx) {
		return int(t.runeIdx[len(t.runeIdx)-1])
	}
	return int(t.runeIdx[b])
}

// Word returns the text of token i.
func (t *Text) Word(i int) string {
	return t.Src[t.Tokens[i].Start:t.Tokens[i].End]
}

// Lower returns token i as strings.ToLower would, without allocating when
// the token is ASCII.
func (t *Text) Lower(i int) string {
	tok := t.Tokens[i]
	if t.runeIdx != nil {
		for k := tok.Start; k < tok.End; k++ {
			if t.Src[k] >= utf8.RuneSelf {
				return strings.ToLower(t.Src[tok.Start:tok.End])
			}
		}
	}
	return t.lower[tok.Start:tok.End]
}

// IsOpenQuoteRune reports whether r opens a double quotation.
func IsOpenQuoteRune(r rune) bool { return r == '“' || r == '„' || r == '«' }

// IsCloseQuoteRune reports whether r closes a double quotation.
func IsCloseQuoteRune(r rune) bool { return r == '”' || r == '»' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// mojibakeTail reports whether r, followed by next, continues a word that
// ends in "Ã" or "Â". UTF-8 read as Latin-1 turns "ç" into "Ã§" and, twice
// over, "ÃÂ§", whose second bytes are symbols or C1 controls
// (U+0080-U+00BF); read as Windows-1252, "É" becomes "Ã‰". Without this
// "FranÃÂ§ois" splits in two and a scraped name stops being a name. Not
// glued: "Â" before a no-break space (a no-break space garbled: "people,Â
// police said"), and guillemets or Windows-1252 marks that end the word
// ("AMANHÃ»").
func mojibakeTail(word string, r, next rune) bool {
	last, _ := utf8.DecodeLastRuneInString(word)
	switch last {
	case '\u0303', '\u0302': // "Ã" and "Â" decomposed (NFD): "A" and a combining mark
		if !strings.HasSuffix(word[:len(word)-2], "A") {
			return false
		}
		if last == '\u0303' {
			last = 'Ã'
		} else {
			last = 'Â'
		}
	}
	endsWord := !unicode.IsLetter(next)
	switch {
	case last >= 0x80 && last <= 0x9F:
		return r >= 0x80 && r <= 0xBF // a C1 control byte: the middle of a mojibake run
	case last != 'Ã' && last != 'Â':
		return false
	case r >= 0x80 && r <= 0xBF:
		if r == '«' || r == '»' {
			return !endsWord
		}
		return r != '\u00a0' || last == 'Ã' // "Ã" and a no-break space is "à"
	case last == 'Ã' && cp1252Marks[r]:
		return !endsWord // "Ã‰douard", "MÃ„RZ"
	}
	return false
}

// cp1252Marks are the characters Windows-1252 puts at bytes 0x80-0x9F,
// which a UTF-8 letter's second byte becomes when read in that code page.
var cp1252Marks = map[rune]bool{
	'€': true, '‚': true, 'ƒ': true, '„': true, '…': true, '†': true, '‡': true, 'ˆ': true,
	'‰': true, 'Š': true, '‹': true, 'Œ': true, 'Ž': true, '‘': true, '’': true, '“': true,
	'”': true, '•': true, '–': true, '—': true, '˜': true, '™': true, 'š': true, '›': true,
	'œ': true, 'ž': true, 'Ÿ': true,
}

// tokenize appends the tokens of s[lo:hi].
func (t *Text) tokenize(lo, hi, para int) {
	s := t.Src
	i := lo
	for i < hi {
		r, n := utf8.DecodeRuneInString(s[i:hi])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < hi {
				r2, n2 := utf8.DecodeRuneInString(s[j:hi])
				if isWordRune(r2) || r2 >= 0x80 && mojibakeTail(s[i:j], r2, peek(s, j+n2, hi)) {
					j += n2
					continue
				}
				// word-internal joiners: apostrophes, hyphens, periods and
				// commas between word characters ("don't", "al-Qaeda",
				// "U.S", "3.5", "1,000"), followed by a word character.
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' ||
					(r2 == ',' && isDigitBefore(s, j) && isDigitAt(s, j+n2, hi)) {
					r3, n3 := utf8.DecodeRuneInString(s[j+n2 : hi])
					if j+n2 < hi && isWordRune(r3) {
						// "U.S.is": do not glue a lower-case word onto an acronym.
						if r2 == '.' && unicode.IsLower(r3) && j+n2+n3 < hi && isWordRune(peek(s, j+n2+n3, hi)) && isAcronymSoFar(s[i:j]) {
							break
						}
						j += n2 + n3
						continue
					}
				}
				break
			}
			// an acronym's final period belongs to it: "U.S." (but not "Obama.")
			if j < hi && s[j] == '.' && isAcronymSoFar(s[i:j]) && containsDot(s[i:j]) {
				j++
			}
			t.Tokens = append(t.Tokens, Token{Start: i, End: j, Kind: Word, Para: para})
			i = j
		default:
			k := Punct
			switch {
			case IsOpenQuoteRune(r):
				k = OpenQuote
			case IsCloseQuoteRune(r):
				k = CloseQuote
			case r == '"':
				k = OpenQuote // resolved in markQuotes
			case r == '\'' && i+1 < hi && s[i+1] == '\'':
				// '' used as a double quotation mark (NYT style). Three
				// marks close a single quotation inside a double one
				// ("case,'''"): the single closes first, so after a word or
				// punctuation the lone mark comes first.
				if r0, _ := utf8.DecodeLastRuneInString(s[lo:i]); i+2 < hi && s[i+2] == '\'' && i > lo && !unicode.IsSpace(r0) {
					t.Tokens = append(t.Tokens, Token{Start: i, End: i + 1, Kind: Punct, Para: para})
					i++
				}
				t.Tokens = append(t.Tokens, Token{Start: i, End: i + 2, Kind: OpenQuote, Para: para})
				i += 2
				continue
			}
			t.Tokens = append(t.Tokens, Token{Start: i, End: i + n, Kind: k, Para: para})
			i += n
		}
	}
}

func peek(s string, i, hi int) rune {
	if i >= hi {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:hi])
	return r
}

func isDigitBefore(s string, j int) bool { return j > 0 && s[j-1] >= '0' && s[j-1] <= '9' }
func isDigitAt(s string, j, hi int) bool { return j < hi && s[j] >= '0' && s[j] <= '9' }

func containsDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

// isAcronymSoFar reports whether w looks like "U.S" or "U.N" or "a.m":
// single letters separated by periods.
func isAcronymSoFar(w string) bool {
	n := 0
	prevDot := true
	for _, r := range w {
		if r == '.' {
			if prevDot {
				return false
			}
			prevDot = true
			continue
		}
		if !unicode.IsLetter(r) || !prevDot {
			return false
		}
		prevDot = false
		n++
	}
	return n >= 1 && n <= 4
}

func (t *Text) isStraight(i int) bool {
	tk := t.Tokens[i]
	w := t.Src[tk.Start:tk.End]
	return w == "\"" || w == "''"
}

// markQuotes resolves straight quotes and marks quoted tokens, following the
// convention of the PolNeAR conversion (curly marks pair, straight marks
// toggle, an open quote runs to the paragraph end). A paragraph without
// double quotation marks may quote in single ones, British style; see
// singleQuotes.
func (t *Text) markQuotes(p Range) {
	t.singleQuotes(p)
	// open holds the quotation marks still open, innermost last, true for
	// a single mark: a straight double mark closes the innermost double
	// one (curly or not: scraped text mixes them, “no evidence"), but
	// opens inside a single one, so that doubles inside British singles
	// nest ('They said "no comment" and left,'); anything closing closes
	// the innermost
	var stack [8]bool // (on the stack: quotations nest only so deep in a paragraph)
	open := stack[:0]
	for i := p.Lo; i < p.Hi; i++ {
		tk := &t.Tokens[i]
		n := len(open)
		switch tk.Kind {
		case OpenQuote:
			if t.isStraight(i) {
				if n > 0 && !open[n-1] {
					tk.Kind = CloseQuote
					open = open[:n-1]
				} else {
					open = append(open, false)
				}
			} else if n > 0 && i > p.Lo && t.Tokens[i-1].End == tk.Start && (i+1 >= p.Hi || t.Tokens[i+1].Start > tk.End) {
				// an opening mark typed for a closing one, glued to the
				// quotation's last word and followed by a space: "...
				// for her here,“ said Jim Clyburn"
				tk.Kind = CloseQuote
				open = open[:n-1]
			} else if w := t.Src[tk.Start:tk.End]; n == 0 || open[n-1] {
				open = append(open, w == "‘" || w == "'")
			} // (a double mark inside a double one does not nest: the next
			// closing mark closes both, as the PolNeAR conversion reads
			// “... what he calls “hell” than ...”)
		case CloseQuote:
			if n > 0 {
				open = open[:n-1]
			}
		default:
			tk.Quoted = n > 0
		}
	}
}

// singleQuotes turns the single marks of a paragraph that has no double
// quotation marks into quotation marks, as British newspapers quote
// (‘We will not back down,’ the minister said; tabloids with straight
// marks: 'I never walked off a set,' she said). The same marks are
// apostrophes too ("don’t" is one word already; "the workers’ union",
// "the ‘90s" are not quotations), so an opening mark counts only when it
// starts a word after a space or punctuation and a closing one of the same
// kind follows later in the paragraph, after a word or punctuation and
// before a space, punctuation or the end. Straight marks are apostrophes
// far more often ("'Tis", "rock 'n' roll", "the dockers' union"), so a
// straight closing mark after a word, rather than after punctuation, must
// not look like a plural possessive (a word in -s and a lower-case word
// after it) and must close a short quotation or end its clause.
func (t *Text) singleQuotes(p Range) {
	// double quotation marks: singles inside them are nested quotations
	// ("He said 'no comment'"), but doubles may stand inside singles, as
	// British papers quote ('They said "no comment" and left,' she said):
	// an opening single mark counts only outside double ones
	depth := 0
	glued := func(a, b int) bool { return t.Tokens[a].End == t.Tokens[b].Start }
	for i := p.Lo; i < p.Hi; i++ {
		switch t.Tokens[i].Kind {
		case OpenQuote:
			depth++
			continue
		case CloseQuote:
			depth = max(depth-1, 0)
			continue
		}
		if depth > 0 {
			continue
		}
		w := t.Word(i)
		if w != "‘" && w != "'" || i+1 >= p.Hi || t.Tokens[i+1].Kind != Word || !glued(i, i+1) ||
			i > p.Lo && glued(i-1, i) && t.Tokens[i-1].Kind == Word {
			continue
		}
		straight := w == "'"
		if r, _ := utf8.DecodeRuneInString(t.Word(i + 1)); straight && (unicode.IsDigit(r) || elisions[strings.ToLower(t.Word(i+1))]) {
			continue // "the '90s", "'Tis the season"
		}
		closing := "’"
		if straight {
			closing = "'"
		}
		open := true // no other opening mark before the paragraph's end
		j := i + 2
		for ; j < p.Hi; j++ {
			if t.Word(j) == w && (!straight || !glued(j-1, j)) {
				open = false
				break // another opening first: this one was an apostrophe
			}
			if t.Word(j) != closing || !glued(j-1, j) {
				continue
			}
			next := j+1 < p.Hi && t.Tokens[j+1].Kind == Word
			if next && glued(j, j+1) {
				continue // glued to a following word
			}
			if straight && t.Tokens[j-1].Kind != Punct {
				lowerNext := next && !unicode.IsUpper([]rune(t.Word(j + 1))[0])
				if strings.HasSuffix(t.Word(j-1), "s") && lowerNext || j-i > 10 && next {
					continue // "the fans' club": a possessive, not the end of the quotation
				}
			}
			t.Tokens[i].Kind, t.Tokens[j].Kind = OpenQuote, CloseQuote
			break
		}
		if j < p.Hi {
			if open {
				i = j // closed: go on after the closing mark
			}
			continue
		}
		if open && (i == p.Lo || t.Word(i-1) == ":") && t.nextParagraphOpens(p, w) {
			// a quotation that goes on in the next paragraph, which opens
			// with the same mark (British style): it runs to this
			// paragraph's end
			t.Tokens[i].Kind = OpenQuote
		}
	}
}

// nextParagraphOpens reports whether the paragraph after p starts with the
// single mark w glued to a word.
func (t *Text) nextParagraphOpens(p Range, w string) bool {
	k := p.Hi
	return k+1 < len(t.Tokens) && t.Word(k) == w && t.Tokens[k+1].Kind == Word && t.Tokens[k].End == t.Tokens[k+1].Start
}

// elisions are words written with a leading apostrophe, which no straight
// single quotation mark opens.
var elisions = map[string]bool{"tis": true, "twas": true, "til": true, "em": true, "cause": true, "n": true, "s": true, "cos": true}

// Abbreviations after which a full stop does not end a sentence (lower-cased,
// without the period). Titles, months, and common business and address forms.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "sens": true,
	"rep": true, "reps": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "maj": true,
	"adm": true, "cmdr": true, "cpl": true, "pvt": true, "rev": true, "hon": true, "pres": true, "atty": true,
	"supt": true, "engr": true, "det": true, "insp": true, "amb": true, "sec": true, "gens": true, "messrs": true,
	"cllr": true, "coun": true, "cr": true, "ald": true, // councillors and aldermen: "said Coun. Julia Sutherland"
	"fr": true, "brig": true, "msgr": true, "const": true, "asst": true, "mx": true, // "Fr. Liam Doyle", "Const. Amy Hart"
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": true,
	"vs": true, "v": true, "etc": true, "ft": true, "mt": true, "ave": true, "blvd": true, "approx": true, "dept": true,
	"univ": true, "est": true, "fig": true, "vol": true, "pp": true, "ph": true, "e.g": true, "i.e": true,
}

// titleOnly are abbreviations that are titles only when capitalised and
// not after a number: "Fr. Liam Doyle", but "Rs 1,200 cr." (crore) and
// "40 Fr." (francs) end their sentences.
var titleOnly = map[string]bool{"cr": true, "fr": true, "const": true, "coun": true}

// titleAbbreviation reports whether the abbreviation at token i is
// written as a title: capitalised, after no number.
func (t *Text) titleAbbreviation(i int) bool {
	w := t.Word(i)
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return i == 0 || !t.digitAt(i-1, i)
}

// sentence starters that may follow an acronym like "U.S." at a real boundary.
var starters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "But": true,
	"And": true, "In": true, "A": true, "This": true, "That": true, "There": true, "His": true, "Her": true,
	"Its": true, "Their": true, "On": true, "At": true, "As": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Some": true, "Many": true, "However": true, "Still": true, "Yet": true,
}

// digitAt reports whether token k, before hi, starts with a digit.
func (t *Text) digitAt(k, hi int) bool {
	if k >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Src[t.Tokens[k].Start:t.Tokens[k].End])
	return unicode.IsDigit(r)
}

// split cuts paragraph p into sentences.
func (t *Text) split(p Range) {
	start := p.Lo
	emit := func(hi int) {
		if hi <= start {
			return
		}
		n := len(t.Sentences)
		for k := start; k < hi; k++ {
			t.Tokens[k].Sent = n
		}
		t.Sentences = append(t.Sentences, Range{Lo: start, Hi: hi, Start: t.Tokens[start].Start, End: t.Tokens[hi-1].End})
		start = hi
	}
	for i := p.Lo; i < p.Hi; i++ {
		tk := t.Tokens[i]
		w := t.Src[tk.Start:tk.End]
		end := false
		abbrevLike := false
		switch {
		case tk.Kind == Punct && (w == "." || w == "!" || w == "?" || w == "…"):
			end = true
			if w == "." && i > p.Lo {
				prev := t.Tokens[i-1]
				if prev.Kind == Word && prev.End == tk.Start {
					if abbreviations[t.Lower(i-1)] && (t.Lower(i-1) != "no" || t.digitAt(i+1, p.Hi)) && (!titleOnly[t.Lower(i-1)] || t.titleAbbreviation(i-1)) || isInitial(t.Src[prev.Start:prev.End]) && !t.platformX(i-1) {
						abbrevLike = true // ("No. 10", but "the union said no. According to ...")
					}
				}
			}
		case tk.Kind == Word && w[len(w)-1] == '.' && containsDot(w[:len(w)-1]):
			// acronym with its final period: "U.S."
			end, abbrevLike = true, true
		}
		if !end {
			continue
		}
		// take closing quotes, brackets and further terminal punctuation along
		j := i + 1
		for j < p.Hi {
			nt := t.Tokens[j]
			nw := t.Src[nt.Start:nt.End]
			if (nw == "’" || nw == "'") && nt.Start > t.Tokens[j-1].End {
				break // a single mark after a space opens the next quotation: "... next month. 'Headteachers ..."
			}
			if nt.Kind == CloseQuote || nw == ")" || nw == "]" || nw == "’" || nw == "'" || nw == "." || nw == "!" || nw == "?" || nw == "…" {
				j++
				continue
			}
			break
		}
		if j >= p.Hi {
			break
		}
		nt := t.Tokens[j]
		nw := t.Src[nt.Start:nt.End]
		r, _ := utf8.DecodeRuneInString(nw)
		ok := nt.Kind == OpenQuote || unicode.IsUpper(r) || unicode.IsDigit(r) && !abbrevLike || nw == "(" || nw == "‘" || nw == "[" ||
			(nw == "’" || nw == "'") && j+1 < p.Hi && t.Tokens[j+1].Start == nt.End // an opening single mark or dropped letters: "’90s", "'Tis"
		if ok && j > i+1 && t.Tokens[j-1].Kind == CloseQuote && t.attributionFollows(j, p.Hi) {
			// “How many times?” Clinton said. — the attribution stays with its quotation
			ok = false
		}
		if abbrevLike && ok && nt.Kind != OpenQuote && !starters[nw] {
			ok = false
		}
		if abbrevLike && ok && nt.Kind == OpenQuote && t.lowerAfter(j, p.Hi) {
			ok = false // "the U.S. “clearly” needed ...": a scare quote, not a new sentence
		}
		if ok {
			emit(j)
			i = j - 1
		}
	}
	emit(p.Hi)
}

// platformX reports whether token k is the platform X ("wrote on X.",
// "posted to X."), not a middle initial before a full stop.
func (t *Text) platformX(k int) bool {
	if k < 1 || t.Word(k) != "X" {
		return false
	}
	switch t.Word(k - 1) {
	case "on", "to", "via", "from":
		return true
	}
	return false
}

// attributionVerbs are the speech verbs that, right after a capitalised
// name following a closing quotation mark, continue the sentence.
var attributionVerbs = map[string]bool{"said": true, "says": true, "asked": true, "asks": true, "told": true,
	"tells": true, "added": true, "adds": true, "wrote": true, "writes": true, "recalled": true, "explained": true,
	"continued": true, "shouted": true, "replied": true, "noted": true, "insisted": true, "argued": true,
	"demanded": true, "wondered": true, "exclaimed": true, "yelled": true, "quipped": true, "joked": true,
	"responded": true, "countered": true, "declared": true, "warned": true, "concluded": true,
	"acknowledged": true, "admitted": true, "complained": true, "observed": true, "remarked": true,
	"tweeted": true, "pleaded": true, "conceded": true, "cautioned": true, "chanted": true, "screamed": true,
	"whispered": true, "cried": true, "stated": true, "retorted": true, "wonders": true, "notes": true}

// attributionFollows reports whether tokens from j are a short name (up to
// three capitalised words) followed by a speech verb.
func (t *Text) attributionFollows(j, hi int) bool {
	for k := j; k < hi && k < j+4; k++ {
		tk := t.Tokens[k]
		if tk.Kind != Word {
			if t.Src[tk.Start:tk.End] == "." {
				continue // "Mr."
			}
			return false
		}
		w := t.Src[tk.Start:tk.End]
		if attributionVerbs[w] {
			word := k+1 < hi && t.Tokens[k+1].Kind == Word // a word follows the verb
			afterStop := j >= 2 && t.Word(j-2) == "."      // the quotation closed with a full stop
			// “... neighborhood.” Russia insisted that ...: a content of its
			// own follows, so a new sentence starts at the name
			if k+1 < hi && t.Word(k+1) == "that" {
				return false
			}
			// “... is finished.” Richard Coyle warned of “a collapse”: after
			// a quotation closed by a full stop, a verb with a topic of its
			// own opens a sentence (“...,” Clinton said of Trump keeps its
			// comma)
			if word && afterStop && topicWords[t.Word(k+1)] {
				return false
			}
			// and so does a verb with a long phrase after its hearer:
			// “... swamp.” Kettering told a New Hampshire audience in
			// January that ... (but “...” Smith told reporters.)
			if word && afterStop && addressed[w] && !t.endsWithin(k+1, hi, 4) {
				return false
			}
			// “...” Reid said both men are ...: the verb has its own
			// content, so it opens a sentence rather than closing one
			if word && !addressed[w] && t.ownContent(t.Word(k+1)) {
				return false
			}
			// “...” Smith told reporters he would resign: a clause after
			// the one told is the verb's own content
			if word && addressed[w] && t.clauseAfterHearer(k+2, hi) {
				return false
			}
			// “...” Hale said in a statement: “...”: a quotation of its own
			// follows the colon
			if t.colonQuote(k+1, hi) {
				return false
			}
			return k > j
		}
		if k == j && (w == "He" || w == "She" || w == "They" || w == "It" || w == "We" || w == "I") {
			return false // “... change.” She adds, “...” starts a new sentence
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return false
}

// colonQuote reports whether a colon (or a dash) and an opening quotation
// mark come within a short phrase of words from k, before any other
// punctuation.
func (t *Text) colonQuote(k, hi int) bool {
	for end := min(hi, k+14); k+1 < end; k++ {
		switch w := t.Word(k); {
		case w == ":" || w == "—" || w == "–":
			return t.Tokens[k+1].Kind == OpenQuote
		case t.Tokens[k].Kind != Word:
			return false
		}
	}
	return false
}

// clauseAfterHearer reports whether a subject pronoun or a clause opener
// comes within a few words from k, before any punctuation: the hearer of
// "told reporters he would resign" or "asked the crowd whether it agreed"
// is followed by what was said.
func (t *Text) clauseAfterHearer(k, hi int) bool {
	for end := min(hi, k+4); k < end && t.Tokens[k].Kind == Word; k++ {
		switch w := t.Word(k); {
		case w == "that" && k+1 < hi && thatTimes[t.Lower(k+1)]:
			return false // "told reporters that evening": a time, not a clause
		case clauseStarts[w]:
			return true
		case hearerEnds[w]:
			return false // "asked over the radio as he rejoined": a clause of time or manner
		}
	}
	return false
}

// clauseStarts open what a telling verb reports after its hearer.
var clauseStarts = wordSet(`he she they it we I that whether if`)

// thatTimes are the nouns of time after a demonstrative "that": "told
// reporters that evening".
var thatTimes = wordSet(`day night morning afternoon evening week weekend month year time`)

// hearerEnds open a clause of time, manner or reason after a telling verb.
var hearerEnds = wordSet(`as when while before after because since until`)

// addressed are the speech verbs whose object is the person addressed
// ("told reporters", "asked the crowd"), not what was said.
var addressed = map[string]bool{"told": true, "tells": true, "asked": true, "asks": true}

// ownContent reports whether w, right after a speech verb, starts what was
// said rather than a phrase of time, place or manner that closes the
// attribution ("said Tuesday", "said in a statement", "said later").
func (t *Text) ownContent(w string) bool {
	if attributionAdjuncts[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsDigit(r)
}

// endsWithin reports whether the sentence mark "." comes within n words
// from k, before any other punctuation.
func (t *Text) endsWithin(k, hi, n int) bool {
	for j := k; j < hi && j <= k+n; j++ {
		if t.Tokens[j].Kind != Word {
			return t.Word(j) == "."
		}
	}
	return false
}

// topicWords open a verb's topic: "warned of", "spoke about".
var topicWords = wordSet(`of about on over against for`)

// attributionAdjuncts open a phrase that may close an attribution.
var attributionAdjuncts = wordSet(`on in at during after before via through as when while with from of about to by
	for over later earlier then again also recently last this yesterday today tonight afterward afterwards
	repeatedly publicly privately simply flatly bluntly once quietly softly firmly angrily calmly
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
	August September October November December`)

// wordSet is the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// lowerAfter reports whether the token after j is a word in lower case.
func (t *Text) lowerAfter(j, hi int) bool {
	if j+1 >= hi || t.Tokens[j+1].Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Src[t.Tokens[j+1].Start:t.Tokens[j+1].End])
	return unicode.IsLower(r)
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}
