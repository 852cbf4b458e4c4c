package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// transcript handles interview transcripts: a paragraph opening with
// "NAME:" (capitals, as in "WALLACE: ..." or "PENCE: ...").
func (s *state) transcript(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	p := s.t.Paragraphs[s.t.Tokens[sen.Lo].Para]
	if p.Lo != sen.Lo {
		return r, false
	}
	k := sen.Lo
	if s.kind(k) == sentence.OpenQuote {
		k++
	}
	n0 := k
	k = s.capsRun(k, sen.Hi, 2)
	if e := s.nameLabel(n0, p.Hi); k == n0 && e > n0 && s.nameLabels() >= 2 {
		k = e // "Matthews: Well, speculation is bad.": a panel's transcript in ordinary case
		goto found
	}
	if k == n0 && p.Hi-p.Lo <= 30 {
		// a headline "Pat Caddell: Democrat Voters Worried ..." / "Poll: ..."
		for k < sen.Hi && k < n0+4 && s.kind(k) == sentence.Word && isCapWord(s.w(k)) {
			k++
		}
		if k < sen.Hi && s.w(k) == ":" && k > n0 && s.namedOrSource(n0, k) && !s.pageLabel(n0, k) {
			goto found
		}
		// "A lesson from Loretta Lynch: 'Be the voice ...'", "Elizabeth
		// Warren Hammers Wells Fargo CEO: ‘You Should Be ...’": a longer
		// headline naming someone, a quotation after the colon
		for k = n0; k < sen.Hi && k < n0+8 && s.kind(k) == sentence.Word && s.cueMap[s.w(k)]&cueVerb == 0 && s.w(k) != "put" && s.w(k) != "puts"; k++ {
		}
		if k+1 < sen.Hi && s.w(k) == ":" && k > n0 && (s.kind(k+1) == sentence.OpenQuote || s.w(k+1) == "'" || s.w(k+1) == "‘") && s.namedSubject(n0, k) {
			goto found
		}
		return r, false
	}
	if k == n0 || k >= sen.Hi || s.w(k) != ":" || k+1 >= p.Hi || s.pageLabel(n0, k) {
		return r, false
	}
found:
	if k == n0+1 && s.lex.IsPlaceInCapitals(s.w(n0)) {
		return r, false // "LAHORE: The council was engulfed ...": a dateline, not a transcript's speaker
	}
	if m, ok := s.ents.MentionAt(n0); ok && m.Hi == k && (s.ents.Entities[m.Entity].Type == entity.GPE || s.ents.Entities[m.Entity].Type == entity.Loc) {
		return r, false // "Mumbai: Sampark Telecom Ltd on Tuesday announced ...": a dateline too
	}
	if s.capsLabels() == 1 && !s.personAt(n0) && !s.personEndsAt(k) && (k-n0 >= 2 || !s.t.Tokens[n0].Quoted && s.kind(n0) == sentence.Word && p.Hi-p.Lo > 12) {
		// "KOTA SARI: Chief Minister ...", "QALJAR: US Special Envoy ...":
		// the one such line is a dateline, a transcript has several (but
		// "Federation of Small Businesses chair Tina McKenzie: “...”"
		// after a live blog's "LIVE:" is hers)
		return r, false
	}
	r.sLo, r.sHi = n0, k
	r.cueLo, r.cueHi = k, k+1
	r.cLo, r.cHi = k+1, s.trimEnd(k+1, p.Hi)
	r.verbatim = s.capsLabel(n0, k) && s.capsLabels() >= 2 || s.nameLabel(n0, p.Hi) == k && s.nameLabels() >= 2
	// a closing mark at the paragraph's end closes a quotation the
	// transcript line is in ("“PENCE: ... ”"), unless the content opens
	// its own: "Mayor Ana Silva: “We will reopen the port”"
	if (s.kind(p.Hi-1) == sentence.CloseQuote || s.isStraight(p.Hi-1)) && !(s.kind(k+1) == sentence.OpenQuote && int(s.match[k+1]) == p.Hi-1) {
		r.cHi = p.Hi - 1
	}
	return r, r.cHi > r.cLo
}

// qaAnswer reads an answer of an interview printed as questions and
// answers: a paragraph opened by "A:" in a text whose questions open with
// "Q:". The answer is the interviewee's, the person the text names most;
// the label is the cue.
func (s *state) qaAnswer(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	p := s.t.Paragraphs[s.t.Tokens[sen.Lo].Para]
	k := sen.Lo
	if p.Lo != k || k+2 >= p.Hi || s.w(k) != "A" || s.w(k+1) != ":" {
		return r, false
	}
	iv := s.interview()
	if !iv.questions {
		return r, false
	}
	r.cueLo, r.cueHi = k, k+2
	r.cLo, r.cHi = k+2, s.trimEnd(k+2, p.Hi)
	r.entity = iv.speaker
	r.verbatim = true
	return r, r.cHi > r.cLo
}

// interview is a text read as an interview in questions and answers.
type interview struct {
	questions bool // some paragraph opens with "Q:"
	speaker   int  // the interviewee's entity, -1 when unknown
}

// interview finds, once per text, whether it has questions and whom
// they are put to.
func (s *state) interview() *interview {
	if s.qa == nil {
		s.qa = &interview{speaker: -1}
		for _, p := range s.t.Paragraphs {
			if p.Lo+1 < p.Hi && s.w(p.Lo) == "Q" && s.w(p.Lo+1) == ":" {
				s.qa.questions, s.qa.speaker = true, s.interviewee(p.Lo)
				break
			}
		}
	}
	return s.qa
}

// interviewee is the person a question-and-answer interview is with: the
// person the introduction before the first question, at token first,
// names most (the first on a tie), not its writer ("By Priya Desai", "She
// talked to Priya Desai").
func (s *state) interviewee(first int) int {
	count := map[int]int{}
	best := -1
	for _, m := range s.ents.Mentions {
		if m.Lo >= first {
			break
		}
		if s.ents.Entities[m.Entity].Type != entity.Person || m.Lo > 0 && (s.w(m.Lo-1) == "By" || s.w(m.Lo-1) == "by" || s.w(m.Lo-1) == "to") {
			continue
		}
		count[m.Entity]++
		if best < 0 || count[m.Entity] > count[best] {
			best = m.Entity
		}
	}
	return best
}

// capsLabels counts the paragraphs that open with one to three words in
// capitals and a colon ("WALLACE:", "KOTA SARI:").
func (s *state) capsLabels() int {
	if s.labels > 0 {
		return s.labels - 1 // counted once per text: a transcript asks for every line
	}
	n := 0
	for _, p := range s.t.Paragraphs {
		k := s.capsRun(p.Lo, p.Hi, 1)
		if k > p.Lo && k < p.Hi && s.w(k) == ":" {
			n++
			if last := s.w(k - 1); k-p.Lo >= 2 {
				if s.longLabels == nil {
					s.longLabels = map[string][2]int{}
				}
				if _, ok := s.longLabels[last]; !ok {
					s.longLabels[last] = [2]int{p.Lo, k}
				}
			}
		}
	}
	s.labels = n + 1
	return n
}

// nameLabel returns the colon after a person's name opening a paragraph
// at lo ("Chris Matthews:", "Lopez:"), or -1.
func (s *state) nameLabel(lo, hi int) int {
	m, ok := s.ents.MentionAt(lo)
	if !ok || m.Lo != lo || m.Hi-m.Lo > 3 || m.Hi+1 >= hi || s.w(m.Hi) != ":" || s.ents.Entities[m.Entity].Type != entity.Person {
		return -1
	}
	return m.Hi
}

// nameLabels counts, once per text, the paragraphs opening with a
// person's name and a colon when some person opens two or more of them:
// a transcript gives its speakers turns, while a headline ("Pat Caddell:
// ...") or a list of people with their biographies names each once.
func (s *state) nameLabels() int {
	if s.nameLabelCount == 0 {
		n := 0
		turns := map[int]int{}
		again := false
		for _, p := range s.t.Paragraphs {
			lo := p.Lo
			if lo < p.Hi && s.kind(lo) == sentence.OpenQuote {
				lo++
			}
			if s.nameLabel(lo, p.Hi) > lo {
				n++
				m, _ := s.ents.MentionAt(lo)
				turns[m.Entity]++
				again = again || turns[m.Entity] > 1
			}
		}
		if !again {
			n = 0
		}
		s.nameLabelCount = n + 1
	}
	return s.nameLabelCount - 1
}

// capsRun returns the end of the run of at most three words in capitals
// (each at least minLen bytes long) that starts at lo, within [lo,hi): a
// transcript's speaker label, "WALLACE", "KOTA SARI".
func (s *state) capsRun(lo, hi, minLen int) int {
	k := lo
	for k < hi && k < lo+3 && s.kind(k) == sentence.Word && isAllCapsWord(s.w(k)) && len(s.w(k)) >= minLen && isCapWord(s.w(k)) {
		k++
	}
	return k
}

// pageLabels are the words of the labels pages put before teasers and
// links ("ALSO READ: ...", "WATCH: ...") and press releases before their
// contact lines ("Media contact: ..."): they look like a transcript's
// speaker but are furniture.
var pageLabels = set(`also read more see related watch listen video videos photos photo live update
	updates updated breaking exclusive opinion analysis editorial note editor's editor’s advertisement
	sponsored source credit top latest news trending recommended must fact check stories coverage
	timeline picks subscribe don't don’t miss contact contacts media press inquiries enquiries
	email phone tel fax website`)

// pageLabel reports whether every word of [lo,hi) is a page label word.
func (s *state) pageLabel(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !pageLabels[strings.ToLower(s.w(k))] {
			return false
		}
	}
	return true
}

// sourceTag handles a headline that names its source after a final colon,
// as many outlets write them: "US steps up strikes before talks: NYT",
// "Army chief to retire early: Report". The headline is what the source
// reported.
func (s *state) sourceTag(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	p := s.t.Paragraphs[s.t.Tokens[sen.Lo].Para]
	if p.Lo != sen.Lo || p.Hi != sen.Hi || p.Hi-p.Lo > 30 || s.kind(p.Hi-1) != sentence.Word {
		return r, false // a headline is a paragraph of its own, without a full stop
	}
	for k := p.Hi - 2; k > p.Lo+2 && k >= p.Hi-4; k-- {
		if s.w(k) != ":" {
			continue
		}
		if s.pageLabel(p.Lo, p.Lo+1) || k-p.Lo < 4 || creditWords[s.t.Lower(k-1)] || !s.tagSource(k+1, p.Hi) {
			return r, false
		}
		r.sLo, r.sHi = k+1, p.Hi
		r.cueLo, r.cueHi = k, k+1
		r.cLo, r.cHi = p.Lo, k
		return r, true
	}
	return r, false
}

// creditWords end a caption or credit line before its colon ("... on
// Friday Photograph: Reuters", "Editing by: ..."), which is no headline.
var creditWords = set(`photograph photo photos picture pictures image images video credit credits source by`)

// tagSource reports whether [lo,hi) can be the source of a tagged
// headline: one source word ("Report", "Poll") or one organisation's name
// ("NYT", "Reuters"); a person or a place after a colon labels a caption
// ("Most valuable player: Patrick Mahomes").
func (s *state) tagSource(lo, hi int) bool {
	m, ok := s.ents.MentionAt(lo)
	if !ok {
		return hi-lo == 1 && s.namedOrSource(lo, hi) // "Report", "Poll"
	}
	return m.Lo == lo && m.Hi == hi && s.ents.Entities[m.Entity].Type == entity.Org
}

// namedOrSource reports whether [lo,hi) names an entity or is a word that
// heads a headline attribution ("Poll", "Report", "Study").
func (s *state) namedOrSource(lo, hi int) bool {
	if hi-lo == 1 {
		switch s.w(lo) {
		case "Poll", "Report", "Study", "Survey", "Sources", "Officials", "Experts", "Analysis":
			return true
		}
	}
	return s.namedSubject(lo, hi)
}

// dashCredit handles a quotation followed by a dash and the speaker's
// name: "“Maybe we can build a wall.” ― Jorge Falcon".
func (s *state) dashCredit(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	for k := sen.Lo + 1; k+1 < sen.Hi; k++ {
		w := s.w(k)
		if w != "―" && w != "—" && w != "–" || s.kind(k-1) != sentence.CloseQuote {
			continue
		}
		open := int(s.match[k-1])
		if open < 0 {
			// a quotation opened with the wrong mark: take its paragraph start
			p := s.t.Paragraphs[s.t.Tokens[k].Para]
			if s.kind(p.Lo) != sentence.CloseQuote && s.kind(p.Lo) != sentence.OpenQuote {
				continue
			}
			open = p.Lo
		}
		if s.kind(k+1) != sentence.Word || !isCapWord(s.w(k+1)) {
			continue
		}
		e := k + 1
		for e < sen.Hi && e < k+6 && s.kind(e) == sentence.Word && (isCapWord(s.w(e)) || connectorWord(s.w(e))) {
			e++
		}
		r.cLo, r.cHi = open, k
		r.cueLo, r.cueHi = k, k+1
		r.sLo, r.sHi = k+1, e
		return r, true
	}
	return r, false
}

func connectorWord(w string) bool {
	return w == "de" || w == "del" || w == "van" || w == "von" || w == "al"
}

// capsLabel reports whether the words [lo,hi) are a transcript's speaker
// label in capitals: "PENCE", "CHRIS WALLACE".
func (s *state) capsLabel(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := s.w(k); s.kind(k) != sentence.Word || !isAllCapsWord(w) || !isCapWord(w) || len(w) < 2 {
			return false
		}
	}
	return hi > lo
}

// transcriptPerson returns the person a transcript's label in capitals
// names (labelSpeaker), and whether it names one: a label before a colon
// in a text with several such labels, with no entity or one in capitals
// that is no known body ("PENCE" taken for an acronym), of two words or
// more or resolving to a full name ("PENCE" of the text's Mike Pence).
// "NATO:" stays NATO.
func (s *state) transcriptPerson(r raw) (string, bool) {
	if r.sLo < 0 || r.cueLo < 0 || s.w(r.cueLo) != ":" || !s.capsLabel(r.sLo, r.sHi) || s.capsLabels() < 2 {
		return "", false
	}
	if r.entity >= 0 {
		e := s.ents.Entities[r.entity]
		if !isAllCapsWord(e.Name) || e.Type != entity.Person && e.Type != entity.Org {
			return "", false
		}
	}
	name := s.labelSpeaker(r.sLo, r.sHi)
	if r.sHi-r.sLo < 2 && !strings.Contains(name, " ") {
		return "", false
	}
	return name, true
}

// labelSpeaker names a transcript's speaker from a label in capitals: the
// person of the text whose surname it ends with ("PENCE" is Mike Pence),
// or else the label in ordinary capitals ("CHRIS WALLACE" is Chris
// Wallace).
func (s *state) labelSpeaker(lo, hi int) string {
	last := s.w(hi - 1)
	if hi-lo == 1 {
		// a longer label for the same speaker: "MIKE PENCE:" ... "PENCE:"
		s.capsLabels()
		if r, ok := s.longLabels[last]; ok {
			lo, hi = r[0], r[1]
		}
	}
	label := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	surname := -1
	for id, e := range s.ents.Entities {
		if e.Type != entity.Person {
			continue
		}
		if strings.EqualFold(e.Name, label) {
			return e.Name // the whole label: "CHRIS WALLACE" is Chris Wallace, not George Wallace
		}
		if i := strings.LastIndexByte(e.Name, ' '); hi-lo == 1 && surname < 0 && i >= 0 && strings.EqualFold(e.Name[i+1:], last) {
			surname = id
		}
	}
	if surname >= 0 {
		return s.ents.Entities[surname].Name
	}
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo {
			b.WriteByte(' ')
		}
		w := s.w(k)
		_, n := utf8.DecodeRuneInString(w)
		b.WriteString(w[:n] + strings.ToLower(w[n:]))
	}
	return b.String()
}
