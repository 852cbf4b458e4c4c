package quote

import (
	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// spans converts raw attributions into Quotes with code point offsets.
func (s *state) spans(out []raw) []Quote {
	t := s.t
	span := func(lo, hi int) document.Span {
		a, b := t.Tokens[lo].Start, t.Tokens[hi-1].End
		return document.Span{Start: t.Runes(a), End: t.Runes(b), Text: t.Src[a:b]}
	}
	qs := make([]Quote, 0, len(out))
	for _, r := range out {
		q := Quote{Content: Content{Span: span(r.cLo, r.cHi)}}
		g0, g1 := s.gap(r)
		if g1 > g0 && g0 > r.cLo && g1 < r.cHi {
			a, b := g0, g1
			for a > r.cLo+1 && t.Tokens[a-1].Kind == sentence.Punct {
				a--
			}
			for b < r.cHi-1 && t.Tokens[b].Kind == sentence.Punct {
				b++
			}
			f1, f2 := span(r.cLo, a), span(b, r.cHi)
			q.Content.Fragments = [][2]int{{f1.Start, f1.End}, {f2.Start, f2.End}}
		}
		in, outside := 0, 0
		for k := r.cLo; k < r.cHi; k++ {
			if t.Tokens[k].Kind != sentence.Word || k >= g0 && k < g1 {
				continue
			}
			if r.cueLo >= 0 && k >= r.cueLo && k < r.cueHi || r.sLo >= 0 && k >= r.sLo && k < r.sHi && !t.Tokens[k].Quoted {
				// attribution inside the hull ("A," he said, "B.") is not content
				continue
			}
			if t.Tokens[k].Quoted {
				in++
			} else {
				outside++
			}
		}
		joined := r.cueLo > r.cLo && r.cueHi < r.cHi && t.Tokens[r.cLo].Kind == sentence.OpenQuote && t.Tokens[r.cHi-1].Kind == sentence.CloseQuote
		switch {
		case r.verbatim || in > 0 && (outside == 0 || joined):
			q.Type = Direct
		case in > 0:
			q.Type = Mixed
		default:
			q.Type = Indirect
		}
		if r.cueLo >= 0 {
			c := span(r.cueLo, r.cueHi)
			q.Cue = &c
		}
		if r.sLo >= 0 && r.sHi > r.sLo {
			sp := span(r.sLo, r.sHi)
			q.SpeakerMention = &sp
		}
		label, isLabel := s.transcriptPerson(r)
		switch {
		case isLabel:
			q.Speaker = label
		case r.entity >= 0:
			q.Speaker = s.ents.Entities[r.entity].Name
		case r.described != "":
			q.Speaker = r.described
		case r.sLo >= 0:
			if q.Speaker = s.possessedSpeaker(r.sLo, s.headEnd(r.sLo, r.sHi)); q.Speaker == "" {
				hi := r.sLo
				for hi < r.sHi && s.w(hi) != "," {
					hi++ // the head before an apposition: "Unite, a member of the TUC"
				}
				q.Speaker = s.loneName(r.sLo, hi)
			}
			if q.Speaker == "" && !s.passiveCue(&r) {
				// a speaker the text never names and no rule could place
				// keeps its description: "several respondents", "the
				// researchers" (not the hearers of a passive cue:
				// "Parents were told that ...")
				q.Speaker = s.plainDescription(r.sLo, r.sHi)
			}
		}
		qs = append(qs, q)
	}
	return qs
}

// gap returns the tokens [g0,g1) inside r's content hull that are not
// content: the attribution between the two parts of a joined quotation,
// or a cue with its speaker inside the hull ("These employees, Stumpf
// explained earlier in the committee hearing, were ..."). g1 <= g0 when
// the content is one span.
func (s *state) gap(r raw) (int, int) {
	if r.gHi > r.gLo {
		return s.writersFrom(r, r.gLo), r.gHi
	}
	if r.cueLo <= r.cLo || r.cueHi >= r.cHi || s.t.Tokens[r.cueLo].Quoted {
		return 0, 0
	}
	a0, a1 := r.cueLo, r.cueHi
	if r.sLo > r.cLo && r.sHi < r.cHi && !s.t.Tokens[r.sLo].Quoted {
		a0, a1 = min(a0, r.sLo), max(a1, r.sHi)
	}
	a0 = s.writersFrom(r, a0)
	if s.w(a0-1) == "," {
		// a parenthetical attribution runs to the next comma: ", Graham
		// said on Monday, ..."
		for a1 < r.cHi && s.kind(a1) == sentence.Word && !s.t.Tokens[a1].Quoted {
			a1++
		}
	}
	if a0 <= r.cLo || a1 >= r.cHi {
		return 0, 0
	}
	return a0, a1
}

// writersFrom returns where the writer's words before the attribution at
// a0 start inside a quotation split by it: everything back to the end of
// its first part ("“...,” the mayor, Richard Penhallow, said. “...”"), not
// only the name and the verb. A content that is no quotation keeps a0.
func (s *state) writersFrom(r raw, a0 int) int {
	if s.kind(r.cLo) != sentence.OpenQuote {
		return a0
	}
	for a0-1 > r.cLo && !s.t.Tokens[a0-1].Quoted && s.kind(a0-1) != sentence.CloseQuote {
		a0--
	}
	return a0
}
