package quote

import (
	"strings"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// madeOnly are statement nouns only "make" takes as a statement: one
// makes a point about something but offers points for it.
var madeOnly = set(`point points case`)

// particleWords end the particle sequences of phrasal cues that are not
// part of their content: "pointed out", "referred to", "raised concerns
// about".
var particleWords = set(`out to about over at on of in with against after up back down off aside for`)

// particlesEnd returns where the content starts when the particles of the
// cue verb at c follow it at p ("called for", "pointed out", "referred
// to"), or p.
func (s *state) particlesEnd(c, p, hi int) int {
	if p != c+1 {
		return p
	}
	if ps, ok := phrasal[s.t.Lower(c)]; ok {
		if e := s.phrasalEnd(ps, p, hi); e > p && e < hi && particleWords[s.t.Lower(e-1)] {
			return e // (not "raised the possibility": a noun)
		}
	}
	if p+1 < hi && s.particleAfter(c, p) && !sayForms[s.w(c)] {
		return p + 1
	}
	return p
}

// restrictiveWho returns the last word of the noun before a "who" or "whose" that
// opens a relative clause without commas ending at the noun phrase from
// nLo ("Residents who returned to [the southern town of Khiam]", "Parents
// whose [children attend the school]"), or -1.
func (s *state) restrictiveWho(lo, nLo int) int {
	for k := nLo - 1; k > lo && k >= nLo-10; k-- {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || s.cueMap[w]&cueVerb != 0 && s.cueMap[w]&cueWeak == 0 || adverbialOpeners[w] {
			return -1 // (not across a clause of its own: "bonds whose payments rise if economic growth exceeds")
		}
		if w == "who" || w == "whose" {
			if s.kind(k-1) == sentence.Word && !s.t.Tokens[k-1].Quoted && !npStop[s.t.Lower(k-1)] {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// askedForms open a fronted passive participle of questioning, whose
// subject is the sentence's: "Asked whether ..., the senator said".
var askedForms = set(`Asked Pressed Questioned Challenged Quizzed`)

// ledeParticiple returns the participle, at or before nLo, that modifies
// the noun phrase opening the sentence at lo, when everything from it to
// L is its phrase ("A nurse accused of poisoning [three elderly patients
// with insulin]"), or -1. The noun before it is the head: "A Navy
// [veteran] seated near the front" is no one of the Navy.
func (s *state) ledeParticiple(lo, nLo, L int) int {
	if nLo <= lo || L-lo > 24 || !s.determinedStart(lo) {
		return -1
	}
	for p := nLo; p > lo; p-- {
		if s.kind(p) != sentence.Word || s.t.Tokens[p].Quoted {
			return -1
		}
		w, next, prev := s.w(p), "", s.t.Lower(p-1)
		if p+1 < s.n {
			next = s.t.Lower(p + 1)
		}
		if len(w) < 5 || !isLowerWord(w) || s.kind(p-1) != sentence.Word || !isLowerWord(s.w(p-1)) && p-1 > lo || npStop[prev] || auxiliaries[prev] || determiners[prev] {
			continue
		}
		passive := (strings.HasSuffix(w, "ed") || irregularPast[w]) && modifierPreps[next]
		active := strings.HasSuffix(w, "ing") && s.cueMap[w]&cueIng == 0 && !prepositionsInIng[w] && (determiners[next] || next == "his" || next == "her" || next == "their")
		if !passive && !active {
			continue
		}
		for k := p + 1; k <= L; k++ {
			if x := s.t.Lower(k); s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || clauseWords[x] || auxiliaries[x] || s.cueMap[x]&cueVerb != 0 {
				return -1 // a clause, not a modifier: "Withdrawals surged after blockchain analytics firm X", "A poll released in August found that 74 percent of voters"
			}
		}
		for k := lo + 1; k < p; k++ {
			if x := s.t.Lower(k); s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || npStop[x] || auxiliaries[x] || pronouns[x] != 0 {
				return -1 // the words before the participle are a noun phrase alone
			}
		}
		return p
	}
	return -1
}

// determinedStart reports whether the words at lo open a noun phrase of
// the writer's: an article, a numeral, or a capitalised plural noun
// ("Detectives", "Doctors").
func (s *state) determinedStart(lo int) bool {
	w := s.w(lo)
	switch {
	case w == "The" || w == "A" || w == "An" || numeral(s.t.Lower(lo)) && isCapWord(w):
		return true
	case isCapWord(w) && strings.HasSuffix(w, "s") && lo+1 < s.n && isLowerWord(s.w(lo+1)):
		_, named := s.ents.MentionAt(lo)
		return !named
	}
	return false
}

// clauseWords open or join clauses; a participle phrase that modifies a
// noun has none.
var clauseWords = set(`that which who whom whose and but or because while when if as since although though
	after before so than where whether until unless what how why yet nor then is are was were be been being`)

// prepositionsInIng end in -ing but are prepositions: "during the primary".
var prepositionsInIng = set(`during according including regarding following concerning excluding notwithstanding`)

// modifierPreps follow a past participle that modifies a noun: "killed
// in", "accused of", "charged with".
var modifierPreps = set(`in of with by at on for from during after near over`)

// timeAdjunct reports whether the words from k are a phrase of time
// relative to an event: "a day after aircraft struck", "hours before the
// vote", "shortly after midnight", "two weeks ahead of the summit".
func (s *state) timeAdjunct(k, hi int) bool {
	for j := k; j < hi && j <= k+3; j++ {
		w := s.t.Lower(j)
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if (w == "after" || w == "before" || w == "since" || w == "ahead") && j > k {
			return true
		}
		if !determiners[w] && !numeral(w) && !timeGap[w] && w != "just" && w != "only" && w != "shortly" && w != "soon" && w != "moments" && w != "days" {
			return false
		}
	}
	return false
}

// writersPhrase reports whether the words from k open a phrase of the
// writer's after a closing attribution: "in one of the deadliest
// assaults", "in a sign that", "amid rising tension", "the latest sign
// that ...". (Not when the reported event happens: "Elections will be
// held, the commission said, in March.")
func (s *state) writersPhrase(k, hi int) bool {
	if k+1 >= hi || s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
		return false
	}
	switch next := s.t.Lower(k + 1); s.t.Lower(k) {
	case "amid", "amidst", "despite":
		return true
	case "after", "following":
		// "..., officials said on Monday, after a second round of talks"
		// (not a time the event happens: "..., he said, after March")
		return !timeWords[s.w(k+1)] && !isDigits(next) && next != "the" || next == "the" && k+2 < hi && !timeWords[s.w(k+2)] && !timeUnits[s.t.Lower(k+2)]
	case "in":
		if next == "one" || next == "what" {
			return true // "in one of the deadliest assaults", "in what was seen as"
		}
		if next != "a" && next != "an" && next != "the" {
			return false
		}
		// the writer's measure of it: "in a sign that", "in a first", "in
		// the biggest shake-up", "in the reclusive regime's latest show
		// of force" (not "in the third quarter")
		for j := k + 2; j < hi && j <= k+5 && s.kind(j) == sentence.Word; j++ {
			if w := s.t.Lower(j); writersMoves[w] || w == "first" || w == "most" || w == "wake" || len(w) > 5 && strings.HasSuffix(w, "est") {
				return true
			}
		}
		return false
	case "the":
		return next == "latest"
	case "a", "an":
		// a noun phrase summing up what was said: "..., her aides
		// announced Monday, a haul that far outpaced ..."
		for j := k + 1; j < hi && j <= k+5; j++ {
			w := s.w(j)
			if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || auxWord(w) || pastVerb(w) {
				return false
			}
			if w == "that" || w == "which" {
				return j > k+1
			}
		}
	}
	return false
}

// sequenceWords open a phrase of what came before or after; after a
// clause about the future it is still the clause's ("The bridge will
// reopen, the council said, after repairs are finished").
var sequenceWords = set(`after following before`)

// futureIn reports whether a modal of the future stands among the words
// [lo,hi).
func (s *state) futureIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := s.t.Lower(k); (w == "will" || w == "would" || w == "could" || w == "may" || w == "might" || w == "shall") && !s.t.Tokens[k].Quoted {
			return true
		}
	}
	return false
}

// trailingSource reports whether the subject [nLo,L) after a comma, with
// an aside of its own before the cue, closes a whole clause of content
// rather than standing in apposition to a name: "The link was strongest
// for processed meats, the researchers, writing in the BMJ, said" (not
// "Phil Lovas, the chairman, said").
func (s *state) trailingSource(lo, nLo, L int) bool {
	if !determiners[s.t.Lower(nLo)] || !s.hasWord(nLo, L, ",") {
		return false
	}
	st := s.leftStart(lo, nLo-1)
	return nLo-1-st >= 3 && s.hasFinite(st, nLo-1)
}

// adverbialOpeners open an adverbial clause inside a relative clause, which
// a noun phrase before "who" or "whose" never crosses.
var adverbialOpeners = set(`if when because unless although though whereas while`)

// passiveAside reports whether the words at k open a passive participle
// aside: "formed by lawmakers ousted in the 2021 coup", "based in Paris",
// "founded in 1921".
func (s *state) passiveAside(k int) bool {
	if k+1 >= s.n || s.t.Tokens[k].Quoted {
		return false
	}
	w := s.w(k)
	return isLowerWord(w) && (strings.HasSuffix(w, "ed") || irregularPast[w]) && (s.w(k+1) == "by" || s.w(k+1) == "in" || s.w(k+1) == "on" || s.w(k+1) == "at")
}

// openingSubject returns where the sentence opening at lo names its
// subject, a person or a body, before a comma, when everything from that
// comma to L is an aside without a verb of its own outside a relative
// clause: "Judge Brett M. Kavanaugh, President Trump's nominee to the
// Supreme Court, denied", "Former President Donald J. Trump, speaking at
// his golf club in Bedminster, N.J., mocked", "Sens. Tom Cotton (R-Ark.)
// and David Perdue (R-Ga.), who were also in the room, said". It returns
// -1 otherwise.
func (s *state) openingSubject(lo, L int) int {
	for c1 := lo + 1; c1 < L && c1 <= lo+14; c1++ {
		if s.w(c1) != "," || s.t.Tokens[c1].Quoted {
			if s.t.Tokens[c1].Quoted || s.kind(c1) == sentence.OpenQuote {
				return -1
			}
			continue
		}
		e := c1 - 1
		if s.w(e) == ")" {
			if o := s.openBracket(lo, e); o > lo {
				e = o - 1 // "David Perdue (R-Ga.),"
			}
		}
		m, ok := s.ents.MentionAt(e)
		if ok && m.Lo >= lo+2 && s.w(m.Lo-1) == "of" && (s.ents.Entities[m.Entity].Type == entity.GPE || s.ents.Entities[m.Entity].Type == entity.Loc) {
			if p, ok2 := s.ents.MentionAt(m.Lo - 2); ok2 && p.Hi == m.Lo-1 && s.ents.Entities[p.Entity].Type == entity.Person {
				m, e = p, p.Hi-1 // "Senator Lindsey Graham of South Carolina,"
			}
		}
		if e-lo >= 1 && e-lo <= 3 && s.t.Lower(lo) == "the" && s.lex.IsTitle(s.t.Lower(e)) && !ok {
			m, ok = entity.Mention{Lo: lo + 1, Hi: e + 1, Kind: entity.Name}, true // "The president, to his credit, has said"
		} else if !ok || m.Hi != e+1 || m.Kind != entity.Name {
			return -1
		} else if t := s.ents.Entities[m.Entity].Type; t != entity.Person && t != entity.Org {
			return -1
		}
		start, base := s.extendLeft(lo, e), s.afterDateline(lo, e)
		if sentenceConjunctions[s.w(base)] && (start == base || start == base+1) {
			start, base = base+1, base+1 // "Yet the Committee for a Responsible Federal Budget, ..."
		}
		if start != base {
			return -1 // (not "After Ann Lee, who chairs the board, resigned, Tom Reyes, ... said")
		}
		for k := start; k < m.Lo; k++ {
			// titles and modifiers before the name, not a fronted phrase
			// ("In Barangay Mabalas, village chief ...", "Contacted by
			// Sudan Tribune, the governor ...")
			if w := s.t.Lower(k); prepositions[w] || leadPreps[s.w(k)] || k == start && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
				return -1
			}
		}
		rel := false
		for k := c1 + 1; k < L; k++ {
			w := s.w(k)
			if s.t.Tokens[k].Quoted || s.kind(k) == sentence.OpenQuote {
				return -1
			}
			if w == "who" || w == "which" || w == "whose" {
				rel = true
			}
			if w == "," {
				rel = false // the relative clause closes
			}
			if !rel && s.kind(k) == sentence.Word && (auxWord(w) || s.finiteVerb(w)) && !strings.Contains(w, "-") { // (not "red-faced")
				return -1
			}
		}
		return start
	}
	return -1
}

// unstopped reports whether sentence sen ends without a full stop, a
// question or exclamation mark or a closing quotation mark, as a
// headline does.
func (s *state) unstopped(sen sentence.Range) bool {
	last := sen.Hi - 1
	if last < sen.Lo {
		return false
	}
	w := s.w(last)
	return w != "." && w != "?" && w != "!" && s.kind(last) != sentence.CloseQuote
}

// headlineVerb returns the verb of a headline's first clause before the
// comma at L, a present or past form right after a short subject and
// before a name or an article ("US peace envoy meets Taliban negotiators
// in Doha"), or -1.
func (s *state) headlineVerb(lo, L int) int {
	for k := lo + 1; k < L && k <= lo+5; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return -1
		}
		if prepositionLike[s.t.Lower(k)] || w == "to" {
			return -1 // "Heatwave to persist across plains this week, says Met office"
		}
		if !isLowerWord(w) || k+1 >= L {
			continue
		}
		if (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || pastVerb(w) || irregularPast[w]) && (isCapWord(s.w(k+1)) || determiners[s.t.Lower(k+1)]) {
			return k
		}
		// (a noun of the subject: "US peace envoy"; not "Ukraine talks
		// fail, says envoy", whose "talks" is no verb before a name)
	}
	return -1
}

// demonstrativeObject reports whether the object of a verb of denial at
// c is a lone "that" or "this" pointing back at what the story just said:
// "Rory Hearne disputed that.", "Limbavali rejected that."
func (s *state) demonstrativeObject(c, q, hi int) bool {
	return q+1 == hi && (s.w(q) == "that" || s.w(q) == "this") && denialForms[s.w(c)]
}

// denialForms take a claim just reported as their object.
var denialForms = set(`disputed disputes denied denies rejected rejects contested contests challenged challenges questioned questions`)

// relativeComma returns the comma before a "who" or "which" that opens a
// relative clause ending at the noun phrase from nLo, a few words back
// ("Israel, which has long opposed [the deal]"), with a word before the
// comma; or -1.
func (s *state) relativeComma(lo, nLo int) int {
	for k := nLo - 1; k-2 >= lo && k >= nLo-6; k-- {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			break
		}
		if w := s.w(k); w == "who" || w == "which" {
			if s.w(k-1) == "," && s.kind(k-2) == sentence.Word {
				return k - 1
			}
			return -1
		}
	}
	// a longer clause with a list in it: "Khalilzad, who has spent the
	// past year shuttling between Doha, Kabul and Islamabad, called" (not
	// past a person who is the subject: "After Ann Lee, who chairs the
	// board, resigned, Tom Reyes ... said")
	if m, ok := s.ents.MentionAt(nLo); ok && m.Lo == nLo && s.ents.Entities[m.Entity].Type == entity.Person {
		return -1
	}
	for k := nLo - 1; k-2 >= lo && k >= nLo-30; k-- {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word && s.w(k) != "," {
			return -1
		}
		if m, ok := s.ents.MentionAt(k); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return -1 // a person of its own on the way: "After Ann Lee, who chairs the board, resigned, Tom Reyes, ... said"
		}
		if w := s.w(k); (w == "who" || w == "which") && s.w(k-1) == "," && s.kind(k-2) == sentence.Word {
			if m, ok := s.ents.MentionAt(k - 2); ok && m.Hi == k-1 && s.ents.Entities[m.Entity].Type == entity.Person {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// particleAfter reports whether the word at p is a particle of the cue at
// c: "complained about", "warned against", "ruled out".
func (s *state) particleAfter(c, p int) bool {
	return particles[s.w(p)] || s.w(p) == "out" && ruleForms[s.w(c)]
}

// finite handles a finite reporting verb at c.
func (s *state) finite(sen sentence.Range, c int, cls cueClass) (raw, bool) {
	r, ok := s.finiteSubject(sen, c, cls)
	if ok && r.cLo == c+1 && makeForms[s.t.Lower(c)] {
		// the light verb's statement noun is the cue's: "who has made
		// favorable comments about [single-payer health care]"
		if e := s.statementNounEnd(c+1, s.trimEnd(sen.Lo, sen.Hi)); e > c+1 && e < r.cHi && (s.w(c) == "made" || s.w(c) == "makes" || !madeOnly[s.w(e-2)]) {
			r.cLo, r.cueHi = e, e
		}
	}
	if ok && r.cLo > c && r.cLo <= c+2 && s.plainObject(c, r.cLo, r.cHi) {
		return r, false // "claimed the title", "called the police", "answered the phone"
	}
	if ok && s.issuedMedium(r) {
		return r, false // "released a statement saying ...": the participle's attribution, with the issuer as speaker
	}
	if ok && r.cLo > c && s.kind(r.cLo) == sentence.OpenQuote && r.sLo > 0 && s.t.Lower(r.sLo-1) == "what" && namingCues[s.w(c)] {
		r.cHi = s.runOn(r.cLo) // "strikes on what it called “terrorist infrastructure” in Pakistan": the name, not the rest
	}
	if ok && cls&cueTell != 0 && s.passiveTell(c) && r.cLo > c {
		// "Staff were told by managers that the office would close": the
		// agent told, the subject only heard
		hi := s.trimEnd(sen.Lo, sen.Hi)
		if k := c + 1; k+1 < hi && s.w(k) == "by" && !s.t.Tokens[k].Quoted {
			if e := s.extendRight(k+1, hi); e > k+1 && e <= r.cLo {
				r.sLo, r.sHi, r.entity = k+1, e, -1
			}
		}
	}
	if ok && quotingForms[s.w(c)] && r.sLo < c {
		// active "quoted X as saying": X speaks, not the subject that
		// quotes X ("RIA quoted an unnamed official as saying", "..., the
		// statement quoted the President as saying")
		hi := s.trimEnd(sen.Lo, sen.Hi)
		if as, _ := s.quotedAs(c+1, hi); as > c+1 && !beForms[s.w(c-1)] && !(isAdverb(s.w(c-1)) && c-2 >= sen.Lo && beForms[s.w(c-2)]) && !phrasePreps[s.w(c+1)] {
			r.sLo, r.sHi, r.cueHi, r.entity = c+1, as, c+1, -1
		}
	}
	return r, ok
}

// finiteSubject reads the attribution of the finite verb at c with the
// verb's subject as its source; finite then corrects the source of an
// active "quoted X as saying".
func (s *state) finiteSubject(sen sentence.Range, c int, cls cueClass) (raw, bool) {
	lo := sen.Lo
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	if s.reducedPassive(lo, c) {
		return r, false
	}
	if s.w(c) == "say" && c > lo && (sayNounBefore(s.t.Lower(c-1)) || c-1 > lo && sayAdjectives[s.w(c-1)] && sayNounBefore(s.t.Lower(c-2))) {
		return r, false // "has the final say on whether", "their say": a noun
	}
	if m, ok := s.ents.MentionAt(c - 2); ok && cls&cueWeak != 0 && c > lo+1 && s.w(c-1) == "," && c+1 < s.n && s.w(c+1) == "that" && strings.HasSuffix(s.w(c), "s") && (s.ents.Entities[m.Entity].Type == entity.GPE || s.ents.Entities[m.Entity].Type == entity.Loc) {
		// (a plural noun only: "a team at the institute in Tromsø, found
		// that" is the team's finding)
		return r, false // "Massachusetts and Vermont, states that vote on March 1": a noun in apposition to places
	}
	if s.w(c) == "called" && s.namingCalled(lo, c) {
		return r, false // "a firm called Cambridge Analytica": a name, not a judgement
	}
	if s.addedTo(c, hiEff) {
		return r, false // "added to his portfolio", not "added to reporters"
	}
	if (s.w(c) == "added" || s.w(c) == "adds") && c+2 < hiEff && indefinites[s.w(c+1)] && !s.t.Tokens[c+1].Quoted && !s.hasFinite(c+2, hiEff) && !s.hasQuote(c+1, hiEff) {
		return r, false // "the company added a second production line last year": a thing added, no words
	}
	if c > lo && s.w(c-1) == "," && c+1 < hiEff && s.w(c+1) == "by" && (strings.HasSuffix(s.w(c), "ed") || strings.HasSuffix(s.w(c), "en")) {
		return r, false // "In a letter dated March 14, seen by the Courier, Ms Langat wrote": a passive aside
	}
	if quantityVerbs[s.w(c)] && c+2 < hiEff && indefinites[s.w(c+1)] && strings.IndexAny(s.w(c+2), "0123456789$€£¥") == 0 {
		return r, false // "posted a 24% jump in fee income": a result, not a statement
	}
	if s.priceAt(c, hiEff) {
		return r, false // "valuing Telora at $14 billion", "was valued at $18 billion": a price
	}
	if (s.w(c) == "known" || s.w(c) == "noted") && c+1 < hiEff && s.w(c+1) == "for" && !(s.w(c) == "noted" && s.hasWord(c+2, min(hiEff, c+6), "that")) {
		return r, false // "known for his blunt remarks": a reputation (not "noted for the record that ...")
	}
	if s.w(c) == "known" && c+2 < hiEff && s.w(c+1) == "to" && !s.hearsayApposition(c, hiEff) && (s.hasWord(c+2, min(hiEff, c+6), "for") || s.hasWord(c+2, min(hiEff, c+6), "as")) {
		return r, false // "known to reporters for his bluntness", "known to friends as Bud": a reputation or a name
	}
	if quantityVerbs[s.w(c)] && c+1 < hiEff && strings.IndexAny(s.w(c+1), "0123456789$€£¥") == 0 {
		return r, false // "organizers added 160 security personnel", "casinos reported $2.17 billion"
	}
	if (s.w(c) == "found" || s.w(c) == "finds") && c+1 < hiEff && (objPronouns[s.w(c+1)] && !s.possessedSubject(c+1, hiEff) || reflexives[s.w(c+1)] || s.w(c+1) == "it") {
		return r, false // "he found himself on the street", "he found it somewhere else"
	}
	if s.w(c) == "called" && c+1 < hiEff && isCapWord(s.w(c+1)) && !s.t.Tokens[c+1].Quoted {
		k := c + 1
		for k < hiEff && k < c+5 && s.kind(k) == sentence.Word && (isCapWord(s.w(k)) || isYear(s.w(k)) || strings.IndexAny(s.w(k), "0123456789") == 0) {
			k++
		}
		if k >= hiEff || s.kind(k) == sentence.Word && (pastVerb(s.w(k)) || auxWord(s.w(k)) || irregularPast[s.w(k)]) {
			return r, false // "Mr. Obama called Naghmeh Abedini.", "a super PAC called Future 45 ran ads"
		}
	}
	if w := s.w(c); (w == "regarded" || w == "considered" || w == "viewed" || w == "seen") && c > lo && beForms[s.w(c-1)] {
		return r, false // "who is regarded at Westminster as a contender": a reputation, not a statement
	}
	if w := s.w(c); (w == "calls" || w == "call" || w == "called") && c+1 < hiEff && s.kind(c+1) == sentence.OpenQuote {
		if e := int(s.match[c+1]); e > c+1 && e-c <= 6 && e+1 < hiEff && s.kind(e+1) == sentence.Word && (pastVerb(s.w(e+1)) || auxWord(s.w(e+1)) || irregularPast[s.w(e+1)]) {
			return r, false // "the governor whom everyone calls “Grabo,” appeared": a nickname, and the sentence goes on
		}
	}
	if w := s.w(c); w == "recalled" || w == "recalls" || w == "recall" {
		k := c + 1
		for k < hiEff && k < c+3 && (s.w(k) == "about" || s.w(k) == "nearly" || s.w(k) == "some" || s.w(k) == "almost" || s.w(k) == "roughly" || s.w(k) == "around") {
			k++
		}
		if k < hiEff && startsWithDigit(s.w(k)) && !isYear(s.w(k)) {
			return r, false // "recalled about 412,000 vehicles": a product recall, not a memory (but "recalled 1990")
		}
	}
	if s.w(c) == "declined" || s.w(c) == "declines" {
		k := c + 1
		if k < hiEff && (s.w(k) == "to" || s.w(k) == "by" || s.w(k) == "from") {
			k++
		}
		if k < hiEff && strings.IndexAny(s.w(k), "0123456789$€£¥") == 0 {
			return r, false // "fees declined to $281 million", "sales declined 4 percent": a fall, not a refusal
		}
	}
	if ps, ok := phrasal[s.t.Lower(c)]; ok && cls&cuePhrasal != 0 && s.cuePhraseEnd(ps, c, c+1, hiEff) < 0 && !s.phraseClosing(ps, c+1, hiEff) {
		return r, false // a cue only with its particle: "took aim at", not "took 57 percent"
	}
	if ps, ok := phrasal[s.t.Lower(c)]; ok && closingOnly[s.t.Lower(c)] && s.t.Lower(c+1) != "after" && !s.phraseClosing(ps, c+1, hiEff) {
		return r, false // "the meeting went on for hours", not "“...,” she went on."
	}
	if s.t.Lower(c) == "appealed" && !s.appealAsks(c+1, hiEff) {
		return r, false // "appealed to the Supreme Court": a legal appeal, not "appealed to residents to stay indoors"
	}
	// "has said", "also said": the cue is the verb alone.
	L := c - 1
	L = s.afterApposedTime(lo, L) // "Veltra, the Michigan-based automaker, last month recalled"
	for L >= lo && s.kind(L) == sentence.Word && (auxiliaries[s.w(L)] || isAdverb(s.w(L)) || contrastAdverbs[s.w(L)] && L > lo && s.w(L-1) != "," || s.reflexiveAfterSubject(lo, L) || s.w(L) == "since" && L > lo && auxiliaries[s.w(L-1)] || L > lo && whenWords[s.w(L)] || L > lo && (s.w(L) == "on" || s.w(L) == "early" || s.w(L) == "late") && whenWords[s.w(L+1)] || cls&cueCtl != 0 && L >= c-4 && (s.w(L) == "to" || controlVerbs[s.w(L)] || sayPurpose[s.w(L)] || s.w(L) == "on" || goingOn(s.w(L), s.w(L+1)))) {
		L = s.afterApposedTime(lo, L-1) // "..., this week also said"
	}
	if L >= lo && L < c-1 && (s.w(L+1) == "being" || s.w(L+1) == "been") && phrasePreps[s.w(L)] {
		return r, false // "tired of being told who to vote for": a passive after a preposition, no one telling
	}
	if o := s.subjectAsideOpen(lo, L); o > lo {
		L = o - 1 // "Anil Kumar Yadav, meanwhile, demanded ...", "Democrats from shipbuilding states, on the other hand, fear ..."
	}
	if L-3 > lo && s.w(L) == "," && sayForms[s.w(L-1)] && pronouns[s.w(L-2)] != 0 && s.w(L-3) == "," && s.kind(L-4) == sentence.Word {
		L -= 4 // "Severnmoor, he says, told him ...": the parenthetical vouches, the subject speaks
	}
	if L > lo && s.w(L) == "." && nameSuffixes[s.w(L-1)] && s.t.Tokens[L-1].End == s.t.Tokens[L].Start {
		L-- // "John G. Roberts Jr. spoke of ..."
	}
	if L > lo+2 && s.isDash(L) {
		// an aside between dashes after the subject: "commander Gen Baraka
		// Lomuria – popularly known as “Jenerali Mzee” – said"; a typed
		// "--" is two hyphens
		if s.w(L) == "-" && s.w(L-1) == "-" {
			L--
		}
		for k := L - 2; k > lo && k > L-25; k-- {
			if s.w(k) == s.w(L) && !s.t.Tokens[k].Quoted {
				if s.w(k) == "-" && s.w(k-1) == "-" {
					k--
				}
				if k-1 >= lo && s.kind(k-1) == sentence.Word {
					L = k - 1
				}
				break
			}
		}
	}
	if L == c-1 && L >= lo && (s.w(L) == "in" || s.w(L) == "of" || s.w(L) == "with") && !s.t.Tokens[L].Quoted {
		return r, false // "an influential voice on Capitol Hill in support of the sanctions": a noun after its preposition
	}
	sEnd := L + 1
	if L > lo && s.w(L) == ")" {
		// "Rep. Gwen Moore (D-Wis.) said"; "Sen. Chris Murphy (a
		// Connecticut Democrat so boyish he has been mistaken for a
		// junior staffer) says": a longer aside after a name
		for k := L - 1; k > lo && k > L-24; k-- {
			if s.w(k) == "(" {
				if m, ok := s.ents.MentionAt(k - 1); L-k < 8 || ok && m.Hi == k {
					L = k - 1
				}
				break
			}
			if s.w(k) == ")" {
				break
			}
		}
	}
	if L >= lo && s.w(L) != "," && L+1 < c && participleLinks[s.w(L)] && L > lo && s.w(L-1) == "," {
		L-- // ", before going on to argue that ...", ", then going on to say"
	}
	if L >= lo && s.w(L) == "," && !s.t.Tokens[L].Quoted && L+2 < c && (goingOn(s.w(L+1), s.w(L+2)) || L+3 < c && participleLinks[s.w(L+1)] && goingOn(s.w(L+2), s.w(L+3))) && cls&cueCtl != 0 {
		// "“...,” Sanders said, going on to say that ...": the speaker of
		// the clause the participle hangs on
		p := s.skipAfterCue(c+1, hiEff, cls)
		o, ok := s.prevInSentence(c)
		if !ok || p >= hiEff || s.kind(p) != sentence.Word && s.kind(p) != sentence.OpenQuote || s.badOpening(p) {
			return r, false
		}
		r.sLo, r.sHi = o.sLo, o.sHi
		r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
		return r, r.cHi > r.cLo
	}
	if L >= lo && s.kind(L) == sentence.Word && !s.t.Tokens[L].Quoted && (s.w(L) == "who" || s.w(L) == "which" || s.w(L) == "and" || s.w(L) == "but") {
		// "an architect who said ...", "... and said he did not support",
		// "... but noted that Scott won"
		p := s.skipAfterCue(c+1, hiEff, cls)
		if p < hiEff && (s.w(p) == "," || s.w(p) == ":") && p+1 < hiEff && s.kind(p+1) == sentence.OpenQuote {
			p++
		}
		subj := p < hiEff && s.w(L) == "and" && subjectPronouns[s.w(p)] && !s.objectGap(p) // "... and claims they are politically motivated"
		if p >= hiEff || s.kind(p) != sentence.Word && s.kind(p) != sentence.OpenQuote || s.badOpening(p) || cls&cueWeak != 0 && !thatOnly[s.w(c)] && s.w(p) != "that" && !subj || !s.thatOnlyFits(c, p, hiEff) {
			return r, false
		}
		if s.w(L) == "who" || s.w(L) == "which" {
			r.sLo, r.sHi = L, L+1
		} else if o, ok := s.prevInSentence(c); ok {
			r.sLo, r.sHi = o.sLo, o.sHi
		} else if m, ok := s.subjectOf(lo, L); ok {
			r.sLo, r.sHi = m.Lo, m.Hi
		} else {
			return r, false
		}
		if q := s.particlesEnd(c, p, hiEff); q > p {
			r.cueHi, p = q, q // "... and called for ...", "... and pointed to ..."
		}
		if s.w(L) == "who" && s.objectThenSay(p, hiEff) {
			return r, false // "Those who know him say ...": the clause is the subject's, "say" the cue
		}
		if w := s.w(p); (w == "during" || w == "at" || w == "in" || w == "on") && !s.t.Tokens[p].Quoted && !s.hasWord(p, min(hiEff, p+8), "that") {
			return r, false // "Residents who spoke during the public comment period were split": when and where, nothing reported
		}
		r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
		if cls&cueAtt != 0 {
			r.cHi = s.attEnd(p, r.cHi, c)
		}
		if (s.w(L) == "who" || s.w(L) == "which") && L > lo && s.w(L-1) == "," && s.kind(p) != sentence.OpenQuote {
			// "Cruz, who has called for X, spoke": the relative clause
			// ends at its closing comma
			r.cHi = s.cutAtComma(p, r.cHi)
		}
		if s.w(L) == "who" && s.restrictiveHead(lo, L) {
			// "anyone who believes the fight is over has not been paying
			// attention": the subject's clause ends where the main verb
			// comes after the content's own
			own := false
			for j := p + 1; j < r.cHi; j++ {
				if v := s.w(j); !s.t.Tokens[j].Quoted && (auxWord(v) || pastVerb(v)) {
					e := j // a past verb is the content's whole verb group: "the plan failed were ignored"
					if auxWord(v) {
						e = j + 1
						for e < r.cHi && (auxWord(s.w(e)) || s.w(e) == "not" || s.w(e) == "be" || s.w(e) == "been" || s.w(e) == "being") {
							e++ // past the content's own verb group: "could not be done"
						}
					}
					r.cHi = s.mainVerbCut(e+1, r.cHi)
					if r.cHi-1 > e && r.cHi < hiEff && mainClauseTimes[s.w(r.cHi-1)] && (pastVerb(s.w(r.cHi)) || irregularPast[s.w(r.cHi)]) {
						r.cHi-- // "... had gone missing later apologized": the adverb is the main clause's
					}
					own = true
					break
				}
			}
			if !own && p+2 < r.cHi {
				r.cHi = s.mainVerbCut(p+2, r.cHi) // "Critics who say the new rules favor developers have been ignored": a present verb, the main clause's after it
			}
		}
		return r, r.cHi > r.cLo
	}
	if L > lo && s.w(L) == "," && !s.t.Tokens[L].Quoted && pastVerb(s.w(c)) && c+1 < hiEff && s.w(c+1) != "by" && s.verbSeriesEnd(c+1, hiEff) {
		// "he has suggested that voting is rigged, threatened to sue ...,
		// and promised ...": a verb of the series whose content the
		// previous attribution's ended at the comma, with its subject
		if o, ok := s.prevInSentence(c); ok && o.cHi == L && o.sLo >= 0 && o.sHi <= o.cueLo {
			p := s.skipAfterCue(c+1, hiEff, cls)
			if p >= hiEff || s.kind(p) != sentence.Word && s.kind(p) != sentence.OpenQuote || s.badOpening(p) || cls&cueWeak != 0 && s.w(p) != "that" {
				return r, false
			}
			r.sLo, r.sHi = o.sLo, o.sHi
			r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
			if cls&cueAtt != 0 {
				r.cHi = s.attEnd(p, r.cHi, c)
			}
			return r, r.cHi > r.cLo
		}
	}
	if L-1 > lo && s.w(L) == "that" && sourceNouns[s.t.Lower(L-1)] && !s.t.Tokens[L].Quoted && cls&cueCtl == 0 {
		// "a new report that warns the crisis has spread": the relative
		// clause of a document, which speaks in it
		p := s.skipAfterCue(c+1, hiEff, cls)
		if nLo := s.extendLeft(lo, L-1); nLo >= lo && nLo < L && p < hiEff && s.kind(p) == sentence.Word && !s.badOpening(p) && (cls&cueWeak == 0 || s.w(p) == "that") {
			r.sLo, r.sHi = nLo, L
			r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
			if cls&cueAtt != 0 {
				r.cHi = s.attEnd(p, r.cHi, c)
			}
			return r, r.cHi > r.cLo
		}
	}
	partitive := L-2 >= lo && objPronouns[s.w(L)] && s.w(L-1) == "of" && partitiveHeads[s.t.Lower(L-2)] // "one of them said"
	if L >= lo && (s.kind(L) == sentence.Word || s.percentAt(lo, L)) && !s.t.Tokens[L].Quoted && (!npStop[s.t.Lower(L)] || s.nameWord(L) || s.wordName(L) || partitive) && (!objPronouns[s.w(L)] || partitive || s.objectInSubject(lo, L)) {
		// SPEAKER CUE ...
		nLo := s.extendLeft(lo, L)
		if nLo >= lo && nLo+1 < L && (s.w(nLo) == "Even" || s.w(nLo) == "even") && !s.t.Tokens[nLo].Quoted {
			nLo++ // "Even some of the envoy’s defenders privately worry": the subject after its focus
		}
		if partitive {
			nLo = L - 2 // "“...,” one of them said": one of those the story has just named
		}
		if objPronouns[s.w(L)] && !partitive {
			nLo = s.tieStart(lo, L) // "Those who know him say"
		}
		if k := s.restrictiveWho(lo, nLo); k >= 0 {
			nLo = s.extendLeft(lo, k) // "Residents who returned to the southern town of Khiam said"
		}
		if sayForms[s.w(c)] && nLo >= 0 {
			nLo = s.gapRelativeSubject(nLo, L) // "a position his aides say he will not revisit": the aides say it
		}
		if s.ledeParticiple(lo, nLo, L) >= 0 {
			// the whole opening noun phrase with its participle phrase is
			// the subject, as in the first sentence of a crime report: "The
			// family of a man killed in a hit-and-run in [Bolton] have
			// described", "Detectives investigating the fatal stabbing of
			// a 16-year-old boy in [south London] have vowed"
			nLo = lo
		}
		if m, ok := s.ents.MentionAt(L); ok && nLo >= 0 && m.Lo < nLo && m.Lo >= lo {
			nLo = s.extendLeft(lo, m.Lo) // a name with a nickname in quotation marks: Ernesto “Boy” Villaruel
		}
		if nLo >= 0 && nLo < L && (leadPreps[s.w(nLo)] || askedForms[s.w(nLo)] || nLo > lo && (leadPreps[s.w(lo)] || askedForms[s.w(lo)]) && !s.hasWord(lo, nLo, ",")) {
			// "Under cross-examination by Ms Holt, the warden accepted",
			// "Asked whether he would still vote for Voss, the senator
			// said": the fronted phrase ends at its comma, the subject
			// follows
			for k := L - 1; k > nLo; k-- {
				if s.w(k) == "," && !s.t.Tokens[k].Quoted {
					nLo = k + 1
					break
				}
			}
		}
		sourced := false // a finding's subject found by its source noun
		if nLo > lo && evidenceVerbs[s.w(c)] && !s.frontedSub(lo, nLo) {
			if k := s.sourceNounBack(lo, nLo); k >= 0 && k < nLo && !s.hasWord(k, nLo, ",") && s.participleBetween(k, nLo) {
				nLo, sourced = k, true // "Figures published by Public Health Scotland yesterday show ...": the figures show
			}
		}
		if nLo >= 0 && cls&cueWeak != 0 && !s.t.Tokens[nLo].Quoted && !sourced && s.lowerOpener(nLo) {
			return r, false // "senators up for re-election in swing states", "what happens in the early voting states": a noun
		}
		if nLo < 0 || cls&cueWeak != 0 && subjectPreps[s.w(nLo)] && !s.t.Tokens[nLo].Quoted {
			return r, false // "11% of Democratic claims": a noun, its subject would open with a preposition
		}
		r.sLo, r.sHi = nLo, sEnd
		b := nLo - 1 // token before the subject
		p := s.skipAfterCue(c+1, hiEff, cls)
		afterComma := p < hiEff && s.w(p) == ","
		q := p
		if q < hiEff && (s.w(q) == "," || s.w(q) == ":") {
			q++
		}
		quoteNext := q < hiEff && s.kind(q) == sentence.OpenQuote
		if nLo-3 > lo && s.w(nLo-1) == "and" && s.w(nLo-3) == "," && s.pluralHead(nLo-2) && s.pluralHead(sEnd-1) && (q >= hiEff || cls&cueTell != 0 && q+2 >= hiEff) {
			// "The district will close 12 schools, teachers and union
			// officials said.": two groups ending the sentence after the
			// content, which the subject's walk left out as a list's end
			nLo, b = nLo-2, nLo-3
			r.sLo = nLo
		}
		if nLo == lo && lo > 0 && s.kind(lo-1) == sentence.CloseQuote && !s.used[lo-1] && s.t.Tokens[lo-1].Para == s.t.Tokens[lo].Para && s.plainCue(s.t.Lower(c)) && s.w(c-1) != "to" && q == c+1 && q < hiEff && writersClause[s.w(q)] && !s.hasWord(q, hiEff, "that") && !s.hasQuote(q, min(hiEff, q+8)) {
			// "“Too forced?” He tweeted when Clinton ended a debate ...":
			// the quotation the sentence before ended with, and a clause of
			// the writer's after the cue
			if r2, ok := s.leftContent(r, lo, lo-1, c+1); ok {
				return r2, true
			}
		}
		if cls&cueWeak != 0 && q < hiEff && !quoteNext && s.w(q) != "that" && afterComma && p > c+1 {
			// "ads in swing states this week, officials said": a plural
			// noun, not a verb
			return r, false
		}
		bQuote := b >= lo && s.kind(b) == sentence.CloseQuote
		bComma := b >= lo && (s.w(b) == "," || s.w(b) == "—" || s.w(b) == "--")
		if e := s.phraseClosingEnd(phrasal[s.t.Lower(c)], c+1, hiEff); bQuote && cls&cueAtt != 0 && (quoteAttitudes[s.w(c)] || speechManner[s.w(c)] || cls&cuePhrasal != 0 && e > c+1) {
			// "“..., ” he vowed.", "“...,” Bozell points out.": after a
			// quotation these report speech
			cls &^= cueAtt
			if cls&cuePhrasal != 0 && e > c+1 {
				cls &^= cuePhrasal
				r.cueHi = e
			}
		}
		if cls&cueAtt != 0 && bComma && !bQuote && asideBeliefs[s.w(c)] && (q >= hiEff || afterComma) && b-1 >= lo && s.kind(b-1) == sentence.Word && (s.namedSubject(nLo, sEnd) || s.pluralSubject(nLo, sEnd) || s.personSubject(nLo, sEnd)) && (s.leftIsWhole(lo, b) || afterComma && s.hasFinite(q, hiEff)) {
			// "Such a move could alienate his backers, Clinton allies
			// believe", "Such efforts, they believe, will ...": a belief
			// reported after its content or around it, as speech is
			cls &^= cueAtt
		}
		if cls&cueAtt != 0 {
			if bQuote || q >= hiEff || s.kind(q) == sentence.Punct || s.words(q, hiEff) < 2 && !s.nameObject(q, hiEff) && !s.demonstrativeObject(c, q, hiEff) {
				return r, false
			}
			if start, sLo, ok := s.gapSubject(lo, b, nLo, sEnd, q); ok {
				r.sLo = sLo
				r.cLo, r.cHi = start, s.gapEnd(lo, start, q, hiEff) // "a step they believe could help ..."
				return r, true
			}
			if open := s.namedAs(c, hiEff); open > c && !(s.saidBefore(c) && (pronouns[s.w(c-1)] != 0 || s.saidAround(c))) {
				// the words quoted are what the subject said of the thing
				// named before it (unless the sentence reports speech
				// already: ‘she said there would be no turning back on the
				// reform, which she described as “indispensable”’ is one
				// statement)
				if b >= lo && (relObject[s.t.Lower(b)] || s.t.Lower(b) == "that" && b > lo && s.kind(b-1) == sentence.Word && !sayForms[s.w(b-1)]) {
					// "the decision, which the director described as “...”",
					// "an explosion that the mayor described as “...”": with
					// the object gone, "that" is a relative pronoun
					return s.namedContent(r, open)
				}
				if start := s.namerStart(nLo, sEnd, c); start > nLo {
					// "..., a move Cabinet spokesman Hany Mahrous described
					// as “painful but unavoidable”"
					r.sLo, r.sHi = start, c
					return s.namedContent(r, open)
				}
				for k := c - 3; k > nLo && k >= c-8; k-- {
					if determiners[s.t.Lower(k)] && !s.t.Tokens[k].Quoted {
						if start := s.namerStart(k, sEnd, c); start > k {
							// "He made a charge critics dismissed as “laughable.”"
							r.sLo, r.sHi = start, c
							return s.namedContent(r, open)
						}
						break
					}
				}
			}
			if b >= lo && relObject[s.t.Lower(b)] {
				return r, false // "what lawmakers called ..."
			}
			if !s.namedSubject(nLo, sEnd) && !(determiners[s.t.Lower(nLo)] && (sEnd-nLo <= 5 || sEnd-nLo <= 7 && s.hasWord(nLo, sEnd, "of")) && sEnd-nLo >= 2) && !s.capSubject(nLo, sEnd) && !s.pluralSubject(nLo, sEnd) && !s.quantifierSubject(lo, nLo, sEnd) && !(s.shareSubject(nLo, sEnd) && q == c+1) && !s.ofPluralHead(nLo, sEnd-1) && !s.pluralAgentHead(nLo, sEnd-1) && !s.quotesAnother(c, hiEff) {
				return r, false // ("Sources close to the club insist ..." holds: a group that knows)
			}
			if q == c+1 && q+1 < hiEff && isAdverb(s.w(q)) && particles[s.w(q+1)] {
				q++ // "spoke emotionally of"
			}
			if e := s.citedAsSaying(c, hiEff); e > 0 {
				r.cueHi, q = e, e // "cited unnamed officials as saying"
			} else if ps, ok := phrasal[s.t.Lower(c)]; ok {
				// "pointed out that", "railed against", "weighed in on"
				e := s.cuePhraseEnd(ps, c, c+1, hiEff)
				if e < 0 {
					return r, false
				}
				r.cueHi, q = e, e
				if q+2 < hiEff && s.w(q) == "on" && timeWords[s.w(q+1)] {
					q += 2 // "was quoted as saying on Sunday that"
				}
			} else if s.particleAfter(c, q) && q <= c+2 && !(q+1 < hiEff && timeWords[s.w(q+1)]) {
				r.cueHi = q + 1
				q++
			} else if needsParticle[s.w(c)] || cls&cuePhrasal != 0 {
				return r, false // "fired the staffer", not "fired back at"
			} else if q+2 < hiEff && s.w(q) == "on" && timeWords[s.w(q+1)] {
				q = s.afterDayPhrase(c, q, hiEff) // "agreed on Monday to buy": the day, not a particle
			}
			if q >= s.n {
				return r, false // the text ends after the particle: "shared widely on"
			}
			if s.badOpening(q) || attBadStart[s.w(q)] || (coordAux[s.w(q)] || modals[s.w(q)]) && pronouns[s.w(q)] == 0 && !s.t.Tokens[q].Quoted {
				return r, false // "Voting rights advocates have expressed": a noun, not a cue
			}
			if likenVerbs[s.w(c)] {
				// "likened the rules to “burning the Constitution”"
				for k := q + 1; k+1 < hiEff && k < q+10; k++ {
					if s.w(k) == "to" && !s.t.Tokens[k].Quoted {
						r.cueHi, q = k+1, k+1
						break
					}
					if s.kind(k) != sentence.Word {
						break
					}
				}
			}
			q = s.chargeStart(c, q, hiEff)
			r.cLo, r.cHi = q, s.attEnd(q, s.contentEnd(q, hiEff), c)
			if b >= lo && subordinators[s.t.Lower(b)] {
				r.cHi = s.cutAtComma(q, r.cHi)
			} else if s.frontedSub(lo, nLo) {
				r.cHi = s.cutAtClause(q, r.cHi)
			}
			return r, true
		}
		if bQuote && s.match[b] >= 0 && s.words(max(int(s.match[b]), b-10), b) < 5 && q < hiEff && s.words(q, hiEff) >= 2 && s.leftStart(lo, b) < int(max(s.match[b], 0)) && (s.kind(int(s.match[b])-1) == sentence.Word || s.w(q) == "that" || s.words(q, hiEff) >= 4) {
			// a short quoted title before the subject: "On “Fox News Sunday,” Pence said ..."
			// (not a quotation after a phrase and its comma: "Because of
			// that, “she does need him,” Kunin said of Sanders.")
			bQuote = false
		}
		if q >= hiEff && bComma && !bQuote {
			if r, ok := s.paragraphAfterColon(r, sen); ok {
				return r, true // "Recalling his tenure, Lodhi said:" and the next paragraph, not the phrase before
			}
		}
		if cls&cueWeak != 0 && (bQuote || bComma) && !s.namedSubject(nLo, sEnd) && !s.sourceNoun(nLo, sEnd) && !s.capSubject(nLo, sEnd) && !determiners[s.t.Lower(nLo)] && !possessivePronouns[s.t.Lower(nLo)] {
			return r, false // "contests in smaller, whiter states, but ...": a noun after the comma
		}
		if bComma && afterComma && !quoteNext && p+1 < hiEff && s.kind(p+1) == sentence.Word && (sayForms[s.w(p+1)] || s.cueMap[s.w(p+1)]&cueTell != 0) && !s.t.Tokens[p+1].Quoted && b > lo && (s.namedSubject(s.leftStart(lo, b), b) || s.sourceNoun(s.leftStart(lo, b), b)) {
			// "Severnmoor, he says, told him the fish kill ...": the clause
			// has a reporting verb of its own, whose subject is the one who
			// spoke; the parenthetical only vouches for it
			return r, false
		}
		switch {
		case bQuote:
			return s.leftContent(r, lo, b, c+1)
		case bComma && afterComma && !quoteNext && b > lo && (s.timeAdjunct(p+1, hiEff) || s.writersPhrase(p+1, hiEff) && s.leftIsWhole(lo, b) && !(sequenceWords[s.t.Lower(p+1)] && s.futureIn(s.leftStart(lo, b), b))) && s.leftIsClause(lo, b):
			// "X, a spokesman said on Wednesday, a day after aircraft
			// struck Iraq", "X, local officials said on Monday, in one of
			// the deadliest assaults this year": the writer's phrase, X is
			// whole
			return s.leftContent(r, lo, b, c+1)
		case bComma && afterComma && !quoteNext && b > lo && p+2 < hiEff && (s.w(p+1) == "and" || s.w(p+1) == "but") && (s.newSpeaker(p+2) || s.raisedAhead(p+2, hiEff)):
			// "X, Kellerman added, and she wants Republicans to ...": a
			// new attribution follows, not the rest of X (also "X, Orion
			// said, but the parts are not expected to be available ...")
			return s.leftContent(r, lo, b, c+1)
		case bComma && afterComma && !quoteNext && b > lo && p+1 < hiEff && !clauseCut[s.w(p+1)] && s.w(p+1) != "with" && s.w(p+1) != "while" && !(s.w(p+1) == "even" && p+3 < hiEff && s.w(p+2) == "as" && !measureAs[s.w(p+3)]) && s.w(p+1) != "compared" && s.cueMap[s.w(p+1)]&cueIng == 0 && (!strings.HasSuffix(s.w(p+1), "ing") || s.finiteSoon(p+2, hiEff)):
			// (an -ing word after the attribution opens a participle
			// clause of the writer's, unless a verb follows it soon: a
			// gerund subject, "..., he said, replacing Clinton would be
			// much more acrimonious")
			// parenthetical: "X, he said, Y." (but not "X, the poll found,
			// compared with Z" or "X, two aides said, even as Z": the
			// comparison and the contrast are the writer's)
			r.cLo, r.cHi = s.leftStart(lo, b), s.contentEnd(p+1, hiEff)
			if b-1 > lo && (s.w(b-1) == "which" || s.w(b-1) == "who") && !s.t.Tokens[b-1].Quoted {
				r.cLo = b - 1 // "the stadium, which, Tompkins said, is usually full"
			}
			return r, true
		case bComma && (q >= hiEff || afterComma && !quoteNext):
			return s.leftContent(r, lo, b, c+1)
		case bComma && !quoteNext && q+1 < hiEff && !s.hasWord(q, hiEff, "that") && !s.hasQuote(q, hiEff) && !passiveAux[s.w(c-1)] && s.leftIsClause(lo, b) &&
			(circumstancePreps[s.w(q)] && (determiners[s.t.Lower(q+1)] || possessivePronouns[s.w(q+1)]) || (s.w(c) == "told" || s.w(c) == "tells") && !s.hasFinite(q, hiEff)):
			// "..., the ministry said in an updated toll released shortly
			// after midday", "..., the company told staff Tuesday morning
			// in an internal memo": where and how it was said, the content
			// before
			return s.leftContent(r, lo, b, c+1)
		case bComma && cls&cueTell != 0 && b-1 >= lo && s.kind(b-1) == sentence.CloseQuote && !s.hasWord(p, hiEff, "that") && s.kind(p) != sentence.OpenQuote:
			// "“...”, Rathke told the regular government press conference":
			// the quotation before is what was told, the object the audience
			return s.leftContent(r, lo, b, c+1)
		}
		if sayForms[s.w(c)] && q < hiEff && s.w(q) == "of" {
			// "says of Clinton, “If she ...”", "said of gay couples: “...”"
			for k := q + 1; k+1 < hiEff && k < q+6; k++ {
				if (s.w(k) == "," || s.w(k) == ":") && s.kind(k+1) == sentence.OpenQuote {
					q = k + 1
					quoteNext = true
					break
				}
			}
		}
		if q == c+1 && q+2 < hiEff && s.w(q) == "on" && timeWords[s.w(q+1)] && !sayForms[s.w(c)] {
			q = s.afterDayPhrase(c, q, hiEff)
		} else if q == c+1 && q+1 < hiEff && s.particleAfter(c, q) && !sayForms[s.w(c)] {
			r.cueHi = q + 1 // "complained about", "warned against", "ruled out"
			q++
		}
		if q < hiEff && s.words(q, hiEff) >= 1 {
			if cls&cueWeak != 0 && q == c+1 && (s.w(q) == "for" || s.w(q) == "on") && q+1 < hiEff && (s.namedSubject(nLo, sEnd) || determiners[s.t.Lower(nLo)]) {
				r.cueHi = q + 1 // "calls for", "calls on"
				r.cLo, r.cHi = q+1, s.contentEnd(q+1, hiEff)
				return r, true
			}
			if start, sLo, ok := s.gapSubject(lo, b, nLo, sEnd, q); ok {
				r.sLo = sLo
				r.cLo, r.cHi = start, s.gapEnd(lo, start, q, hiEff) // "a plan Trump says will create jobs"
				return r, true
			}
			if k := s.relativeInSubject(nLo, sEnd, q); k > nLo {
				nLo, b = k+1, k // "a strike that union leaders said could last weeks": the relative clause's subject
				r.sLo = nLo
			}
			if b >= lo && gapRel[s.t.Lower(b)] && !s.t.Tokens[b].Quoted && (beForms[s.w(q)] || s.w(q) == "was" || s.w(q) == "were" || s.w(q) == "is" || s.w(q) == "are" || modals[s.w(q)] && pronouns[s.w(q)] == 0) {
				// "which he said were accompanied by ...", "what the
				// senators said was economic gerrymandering": the relative
				// clause, its pronoun and attribution inside, is the content
				r.cLo, r.cHi = b, s.gapEnd(lo, b, q, hiEff)
				return r, true
			}
			if b >= lo && s.t.Lower(b) == "what" && !s.t.Tokens[b].Quoted && s.kind(q) == sentence.Word && !s.badOpening(q) {
				// "the gap between what Trump says his tax plan would do,
				// and ...": a free relative, up to its comma
				r.cLo, r.cHi = b, s.cutAtComma(q, s.contentEnd(q, hiEff))
				return r, true
			}
			weakOK := cls&cueWeak == 0 || (s.namedSubject(nLo, sEnd) || s.sourceNoun(nLo, sEnd) || s.roleSubject(nLo, sEnd)) && (s.w(q) == "that" || quoteNext) || s.roleSubject(nLo, sEnd) && s.bareClause(q, hiEff) || (s.sourceNoun(nLo, sEnd) || s.personSubject(nLo, sEnd)) && !attBadStart[s.w(q)] ||
				s.bodySubject(nLo, sEnd) && (s.w(q) == "that" || s.w(q) == "to" && q+1 < hiEff && s.kind(q+1) == sentence.Word && !determiners[s.t.Lower(q+1)] ||
					subjectPronouns[s.w(q)] && q+1 < hiEff && (modals[s.w(q+1)] || auxWord(s.w(q+1)))) // "The city's health department estimates it would take ..."
			if !weakOK && evidenceVerbs[s.w(c)] && !s.badOpening(q) && !attBadStart[s.w(q)] {
				// "The latest Reuters/Ipsos opinion poll released Friday
				// shows that ...": a source noun heads a long subject
				if k := s.sourceNounBack(lo, nLo); k >= 0 {
					r.sLo, weakOK = k, true
				}
			}
			if !weakOK && (findForms[s.w(c)] || s.w(c) == "held" || s.w(c) == "holds") && s.w(q) == "that" && s.thatClause(q, hiEff) && s.describedSubject(nLo, sEnd) && (nLo == lo || s.kind(nLo-1) != sentence.Word || subordinators[s.t.Lower(nLo-1)]) {
				weakOK = true // "The panel found that ...", "Investigators found that ...", "the justices held that ..."
			}
			if s.badOpening(q) || !weakOK || !s.thatOnlyFits(c, q, hiEff) {
				return r, false
			}
			r.cLo, r.cHi = q, s.contentEnd(q, hiEff)
			if s.frontedSub(lo, nLo) {
				r.cHi = s.cutAtClause(q, r.cHi)
			}
			if cls&cueAtt == 0 && !clauseCues[s.w(c)] {
				r.cHi = s.objectVerbPhraseEnd(q, r.cHi)
				if namingCues[s.w(c)] && s.hasQuote(q, r.cHi) && !s.hasFinite(q, r.cHi) {
					r.cHi = s.npObjectEnd(q, r.cHi, c) // "called Clinton a “disgrace” on Wednesday"
				}
			}
			return r, true
		}
		if q >= hiEff {
			if r, ok := s.paragraphAfterColon(r, sen); ok {
				return r, true
			}
		}
		if b >= lo {
			return s.leftContent(r, lo, b, c+1)
		}
		return r, false
	}
	if L > lo && s.w(L) == "," && cls&cueWeak == 0 && s.unstopped(sen) {
		if v := s.headlineVerb(lo, L); v > lo {
			// a headline's second verb shares the first one's subject:
			// "US peace envoy meets Taliban negotiators in Doha, says
			// dialogue must begin"
			if p := s.skipAfterCue(c+1, hiEff, cls); p < hiEff && s.kind(p) == sentence.Word && !s.badOpening(p) && s.hasFinite(p, hiEff) {
				// (a clause after the cue, not its inverted speaker:
				// "Inflation hits a 40-year high, says ONS")
				r.sLo, r.sHi = lo, v
				r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
				return r, true
			}
		}
	}
	// CONTENT, CUE SPEAKER (inverted): "..., said Caddell."
	if L >= lo && (s.w(L) == "," || s.kind(L) == sentence.CloseQuote) {
		R := c + 1
		for R < hiEff && afterCue[s.w(R)] && !prepositions[s.w(R)] && R < c+3 {
			R++
		}
		if sLo := s.afterDateline(lo, L); s.relativeSubject(sLo, L) && !s.speakerAt(R, hiEff) {
			// "Donna Rawlings, 59, who watched the ceremony, said the
			// event ...": the named subject and its relative clause stand
			// before the cue, the content follows it (after a label:
			// "THE SWING VOTE — Sen. Janelle Pryce (D-Ariz.), who ...")
			p := s.skipAfterCue(c+1, hiEff, cls)
			if p < hiEff && (s.kind(p) == sentence.Word || s.kind(p) == sentence.OpenQuote) && !s.badOpening(p) && (cls&cueWeak == 0 || s.w(p) == "that") && cls&cueAtt == 0 {
				r.sLo, r.sHi = sLo, L
				r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
				return r, r.cHi > r.cLo
			}
		}
		if s.insideContent(c, L) && cls&cueAtt == 0 && !sayForms[s.w(c)] {
			return r, false // a verb of the reported clause, after an apposition inside it
		}
		e0 := s.extendRight(R, hiEff)
		tail := s.sourceTail(R, e0, hiEff)
		namedTail := tail > e0 && s.w(e0) == "," // "..., said his daughter, Renee Vance."
		nHi := s.occasionAfterName(R, tail)
		// right after a quotation the speaker may trail a phrase or a
		// clause ("“...,” said the aide to the president.", "“...,” said
		// Sanders as he closed out."), and "asked" or "warned" inverts
		// like "said" ("“...?” asked Sen. Maria Cantwell.")
		afterQuote := s.kind(L) == sentence.CloseQuote || s.w(L) == "," && L > lo && s.kind(L-1) == sentence.CloseQuote
		// ("The complaint, a copy of which ..., says the inspector, Daniel
		// Mercado, was told ..." has the content's subject after the cue,
		// its verb after the apposition; a parenthetical attribution may
		// stand inside a clause: "The fair's rulebook, said head judge
		// Loretta Simms, does not allow ...")
		subjectAfter := (s.w(L) != "," || s.partRelative(lo, L) > lo || s.relativeComma(lo, L) > lo || s.participleAside(lo, L)) && nHi+1 < hiEff && s.w(nHi) == "," && auxWord(s.w(nHi+1)) && !s.t.Tokens[nHi+1].Quoted
		// (also a relative clause closing the sentence after the speaker:
		// "..., said two people briefed on the talks who were not
		// authorized to speak publicly.")
		ends := s.npEnds(nHi, hiEff) && !subjectAfter || nHi+2 < hiEff && s.w(nHi) == "who" && !s.t.Tokens[nHi].Quoted && cls&(cueAtt|cueWeak) == 0 && s.w(L) == "," && !s.hasWord(nHi, hiEff, ",") || afterQuote && cls&(cueAtt|cueWeak) == 0 && nHi < hiEff && trailAfterSpeaker[s.w(nHi)] && !s.t.Tokens[nHi].Quoted
		tell := cls&cueTell != 0 && !(afterQuote && invertedTell[s.w(c)] && s.npEnds(nHi, hiEff))
		if nHi <= R || !ends || s.clauseInside(R, nHi) || !s.invertedStart(R) && !((afterQuote || namedTail) && possessivePronouns[s.w(R)]) || pronouns[s.w(R)] != 0 && nHi-R > 1 || tell || noInversion[s.w(c)] && !(evidenceVerbs[s.w(c)] && s.sourceNoun(R, nHi)) || cls&cueAtt != 0 && !invertedAtt[s.w(c)] || s.namedBeforeComma(lo, L) || s.asideBefore(lo, L) || s.openingSubject(lo, L) >= 0 || c > lo && (s.w(c-1) == "has" || s.w(c-1) == "have" || s.w(c-1) == "had" || modals[s.w(c-1)]) {
			// ", said he cannot ..." is not an inverted attribution; try an
			// apposition subject: "Phil Lovas, the chairman, said he ..."
			a := L - 1 // the apposition's last word, before an acronym in brackets: "the World Food Programme (WFP), said"
			if a-2 > lo && s.w(a) == ")" && s.w(a-2) == "(" && s.kind(a-1) == sentence.Word {
				a -= 3
			}
			comma := s.w(L) == ","
			if !comma && s.scareQuoteEnd(lo, L) {
				a, comma = int(s.match[L])-1, true // "Ellen Marsh, a “lifelong Democrat,” said": the apposition's comma inside the quotation marks
			}
			if comma && a > lo && (s.kind(a) == sentence.Word || s.w(a) == "." && s.kind(a-1) == sentence.Word) {
				nLo := s.extendLeft(lo, a)
				// "Mr. Obama, who understood that a push would be fruitless,
				// told ...", "Clinton, like Obama, has encouraged ...": the
				// subject is before the clause the commas enclose
				c1 := a
				for c1 > lo && c1 > L-30 && s.w(c1) != "," && !s.t.Tokens[c1].Quoted {
					c1--
				}
				if c1 > lo && c1 < nLo && s.w(c1) == "," && (encloseStart[s.w(c1+1)] || ingClause(s.w(c1+1)) || s.passiveAside(c1+1)) {
					e := c1 - 1
					if e-2 > lo && s.w(e) == ")" && s.w(e-2) == "(" {
						e -= 3 // "the Tehreek-e-Nijat Kharistan (TNK), in a statement ..., said"
					}
					if s.kind(e) == sentence.Word {
						if q := s.extendLeft(lo, e); q >= 0 && q < c1 {
							nLo = q
						}
					}
				}
				// "X, which represents Y, said" / "X, speaking to Y, said":
				// the subject is before the relative or participle clause
				if k := s.relativeComma(lo, nLo); k > lo {
					nLo = s.extendLeft(lo, k-1) // also "Israel, which has long opposed the deal, has not ruled out"
				} else if k := s.partRelative(lo, nLo); k > lo {
					nLo = s.extendLeft(lo, k-1) // "Relatives of the hostages, some of whom have traveled to Ras Nadir, said"
				} else if nLo >= 0 {
					for k := nLo - 1; k > lo && k >= nLo-12; k-- {
						if s.w(k) == "," {
							w := s.w(k + 1)
							if (w == "while" || w == "when" || w == "also" || w == "first") && k+2 < nLo {
								w = s.w(k + 2) // "X, while speaking with journalists at ..., said", "X, also published on Thursday, said"
							}
							if (len(w) > 4 && strings.HasSuffix(w, "ing") || asideParticiples[w]) && k-1 >= lo && s.kind(k-1) == sentence.Word {
								nLo = s.extendLeft(lo, k-1)
							} else if isCapWord(w) && k+2 < L && s.w(k+2) == "." && k-6 > lo {
								continue // a state after its city: "speaking in Mississauga, Ont., said"
							}
							break
						}
					}
				}
				if o := s.openingSubject(lo, L); o >= 0 && o < nLo {
					nLo = o // "Judge Brett M. Kavanaugh, President Trump's nominee to the Supreme Court, denied"
				}
				if nLo-1 > lo && s.kind(nLo-1) == sentence.CloseQuote && s.w(nLo-2) != "," {
					// a scare quote inside the phrase: "Margaret Hale, a
					// “reluctant” supporter of the cuts, said"
					if o := int(s.match[nLo-1]); o-1 > lo && nLo-1-o <= 4 && s.kind(o-1) == sentence.Word {
						if q := s.extendLeft(lo, o-1); q >= lo && q <= o-1 {
							nLo = q
						}
					}
				}
				ap := nLo // the apposition's article, after an adverb of time: "Lee Mallinson, now a BBC pundit,"
				if ap >= 0 && ap+1 < L && (s.w(ap) == "now" || s.w(ap) == "formerly" || s.w(ap) == "once" || s.w(ap) == "still") {
					ap++
				}
				if nLo >= 0 && nLo > lo && s.w(nLo-1) == "," && !s.trailingSource(lo, nLo, L) && (!s.namedSubject(nLo, L) || s.possessedRole(ap, L) || determiners[s.w(ap)] || s.partyOf(nLo, L) || s.titleApposition(nLo, L-1) || s.titleApposition(nLo+1, L-1) && !isCapWord(s.w(nLo)) || s.bodyRole(nLo, L)) {
					if nLo-2 >= lo && (s.kind(nLo-2) == sentence.Word || s.w(nLo-2) == ")") {
						if q := s.extendLeft(lo, nLo-2); q >= 0 {
							nLo = q
						}
					}
				} else if d := s.roleBefore(lo, nLo); d >= 0 {
					nLo = d // "..., a spokeswoman, Anna White, said": the description is the speaker's
				}
				if nLo > lo && s.kind(nLo-1) == sentence.CloseQuote {
					// "“...,” Quina Jones, 25, said as she ..."
					r.sLo, r.sHi = nLo, L
					return s.leftContent(r, lo, nLo-1, c+1)
				}
				p := s.skipAfterCue(c+1, hiEff, cls)
				if quotingForms[s.w(c)] {
					if e := s.quotedAsSaying(c+1, hiEff); e > 0 {
						r.cueHi, p = e, e // "Jones, the treasurer, was quoted by the Gazette as saying"
					}
				}
				if p+1 < hiEff && (s.w(p) == "," || s.w(p) == ":") && s.kind(p+1) == sentence.OpenQuote {
					p++
				}
				if nLo >= 0 && p < hiEff && (s.kind(p) == sentence.Word || s.kind(p) == sentence.OpenQuote) && !s.badOpening(p) && (cls&cueWeak == 0 || s.w(p) == "that" || evidenceVerbs[s.w(c)] && s.sourceNoun(nLo, L)) {
					r.sLo, r.sHi = nLo, L
					// "X, executive director of AROS, called for ...",
					// "Drummond, a law professor, pointed out that ..."
					if q := s.particlesEnd(c, p, hiEff); q > p {
						r.cueHi, p = q, q
					}
					r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
					if cls&cueAtt != 0 || r.cueHi > c+1 {
						r.cHi = s.attEnd(p, r.cHi, c)
					} else if s.kind(p) == sentence.Word && !clauseStart[s.t.Lower(p)] && !s.hasFinite(p, r.cHi) {
						r.cHi = s.mediumCut(p, r.cHi) // "acknowledged the mistake in a statement Thursday"
					}
					return r, true
				}
				if nLo >= 0 && p >= hiEff {
					if r2, ok := s.paragraphAfterColon(r, sen); ok {
						// "Mrs Bisi Olatunji, who joined the protesters, told
						// The PUNCH:" and the next paragraph
						r2.sLo, r2.sHi = nLo, L
						return r2, true
					}
				}
				if nLo > lo && p >= hiEff && s.w(nLo-1) == "," {
					// "CONTENT, Gen. X, the former commander, has told The Times."
					if d := s.descriptionBefore(lo, nLo-1); d < nLo-1 {
						nLo = d // "CONTENT, his daughter, Marguerite Tate-Oyelaran, said."
					}
					r.sLo, r.sHi = nLo, L
					return s.leftContent(r, lo, nLo-1, c+1)
				}
				// "“...,” Michael McFaul, a senior fellow at X and a former
				// ambassador to Russia, said": a long apposition with its
				// own "and"; the name follows the closing quotation mark
				for k := L - 1; k > lo+1 && k > L-30; k-- {
					if s.w(k) != "," {
						continue
					}
					if m, ok := s.ents.MentionAt(k - 1); ok && m.Hi == k && m.Lo-1 >= lo && s.kind(m.Lo-1) == sentence.CloseQuote {
						if e := s.ents.Entities[m.Entity]; e.Type == entity.Person {
							r.sLo, r.sHi = m.Lo, L
							return s.leftContent(r, lo, m.Lo-1, c+1)
						}
					}
				}
			}
			return r, false
		}
		r.sLo, r.sHi = R, nHi
		if nHi-1 > R && isAdverb(s.w(nHi-1)) && !npAdjectives[s.w(nHi-1)] {
			r.sHi-- // "“Please leave,” asked the guard politely.": how, not who
		}
		if nHi+1 < hiEff && s.w(nHi) == "," && (s.lex.IsTitle(s.t.Lower(nHi-1)) || nHi-R == 2 && possessivePronouns[s.w(R)]) {
			// "said the chief executive, Gareth Pennock-Lowe.", "said her
			// mother, Lucia Castellanos.": the role's holder, or the
			// relative, is named in the apposition
			if m, ok := s.ents.MentionAt(nHi + 1); ok && m.Lo == nHi+1 && s.ents.Entities[m.Entity].Type == entity.Person && (m.Hi >= hiEff || s.w(m.Hi) == ",") {
				r.sHi = m.Hi
			}
		}
		if e := r.sHi; e+1 < hiEff && sayForms[s.w(c)] && s.w(e) == "," && s.w(L) == "," && L > s.leftStart(lo, L) && !s.leftIsWhole(lo, L) {
			if k, ok := s.resumes(e, hiEff); ok && k == e+1 {
				// "The fair's rulebook, said head judge Loretta Simms,
				// does not allow for a tie.": the clause goes on after
				// the inverted attribution
				r.cLo, r.cHi = s.leftStart(lo, L), s.contentEnd(k, hiEff)
				r.gLo, r.gHi = L, k
				return r, true
			}
		}
		return s.leftContent(r, lo, L, nHi)
	}
	// "...,” said X" where the quote ends the previous sentence
	if L < lo && lo > 0 && s.kind(lo-1) == sentence.CloseQuote {
		R := c + 1
		nHi := s.extendRight(R, hiEff)
		if nHi > R {
			r.sLo, r.sHi = R, nHi
			return s.leftContent(r, lo, lo-1, nHi)
		}
	}
	return r, false
}

// leftIsWhole reports whether the words before the comma at b hold a
// finite verb, so that they are a whole clause and what follows an
// inverted attribution after them is no more of it.
func (s *state) leftIsWhole(lo, b int) bool {
	return s.hasFinite(s.leftStart(lo, b), b)
}

// trailAfterSpeaker open a phrase or clause that may follow an inverted
// speaker at the end of the sentence: "said the aide to the president",
// "said Sanders as he closed out", "said Sen. Jim Whelan who represents
// Atlantic City", "said Chief Aaron Whitcomb at an evening briefing".
var trailAfterSpeaker = set(`to as who while when after before with at during in on`)

// writersClause open a clause of the writer's after a speaker and its
// cue: "He tweeted when Clinton ended a debate".
var writersClause = set(`as while when after before`)

// invertedAtt are the attitude cues that report speech and so invert like
// "said": "..., predicted Madeleine Kunin, the former governor."
var invertedAtt = set(`predicted mentioned questioned`)

// invertedTell are the cues of telling that also invert after a quotation:
// "“...?” asked Sen. Maria Cantwell."
var invertedTell = set(`asked warned cautioned urged`)

// asideBeliefs report a belief after its content or as an aside inside
// it: "..., Clinton allies believe", "Such efforts, they believe, will".
// (The plain forms "believes", "thinks", "hopes" ... are cues of speech
// already and need no such help.)
var asideBeliefs = set(`believe fear hope expect expects suspect suspected argue`)

// quoteAttitudes are attitude cues that also report the words of a
// quotation they follow: "“We will win,” he vowed."
var quoteAttitudes = set(`vowed pledged predicted proposed mocked touted hailed questioned recommended quoted mentioned
	ridiculed derided answered answers demanded ruled`)

// leadIns open a phrase of the writer's before a quotation and its comma
// ("Because of her weak support, “...”", "In his 2002 book, “...”"); a
// bare noun phrase ("The new rules, “frankly, are a disaster”") or a
// condition ("If the vote fails, “...”") is the speaker's.
var leadIns = set(`because in at on after before during with for from despite amid since as asked speaking of given under over throughout unlike like by`)

// paragraphAfterColon gives r the quotation that opens the paragraph after
// sentence sen when sen ends with a colon ("X said:"): a quotation in its
// marks, or a block quotation without them (the whole paragraph).
func (s *state) paragraphAfterColon(r raw, sen sentence.Range) (raw, bool) {
	last := sen.Hi - 1
	if last < 0 || s.w(last) != ":" || last+1 >= s.n || s.t.Tokens[last+1].Para != s.t.Tokens[last].Para+1 {
		return r, false
	}
	k := last + 1
	r.cLo = k
	if s.kind(k) == sentence.OpenQuote {
		r.cHi = s.runOn(k)
	} else {
		r.cHi = s.t.Paragraphs[s.t.Tokens[k].Para].Hi
		r.cHi = s.trimEnd(k, min(r.cHi, k+maxContent))
	}
	return r, r.cHi > r.cLo
}

// quotingForms quote or cite someone "as saying": the one quoted speaks.
var quotingForms = set(`quoted cited`)

// quotesAnother reports whether the cue at c quotes someone else "as
// saying" ("Local media quoted a police official as saying ..."): then
// who quotes needs no more than to be there.
func (s *state) quotesAnother(c, hi int) bool {
	if !quotingForms[s.w(c)] {
		return false
	}
	as, _ := s.quotedAs(c+1, hi)
	return as > c+1
}

// citedAsSaying returns where the content starts after "cited" at c with
// "X as saying" after it, or -1.
func (s *state) citedAsSaying(c, hi int) int {
	if s.t.Lower(c) != "cited" {
		return -1
	}
	return s.quotedAsSaying(c+1, hi)
}

// quotedAsSaying returns where the content starts after "quoted" when
// "as saying" ("as writing", "as telling X that") follows it within a few
// words that name where ("quoted by state media as saying"), or -1.
func (s *state) quotedAsSaying(k, hi int) int {
	_, e := s.quotedAs(k, hi)
	return e
}

// quotedAs returns the token "as" of "as saying" after "quoted" and where
// the content starts, or -1, -1.
func (s *state) quotedAs(k, hi int) (int, int) {
	for j := k; j+1 < hi && j < k+20; j++ {
		// (past an apposition: "quoted a spokesman for the Western
		// Theatre Command, Senior Colonel Zhang Shuili, as saying")
		if j > k && s.titleDot(j) {
			continue // a title's abbreviation: "Gen. Ri Chol Man"
		}
		if s.kind(j) != sentence.Word && s.w(j) != "," || s.t.Tokens[j].Quoted || j >= k+8 && !s.hasWord(k, j, ",") {
			return -1, -1
		}
		if s.w(j) != "as" {
			continue
		}
		switch s.w(j + 1) {
		case "saying", "writing":
			return j, j + 2
		case "telling":
			// past the one told: "as telling parliament that ...", "as
			// telling the delegation: “...”"
			for e := j + 2; e < hi && e < j+12 && !s.t.Tokens[e].Quoted; e++ {
				if s.w(e) == "that" {
					return j, e
				}
				if s.w(e) == ":" {
					return j, e + 1
				}
			}
		}
		return -1, -1
	}
	return -1, -1
}

// thatOnlyFits reports whether what follows the cue c at q suits it when
// the cue reports only before "that" or a quotation: a "that" opening a
// clause of its own, not "the bids submitted that year" nor "submitted
// that proposal". Any other cue fits.
func (s *state) thatOnlyFits(c, q, hi int) bool {
	if !thatOnly[s.w(c)] {
		return true
	}
	if s.w(q) == "that" {
		return s.thatClause(q, hi)
	}
	return s.kind(q) == sentence.OpenQuote || s.bareClause(q, hi)
}

// bareClause reports whether a clause without "that" opens at q: a short
// subject (a determiner's phrase, a pronoun, a name or a bare noun) and,
// within four words and before any relative pronoun, its finite verb
// ("maintains the contract was awarded fairly", "fears burnout is
// driving staff away"; not "maintained a lead that was ...").
func (s *state) bareClause(q, hi int) bool {
	if q >= hi || s.t.Tokens[q].Quoted || s.kind(q) != sentence.Word || npStop[s.t.Lower(q)] || prepositionLike[s.t.Lower(q)] {
		return false
	}
	for k := q + 1; k < hi && k <= q+4; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		if beForms[w] || w == "has" || w == "have" || w == "had" || modals[w] {
			return true
		}
		if relPron[w] || npStop[w] {
			return false
		}
	}
	return false
}

// reflexiveAfterSubject reports whether the reflexive at L follows its
// subject or the subject's auxiliary ("the PIM had itself promised",
// "The president himself said"), not a relative pronoun ("who had himself
// warned"), so that the subject is before it.
func (s *state) reflexiveAfterSubject(lo, L int) bool {
	return L > lo && reflexives[s.w(L)] && s.kind(L-1) == sentence.Word && !relPron[s.w(L-1)] && !(auxiliaries[s.w(L-1)] && L-2 >= lo && relPron[s.w(L-2)])
}

// restrictiveHead reports whether the word before the "who" at L heads
// the sentence's subject with a restrictive clause after it: "anyone who
// believes", "Critics who say", "Many residents who fear".
func (s *state) restrictiveHead(lo, L int) bool {
	if L <= lo {
		return false
	}
	h := s.t.Lower(L - 1)
	if anyoneWords[h] {
		return true
	}
	if !strings.HasSuffix(h, "s") || !crowdNouns[h] && !unnamedNouns[h] {
		return false
	}
	return L-1 == lo || L-2 == lo && determiners[s.t.Lower(lo)]
}

// anyoneWords head a subject that a restrictive "who" clause follows:
// "anyone who believes ... has not been paying attention".
var anyoneWords = set(`anyone anybody everyone everybody those someone somebody nobody people`)

// chargeStart returns where the charge of a judging cue at c starts when
// its object comes first ("accused the North's leader, Kim Jong Un, of
// ...", "praised X for ..."), skipping an apposition to the object
// ("accused Kasprzak, an appointee of a Democratic president, of ..."),
// or q, where the words after the cue start.
func (s *state) chargeStart(c, q, hi int) int {
	if !judgeVerbs[s.w(c)] {
		return q
	}
	aside := false
	for k := q + 1; k < hi && k < q+16 && s.kind(k) != sentence.OpenQuote; k++ {
		w := s.w(k)
		if w == "," && (aside || s.asideEndsFirst(k, min(hi, q+16))) {
			aside = !aside // (a list's comma opens no aside: "accused Smith, Jones and Brown of fraud")
			continue
		}
		if !aside && (w == "of" && accuseForms[s.w(c)] || w == "for" && !accuseForms[s.w(c)]) && k+1 < hi {
			return k // not "praised the internment of ..."
		}
		if w == "that" || w == "to" || w == "." || w == ";" || !aside && w == "and" && k+1 < hi && s.cueMap[s.w(k+1)]&cueVerb != 0 && pastVerb(s.w(k+1)) {
			break // (nor "criticized free-trade deals and called for tariffs": the next verb's "for")
		}
	}
	return q
}

// asideEndsFirst reports whether the comma at k opens an aside rather than
// a list: a relative clause or an indefinite apposition ("Kasprzak, an
// appointee of a Democratic president, of ..."), or words that another
// comma closes before any "and" or "or" (a list "Smith, Jones and Brown"
// reaches "and" first).
func (s *state) asideEndsFirst(k, hi int) bool {
	if k+1 < hi && (relPron[s.w(k+1)] || indefinites[s.w(k+1)]) {
		return true // ", which saw petrol sell for ...,", ", an appointee of ...,": an aside, whatever it holds
	}
	for j := k + 1; j < hi; j++ {
		switch s.w(j) {
		case ",":
			return true
		case "and", "or":
			return false
		}
	}
	return false
}

// thatClause reports whether the "that" at k opens a clause with its own
// subject and verb ("submitted that the search was unlawful"), not a
// determiner before a noun ("submitted that year", "submitted that
// proposal") nor a relative pronoun before a verb ("the bid submitted that
// met the rules").
func (s *state) thatClause(k, hi int) bool {
	if k+2 >= hi || s.kind(k+1) != sentence.Word {
		return false
	}
	w := s.w(k + 1)
	if timeWords[w] || timeUnits[w] || w == "day" || w == "time" || auxWord(w) || pastVerb(w) {
		return false
	}
	broken := false // past "and" or a comma a modal or a present verb may be another clause's: "held that seat since 2004 and remains popular"
	for j := k + 2; j < hi && j <= k+12; j++ {
		v := s.w(j)
		if v == ";" || v == ":" || s.t.Tokens[j].Quoted {
			return false
		}
		if v == "and" || v == "," {
			broken = true
		}
		if s.kind(j) == sentence.Word && (auxWord(v) || pastVerb(v) || !broken && (modals[v] || s.presentVerbAt(j))) {
			return true // (also the present: "held that the Second Amendment protects ...")
		}
	}
	return false
}

// namedBeforeComma reports whether the words [lo,L) before the comma at L
// end in a person's name and hold no verb: "The researcher, Hana
// Kurosawa-Bell, found the flaw" has its subject there, not a content
// that an inverted speaker after the verb would own.
func (s *state) namedBeforeComma(lo, L int) bool {
	if s.w(L) != "," || L-1 < lo {
		return false
	}
	if m, ok := s.ents.MentionAt(L - 1); ok && m.Hi == L && s.ents.Entities[m.Entity].Type == entity.Person && !s.clauseInside(lo, L) {
		return true
	}
	// "Stuart Mallinder, the chief executive of Thrift Street, said the
	// cuts, which ..., would be ...": a name opening the sentence and its
	// apposition are the subject
	m, ok := s.ents.MentionAt(lo)
	return ok && m.Lo == lo && m.Hi < L && s.w(m.Hi) == "," && s.ents.Entities[m.Entity].Type == entity.Person && !s.clauseInside(m.Hi, L) &&
		(s.isDescriptionStart(m.Hi+1) || !isCapWord(s.w(m.Hi+1)) && !s.hasFinite(m.Hi+1, L) && s.kind(m.Hi+1) == sentence.Word) // "Anisur Rahman, superintendent of Industrial Police-2, said"
}

// sameSpeakerBefore reports whether r, spoken by "he" or "she", follows a
// verb of saying in [lo,hi) whose subject is a person's name: "DuVernay said
// she felt ... because “...,” she said." restates one speaker, and the
// second attribution is the quotation alone. ("Ghani’s administration says
// ..., he said" is a report of a report and keeps the whole sentence.)
func (s *state) sameSpeakerBefore(r raw, lo, hi int) bool {
	if r.sLo < 0 || r.sHi != r.sLo+1 || (pronouns[s.w(r.sLo)] != 'm' && pronouns[s.w(r.sLo)] != 'f') {
		return false
	}
	for k := len(s.found) - 1; k >= 0 && k >= len(s.found)-5; k-- {
		o := s.found[k]
		if o.cueLo < lo || o.cueLo >= hi || !s.speechCue(o.cueLo) || o.sLo < 0 {
			continue
		}
		if m, ok := s.ents.MentionAt(o.sHi - 1); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// participleBetween reports whether a lower-case word in -ed (or "seen",
// "drawn") stands within three words after k, before hi: the noun phrase
// opening at k goes on with how the source came out ("Figures published
// by ...", "Documents obtained by the Herald ..."). The callers keep
// commas and fronted clauses out of [k,hi), where such a word would be a
// clause's own verb.
func (s *state) participleBetween(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+6; j++ {
		w := s.w(j)
		if len(w) > 4 && (strings.HasSuffix(w, "ed") || w == "seen" || w == "drawn") && w[0] >= 'a' && w[0] <= 'z' {
			return true
		}
		if j > k+3 && !isCapWord(w) && w != "by" && w != "of" && w != "from" && w != "the" {
			return false // past three words only its maker's name: "A survey by Meridian Research conducted in April"
		}
	}
	return false
}

// leftIsClause reports whether the words before the comma at b, from the
// sentence's start, can be content: at least three words that do not open
// with a phrase of the writer's ("Speaking at a rally,", "After the
// vote,", "When the storm hit,", "According to ...").
func (s *state) leftIsClause(lo, b int) bool {
	st := s.leftStart(lo, b)
	if b-st < 3 {
		return false
	}
	w := s.t.Lower(st)
	if leadIns[w] || subordinators[w] || w == "according" || w == "despite" || len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		// a phrase of the writer's, which may still be followed by the
		// content: "Under the agreement, Jordan will receive ..., the
		// ministry said in a statement"
		for k := st + 1; k < b; k++ {
			if s.w(k) == "," && !s.t.Tokens[k].Quoted {
				return s.hasFinite(k+1, b)
			}
		}
		return false
	}
	return true
}

// circumstancePreps open a phrase after a closing attribution that says
// where, when or how the words were given, not what they were.
var circumstancePreps = set(`in on at during via through after before following when while`)

// partitiveHeads open "one of them", "some of them": part of a group just
// named, speaking.
var partitiveHeads = set(`one two three four some several many most each both all another none`)

// afterApposedTime returns L moved before "last month" or "this week"
// when that time phrase ends at L and follows an apposition's closing
// comma, so that the subject walk reaches the name; otherwise L.
func (s *state) afterApposedTime(lo, L int) int {
	if L-2 > lo && s.lastOrThis(L-1) && s.w(L-2) == "," {
		return L - 2
	}
	return L
}

// leftContent sets the content before the attribution: b is the token just
// before the subject (a comma or a closing quotation mark). after is the
// first token after the attribution, used to join a quotation that goes on.
func (s *state) leftContent(r raw, lo, b, after int) (raw, bool) {
	switch {
	case s.kind(b) == sentence.CloseQuote:
		open := int(s.match[b])
		start := s.leftStart(lo, b+1)
		if open >= 0 && open < start {
			start = open
		}
		if open > start && (s.w(open-1) == ":" && !s.t.Tokens[open-1].Quoted || s.sameSpeakerBefore(r, start, open)) {
			// "McCaskill scolded him: “...,” she said.", "DuVernay said
			// she felt ... because “...,” she said.": the words before the
			// quotation are an attribution of their own
			start = open
		}
		if open > start+1 && s.w(open-1) == "," && !s.t.Tokens[open-1].Quoted && leadIns[s.t.Lower(start)] && !s.hasFinite(start, open-1) {
			// "Because of her weak support, “she does need him,” Kunin
			// said": a phrase of the writer's before the quotation
			start = open
		}
		r.cLo, r.cHi = s.runOnStart(start), b+1
	case s.w(b) == "," || s.w(b) == "—" || s.w(b) == "--":
		start := s.leftStart(lo, b)
		if b-1 >= 0 && s.kind(b-1) == sentence.CloseQuote && s.match[b-1] >= 0 && int(s.match[b-1]) < start {
			start = int(s.match[b-1])
		}
		if s.w(b) == "," && indefinites[s.w(start)] && !s.hasFinite(start, b) && r.cueLo > b && s.hasWord(b+1, r.cueLo, ",") {
			return r, false // "A foodstuff seller at Oshodi Market, Mrs Bisi Olatunji, told": who she is, not what she said
		}
		if s.w(b) == "," && (prepositions[s.lower(s.w(start))] || leadPreps[s.w(start)] || s.w(start) == "According") && !s.finiteBeyondParticiples(start, b) && !s.hasQuote(start, b) {
			// "In a statement on Monday, the council warned of delays", "In
			// a statement signed by its spokesman, ...": where it was said,
			// not what; "According to police, the suspect had been warned
			// twice": whose account it is, not what was warned
			return r, false
		}
		r.cLo, r.cHi = start, b
	default:
		return r, false
	}
	if r.cHi-r.cLo < 2 {
		return r, false
	}
	if r.cHi-r.cLo > 4*maxContent {
		r.cLo = r.cHi - 4*maxContent
	}
	r = s.joinNext(r, after)
	return r, true
}

// occasionAfterName returns where an inverted speaker [R,nHi) really
// ends when a person's name in it is followed by where the words were
// said: "said Battalion Chief Aaron Whitcomb at an evening briefing at the
// county fairgrounds" ends at the name (not "Michael Smith at Goldman
// Sachs", where a body follows).
func (s *state) occasionAfterName(R, nHi int) int {
	for k := R; k < nHi; k++ {
		m, ok := s.ents.MentionAt(k)
		if !ok {
			continue
		}
		e := m.Hi
		if e+2 < nHi && s.ents.Entities[m.Entity].Type == entity.Person && circumstancePreps[s.w(e)] && (s.w(e+1) == "a" || s.w(e+1) == "an" || s.w(e+1) == "the") && !isCapWord(s.w(e+2)) {
			return e
		}
		k = m.Hi - 1
	}
	return nHi
}

// asideBefore reports whether the words before the comma at L are a
// subject and an aside in commas, with no clause and no quotation: "The
// NFF, in a statement, said the coach stays" has its speaker before the
// cue, and what follows it is what was said.
func (s *state) asideBefore(lo, L int) bool {
	if s.w(L) != "," {
		return false
	}
	start := s.leftStart(lo, L)
	k := start + 1
	for k < L && k <= start+5 && s.w(k) != "," {
		k++
	}
	// the aside opens right after a short subject: "The NFF, in a
	// statement,", "Sgt. Lorraine Beaumont, a department spokeswoman," (not
	// a headline's "Rifat dropped on form, not politics,")
	return k < L && s.w(k) == "," && (encloseStart[s.w(k+1)] || s.personEndsAt(k) && (s.w(k+1) == "a" || s.w(k+1) == "an" || s.w(k+1) == "the")) &&
		!s.hasQuote(start, L) && !s.finiteBeyondParticiples(start, L)
}

// finiteBeyondParticiples is hasFinite not counting a past participle
// that its agent or place follows ("a statement signed by its
// spokesman", "a report published in May").
func (s *state) finiteBeyondParticiples(lo, hi int) bool {
	return s.finiteIn(lo, hi, true)
}

// addedTo reports whether the form of "add" at c adds to a thing, not to
// an audience: "added to his portfolio", "is adding to her delegate
// lead", but "added to reporters".
func (s *state) addedTo(c, hi int) bool {
	switch s.w(c) {
	case "added", "adds", "adding", "add":
	default:
		return false
	}
	return c+2 < hi && s.w(c+1) == "to" && !s.t.Tokens[c+1].Quoted && !isCapWord(s.w(c+2)) && !addressees[s.w(c+2)]
}

// leftStart is where content before token b begins: the sentence start,
// or an earlier quotation's opening when the sentence begins inside it.
func (s *state) leftStart(lo, b int) int {
	start := s.afterDateline(lo, b)
	// skip a leading conjunction: "But ..."
	if start < b && s.kind(start) == sentence.Word {
		switch s.w(start) {
		case "But", "And", "So", "Yet", "Still", "Also":
			if start+1 < b && s.w(start+1) == "," {
				start += 2
			} else {
				start++
			}
		}
	}
	// content after a dash or semicolon: "... be wrong - which it often is, according to Scott"
	for k := b - 1; k > start && k > b-200; k-- {
		if s.t.Tokens[k].Quoted {
			continue
		}
		if w := s.w(k); w == ";" || s.isDash(k) {
			if w != ";" {
				// a pair of dashes is a parenthetical inside the content:
				// "The officer - Brentley Vinson, who ... - was not wearing"
				d := k - 1
				if w == "-" && s.w(d) == "-" {
					d-- // "--" written as two hyphens
				}
				for d > start && !(s.w(d) == w && s.isDash(d)) && s.w(d) != ";" {
					d--
				}
				if d > start && s.w(d) == w && s.isDash(d) && !s.t.Tokens[d].Quoted {
					k = d
					if w == "-" && s.w(k-1) == "-" {
						k--
					}
					continue
				}
			}
			if b-k > 2 {
				start = k + 1
			}
			k = start // stop
		}
	}
	// sentence starting inside a quotation opened in an earlier sentence
	if s.t.Tokens[lo].Quoted {
		for k := lo - 1; k >= 0 && k > lo-maxContent && s.t.Tokens[k].Para == s.t.Tokens[lo].Para; k-- {
			if s.kind(k) == sentence.OpenQuote && int(s.match[k]) >= lo {
				return k
			}
			if s.kind(k) == sentence.CloseQuote {
				break
			}
		}
	}
	return start
}

// joinNext extends a quotation content that ends with a closing mark over
// the next quotation of the same paragraph when only the attribution lies
// between them: "A," he said. "B."
//
// The joined content keeps the attribution out as a gap [gLo,gHi), so the
// hull is written with its two fragments.
func (s *state) joinNext(r raw, after int) raw {
	end := r.cHi
	if e, k := s.joinEnd(r, after); e > end {
		r.gLo, r.gHi, r.cHi = end, k, e
	}
	return r
}

// dashAside returns the closing dash of an aside that a dash at k opens
// inside a clause, which goes on after it with its verb ("two aid
// workers — a driver and a logistics officer — were killed"), or k.
func (s *state) dashAside(k, end int) int {
	if s.w(k) == ";" {
		return k
	}
	for d := k + 1; d+1 < end && d < k+20; d++ {
		if s.t.Tokens[d].Quoted || s.w(d) == "," && s.w(k) == "--" {
			continue
		}
		if s.w(d) == s.w(k) {
			if w := s.w(d + 1); s.kind(d+1) == sentence.Word && (beForms[w] || auxWord(w) || pastVerb(w)) {
				return d
			}
			return k
		}
		if s.kind(d) == sentence.Punct && s.w(d) != "," {
			return k
		}
	}
	return k
}

// hasWord reports whether w is among the unquoted words from lo to hi.
func (s *state) hasWord(lo, hi int, w string) bool {
	for j := lo; j < hi; j++ {
		if s.w(j) == w && !s.t.Tokens[j].Quoted {
			return true
		}
	}
	return false
}

// hasWordIn reports whether in holds for an unquoted word from lo to hi,
// lower-cased.
func (s *state) hasWordIn(lo, hi int, in func(w string) bool) bool {
	for j := lo; j < hi; j++ {
		if in(s.t.Lower(j)) && !s.t.Tokens[j].Quoted {
			return true
		}
	}
	return false
}

// quotedTitle reports whether the quoted words from lo to hi are a
// title, a show's or a book's name ("This Week", "State of the Union"):
// a few words, the first and the last capitalised, no sentence mark.
func (s *state) quotedTitle(lo, hi int) bool {
	if hi <= lo || hi-lo > 6 || !isCapWord(s.w(lo)) || !isCapWord(s.w(hi-1)) {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word {
			return false
		}
	}
	return true
}

// joinEnd returns the end of the quotation that continues r's content
// after the attribution and the token where it opens, or r.cHi when none
// does.
func (s *state) joinEnd(r raw, after int) (int, int) {
	end := r.cHi
	if end == 0 || after >= s.n || !s.hasQuote(r.cLo, end) {
		return end, end
	}
	// skip the rest of the attribution: ", speaking of X." / " Friday." /
	// ", and still"; a new cue there starts a quotation of its own.
	k := after
	sent := s.t.Tokens[after-1].Sent
	for k < s.n && s.t.Tokens[k].Sent == sent && k < after+80 {
		if s.kind(k) == sentence.OpenQuote {
			m := int(s.match[k])
			if m < 0 || !s.quotedTitle(k+1, m) {
				break
			}
			k = m // a programme's name: said on CNN’s “State of the Union”
		}
		if s.kind(k) == sentence.Word {
			if c, ok := s.cueMap[s.t.Lower(k)]; ok && c&cueIng != 0 {
				return end, end
			}
			if (s.w(k) == "and" || s.w(k) == "but") && s.w(k-1) == "," && !(s.w(k) == "but" && k+1 < s.n && s.kind(k+1) == sentence.OpenQuote) {
				return end, end // a new clause of the writer's follows the attribution (but ‘“A,” he said, but “B.”’ is one quotation)
			}
		}
		k++
	}
	if k >= s.n || s.kind(k) != sentence.OpenQuote || s.t.Tokens[k].Para != s.t.Tokens[end-1].Para || s.match[k] < 0 {
		return end, end
	}
	if s.t.Tokens[k].Sent == sent && (k-after > 24 || k-after > 4 && s.w(k-1) != ",") {
		return end, end
	}
	e := s.runOn(k)
	// the next quotation must close its sentence: ‘"B," she said’ belongs
	// to an attribution of its own.
	tail := e
	for tail < s.n && s.t.Tokens[tail].Para == s.t.Tokens[e-1].Para && s.kind(tail) == sentence.Punct && s.w(tail) != "," {
		tail++
	}
	if tail < s.n && s.t.Tokens[tail].Para == s.t.Tokens[e-1].Para && s.t.Tokens[tail].Sent == s.t.Tokens[e-1].Sent && (s.t.Tokens[k].Sent == sent || s.cueAhead(tail)) {
		return end, end // (a quotation opening the next sentence may go on with words of the writer's: ‘“...” for the top income bracket’)
	}
	return e, k
}

// cueAhead reports whether a reporting verb stands in the rest of the
// sentence from k: ‘“B,” she said’ has an attribution of its own, ‘“B”
// for the top income bracket’ does not.
func (s *state) cueAhead(k int) bool {
	sent := s.t.Tokens[k].Sent
	for j := k; j < s.n && j < k+30 && s.t.Tokens[j].Sent == sent; j++ {
		if s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted && s.cueMap[s.t.Lower(j)]&cueVerb != 0 {
			return true
		}
		if s.kind(j) == sentence.OpenQuote {
			return true // another quotation: leave the sentence to the rules for it
		}
	}
	return false
}

// wordCount counts the word tokens in [lo,hi).
func (s *state) wordCount(lo, hi int) int {
	n := 0
	for k := lo; k < hi; k++ {
		if s.kind(k) == sentence.Word {
			n++
		}
	}
	return n
}

// hasQuote reports whether tokens [lo,hi) contain a quotation mark.
func (s *state) hasQuote(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.kind(k) == sentence.CloseQuote || s.kind(k) == sentence.OpenQuote {
			return true
		}
	}
	return false
}

// namingAs are the verbs that name their object in words of the subject's:
// "which he described as “...”".
var namingAs = set(`described describes characterized characterised dismissed dismisses denounced denounces
	derided derides rejected rejects hailed hails condemned condemns mocked mocks`)

// namedAs returns the opening quotation mark after a naming verb at c and
// its "as" ("described as “the worst deal”"), or -1.
func (s *state) namedAs(c, hi int) int {
	if !namingAs[s.t.Lower(c)] || c+2 >= hi || s.t.Lower(c+1) != "as" || s.kind(c+2) != sentence.OpenQuote {
		return -1
	}
	return c + 2
}

// namedContent completes r with the quotation opened at open, its cue
// running to the quotation ("described as").
func (s *state) namedContent(r raw, open int) (raw, bool) {
	r.cueHi, r.cLo = open, open
	r.cHi = s.runOn(open)
	return r, r.cHi > r.cLo+1
}

// namerStart returns where the person's words begin in a subject [lo,hi)
// that is a determiner, a lower-case noun phrase (the thing named) and a
// person named right before the verb at c, with their capitalised title:
// "a pay reform Prime Minister Ana Ruiz" gives "Prime Minister Ana Ruiz".
// It returns -1 when the subject is not of that shape.
func (s *state) namerStart(lo, hi, c int) int {
	if !determiners[s.t.Lower(lo)] || hi != c {
		return -1
	}
	m, ok := s.ents.MentionAt(c - 1)
	if !ok || m.Hi != c || s.ents.Entities[m.Entity].Type != entity.Person {
		return s.groupNamer(lo, c) // "an idea Hungarian officials denounced as ..."
	}
	start := lo + 1
	for start < m.Lo && s.kind(start) == sentence.Word && !s.t.Tokens[start].Quoted && !isCapWord(s.w(start)) {
		start++
	}
	if start == lo+1 || start > m.Lo {
		return -1 // no noun before the name
	}
	return start
}

// groupNamer returns where a group named before the verb at c begins in
// a subject that opens with a determiner and the thing named: "an idea
// Hungarian officials", "a charge GOP aides" give "Hungarian officials",
// "GOP aides"; -1 when there is none.
func (s *state) groupNamer(lo, c int) int {
	start := lo + 1
	for start < c && s.kind(start) == sentence.Word && !s.t.Tokens[start].Quoted && isLowerWord(s.w(start)) {
		start++
	}
	if start == c && c-lo >= 3 && s.peoplePlural(c-1) {
		// all in lower case: "a charge critics", "a claim union leaders";
		// a word for a kind of group may come before the plural
		if c-2 > lo+1 && groupKinds[s.w(c-2)] {
			return c - 2
		}
		return c - 1
	}
	if start == lo+1 || start >= c || !isCapWord(s.w(start)) {
		return -1
	}
	if s.bodyPlural(start, c) {
		return start // "a decision Democrats", "A proposal Senate Republicans"
	}
	if start >= c-1 || !isLowerWord(s.w(c-1)) || !s.pluralHead(c-1) {
		return -1
	}
	for k := start; k < c-1; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || !isCapWord(s.w(k)) {
			return -1
		}
	}
	return start
}

// bodyPlural reports whether [lo,hi) is one mention of a body ending in a
// capitalised plural: "Democrats", "Senate Republicans".
func (s *state) bodyPlural(lo, hi int) bool {
	m, ok := s.ents.MentionAt(hi - 1)
	if !ok || m.Hi != hi || m.Lo < lo || !orgLike(s.ents.Entities[m.Entity].Type) || !isCapWord(s.w(hi-1)) || !strings.HasSuffix(s.w(hi-1), "s") {
		return false
	}
	for k := lo; k < m.Lo; k++ {
		if !isCapWord(s.w(k)) {
			return false
		}
	}
	return true
}

// groupKinds are words for a kind of group before a plural of people:
// "union leaders", "party officials", "opposition lawmakers".
var groupKinds = set(`union party opposition industry campaign city state county school hospital police
	church business farm labor labour student community company government administration`)

// saidBefore reports whether a plain reporting verb before c in its
// sentence already carries an attribution.
func (s *state) saidBefore(c int) bool {
	o, ok := s.prevInSentence(c)
	return ok && s.plainCue(s.t.Lower(o.cueLo))
}

// saidAround reports whether c lies in the content of a plain reporting
// verb before it in its sentence ("argued that ..., a charge GOP aides
// dismissed as “laughable”" is two statements; "she said ... the reform,
// which she described as “indispensable”" is one, by its pronoun).
func (s *state) saidAround(c int) bool {
	o, ok := s.prevInSentence(c)
	return ok && s.plainCue(s.t.Lower(o.cueLo)) && o.cHi > c
}

// runOn returns the end of the quotation opened at k, following the news
// convention that a quotation left open at a paragraph end goes on in the
// next paragraph when that one opens with a quotation mark.
func (s *state) runOn(k int) int {
	first := k
	for {
		m := int(s.match[k])
		if m < 0 {
			return k + 1
		}
		if m-first > 4*maxContent {
			return min(m+1, first+4*maxContent)
		}
		if s.kind(m) == sentence.CloseQuote {
			return m + 1
		}
		// left open at the paragraph end
		next := m + 1
		if next < s.n && s.kind(next) == sentence.OpenQuote && s.t.Tokens[next].Para == s.t.Tokens[m].Para+1 {
			k = next
			continue
		}
		return m + 1
	}
}

// runOnStart moves the start of a quotation that opens a paragraph back to
// the opening of a quotation left open at the end of the paragraphs before.
func (s *state) runOnStart(k int) int {
	for k > 0 && s.kind(k) == sentence.OpenQuote && s.t.Paragraphs[s.t.Tokens[k].Para].Lo == k {
		last := k - 1
		p := s.t.Paragraphs[s.t.Tokens[last].Para]
		open := -1
		for q := last; q >= p.Lo && q > last-400; q-- {
			if s.kind(q) == sentence.OpenQuote && int(s.match[q]) == last && s.kind(last) != sentence.CloseQuote {
				open = q
				break
			}
		}
		if open < 0 || open != p.Lo || s.isStraight(open) != s.isStraight(k) {
			break
		}
		k = open
	}
	return k
}

// prepositionAt reports whether the word at k, one of attCut, opens a
// prepositional phrase of the speaker's inside a that-clause ("pointed out
// that nothing had changed since the 2022 ruling", "that people sleep
// badly during the week because of shift work") rather than the writer's
// clause or adjunct: not after a comma (", since the audit found ..."),
// "during" not before the occasion of speaking ("during a radio
// interview"), and "since" before a number, "then" or a noun phrase.
func (s *state) prepositionAt(k, hi int) bool {
	if k == 0 || s.w(k-1) == "," {
		return false
	}
	switch s.t.Lower(k) {
	case "during":
		for j := k + 1; j < hi && j <= k+4; j++ {
			if speakingOccasions[s.t.Lower(j)] {
				return false
			}
		}
		return true
	case "because":
		return k+1 < hi && s.t.Lower(k+1) == "of"
	case "since":
		if k+1 >= hi {
			return false
		}
		nw := s.t.Lower(k + 1)
		if nw == "then" || strings.IndexAny(nw, "0123456789") == 0 {
			return true
		}
		return determiners[nw] || possessivePronouns[nw]
	}
	return false
}

// focusAdverbs single out a part of what is reported ("tax breaks,
// particularly for the real estate industry"): the phrase they open
// belongs to it.
var focusAdverbs = set(`particularly especially notably mainly mostly largely chiefly primarily`)

// possessedSubject reports whether "her" at k opens the subject of a
// clause, a possessed noun and its verb ("found her advantage had shrunk",
// "found her support slipping"), not the object of the verb before it
// ("found her guilty", "found her in the kitchen").
func (s *state) possessedSubject(k, hi int) bool {
	if s.w(k) != "her" || k+2 >= hi || !isLowerWord(s.w(k+1)) || npStop[s.w(k+1)] || prepositionLike[s.w(k+1)] {
		return false
	}
	for j := k + 2; j < hi && j <= k+8; j++ {
		w := s.w(j)
		if s.kind(j) != sentence.Word || w == "and" || w == "but" {
			return false
		}
		if auxWord(w) || modals[w] || len(w) > 4 && strings.HasSuffix(w, "ing") && j == k+2 {
			return true
		}
	}
	return false
}

// valueForms set a price with "at": "valuing Telora at $14 billion".
var valueForms = set(`value values valued valuing`)

// priceAt reports whether the cue at c is a form of "value" that sets a
// price with "at" within a few words: "valuing Telora at $14 billion".
func (s *state) priceAt(c, hi int) bool {
	return valueForms[s.w(c)] && s.hasWord(c+1, min(hi, c+5), "at")
}

// ruleForms take "out" as a particle: "has not ruled out military action".
var ruleForms = set(`ruled rules rule`)

// namingCues name their object with words of the subject's: "called
// Clinton a “disgrace”", "branded the deal a betrayal".
var namingCues = set(`called calls call branded brands brand labelled labeled labels dubbed dubs`)

// bareTimeAdjunct reports whether the day named at k ("Wednesday",
// "yesterday") stands alone after a noun phrase and closes it: nothing
// before it that makes it part of a phrase of time ("late Tuesday",
// "through Thursday"), and after it, with "night" or "morning", only the
// end, punctuation or a preposition ("Wednesday on a radio show"), not an
// infinitive or a relative clause ("Tuesday to close", "Friday that says").
func (s *state) bareTimeAdjunct(k, hi int) bool {
	if k == s.t.Sentences[s.t.Tokens[k].Sent].Lo || s.kind(k-1) == sentence.Word && timeModifiers[s.t.Lower(k-1)] {
		return false
	}
	e := k + 1
	if e < hi && dayParts[s.w(e)] {
		e++
	}
	return e >= hi || s.kind(e) != sentence.Word || prepositions[s.w(e)] && s.w(e) != "to"
}

// whenOfTime reports whether "when" at k, after a comma, says more about
// the time just named ("would build on the win in two years, when the
// Senate seat will be on the ballot", "in November, when voters return"):
// a relative clause of that time, not the writer's clause.
func (s *state) whenOfTime(k int) bool {
	if s.w(k) != "when" || k < 2 || s.w(k-1) != "," {
		return false
	}
	t := s.w(k - 2)
	return timeWords[t] || isYear(t) || timeUnits[strings.TrimSuffix(t, "s")]
}

// timeModifiers make a day part of a longer phrase of time.
var timeModifiers = set(`late early earlier later through until till by since before after each every next last this on from`)

// afterDayPhrase returns where the content starts after a phrase of time
// opened by "on" at q, right after the cue at c ("agreed on Monday evening
// on the draft", "agreed on March 3 on"): "on" opens the time, not the
// verb's particle, which may come after it and is skipped too. ("on
// Monday, March 3, on" is left as it was.)
func (s *state) afterDayPhrase(c, q, hi int) int {
	q += 2
	if q < hi && isDigits(s.w(q)) {
		q++ // "on March 3"
	}
	if q < hi && dayParts[s.w(q)] {
		q++
	}
	if q+1 < hi && s.particleAfter(c, q) {
		q++
	}
	return q
}

// dayParts follow a day's name in a phrase of time: "Tuesday night".
var dayParts = set(`morning afternoon evening night`)

// speakingOccasions are the occasions a statement is made on: "during a
// radio interview", "during the hearing".
var speakingOccasions = set(`interview interviews hearing hearings conference briefing briefings speech
	speeches address meeting debate visit call session rally appearance testimony podcast broadcast
	statement remarks`)

// attEnd cuts the object of an attitude verb before an adverbial clause of
// the writer's: "... while at the convention", "..., but Clinton would".
func (s *state) attEnd(lo, hi, cue int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) == "," && !s.t.Tokens[k+1].Quoted {
			// "mocked the complaint, saying ..."
			if nw := s.w(k + 1); s.cueMap[nw]&cueIng != 0 || len(nw) > 5 && strings.HasSuffix(nw, "ing") && nw[0] >= 'a' && nw[0] <= 'z' && participleCut(nw) {
				hi = k
				break
			}
		}
	}
	// a clause of the writer's ends the content; a noun phrase object may
	// end earlier, at an adjunct (below)
clause:
	for k := lo + 2; k < hi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		w := s.w(k)
		if k == lo+2 && s.w(lo) == "that" && s.w(lo+1) == "," {
			continue // "argue that, while the tax may ..., workers won't ...": a parenthetical
		}
		if k+1 < hi && s.kind(k) == sentence.CloseQuote && s.w(k-1) == "," && s.w(k+1) == "and" {
			w = "," // ‘accusing Democrats of “wasting your money,” and a spokesman ... said’: the comma inside the quotation
		}
		switch {
		case attCut[w] && !(clauseStart[s.t.Lower(lo)] && s.prepositionAt(k, hi)) && !s.whenOfTime(k) && !(w == "because" && s.w(lo) == "that"),
			w == "," && k+1 < hi && (s.w(k+1) == "but" || isAdverb(s.w(k+1)) && !focusAdverbs[s.t.Lower(k+1)]), // (not "..., particularly for the real estate industry")
			// "..., and the coal miners' union also stepped in", "..., and a
			// Gallup poll published in October found that"
			w == "," && k+2 < hi && s.w(k+1) == "and" && (s.newSubject(k+2) || s.newSpeaker(k+2) || s.clauseAttribution(k+2, hi) || s.perfectClause(k+2, hi)),
			w == "," && k+1 < hi && (attCommaCut[s.w(k+1)] && !(relPron[s.w(k+1)] && s.w(lo) == "that" && s.relativeInside(k+2, hi)) || s.cueMap[s.w(k+1)]&cueVerb != 0 && !strings.HasSuffix(s.w(k+1), "ing") && (s.cueMap[s.w(k+1)]&cuePhrasal == 0 || s.phrasalCue(k+1))): // "..., which makes him ...", "..., told his advisers ..." (not "the victim, shot at close range, ...", nor "the Pentagon, which has never passed an audit, should ...")
			hi = k
			if hi-1 > lo && s.w(hi-1) == "," && !s.t.Tokens[hi-1].Quoted {
				hi-- // "..., while ...": the comma is not the content's
			}
			break clause
		}
	}
	if clauseStart[s.t.Lower(lo)] && !s.demonstrative(lo, hi) || s.kind(lo) == sentence.OpenQuote {
		return hi
	}
	return s.npObjectEnd(lo, hi, cue)
}

// tallyAt reports whether a poll's tally of two shares starts at k, after
// the name the poll favoured: "Trump 46 percent to 32 percent", "Clinton
// 51% to 24%" (not a range: "cut from 7.5 percent to 6 percent", "expect
// revenue to rise 4 percent to 6 percent").
func (s *state) tallyAt(k, hi int) bool {
	if s.kind(k-1) != sentence.Word || !isCapWord(s.w(k-1)) {
		return false
	}
	j := k + 1
	if j < hi && (s.w(j) == "percent" || s.w(j) == "%") {
		j++
	} else if !strings.HasSuffix(s.w(k), "%") {
		return false
	}
	return j+1 < hi && s.w(j) == "to" && startsWithDigit(s.w(j+1))
}

// npObjectEnd cuts a noun phrase object at [lo,hi) before an adjunct of the
// writer's ("attacked Machado in early-morning tweets", "cited it as an
// example", "called Clinton a “disgrace” on Wednesday", "blasted Clinton
// Wednesday") and before a second verb phrase ("outlined his plan and
// vowed to ..."). PolNeAR marks the object alone as the content.
func (s *state) npObjectEnd(lo, hi, cue int) int {
	// a gerund's own time goes with it: "accused him of waiting until the
	// last possible moment to ...", "blamed the campaign for waiting until"
	gerund := (s.w(lo) == "of" || s.w(lo) == "for") && lo+1 < hi && strings.HasSuffix(s.w(lo+1), "ing")
	for k := lo + 1; k+1 < hi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		w, nw := s.w(k), s.w(k+1)
		switch {
		case npAdjunct[w] && !(cue >= 0 && desireCues[s.t.Lower(cue)] && wantedWhen[w] && !s.newSubject(k+1)) && !(gerund && gerundTime[w]):
			return k
		case (w == "in" || w == "on" || w == "at") && (timeWords[nw] || isYear(nw) || k+2 < hi && determiners[s.lower(nw)] && s.mediumHead(k+2, hi)) && !s.freeRelativeBefore(lo, k):
			return k
		case whenWords[w] && s.bareTimeAdjunct(k, hi) && !s.hasFinite(lo, k):
			return k // "blasted Clinton Wednesday on a radio show"
		case (w == "in" || w == "on" || w == "at") && s.mediumAhead(k+1, hi) && !s.hasFinite(lo, k) && !s.freeRelativeBefore(lo, k),
			w == "in" && (nw == "early" || nw == "late" || nw == "mid") && k+2 < hi && timeWords[s.w(k+2)] && !s.hasFinite(lo, k),
			w == "last" && (timeUnits[nw] || seasons[nw] || timeWords[nw]) && !determiners[s.t.Lower(k-1)] && !possessivePronouns[s.w(k-1)] && s.w(k-1) != "of" && !s.hasFinite(lo, k),
			w == "on" && mediaOutlets[nw] && (k+2 >= hi || s.kind(k+2) != sentence.Word || isCapWord(s.w(k+2))) && !s.hasFinite(lo, k):
			// "defended Cruz in a recent interview", "endorsed Trump in
			// early June", "endorsed Cruz last week", "the dispute on ABC
			// News"; not inside a clause of the object's own ("an economy
			// that grew 0.6% last year")
			return k
		case k > lo && startsWithDigit(w) && s.tallyAt(k, hi) && !s.hasFinite(lo, k):
			return k // a poll's tally after the one favoured: "Officers favored Trump 46 percent to 32 percent"
		case w == "within" && (timeGap[nw] || k+2 < hi && (nw == "the" || nw == "a" || nw == "an") && timeGap[s.w(k+2)]) && !s.hasFinite(lo, k):
			return k // "rejected that characterization within the hour"
		case timeGap[w] && strings.HasSuffix(w, "s") && (nw == "later" || nw == "earlier" || nw == "ago") && k > lo && !s.hasFinite(lo, k):
			// "endorsed Halvorsen weeks later", "criticized the plan two
			// days later": when, not what
			if p := s.t.Lower(k - 1); k-1 >= lo && (numberWords[p] || startsWithDigit(p) || p == "few" || p == "several" || p == "many") {
				k--
				if k-1 > lo && s.t.Lower(k-1) == "a" {
					k-- // "a few weeks later"
				}
			}
			return k
		case s.secondVerbPhrase(k, hi):
			return k
		}
	}
	return hi
}

// participleAside reports whether the words [lo,L) before a cue are a
// noun phrase and an aside opened by a participle, closed at L: "The
// complaint, filed in federal court on Monday,".
func (s *state) participleAside(lo, L int) bool {
	for k := lo + 1; k < L && k < lo+6; k++ {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted {
			return k+1 < L && asideParticiples[s.w(k+1)] && !s.hasWord(k+1, L, ",")
		}
		if s.kind(k) != sentence.Word {
			return false
		}
	}
	return false
}

// relativeInSubject returns the relative pronoun inside a subject
// [nLo,sEnd) that the walk back took in, when the cue's clause has lost
// its subject (a verb of "be" or a modal at q follows the cue): "a strike
// that union leaders said could last weeks"; or -1.
func (s *state) relativeInSubject(nLo, sEnd, q int) int {
	if q >= s.n || s.t.Tokens[q].Quoted || !(beForms[s.w(q)] || modals[s.w(q)] && pronouns[s.w(q)] == 0) {
		return -1
	}
	for k := sEnd - 2; k > nLo && k >= sEnd-5; k-- {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			return -1
		}
		if w := s.w(k); (w == "that" || w == "which") && isLowerWord(s.w(k-1)) && !npStop[s.w(k-1)] && !auxWord(s.w(k-1)) && s.cueMap[s.w(k-1)] == 0 {
			return k
		}
	}
	return -1
}

// raisedAhead reports whether a clause from k reports without a source
// by a raising passive within its first words: "the replacement parts
// are not expected to be available".
func (s *state) raisedAhead(k, hi int) bool {
	for j := k; j+2 < hi && j < k+8; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if beForms[s.w(j)] {
			v := j + 1
			if s.w(v) == "not" || isAdverb(s.w(v)) {
				v++
			}
			return v+1 < hi && raisingParticiples[s.w(v)] && s.w(v+1) == "to"
		}
	}
	return false
}

// freeRelativeBefore reports whether a free relative's "what" and its verb
// stand in [lo,k): an adjunct after them is the relative clause's ("on
// what Sorensen described on a conference call as ...").
func (s *state) freeRelativeBefore(lo, k int) bool {
	for j := lo; j < k; j++ {
		if s.t.Lower(j) == "what" && !s.t.Tokens[j].Quoted {
			for v := j + 1; v < k; v++ {
				if pastVerb(s.w(v)) || irregularPast[s.w(v)] || s.cueMap[s.w(v)]&cueVerb != 0 {
					return v == k-1 // the adjunct follows the relative's verb
				}
			}
		}
	}
	return false
}

// mediumCut returns where a noun phrase object at [lo,hi) ends before the
// medium it was said in ("the mistake in a statement Thursday"), or hi.
func (s *state) mediumCut(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if (s.w(k) == "in" || s.w(k) == "on") && !s.t.Tokens[k].Quoted && s.mediumAhead(k+1, hi) {
			return k
		}
	}
	return hi
}

// gapRelativeSubject returns where the subject of a reduced relative
// clause starts inside the noun phrase [nLo,L] before a verb of saying: "a
// position his aides say he will not revisit" has the aides say it. The
// subject opens with a possessive after the antecedent's noun, and nothing
// in it is a verb; else nLo.
func (s *state) gapRelativeSubject(nLo, L int) int {
	for k := nLo; k <= L; k++ {
		if w := s.w(k); s.kind(k) != sentence.Word || auxWord(w) || pastVerb(w) || relPron[w] || w == "as" || phrasePreps[w] {
			return nLo // a relative or a phrase of its own: "Three people who lost their jobs", "gave her name only as"
		}
	}
	for j := nLo + 2; j <= L; j++ {
		if !possessivePronouns[s.w(j)] || s.kind(j-1) != sentence.Word || !isLowerWord(s.w(j-1)) || determiners[s.t.Lower(j-1)] || prepositions[s.w(j-1)] || phrasePreps[s.w(j-1)] {
			continue
		}
		if determiners[s.t.Lower(nLo)] {
			return j
		}
	}
	return nLo
}

// gerundTime are the adjuncts of time a gerund object keeps.
var gerundTime = set(`until before after since during`)

// secondVerbPhrase reports whether "and" or "but" at k opens a second verb
// phrase of the cue's subject: "and vowed to ...", "but ultimately made
// ...", "and would ...".
func (s *state) secondVerbPhrase(k, hi int) bool {
	nw := s.coordinated(k, hi)
	if s.cueMap[nw]&cueVerb != 0 && strings.HasSuffix(nw, "s") && k+2 < hi && s.w(k+1) == nw && (s.w(k+2) == "that" || pronouns[s.w(k+2)] != 0 && !s.objectGap(k+2)) {
		return true // "denies the allegations and claims they are ...": a verb before its clause, not a plural noun
	}
	return len(nw) > 4 && strings.HasSuffix(nw, "ed") || irregularPast[nw] || s.cueMap[nw]&cueVerb != 0 && !strings.HasSuffix(nw, "s") || coordAux[nw]
}

// coordinated returns the lower-case word after "and" or "but" at k, after
// an adverb ("relished the combat and ultimately made ..."), or "".
func (s *state) coordinated(k, hi int) string {
	if w := s.w(k); w != "and" && w != "but" || k+1 >= hi || s.t.Tokens[k].Quoted {
		return ""
	}
	nw := s.w(k + 1)
	if nw == "" || nw[0] < 'a' || nw[0] > 'z' {
		return ""
	}
	if isAdverb(nw) && k+2 < hi {
		nw = s.w(k + 2)
	}
	return nw
}

// appealAsks reports whether the words after "appealed" at p ask for
// something: "for calm", or someone appealed to with an infinitive or a
// colon after them ("to residents to stay indoors", "directly to
// traders:"); not a court appealed to.
func (s *state) appealAsks(p, hi int) bool {
	if p < hi && isAdverb(s.w(p)) {
		p++
	}
	if p+1 >= hi || s.w(p) != "to" {
		return true
	}
	if s.infinitiveAfter(p+1, hi) {
		return true
	}
	for k := p + 1; k < s.n && k < p+7; k++ { // (the colon is past the trimmed end)
		if s.w(k) == ":" {
			return true
		}
		if s.kind(k) != sentence.Word {
			break
		}
	}
	return false
}

// plainObjects are, for the stem of a cue, the objects that make it an
// ordinary act rather than a statement: a title claimed, the police
// called, a crowd addressed, a prisoner released on bail. (A book or a
// memoir written is what its author says: PolNeAR marks it.)
var plainObjects = []struct {
	stem    string
	objects map[string]bool
}{
	{"claim", set(`title titles trophy crown championship seat seats gold silver bronze medal prize lives life points lead spot place`)},
	{"call", set(`police ambulance ambulances 911 999 paramedics firefighters recess timeout`)},
	{"answer", set(`phone door call calls`)},
	{"admit", set(`hospital`)},
	{"release", set(`bail`)},
	{"address", set(`crowd crowds rally audience shareholders supporters nation conference assembly delegates students graduates troops`)},
}

// plainObject reports whether the content [lo,hi) of the cue at c is only
// an object that makes the cue an ordinary act (plainObjects): "claimed
// the title on Saturday", "was admitted to hospital", "released on bail".
func (s *state) plainObject(c, lo, hi int) bool {
	w := s.t.Lower(c)
	stem, objects := "", map[string]bool(nil)
	for _, po := range plainObjects {
		if strings.HasPrefix(w, po.stem) {
			stem, objects = po.stem, po.objects
			break
		}
	}
	if stem == "" {
		return false
	}
	if lo > c+1 && !(stem == "release" && s.w(c+1) == "on") {
		return false // a particle of the cue: "called on police to release the videos"
	}
	k := lo
	if stem == "admit" && s.w(k) == "to" {
		k++ // "admitted to hospital"
	}
	for k < hi && k < lo+3 && (determiners[s.t.Lower(k)] || possessivePronouns[s.t.Lower(k)] || s.w(k) == "another" || s.w(k) == "first") {
		k++
	}
	if k+1 < hi && isLowerWord(s.w(k)) && objects[s.t.Lower(k+1)] {
		k++ // an adjective first: "called a short recess"
	}
	if k >= hi || !objects[s.t.Lower(k)] {
		return false
	}
	// the object ends there: not "called the police shootings ... a moment"
	return k+1 >= hi || s.kind(k+1) != sentence.Word || !isLowerWord(s.w(k+1)) || prepositionLike[s.w(k+1)] || timeWords[s.w(k+1)]
}

// prepositionLike are the words after an object that end its noun phrase.
var prepositionLike = set(`in on at of for from to with outside inside after before during near by into over as and`)

// clauseCues are the cues whose content is a clause far more often than
// an object: after them "and" with a verb continues what was said ("said
// China opposes such practices and will ...").
var clauseCues = set(`say says said added adds told tells wrote writes explained explains argued argues
	insisted insists stressed stresses emphasized emphasizes claimed claims`)

// objectVerbPhraseEnd cuts a noun phrase content before a second verb
// phrase of the cue's subject: "confirmed [the strike] but gave no
// details". A clause keeps its coordinated verbs ("said the strike killed
// ten and wounded twenty"): the cut needs no finite verb before it.
func (s *state) objectVerbPhraseEnd(lo, hi int) int {
	if clauseStart[s.t.Lower(lo)] || s.kind(lo) != sentence.Word {
		return hi
	}
	for k := lo + 1; k+1 < hi; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) == sentence.OpenQuote {
			return hi
		}
		if v := s.coordinated(k, hi); (s.secondVerbPhrase(k, hi) || pastVerb(v)) && !s.hasFinite(lo, k) && s.verbObjectAfter(k+1, hi) {
			if s.w(k-1) == "," {
				k-- // "declared the rules void, and barred ..."
			}
			return k
		}
	}
	return hi
}

// verbObjectAfter reports whether the word after the verb at v (after an
// adverb) starts what a verb takes: an object, an infinitive, a particle
// or a preposition. A past form before a bare noun is an adjective in a
// coordinated noun phrase ("photos of moldy rice and bloated canned goods").
func (s *state) verbObjectAfter(v, hi int) bool {
	if isAdverb(s.w(v)) {
		v++
	}
	if w := s.w(v); !strings.HasSuffix(w, "ed") || irregularPast[w] || s.cueMap[w]&cueVerb != 0 {
		return true
	}
	if v+1 >= hi {
		return true
	}
	nw := s.t.Lower(v + 1)
	return s.kind(v+1) != sentence.Word || determiners[nw] || possessivePronouns[nw] || objPronouns[nw] || numeral(nw) || isCapWord(s.w(v+1)) || verbFollowers[nw]
}

// verbFollowers are the particles and prepositions a verb phrase goes on
// with: "walked down from the bench", "struggled for pace".
var verbFollowers = set(`to for with from in on at into down up out back off away over north south east west home`)

// mediumAhead reports whether the words from k name a medium after "in",
// "on" or "at": a determiner, up to two modifiers and a medium noun ("a
// recent interview with", "another appearance", "his weekly column").
func (s *state) mediumAhead(k, hi int) bool {
	if k > 0 && s.w(k-1) == "in" && k+1 < hi && isLowerWord(s.w(k)) && strings.HasSuffix(s.t.Lower(k+1), "s") && s.mediumHead(k+1, hi) {
		return true // a bare plural: "attacked Machado in early-morning tweets"
	}
	if k >= hi || !determiners[s.lower(s.w(k))] && !possessivePronouns[s.w(k)] && s.w(k) != "another" {
		return false
	}
	for j := k + 1; j < hi && j <= k+3; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if s.mediumHead(j, hi) {
			return true
		}
	}
	return false
}

// mediumHead reports whether token j is a medium noun heading its phrase,
// not a modifier of another noun: "in a commercial running on Iowa TV",
// "in a statement", but not "in a commercial district".
func (s *state) mediumHead(j, hi int) bool {
	if !mediumNouns[s.t.Lower(j)] {
		return false
	}
	if j+1 >= hi || s.kind(j+1) != sentence.Word {
		return true
	}
	nw := s.w(j + 1)
	return !(nw[0] >= 'a' && nw[0] <= 'z') || phrasePreps[nw] || relPron[nw] || pronouns[nw] != 0 || mediumNouns[nw] ||
		nw == "that" || nw == "as" || nw == "and" || nw == "or" || strings.HasSuffix(nw, "ing") || strings.HasSuffix(nw, "ed")
}

// seasons and mediaOutlets end a noun phrase object after "last" and "on":
// "announced his candidacy last spring", "was questioned on ABC News".
var (
	seasons      = set(`spring summer fall autumn winter`)
	mediaOutlets = set(`ABC CBS CNN NBC MSNBC Fox NPR PBS BBC Twitter Facebook Instagram YouTube radio television TV air`)
)

// demonstrative reports whether "that" or "this" at k is a determiner, not
// a complementiser: "rejected that argument in a ruling ...", where the
// noun is followed by a preposition, a comma or the end.
func (s *state) demonstrative(k, hi int) bool {
	if s.w(k) != "that" || k+2 > hi || s.kind(k+1) != sentence.Word {
		return false
	}
	nw := s.w(k + 1)
	if _, ok := pronouns[nw]; ok || nw == "" || nw[0] < 'a' || nw[0] > 'z' || determiners[nw] || modals[nw] || npStop[nw] {
		return false
	}
	if k+2 == hi {
		return true
	}
	a := s.w(k + 2)
	return s.kind(k+2) == sentence.Punct || a == "in" || a == "on" || a == "at" || a == "as" || a == "or" || a == "and" || a == "within" || npAdjunct[a]
}

// possessedRole reports whether [lo,hi) is a role someone holds for a
// named person, a possessive and lower-case words to its end ("Ms. Voss's
// running mate"): an apposition to the name before it, not the subject.
func (s *state) possessedRole(lo, hi int) bool {
	for k := lo; k < hi-1; k++ {
		if w := s.w(k); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			for j := k + 1; j < hi; j++ {
				if s.kind(j) != sentence.Word || isCapWord(s.w(j)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// namingCalled reports whether "called" at c names the noun before it, as
// a reduced relative after an indefinite noun phrase: "a firm called
// Cambridge Analytica", "a competition called the House to Home Prize".
func (s *state) namingCalled(lo, c int) bool {
	for k := c - 1; k >= lo && k >= c-5; k-- {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || isCapWord(w) && k < c-1 {
			return false
		}
		if w == "a" || w == "an" {
			return k < c-1
		}
		if auxWord(w) || beForms[w] || pastVerb(w) && k == c-1 || pronouns[w] != 0 {
			return false
		}
	}
	return false
}

// sayNounBefore reports whether w before "say" makes it a noun ("a say",
// "their say"), not the verb.
func sayNounBefore(w string) bool {
	return w == "the" || w == "a" || w == "no" || w == "any" || possessivePronouns[w] || w == "my" || w == "our" || w == "your"
}

// sayAdjectives qualify "say" as a noun: "the final say", "a bigger say".
var sayAdjectives = set(`final last big bigger greater real full direct equal more little`)

// isLowerWord reports whether w starts with a lower-case ASCII letter.
func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// objectInSubject reports whether the object pronoun at L closes a
// subject that describes people by their tie to someone: "Those close to
// him say", "People who know her say", "Many who voted for him say".
func (s *state) objectInSubject(lo, L int) bool {
	if L-2 >= lo && s.w(L-1) == "to" && closeWords[s.w(L-2)] {
		return true
	}
	for k := L - 1; k > lo && k >= L-5; k-- {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		if s.w(k) == "who" { // "who know him", "who have spoken with him"
			return k < L-1 && s.kind(k-1) == sentence.Word
		}
	}
	return false
}

// objectThenSay reports whether an object pronoun at p is followed, at
// most an adverb apart, by "say" or "said": "(who know) him say", "(who
// know) her well say".
func (s *state) objectThenSay(p, hi int) bool {
	if p >= hi || !objPronouns[s.w(p)] || s.t.Tokens[p].Quoted {
		return false
	}
	for k := p + 1; k < hi && k <= p+2; k++ {
		if sayForms[s.w(k)] && !s.t.Tokens[k].Quoted {
			return true
		}
		if !isAdverb(s.w(k)) && s.w(k) != "well" && s.w(k) != "best" {
			return false
		}
	}
	return false
}

// tieStart returns the first token of a subject that objectInSubject
// accepted, the head before "close to" or "who": "Those", "Many".
func (s *state) tieStart(lo, L int) int {
	for k := L - 1; k > lo && k >= L-5; k-- {
		if (s.w(k) == "who" || closeWords[s.w(k)] && s.w(k+1) == "to") && s.kind(k-1) == sentence.Word && !s.t.Tokens[k-1].Quoted {
			return s.extendLeft(lo, k-1)
		}
	}
	return -1
}

// objectGap reports whether the pronoun at k opens a relative clause
// whose verb lacks its object, so that the noun before it is the object:
// "the allegations and claims [they made] about her family" (not "claims
// they are politically motivated").
func (s *state) objectGap(k int) bool {
	v := k + 1
	if v >= s.n || s.kind(v) != sentence.Word || beForms[s.w(v)] || auxWord(s.w(v)) || !(pastVerb(s.w(v)) || irregularPast[s.w(v)] || gapPasts[s.w(v)]) {
		return false
	}
	return v+1 >= s.n || s.kind(v+1) != sentence.Word || prepositionLike[s.t.Lower(v+1)] || particles[s.t.Lower(v+1)]
}

// gapPasts are irregular pasts that take an object a relative clause
// leaves out: "the claims they made about her".
var gapPasts = set(`made gave took saw put set heard brought sent told kept left found felt thought said`)

// subjectPronouns open a clause as its subject.
var subjectPronouns = set(`he she they it we I`)

// goingOn reports whether w, next open a participle of going on: "going
// on (to say)", "continuing (to insist)"; not the future "going to say".
func goingOn(w, next string) bool {
	return w == "going" && next == "on" || w == "continuing" && next == "to"
}

// participleLinks may open a participle clause that goes on from an
// attribution: ", before going on to argue".
var participleLinks = set(`before then after`)

// closeWords tie a group to the person they speak for: "those close to
// him", "people loyal to her".
var closeWords = set(`close loyal near`)

// scareQuoteEnd reports whether the closing quotation mark at L ends a
// few quoted words inside an apposition, with the apposition's comma
// before the mark: "Ellen Marsh, a “lifelong Democrat,” said", "the
// group, which calls itself “nonpartisan,” said". A quotation that opens
// the sentence or follows a comma is someone's words, not a label.
func (s *state) scareQuoteEnd(lo, L int) bool {
	if s.kind(L) != sentence.CloseQuote || L-2 <= lo || s.w(L-1) != "," || s.kind(L-2) != sentence.Word {
		return false
	}
	o := int(s.match[L])
	if o <= lo+1 || L-o > 8 || s.kind(o-1) != sentence.Word {
		return false
	}
	for k := o - 2; k > lo && k >= o-12; k-- {
		if s.w(k) == "," {
			return true
		}
	}
	return false
}
