// Package quote finds who said what in a news text: direct, indirect and
// mixed quotations with their cue, speaker mention and canonical speaker.
//
// The finder is rule-based, after the attribution-relation work of Pareti
// (PARC, "A Database of Attribution Relations", LREC 2012) and the PolNeAR
// annotation scheme (Newell, Margolin & Ruths, LREC 2018): an attribution
// is a source, a cue and a content. Cues come from a lexicon of reporting
// verbs plus "according to"; the patterns are those of the quote-extraction
// literature (e.g. Pouliquen, Steinberger & Best, "Automatic detection of
// quotations in multilingual news", RANLP 2007; Krestel, Bergler & Witte,
// "Minding the source", LREC 2008):
//
//	SPEAKER CUE [that] CONTENT          Khalilzad said peace can only ...
//	CONTENT, SPEAKER CUE / CUE SPEAKER  "...," he added. / ..., said Caddell.
//	According to SPEAKER, CONTENT       and CONTENT, according to SPEAKER.
//	SPEAKER CUE: "CONTENT"              quotations left open run on over paragraphs.
//
// A quotation split by its attribution ("A," he said. "B.") is one content.
// The type follows the PolNeAR conversion rule: direct when every letter of
// the content is inside quotation marks, mixed when some are, indirect
// otherwise; a turn of a transcript or an interview ("PENCE: ...", "A:
// ...") is direct, the speaker's own words printed without marks.
// Pronouns and role descriptions are resolved with a light
// salience-based coreference (most recent compatible person, preferring the
// previous speaker), in the spirit of Lappin & Leass (1994) reduced to
// recency and agreement.
//
// The package is pure: no I/O, no logging. All work is linear in the text.
//
// The files follow the finder's steps: rules.go runs the patterns over each
// sentence; finite.go handles a finite reporting verb ("SPEAKER said
// CONTENT", "CONTENT, SPEAKER said"); content.go decides where a content
// ends and source.go where a speaker mention starts and ends;
// transcript.go reads labelled lines (interview transcripts, source tags,
// credits); resolve.go finds the entity a mention refers to and unnamed.go
// names the speakers that are no entity (unnamed sources, crowds);
// spans.go turns token ranges into code-point spans; lexicon.go holds the
// cue verbs and the word lists the rules share.
package quote

import (
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// Type is the kind of a quotation.
type Type string

// Quotation types.
const (
	Direct   Type = "direct"
	Indirect Type = "indirect"
	Mixed    Type = "mixed"
)

// Quote is one attribution.
type Quote struct {
	// Type is direct, indirect or mixed.
	Type Type `json:"type"`
	// Content is what was said.
	Content Content `json:"content"`
	// Cue is the reporting verb or phrase, nil when there is none.
	Cue *document.Span `json:"cue"`
	// SpeakerMention is where the speaker is named, nil when not in the text.
	SpeakerMention *document.Span `json:"speaker_mention"`
	// Speaker is the canonical name of the speaker, empty if unknown.
	Speaker string `json:"speaker"`
}

// Content is the text of a quotation. Its span runs from the first to the
// last token of the content (the hull). When the hull holds words that are
// not content, as the attribution of a quotation split by it ("“We will not
// leave,” he said, “until it is done.”"), Fragments lists the content's
// parts; the span stays the hull, so readers of start/end/text alone see
// what they saw before. This is the "fragments" field of the PolNeAR gold
// format (shared/eval/quotes/README.md), which the scorer reads on
// predictions too.
type Content struct {
	document.Span
	// Fragments are the code point ranges [start, end) of the parts of a
	// discontinuous content, in text order, the first starting at Start
	// and the last ending at End; nil when the content is one span.
	Fragments [][2]int `json:"fragments,omitempty"`
}

// Finder finds quotations. It is safe for concurrent use.
type Finder struct {
	ents *entity.Recognizer
	cues map[string]cueClass
}

// New returns a Finder that uses rec to find and resolve speakers.
func New(rec *entity.Recognizer) *Finder { return &Finder{ents: rec, cues: cueLexicon()} }

// Result is the analysis of one text.
type Result struct {
	// Quotes in text order.
	Quotes []Quote
	// Entities are the document's entities, as found by the recogniser.
	Entities *entity.Result
	// Text is the segmented text.
	Text *sentence.Text
}

// Find analyses text and returns its quotations.
func (f *Finder) Find(text string) Result {
	t := sentence.Analyze(text)
	ents := f.ents.Analyze(t)
	return Result{Quotes: f.FindIn(t, ents), Entities: ents, Text: t}
}

// raw is a quotation in token indexes, before conversion to spans.
type raw struct {
	cLo, cHi int // content tokens [cLo, cHi)
	gLo, gHi int // tokens inside the content that are not content (an attribution), none when gHi <= gLo
	cueLo    int // cue tokens, -1 when none
	cueHi    int
	sLo, sHi int  // speaker mention tokens, -1 when none
	entity   int  // resolved entity, -1 when unknown
	inherit  bool // a continuation: the speaker is the previous quotation's
	// verbatim marks a turn of a transcript or interview ("PENCE: ...",
	// "A: ..."): the speaker's own words, though in no quotation marks.
	verbatim bool
	// described names an unnamed source by its description, when entity
	// is -1: "a senior official", "two people familiar with the talks".
	described string
}

// FindIn finds the quotations of an already analysed text.
func (f *Finder) FindIn(t *sentence.Text, ents *entity.Result) []Quote {
	st := &state{t: t, ents: ents, lex: f.ents.Lexicon(), n: len(t.Tokens), cueMap: f.cues}
	st.pairQuotes()
	st.used = make([]bool, st.n)
	var out []raw
	for si := range t.Sentences {
		out = st.sentence(si, out)
	}
	out = st.signed(out)
	out = st.continuations(out)
	out = st.dropNested(out)
	st.resolve(out)
	return st.spans(out)
}

type state struct {
	t     *sentence.Text
	ents  *entity.Result
	lex   *entity.Lexicon
	n     int
	match []int32 // open quote -> close quote token (or paragraph end), close -> open; -1 otherwise
	used  []bool  // token already inside a found content
	last  int     // last resolved person entity speaking
	// lastLo and lastHi are the tokens of last's speaker mention, with
	// any apposition ("Clement Oduya, an analyst at Harcourt Lyle,"):
	// names inside it are not rivals for a later pronoun.
	lastLo, lastHi int
	// lastCLo and lastCHi are the tokens of last's content: a person
	// named in what they said ("Obama criticized Donald Trump. He said")
	// is no rival for a later pronoun either.
	lastCLo, lastCHi int
	// lastOrg and lastOrgLo are the body that spoke last and where its
	// mention starts: "The company said" after it, when no other fits.
	lastOrg, lastOrgLo int
	// sources maps the head noun of each unnamed source introduced so far
	// ("official") to its description ("a senior official"), for "the
	// official said" later.
	sources map[string]string
	// lastSource is the unnamed source remembered last, for "the same
	// source" after "a senior figure at the club".
	lastSource string
	// lastSourcePara is the paragraph of the unnamed source remembered
	// last, for "one of them" soon after; curPara is the paragraph of the
	// attribution being resolved.
	lastSourcePara, curPara int
	// spokesFor maps a spokesperson's role noun to the body the last "a
	// spokeswoman for X" spoke for, for a later "the spokeswoman said".
	spokesFor map[string]int
	// docs maps a document noun ("report") to the speaker of the document
	// of that kind the text cited last with "a" or first with "the".
	docs map[string]docSpeaker

	cueMap map[string]cueClass
	found  []raw // attributions found so far, while scanning sentences

	roleIdx map[string][]entity.Mention // role word -> mentions of persons with it
	nations map[int]string              // person entity -> country of its introduction (nationOf)

	// midCaps holds the words capitalised inside a sentence somewhere in
	// the text (built on first use by loneName).
	midCaps map[string]bool

	// lowered memoises lower: the rules lower the same capitalised words
	// ("The", "Mr", the names) again and again, and strings.ToLower
	// allocates each time (most of the finder's allocations before).
	lowered map[string]string

	// labels counts the paragraphs opening with a label in capitals and a
	// colon, plus one; 0 until capsLabels first counts them. longLabels
	// maps the last word of each label of two or three words to its first
	// such label's token range ("PENCE" -> "MIKE PENCE").
	labels     int
	longLabels map[string][2]int
	// nameLabelCount counts the paragraphs opening with a person's name and a
	// colon, plus one; 0 until nameLabels first counts them.
	nameLabelCount int
	// qa is what the text says of itself as an interview in questions
	// and answers; nil until an "A:" paragraph first asks.
	qa *interview
}

func (s *state) w(i int) string { return s.t.Src[s.t.Tokens[i].Start:s.t.Tokens[i].End] }

func (s *state) kind(i int) sentence.Kind { return s.t.Tokens[i].Kind }

// pairQuotes links opening and closing quotation marks within paragraphs,
// with nesting (a curly quotation inside a straight one and the reverse). A
// quotation left open is linked to the paragraph's last token.
func (s *state) pairQuotes() {
	s.match = make([]int32, s.n)
	for i := range s.match {
		s.match[i] = -1
	}
	var stack []int
	for _, p := range s.t.Paragraphs {
		stack = stack[:0]
		for i := p.Lo; i < p.Hi; i++ {
			switch s.kind(i) {
			case sentence.OpenQuote, sentence.CloseQuote:
				straight := s.isStraight(i)
				top := len(stack) - 1
				// a straight mark closes a straight opening, or a curly one
				// when the segmenter reads it as closing (scraped text mixes
				// “...," styles)
				closes := s.kind(i) == sentence.CloseQuote && !straight ||
					straight && top >= 0 && (s.isStraight(stack[top]) || s.kind(i) == sentence.CloseQuote)
				if closes && top >= 0 {
					s.match[stack[top]] = int32(i)
					s.match[i] = int32(stack[top])
					stack = stack[:top]
					continue
				}
				if closes {
					continue // a stray closing mark
				}
				if len(stack) < 8 {
					stack = append(stack, i)
				}
			}
		}
		for _, o := range stack {
			s.match[o] = int32(p.Hi - 1)
		}
	}
}

func (s *state) isStraight(i int) bool {
	w := s.w(i)
	return w == "\"" || w == "''"
}
