package quote

import (
	"strings"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// words that start a clausal content ("wants to", "claimed that", "asked
// whether"): the content runs to the end of the clause.
var clauseStart = set(`that to if whether how why what who when where which`)

// prepositions and subordinators that start an adjunct after a noun
// phrase object.
var npAdjunct = set(`since during because while when after before until amid despite`)

// desireCues take an object whose time adjunct belongs to what is wanted:
// in "wants a peace deal before the July vote" the deal is to come before
// the vote, so the content runs on past "before". A clause there is the
// writer's ("wanted a pay rise until the strike ended").
var desireCues = set(`want wants wanted hope hopes hoped seek seeks sought`)

// wantedWhen are the adjunct words that desireCues keep in the content.
var wantedWhen = set(`before after until`)

// auxiliaries that start a coordinated verb phrase.
var coordAux = set(`has had have was is were will would also then later`)

// words after in/on/at that make a time phrase.
var timeWords = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
	July August September October November December`)

// nouns of a medium after "in a": "in a statement", "in an interview".
var mediumNouns = set(`statement interview speech tweet tweets letter ruling report post op-ed video interviews
	statements speeches remarks rally appearance email press conference call message debate
	commercial ad ads column editorial memo broadcast podcast episode segment breath
	diatribe tirade rant posts videos messages emails letters`)

// isDash reports whether token k is a dash: a dash character, or a hyphen
// standing apart from its neighbours (" - ", " -- "), not "low- and".
func (s *state) isDash(k int) bool {
	switch s.w(k) {
	case "—", "–", "―", "--":
		return true
	case "-":
		tk := s.t.Tokens[k]
		spaceBefore := k > 0 && (s.t.Tokens[k-1].End < tk.Start || s.w(k-1) == "-")
		spaceAfter := k+1 < s.n && (tk.End < s.t.Tokens[k+1].Start || s.w(k+1) == "-")
		return spaceBefore && spaceAfter
	}
	return false
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// newSubject reports whether token k starts a clause with its own subject:
// a pronoun, a capitalised word or a determiner followed, within four
// words, by a finite verb of the lexicon or an auxiliary.
func (s *state) newSubject(k int) bool {
	w := s.w(k)
	if _, ok := pronouns[w]; !ok && !isCapWord(w) && !determiners[w] {
		return false
	}
	return s.verbAhead(k + 1)
}

// titleDot reports whether token j is the full stop of a short
// capitalised abbreviation, as titles are written: "Mr.", "Col.", "Gen.".
func (s *state) titleDot(j int) bool {
	return j > 0 && s.w(j) == "." && s.t.Tokens[j-1].End == s.t.Tokens[j].Start && isCapWord(s.w(j-1)) && len(s.w(j-1)) <= 4
}

// verbAhead reports whether a finite verb (an auxiliary, a reporting verb
// or a past form) comes within the words from k to k+4, as after a
// clause's subject.
func (s *state) verbAhead(k int) bool {
	end := k + 4
	for j := k; j < s.n && j <= end; j++ {
		v := s.w(j)
		if s.titleDot(j) {
			continue // "Mr. Obama is ..."
		}
		if v == "," && j+2 < s.n && isAge(s.w(j+1)) && s.w(j+2) == "," {
			j += 2 // an age after the subject's name: "Ernesto Villatoro, 47, had given ..."
			end += 3
			continue
		}
		if s.kind(j) != sentence.Word {
			return false
		}
		if coordAux[v] || s.cueMap[v]&cueVerb != 0 || pastVerb(v) {
			return true
		}
	}
	return false
}

// possessiveSubject reports whether a subject opening with a possessive
// pronoun starts at k: "her landlord was selling up", "his country's
// forces were" (but not "his office he would", where the pronoun after the
// noun is the subject).
func (s *state) possessiveSubject(k, hi int) bool {
	if !possessivePronouns[s.w(k)] || s.t.Tokens[k].Quoted || k > 0 && prepositionLike[s.w(k-1)] {
		return false // "some of his members were", "the wall outside her home was"
	}
	for j := k + 1; j < hi && j <= k+3; j++ {
		v := s.w(j)
		if s.kind(j) != sentence.Word && v != "’s" && v != "'s" || s.t.Tokens[j].Quoted || pronouns[v] != 0 || prepositions[v] {
			return false
		}
		if j > k+1 && (coordAux[v] || s.finiteVerb(v)) {
			return true
		}
	}
	return false
}

// newSpeaker reports whether token k starts a clause whose verb, within
// four words, is a reporting verb: "he urged", "human rights groups warned".
func (s *state) newSpeaker(k int) bool {
	w := s.w(k)
	if _, ok := pronouns[w]; !ok && !isCapWord(w) && !determiners[w] && !possessivePronouns[w] && !s.pluralSubject(k, k+1) {
		return false
	}
	for j := k + 1; j < s.n && j <= k+11; j++ {
		v := s.w(j)
		if (v == "'" || v == "’") && s.t.Tokens[j-1].End == s.t.Tokens[j].Start {
			continue // a plural possessive: "several veterans' organizations have urged"
		}
		if s.titleDot(j) {
			continue // "..., and Sen. Ada Brightwater of Maine called for ..."
		}
		near := s.nameRunWords(k, j) // a name with its title and place counts as one word
		if near > 7 {
			return false
		}
		if v == "," && j <= k+3 && !s.t.Tokens[j].Quoted {
			return s.cueAfterApposition(j) // "..., and his lawyer, Adrienne Kowalczyk of ..., a Washington-based group, urged"
		}
		if s.kind(j) != sentence.Word || relPron[v] || v == "whom" || v == "whose" {
			return false // (not a relative clause: "most of which she had outlined")
		}
		c := s.cueMap[v]
		if beForms[s.w(j-1)] && (raisingParticiples[v] || strings.HasSuffix(v, "ed") || v == "told") {
			return false // a passive: ", the bill is expected to ...", ", and residents had been told to leave"
		}
		if j == k+1 && subjectPronouns[w] && c&cueVerb != 0 && !strings.HasSuffix(v, "ing") {
			return true // "..., and she calls on the United States to ...": a pronoun and its verb, even one that is also a noun
		}
		if j-1 > k && c&(cueAttBase|cueVerb) != 0 && !strings.HasSuffix(v, "ing") && (modals[s.w(j-1)] || (isAdverb(s.w(j-1)) || mainClauseTimes[s.w(j-1)]) && modals[s.w(j-2)]) && near <= 5 {
			return true // "..., and Kettering would later claim that ..."
		}
		if (c&cueVerb != 0 && c&cueWeak == 0 || c&cueAttBase != 0 && near <= 3 && s.pluralSubject(k, s.beforeAdverbs(k, j))) && !strings.HasSuffix(v, "ing") && (near <= 4 || auxWord(s.w(j-1))) {
			return true // (also "..., but researchers caution that ...", "..., and several veterans' organizations have urged")
		}
		if c&cueVerb != 0 && c&cueWeak != 0 && j+1 < s.n && s.w(j+1) == "that" && (pastVerb(v) || strings.HasSuffix(v, "s")) {
			return true // "..., and a Gallup poll published in October found that ..."
		}
	}
	return false
}

// cueAfterApposition reports whether the comma at j opens an apposition
// that names someone (or an "including" aside), and a finite reporting
// verb follows its closing comma: ", Adrienne Kowalczyk of the Government
// Accountability Network, a Washington-based advocacy group, urged",
// "critics, including several teachers, denounced".
func (s *state) cueAfterApposition(j int) bool {
	if j+2 >= s.n {
		return false
	}
	from := j + 2 // ", including several teachers and a librarians' group,"
	if s.w(j+1) != "including" {
		m, ok := s.ents.MentionAt(j + 1)
		if !ok || m.Lo != j+1 {
			return false
		}
		from = m.Hi
	}
	for k := from; k+1 < s.n && k < j+28; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word && s.w(k) != "," && s.w(k) != "." && s.w(k) != "’" && s.w(k) != "'" {
			return false
		}
		if s.w(k) != "," {
			continue
		}
		v := s.w(k + 1)
		if c := s.cueMap[v]; c&cueVerb != 0 && c&cueWeak == 0 && !strings.HasSuffix(v, "ing") {
			return true
		}
	}
	return false
}

// pastOrBelief reports whether the cue at c reports in the past ("said",
// "told") or holds a belief ("knows", "fears"): after it a clause in the
// present perfect is the writer's. (After a present "says" it may be
// more of what is said: "The company says the update was tested, and its
// engineers have traced the fault".)
func (s *state) pastOrBelief(c int) bool {
	if c < 0 {
		return false
	}
	w := s.w(c)
	return pastVerb(w) || irregularPast[w] || s.cueMap[w]&cueAtt != 0 && !sayForms[w] || beliefForms[w]
}

// beliefForms are present forms of verbs of belief and knowledge.
var beliefForms = set(`knows believes thinks fears hopes expects worries suspects doubts`)

// perfectClause reports whether a clause in the present perfect opens at
// j: a short subject, "has" or "have", adverbs and a past participle ("he
// has shown", "the debate commission has so far shown", "his campaign has
// reportedly booked").
func (s *state) perfectClause(j, end int) bool {
	k := j
	for k < end && k < j+5 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && s.w(k) != "has" && s.w(k) != "have" {
		if k == j && (s.w(k) == "that" || s.w(k) == "there" || s.w(k) == "it") || k > j && (s.cueMap[s.w(k)]&cueVerb != 0 || auxWord(s.w(k))) {
			return false
		}
		k++
	}
	if k == j || k >= end || s.w(k) != "has" && s.w(k) != "have" {
		return false
	}
	for k++; k < end && k < j+9 && (isAdverb(s.w(k)) || s.w(k) == "so" || s.w(k) == "far" || s.w(k) == "already" || s.w(k) == "also"); k++ {
	}
	if k >= end {
		return false
	}
	w := s.w(k)
	return w != "been" && (pastVerb(w) || irregularPast[w] || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || w == "done" || w == "gone")
}

// nameRunWords returns the number of words from k to j, a run of
// capitalised words (with a title's full stop or an "of" between them)
// counted as one: "Sen. Ada Brightwater of Maine called" is two.
func (s *state) nameRunWords(k, j int) int {
	n := 0
	for i := k; i < j; i++ {
		inRun := i > k && (isCapWord(s.w(i)) || s.titleDot(i) || s.w(i) == "of" && i+1 < j && isCapWord(s.w(i+1))) && (isCapWord(s.w(i-1)) || s.titleDot(i-1))
		if !inRun {
			n++
		}
	}
	return n
}

// words after a comma that end an attitude verb's content.
var attCommaCut = set(`which who with using`)

// words that end an attitude verb's object.
var attCut = set(`while when during because since although unless whereas`)

// relativeSubject reports whether the sentence [lo,L) is a subject with
// its appositions and a relative clause, as before ", said": a person or
// organisation name within its first words, then a comma, then (possibly
// after an age or a place) "who", "which" or "whose" after a comma, a
// relative clause that runs to L. Such a span has no main verb, so it
// cannot be what was said.
func (s *state) relativeSubject(lo, L int) bool {
	// an unnamed source: "A senior official, who asked not to be named,"
	if indefinites[s.w(lo)] {
		for k := lo + 1; k < L && k <= lo+4 && s.kind(k) == sentence.Word; k++ {
			if unnamedNouns[s.t.Lower(k)] && k+1 < L && s.w(k+1) == "," {
				return s.relativeCloses(k+1, L)
			}
		}
	}
	for k := lo; k < L && k < lo+8; k++ {
		if s.w(k) == "." && k > lo && s.t.Tokens[k-1].End == s.t.Tokens[k].Start {
			continue // a title's abbreviation: "Sen. Dana Whitfield"
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		m, ok := s.ents.MentionAt(k)
		if !ok || m.Kind != entity.Name || m.Hi < L && s.kind(m.Hi) == sentence.Word {
			continue // "Conservative economist Aparna Mathur,"
		}
		hi := m.Hi
		if hi < L && s.w(hi) == "(" {
			// a party tag or an age in brackets: "Sen. Dana Whitfield (D-Ore.),"
			for hi < L && hi < m.Hi+8 && s.w(hi) != ")" {
				hi++
			}
			hi++
		}
		if t := s.ents.Entities[m.Entity].Type; t != entity.Person && t != entity.Org || hi >= L || s.w(hi) != "," {
			return false
		}
		return s.relativeCloses(hi, L)
	}
	return false
}

// relativeCloses reports whether a relative clause opens at or after the
// comma at from and closes at the comma before L: in "Biden, who met them
// on Tuesday, will sign it, said X" a main verb follows it, and the
// sentence is X's.
func (s *state) relativeCloses(from, L int) bool {
	rel := -1
	for j := from; j+1 < L; j++ {
		switch {
		case s.kind(j) == sentence.OpenQuote || s.kind(j) == sentence.CloseQuote:
			return false
		case s.w(j) == "," && rel < 0 && (s.w(j+1) == "who" || s.w(j+1) == "which" || s.w(j+1) == "whose" || asideParticiples[s.w(j+1)]):
			rel = j + 1 // also "A league official, speaking on condition of anonymity, said"
		case rel < 0 && j > from+1 && s.w(j) == "who" && s.kind(j-1) == sentence.Word:
			rel = j // "Marisol Fenn, a retired teacher who has volunteered ..., said"
		case s.w(j) == "," && rel >= 0 && s.listComma(j, L):
			// a list inside the clause: "who has shuttled between Doha,
			// Kabul and Islamabad since January,"
		case s.w(j) == "," && rel >= 0:
			return false
		}
	}
	return rel >= 0
}

// asideParticiples open a participle phrase set off by commas between a
// subject and its verb: ", speaking on condition of anonymity,".
var asideParticiples = set(`speaking talking asking requesting writing asked pressed questioned reached contacted interviewed approached
	released published approved issued adopted unveiled presented submitted tabled conducted carried completed commissioned compiled
	prepared produced drafted written based funded tendered obtained seen reviewed leaked signed dated filed sent shared
	granted`)

// speakerAt reports whether a name mention starts at R and ends the
// sentence or its clause, as an inverted speaker does ("..., said Smith.").
func (s *state) speakerAt(R, hiEff int) bool {
	m, ok := s.ents.MentionAt(R)
	return ok && m.Lo == R && (m.Hi >= hiEff || s.w(m.Hi) == ",")
}

// frontedSub reports whether the sentence opens with a subordinate clause
// that holds the subject at nLo: "While his advisers have suggested X,
// Mr. Obama is ...", "With Democratic leaders worried about X, ...".
func (s *state) frontedSub(lo, nLo int) bool {
	k := lo
	if k < nLo && (s.w(k) == "But" || s.w(k) == "And" || s.w(k) == "So") {
		k++
	}
	k = s.afterTimeMeasure(k, nLo) // "Less than 48 hours after X conceded the race, ..."
	if k >= nLo || !subordinators[s.t.Lower(k)] {
		return false
	}
	for j := k + 1; j < nLo; j++ {
		if s.w(j) == "," {
			// a name in commas may stand in it: "When the Education
			// Secretary, Gillian Keegan, declared that ..."
			if m, ok := s.ents.MentionAt(j + 1); ok && m.Lo == j+1 && m.Hi < nLo && s.w(m.Hi) == "," {
				j = m.Hi
				continue
			}
			return false
		}
		if s.kind(j) != sentence.Word {
			return false
		}
	}
	return true
}

// afterTimeMeasure returns where "after", "before", "since" or "until"
// stands behind a measure of time opening the words at k ("Less than 48
// hours after", "Two days before", "Minutes after"), or k.
func (s *state) afterTimeMeasure(k, hi int) int {
	unit := false
	for j := k; j < hi && j < k+6; j++ {
		w := s.t.Lower(j)
		switch {
		case unit && (w == "after" || w == "before" || w == "since" || w == "until"):
			return j
		case timeGap[w] || timeUnits[strings.TrimSuffix(w, "s")]:
			unit = true
		case numeral(w) || shareHedges[w] || w == "than" || w == "a" || w == "an" || w == "few":
		default:
			return k
		}
	}
	return k
}

// frontedEnd is the end of r's content when its cue stands in a
// subordinate clause that opens the sentence: "While Democrats say the
// United States must lead, they differ on ..."; "Although Obama has said
// that he opposes ..., his administration continues ...". The main clause
// after the comma is the writer's, so the content ends at that comma.
func (s *state) frontedEnd(r raw) int {
	if r.cueLo < 0 || r.cLo <= r.cueLo || s.kind(r.cLo) == sentence.OpenQuote {
		return r.cHi
	}
	lo := s.t.Sentences[s.t.Tokens[r.cueLo].Sent].Lo
	lo = s.afterDateline(lo, r.cueLo) // "PITTSBURGH — When Richard Halloran announced ..."
	if w := s.t.Lower(lo); w == "as" || w == "with" || !s.frontedSub(lo, r.cueLo) {
		// "As Breitbart News reported, ...": the main clause is what was
		// reported; "With X warning that ...," is cut where it is found
		return r.cHi
	}
	return s.cutAtClause(r.cLo, r.cHi)
}

// complementFits reports whether a content after its cue has the form the
// cue needs: "continued" reports speech before a clause or a quotation
// ("he continued: “...”", "continued that ..."), not before an object.
func (s *state) complementFits(r raw) bool {
	if r.cueLo < 0 || r.cLo <= r.cueLo {
		return true
	}
	w := s.w(r.cueLo)
	if !clauseOnly[w] {
		return true
	}
	p := r.cLo
	if s.kind(p) == sentence.OpenQuote || p > 0 && (s.w(p-1) == ":" || s.kind(p-1) == sentence.OpenQuote) || s.w(p) == "that" {
		return true
	}
	// "continues to insist that ...": the second verb is the cue
	return s.w(p) == "to" && p+1 < r.cHi && s.cueMap[s.w(p+1)] != 0
}

// clauseOnly are the cues that take a clause or a quotation, not an
// object: "continued his push", "continues to run" report no words.
var clauseOnly = set(`continued continues continue`)

// cutAtClause returns the first comma outside quotations in [lo,hi) that
// a new clause with its own subject follows ("..., they differ", "...,
// his administration continues"), or hi.
func (s *state) cutAtClause(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) != "," || s.t.Tokens[k].Quoted || s.t.Tokens[k+1].Quoted {
			continue
		}
		nw := s.w(k + 1)
		if s.newSubject(k+1) || k+2 < hi && pronouns[nw] != 0 && s.kind(k+2) == sentence.Word && !prepositions[s.w(k+2)] || possessivePronouns[nw] && s.verbAhead(k+2) {
			return k
		}
	}
	return hi
}

// cutAtComma returns the first comma outside quotations in [lo,hi), or hi.
func (s *state) cutAtComma(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted {
			return k
		}
	}
	return hi
}

// contentEnd is the end of content starting at p within a sentence whose
// effective end is hiEff; a quotation opened in it runs to its close.
func (s *state) contentEnd(p, hiEff int) int {
	hiEff = min(hiEff, p+maxContent)
	if p >= hiEff || p >= s.n {
		return hiEff // nothing left: "... warning that" closing the text
	}
	if p > 0 && p+1 < hiEff && sayForms[s.w(p-1)] && (s.w(p) == "so" || s.w(p) == "yes" || s.w(p) == "no") && (s.kind(p+1) != sentence.Word || prepositions[s.w(p+1)] || afterCue[s.w(p+1)] || subordinators[s.w(p+1)] || isAdverb(s.w(p+1)) || reflexives[s.w(p+1)] || s.w(p+1) == "during") {
		return p + 1 // "after half said so in the earlier poll", "said so publicly", "75 percent said yes, but ..."
	}
	end := hiEff
	if s.kind(p) == sentence.OpenQuote {
		e := s.runOn(p)
		// the quotation is the whole content unless the sentence goes on
		// with words of the writer's: ‘said "budget reforms" and the ...’
		if e > end || s.kind(e-1) == sentence.CloseQuote && (e >= end || s.words(e, end) < 2) {
			return max(e, s.trimEnd(p, e))
		}
		if s.kind(e-1) == sentence.CloseQuote && e+1 < end && (s.isDash(e) || s.w(e) == "—") {
			return e // ‘likened the rules to "burning the Constitution" - a charge that ...’
		}
		if s.kind(e-1) == sentence.CloseQuote && e-2 > p && e+1 < end && s.kind(e-2) == sentence.Punct && quoteTailWords[s.w(e)] && !s.hasQuote(e, end) {
			return e // ‘he yelled “You lie!” at the president’, ‘cautioned “let’s not get ahead of ourselves,” before ...’
		}
	}
	// a quotation opened inside the content and closing after the sentence
	for k := p; k < end; k++ {
		if s.kind(k) == sentence.OpenQuote {
			if e := s.runOn(k); e > end {
				end = e
			}
		}
	}
	// do not run into a following clause: ", according to ...", ", which
	// ...", "; ...", " — ...", ", adding ...".
	for k := p + 1; k+1 < end; k++ {
		if s.kind(k) == sentence.CloseQuote && s.w(k-1) == "," && k+2 < end && s.kind(k+1) == sentence.Word && (s.commaCut(k, p, end) || s.mainVerbAfterAside(k, end) || s.relativeEnds(p, k, end)) {
			return k + 1 // "... was only “partial,” meaning it ...", "who describes herself as “a lifelong Democrat,” said she ...", "who called the comments “racially toxic,” portrayed ..."
		}
		if s.t.Tokens[k].Quoted {
			continue
		}
		w := s.w(k)
		switch w {
		case ";", "—", "–", "--", "―":
			if d := s.dashAside(k, end); d > k {
				k = d // "two aid workers — a driver and a logistics officer — were killed"
				continue
			}
			if k-p >= 3 {
				return k
			}
		case ",":
			if s.commaCut(k, p, end) {
				return k
			}
			if s.mainVerbAfterAside(k, end) {
				// "Another neighbor, who asked not to be named because he
				// feared retaliation, said fights ...", "The Hollywood
				// Reporter, citing two crew members, reported that ...":
				// the aside the content is in closes, and the main
				// clause's verb follows with its own content
				return k
			}
			if s.relativeEnds(p, k, end) {
				return k // "Vin Weber, a former congressman who supports John Kasich, is no fan of Trump"
			}
			if k+1 < end && (coordAux[s.w(k+1)] || s.w(k+1) == "died") && s.w(k+1) != "also" && s.w(k+1) != "then" && s.w(k+1) != "later" && s.relativeCue(p) {
				// "Margaret Donnelly, the novelist whose books chronicled
				// working-class life, has died": the relative clause the
				// cue is in closes, and the main clause's verb follows
				return k
			}
		case "when":
			if k-p >= 3 && k+2 < end && s.w(k+1) == "asked" && !s.t.Tokens[k+1].Quoted && askedWhat[s.w(k+2)] && subjectPronouns[s.w(p)] {
				// "said he could not discuss “internal deliberations” when
				// asked whether ...": the speaker was asked, the occasion is
				// the writer's (not "said managers grew hostile when asked
				// about ...": the managers were)
				return k
			}
		case "and", "but":
			if s.coordinationCut(w, k, p, end) {
				if s.w(k-1) == "," && !s.t.Tokens[k-1].Quoted {
					return k - 1 // the comma before the conjunction is not the content's
				}
				return k
			}
		}
	}
	return end
}

// mainVerbAfterAside reports whether the comma at k is followed by a verb
// of saying in the past or present with a clause of its own after it
// (", said fights ...", ", reported on Thursday that ..."), not an
// inverted speaker (", said Mr Obama,").
func (s *state) mainVerbAfterAside(k, end int) bool {
	v := k + 1
	if v+1 >= end || s.t.Tokens[v].Quoted {
		return false
	}
	switch s.w(v) {
	case "said", "says", "told", "tells", "reported", "reports", "added", "warned", "argued", "insisted", "wrote":
	default:
		return false
	}
	n := s.w(v + 1)
	return n == "that" || n == ":" || n == "on" && v+2 < end && (timeWords[s.w(v+2)] || whenWords[s.w(v+2)]) || pronouns[n] != 0 && n != "I" ||
		s.kind(v+1) == sentence.Word && !isCapWord(n) && !prepositions[n] && s.verbAhead(v+2)
}

// relativeCue reports whether the cue before the content at p is the
// verb of a relative clause opened by "whose" with its noun ("the novelist
// whose books chronicled ..."), after a comma.
func (s *state) relativeCue(p int) bool { return s.commaRelative(p, "whose", 6) }

// commaRelative reports whether the relative pronoun pron stands among the
// few words before the content at p (the cue's subject) and a comma opens
// its clause within reach words before it: ", the novelist whose books
// chronicled", ", a former congressman who supports".
func (s *state) commaRelative(p int, pron string, reach int) bool {
	for k := p - 2; k > 0 && k >= p-4; k-- {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		if s.w(k) != pron {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-reach; j-- {
			if s.w(j) == "," {
				return true
			}
			if s.kind(j) != sentence.Word {
				return false
			}
		}
		return false
	}
	return false
}

// relativeEnds reports whether the comma or closing quotation at k ends
// a relative clause opened by ", NAME who" right before the cue of the
// content at p, the main clause's finite verb following: "Senator Tim
// Scott, who called the comments “racially toxic,” portrayed ...". A
// relative clause inside the content ("who said the plan, which ...,
// was") keeps it going.
func (s *state) relativeEnds(p, k, end int) bool {
	v := k + 1
	if v+1 >= end || s.t.Tokens[v].Quoted || s.kind(v) != sentence.Word || !(coordAux[s.w(v)] && s.w(v) != "also" && s.w(v) != "then" && s.w(v) != "later" || pastVerb(s.w(v))) {
		return false
	}
	return !s.hasWord(p, k, "which") && !s.hasWord(p, k, "who") && s.commaRelative(p, "who", 8)
}

// writersTail reports whether the phrase at q, after a comma that ends a
// content, is the writer's context for the statement rather than more of
// it: "amid growing tensions", "days after the clashes", "before adding
// that ...", "in a sign that ...", "in what was seen as ...", "in his
// first public remarks since ...". ("before settling back", "after
// seeing him" usually go on with what was said.)
func (s *state) writersTail(q, end int) bool {
	if q+1 >= end || s.kind(q) != sentence.Word || !s.tailOpens(q, end) {
		return false
	}
	for j := q + 1; j+1 < end; j++ {
		if s.w(j) == "," && !s.t.Tokens[j].Quoted && (auxWord(s.w(j+1)) || pastVerb(s.w(j+1))) {
			return false // a parenthetical inside the content: "the timing of the leak, days before the vote, was ..."
		}
	}
	return true
}

// tailOpens reports whether the words at q open one of writersTail's
// phrases; it is asked first, so that most commas cost no scan to the end.
func (s *state) tailOpens(q, end int) bool {
	w, nw := s.w(q), s.t.Lower(q+1)
	if (w == "a" || w == "an") && q+2 < end && (summaryNouns[nw] || q+3 < end && isLowerWord(nw) && summaryNouns[s.t.Lower(q+2)] && !s.t.Tokens[q+2].Quoted) && !s.copulaAside(q-1) {
		return true // ", an effort to blunt ...", ", a claim most economists reject", ", a largely symbolic move"
	}
	switch {
	case w == "amid":
		return true
	case (w == "after" || w == "before") && s.cueMap[nw]&cueIng != 0:
		return true // ", before adding that ...": the speaker's next words
	case timeGap[w] || numeral(w) || w == "a" || w == "just" || w == "only":
		for j := q + 1; j < end && j <= q+2; j++ {
			if v := s.w(j); (v == "after" || v == "before") && timeGap[s.w(j-1)] {
				return true // ", days after the clashes", ", a week before the vote"
			}
		}
	case w == "in" && (nw == "a" || nw == "an") && q+2 < end && writersMoves[s.t.Lower(q+2)]:
		return true // ", in a sign that ...", ", in a move seen as ..."
	case w == "in" && nw == "what":
		return true // ", in what was seen as a rebuke"
	case w == "in" && possessivePronouns[nw]:
		for j := q + 2; j < end && j <= q+5; j++ {
			if speakingOccasions[s.t.Lower(j)] {
				return true // ", in his first public remarks since ..."
			}
		}
	}
	return false
}

// copulaAside reports whether the comma at k closes an aside after a
// copula, so that what follows is its complement: "was not, on its own,
// a sign that anything was wrong".
func (s *state) copulaAside(k int) bool {
	lo := s.t.Sentences[s.t.Tokens[k].Sent].Lo
	for j := k - 1; j > lo && j >= k-5; j-- {
		if s.w(j) == "," {
			v := s.w(j - 1)
			return beForms[v] || v == "not" || v == "be" || v == "become" || v == "became"
		}
	}
	return false
}

// summaryNouns head the writer's apposition that sums up a statement
// just reported: "..., a claim most economists reject", "..., an effort
// to blunt his appeal", "..., a charge that Mr. Trump dismissed".
var summaryNouns = set(`claim claims charge charges effort idea sentiment request move step remark remarks
	assertion allegation allegations accusation accusations view position stance statement comment comments
	promise pledge vow warning message argument contention prediction suggestion figure characterization
	characterisation description notion theory sign signal reference nod rebuke jab swipe dig`)

// timeGap are the units of a span of time before "after" or "before".
var timeGap = set(`hours days weeks months years hour day week month year moments minutes minute`)

// writersMoves are the nouns of "in a sign that", "in a move", "in a bid
// to": the writer's reading of a statement.
var writersMoves = set(`sign move bid nod reference apparent rare veiled thinly swipe rebuke reversal departure
	break show signal`)

// coordinationCut reports whether the conjunction w ("and" or "but") at k,
// inside a content starting at p and ending by end, starts words of the
// writer's or a new attribution rather than more of the reported content.
func (s *state) coordinationCut(w string, k, p, end int) bool {
	if k+1 >= end {
		return false
	}
	if w == "but" && k-p >= 3 && s.kind(k-1) == sentence.CloseQuote && s.w(k-2) == "," && s.newSubject(k+1) {
		return true // “jobs, jobs, jobs,” but he has also ...
	}
	// a second verb phrase coordinated with the first: "... and said
	// she would", "... but has been met with opposition"; or a new
	// clause with its own speaker: "... and Democrats accused ..."
	if s.coordinatedVerb(k + 1) {
		// after a reported clause in the past, "and had ..." or "but was
		// ..." without a comma goes on with it; "and had no comment",
		// "and was charged" (a passive) are the writer's
		goesOn := s.w(k-1) != "," && (backAux[s.w(k+1)] && (s.backshifted(p, k) || s.firstAux(p, k) < 0 && s.hasPastVerb(p, k)) || presentAux[s.w(k+1)] && (s.presentTense(p, k) || s.firstAux(p, k) < 0 && s.presentClause(p, k) && !s.speechAfterAux(k+2)) && (k+2 >= end || s.w(k+2) != "since") || s.sharedModal(p, k)) && !s.writersAux(k+1, end)
		if !goesOn {
			return true
		}
	}
	if k+2 < end && s.w(k+2) == "that" && !s.t.Tokens[k+1].Quoted && s.cueMap[s.w(k+1)]&(cueVerb|cueAttBase) != 0 && !strings.HasSuffix(s.w(k+1), "ing") && !s.hasWord(p, k, "and") && s.sameTense(s.reportingCue(p), k+1) {
		// "note that she oversaw record gains and argue that ...", "said
		// ... but denied that ...": the speaker's next statement, in the
		// reporting verb's tense (in "said the bank would cut costs and
		// announce that ..." the verb shares the reported clause's modal)
		return true
	}
	if w == "and" && k+2 < end && s.w(k+2) == "that" && !s.t.Tokens[k+1].Quoted && strings.HasSuffix(s.w(k+1), "s") && s.cueMap[s.w(k+1)] != 0 && s.backshifted(p, k) {
		return true // "said he had begun looking for a new provider and doubts that ...": a present attitude of the speaker's, not the reported past
	}
	if (s.w(k+1) == "will" && s.backshifted(p, k) || s.attitudePast(k+1)) && !s.pastPerfect(p, k) {
		return true
	}
	if s.kind(k-1) == sentence.CloseQuote && s.cueMap[s.w(k+1)]&cueIng != 0 && !s.t.Tokens[k+1].Quoted {
		return true // ‘the tally was “stolen in broad daylight” and vowing to challenge it’: the speaker's next act
	}
	if k+3 < end && accuseForms[s.w(k+1)] && !s.t.Tokens[k+1].Quoted && (s.hasFinite(p, k) || s.w(p) == "that") && s.hasWord(k+2, min(end, k+9), "of") {
		return true // "said the government had consulted the sector and accused private operators of ...": the speaker's next act
	}
	if k-p >= 1 && pastVerb(s.w(k+1)) && s.cueMap[s.w(k+1)] != 0 && !s.t.Tokens[k+1].Quoted && !clauseStart[s.t.Lower(p)] && !s.hasFinite(p, k) {
		// "called him divisive and accused him of ...": an object
		// has no verb of its own, so a verb after "and" is the
		// subject's next act
		return true
	}
	if k-p >= 3 && s.w(k-1) != "," && !s.t.Tokens[k+1].Quoted && strings.HasSuffix(s.w(k+1), "ed") && pastVerb(s.w(k+1)) && (s.cueMap[s.w(k+1)] != 0 || s.w(k+1) == "ordered") && s.toBase(p, k) {
		return true // "urged affected employees to monitor their accounts and offered ...": an infinitive goes on in its base form, so a past form is the subject's next act
	}
	if k-p >= 3 && s.w(k-1) == "," && s.clauseAttribution(k+1, end) {
		return true // "had won, but a flurry of snap polls and fact-checks suggested that ...": a new attribution
	}
	if w == "and" && k-p >= 2 && k+2 < end && subjectPronouns[s.w(k+1)] && !s.t.Tokens[k+1].Quoted && judgeVerbs[s.w(k+2)] && s.newSpeaker(k+1) {
		// "said Russian services hacked the committee's computers and she
		// accused Trump of ...": a pronoun and a verb of judging start an
		// attribution of their own ("and they want ...", "and he hoped
		// ..." go on with what was reported, and so may "and he said":
		// "said her chief of staff called and he said the deal was off")
		return true
	}
	if w == "and" && k-p >= 2 && s.andAttribution(k+1, end) {
		return true // "21 percent said “not too likely” and 14 percent said ...": a new attribution
	}
	if k+2 < end && k-p >= 3 && isCapWord(s.w(k+1)) && !s.t.Tokens[k+1].Quoted {
		for j := k + 2; j < end && j <= k+4; j++ {
			if c := s.cueMap[s.w(j)]; c&cueVerb != 0 {
				return true
			}
			if !isCapWord(s.w(j)) {
				break
			}
		}
	}
	return false
}

// askedStart are the words that open what was asked: "asked about ...",
// "asked whether ...", "asked to comment".
var askedStart = set(`about whether if why how what who to`)

// asked reads a participle clause of asking at c, "Asked (by X) (when,
// where) about Y," before the main clause: content Y, cue "asked", source
// the asker named with "by".
func (s *state) asked(sen sentence.Range, c int) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1, cLo: -1}
	for k := c + 1; k < hiEff && k <= c+12; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return r, false
		}
		if askedStart[w] && k > c+1 || w == "about" || w == "whether" {
			r.cLo = k
			break
		}
		if w == "by" && k == c+1 {
			r.sLo = k + 1
		}
		if r.sLo >= 0 && r.sHi < 0 && k > r.sLo && (w == "at" || w == "on" || w == "in" || w == "during") {
			r.sHi = k // "asked by Ingraham on Thursday about ..."
		}
	}
	if r.cLo < 0 {
		return r, false
	}
	if r.sLo >= 0 && r.sHi < 0 {
		r.sHi = r.cLo
	}
	if r.sHi <= r.sLo {
		r.sLo, r.sHi = -1, -1
	}
	end := s.cutAtComma(r.cLo, hiEff)
	if end >= hiEff || end-r.cLo < 2 {
		return r, false // no main clause follows
	}
	for k := r.cLo + 2; k < end; k++ {
		if s.isDash(k) && !s.t.Tokens[k].Quoted {
			end = k // "Asked whether race played a role — Mabry was Black, ... — Pruitt said": the question ends at the aside
			break
		}
	}
	r.cHi = end
	if r.sLo >= 0 {
		if m, ok := s.ents.MentionAt(r.sLo); ok && m.Hi <= r.sHi {
			r.entity = m.Entity
		}
	}
	return r, true
}

// commaCut reports whether the comma (or the closing quotation mark after a
// quoted comma) at k, inside a content starting at p and ending by end,
// opens a clause of the writer's that ends the content: ", according to",
// ", which", ", adding ...", ", and he urged".
func (s *state) commaCut(k, p, end int) bool {
	nw := s.w(k + 1)
	// A clause of the writer's may follow a content of any length ("cited
	// the figure, further raising ..."), but a clause opened by "that" or
	// "whether" may start with a parenthetical of its own ("said that, as
	// costs rose, ...", "said that, even accounting for ...").
	long := k-p >= 3 || k > p+1 && !clauseStart[s.t.Lower(p)]
	if nw == "even" || nw == "also" || nw == "then" || nw == "further" || nw == "thereby" || isAdverb(nw) {
		if k+2 < end && strings.HasSuffix(s.w(k+2), "ing") && participleCut(s.w(k+2)) && long {
			return true // ", even suggesting ..." (not ", particularly during ...")
		}
		if nw == "even" && k+2 < end && s.w(k+2) == "as" && long {
			return true // ", even as a new poll suggests ...": the writer's
		}
	}
	if participleLinks[nw] && k+3 < end && s.w(k+2) == "going" && s.w(k+3) == "on" && long {
		return true // ", before going on to argue ...": the speaker's next act
	}
	if nw == "as" && k+3 < end && (s.w(k+2) == "well" || s.w(k+2) == "much" || s.w(k+2) == "many") && s.w(k+3) == "as" {
		return false // ", as well as a new swimming pool": the content's own list goes on
	}
	if nw == "who" || nw == "which" {
		// a relative clause stays in the content (PolNeAR's annotators
		// keep them more often than not), unless it holds an attribution
		// of its own ("bodies, which he called “a cartel”", "a neighbour,
		// who said he had been burning leaves") or follows a quotation
		// (‘called the deal “a disaster,” which drew ...’: the writer's)
		return long && (s.kind(k) == sentence.CloseQuote || s.relativeAttribution(k+2, end) && !s.relativeInside(k+2, end))
	}
	if (nw == "with" || nw == "while") && long && (!s.hasFinite(p, k) && !(nw == "with" && p > 0 && evidenceVerbs[s.w(p-1)] && s.figureAhead(k+2, end)) || s.withAttribution(k+2, end) || nw == "while" && k+3 < end && s.w(k+3) == "," && s.newSpeaker(k+2)) {
		// (a finding's own figures go on: "found the race tied, with
		// Marchetti at 46 percent"; not "found no wrongdoing, with the
		// board set to meet on Friday")
		return true // "praised the plan, with ...", ", with a poll finding ...", ", while Smith said ...": the writer's
	}
	if nw == "as" && k+3 < end && (pastVerb(s.w(k+2)) || s.w(k+2) == "written") && s.w(k+3) == "," {
		return false // "the ordinance, as written, would expose the city": a parenthetical of the content's
	}
	if clauseCut[nw] || s.cueMap[nw]&cueIng != 0 || (len(nw) > 5 || nw == "going" && k+2 < end && s.w(k+2) == "on") && strings.HasSuffix(nw, "ing") && k+2 < end && !s.t.Tokens[k+1].Quoted && s.kind(k+2) == sentence.Word && nw[0] >= 'a' && nw[0] <= 'z' && participleCut(nw) {
		if long && (s.cueMap[nw]&cueIng != 0 || !s.ingList(p, k, end) && !s.nounListItem(k, end)) {
			return true
		}
	}
	if nw == "compared" && k+3 < end && (s.w(k+2) == "with" || s.w(k+2) == "to") && long && s.shareAttribution(k+3, end) {
		return true // "say they have a favorable view of Clinton, compared with 64 percent who say the same"
	}
	if (nw == "after" || nw == "but" || nw == "whereas") && k+2 < end && long && s.shareAttribution(k+2, end) {
		return true // "say he is decisive, after half said so", ", but 55 percent of all voters say ..."
	}
	if (nw == "and" || nw == "but") && k+2 < end && (subordinators[s.w(k+2)] || s.cueMap[s.w(k+2)]&cueVerb != 0) && (k-p >= 3 || k-p == 2 && s.w(p) == "to") {
		return true // ", and when pressed ..." / ", but noted ..." / "threatened to sue, and vowed ..."
	}
	if nw == "and" && k+3 < end && k-p >= 3 && (s.backshifted(p, k) && s.pastOrBelief(s.reportingCue(p)) || p > 0 && accuseForms[s.w(p-1)]) && s.perfectClause(k+2, end) {
		return true // "knows that any bill ... could cost him his gavel, and he has shown little appetite ...": the writer's present perfect beside the reported past, or after an object ("accuses Vance of having donated ..., and senior aides have made ...")
	}
	if nw == "and" && k+2 < end && k-p >= 1 {
		j := s.afterTimeLead(k+2, end) // "..., and on Tuesday he told reporters ..."
		if j < end && s.newSpeaker(j) && !s.t.Tokens[j].Quoted {
			return true // "..., and he urged North Korea to ...": an attribution of its own
		}
		if k-p >= 3 && s.clauseAttribution(k+2, end) {
			return true // ‘“wasting your money,” and a spokesman for the group, Trent Dobbins, said ...’
		}
	}
	if k-p >= 3 && k+2 < end && pastVerb(nw) && s.cueMap[nw]&cueVerb != 0 && !s.t.Tokens[k+1].Quoted && s.w(k+2) != "by" && s.verbSeriesEnd(k+2, end) {
		// "has suggested that voting is rigged, threatened to sue ..., and
		// promised ...": the subject's next act (the series ends in a verb
		// of saying; "said the man entered the bank, demanded cash, and
		// fled" is the man's)
		return true
	}
	if (nw == "and" || nw == "but") && k+3 < end && k-p >= 3 && s.infinitiveContent(p, k) && s.clauseAfter(k+2) {
		return true // "expected the Fed to stand pat, and stocks barely moved": a clause of the writer's
	}
	if k+1 < end && k-p >= 2 && !s.t.Tokens[k+1].Quoted && (determiners[s.lower(nw)] || isCapWord(nw)) && s.newSpeaker(k+1) && s.commaClause(k+1, end) {
		return true // "In a statement announcing the pick, the Association ... called ..."
	}
	if nw == "but" && k+2 < end && k-p >= 3 && (s.newSubject(k+2) || s.newSpeaker(k+2) || s.frontedPhraseSubject(k+2, end)) && !s.t.Tokens[k+2].Quoted {
		return true // ", but Clinton would leave it at 35 percent", ", but for Republicans, it is ..."
	}
	if nw == "but" && k+2 < end && k-p >= 3 && !s.t.Tokens[k+2].Quoted && pastVerb(s.w(k+2)) {
		return true // "said the port would reopen, but gave no date": the reporting clause's
	}
	if long && !s.t.Tokens[k+1].Quoted && s.writersTail(k+1, end) {
		return true // "said the army was ready, amid growing tensions on the border"
	}
	if k-p >= 2 && k+1 < end && !s.t.Tokens[k+1].Quoted && s.newSpeaker(k+1) && (s.closingAttribution(k+1, end) || s.colonAttribution(k+1, end)) {
		// "the time has come, they say for a dialogue, he said.": the
		// sentence closes with its own attribution, which is not part of
		// the content nested in it
		return true
	}
	return false
}

// beforeAdverbs returns where the adverbs that end the words from lo to
// hi begin ("some donors privately" -> after "donors"), or hi.
func (s *state) beforeAdverbs(lo, hi int) int {
	for hi > lo+1 && isAdverb(s.w(hi-1)) && !s.t.Tokens[hi-1].Quoted {
		hi--
	}
	return hi
}

// verbSeriesEnd reports whether a series of verbs sharing one subject
// closes between k and end with "and" and a past verb of saying: ",
// threatened to sue ..., and promised to ...". (The caller rules out a
// participle with its agent: "financed by joint borrowing, backed by the
// EU budget, and denied ...".)
func (s *state) verbSeriesEnd(k, end int) bool {
	for j := k; j+1 < end && j < k+40; j++ {
		if s.t.Tokens[j].Quoted {
			continue
		}
		if s.w(j) == "." || s.w(j) == ";" {
			return false
		}
		if s.w(j) == "and" && s.w(j-1) == "," && pastVerb(s.w(j+1)) && !s.t.Tokens[j+1].Quoted {
			return s.cueMap[s.w(j+1)]&cueVerb != 0
		}
	}
	return false
}

// infinitiveContent reports whether the content [p,k) is an object and
// its infinitive ("the Fed to stand pat") with no finite verb of its own,
// so that a finite clause after it cannot be the content's.
func (s *state) infinitiveContent(p, k int) bool {
	return s.hasWord(p, min(k, p+6), "to") && !s.hasFinite(p, k) && !s.hasQuote(p, k)
}

// toBase reports whether a content [p,k) after a verb of telling someone
// to act has "to" and a verb's base form among its first words:
// "affected employees to monitor ...".
func (s *state) toBase(p, k int) bool {
	if p == 0 || !objectControl[s.w(p-1)] {
		return false // only after a verb that tells someone to act: not "grateful to police", "committed to dialogue"
	}
	for j := p; j+1 < k && j < p+6; j++ {
		if s.w(j) == "to" && !s.t.Tokens[j].Quoted {
			v := s.w(j + 1)
			return isLowerWord(v) && !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "ing") && !determiners[v] && !possessivePronouns[v] && pronouns[v] == 0 && (s.cueMap[v] != 0 || !strings.HasSuffix(v, "s"))
		}
	}
	return false
}

// objectControl are verbs that tell or ask someone to act: "urged
// employees to monitor ...".
var objectControl = set(`urged urges told tells asked asks encouraged encourages pressed presses advised advises
	warned warns invited invites implored implores begged begs`)

// clauseAfter reports whether a clause with its own subject starts at k:
// a pronoun, a determiner, a name or a bare plural, then a finite verb
// ("stocks barely moved", "the bank raised").
func (s *state) clauseAfter(k int) bool {
	if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
		return false
	}
	if w := s.w(k); pronouns[w] == 0 && !isCapWord(w) && !determiners[s.t.Lower(k)] && !(isLowerWord(w) && s.pluralHead(k)) {
		return false
	}
	return s.verbAhead(k + 1)
}

// afterTimeLead returns where a clause starts after a short phrase of time
// at k, in any case ("on Tuesday", "last week", "later", "At one point"),
// before end, or k when there is none.
func (s *state) afterTimeLead(k, end int) int {
	if k+1 >= end || s.t.Tokens[k].Quoted {
		return k
	}
	switch w := s.t.Lower(k); {
	case w == "later" || w == "then" || w == "earlier":
		return k + 1
	case (w == "on" || w == "last" || w == "this") && (timeWords[s.w(k+1)] || timeUnits[s.t.Lower(k+1)]):
		return k + 2
	case w == "at" && k+2 < end && (s.w(k+1) == "one" || s.w(k+1) == "that") && s.w(k+2) == "point":
		return k + 3
	}
	return k
}

// commaBefore reports whether a comma or a closing quotation mark stands
// in the sentence before token p, as when the content comes first.
func (s *state) commaBefore(p int) bool {
	sent := s.t.Tokens[p].Sent
	for k := p - 1; k >= 0 && s.t.Tokens[k].Sent == sent; k-- {
		if s.kind(k) == sentence.CloseQuote || s.w(k) == "," && !s.t.Tokens[k].Quoted {
			return true
		}
	}
	return false
}

// frontedPhraseSubject reports whether a prepositional phrase at k, closed
// by a comma, is followed by a clause with its own subject: "for
// Republicans, it is a smoking gun".
func (s *state) frontedPhraseSubject(k, end int) bool {
	if !phrasePreps[s.t.Lower(k)] {
		return false
	}
	for j := k + 1; j+1 < end && j <= k+6; j++ {
		if s.t.Tokens[j].Quoted {
			return false
		}
		if s.w(j) == "," {
			return j > k+1 && s.newSubject(j+1)
		}
		if s.kind(j) != sentence.Word {
			return false
		}
	}
	return false
}

// ingList reports whether the -ing word after the comma at k goes on a
// list of gerund phrases the content began before it and closes with "and"
// or "or" and another: "pledges: rebuilding the military, taking care of
// veterans, protecting the Second Amendment and building a wall".
func (s *state) ingList(p, k, end int) bool {
	before := false
	for j := max(p, k-8); j < k; j++ {
		if w := s.w(j); len(w) > 4 && strings.HasSuffix(w, "ing") && w[0] >= 'a' && w[0] <= 'z' && !s.t.Tokens[j].Quoted {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	for j := k + 2; j+1 < end && j < k+40; j++ {
		if s.t.Tokens[j].Quoted {
			continue
		}
		if w := s.w(j); w == "." || w == ";" {
			return false
		}
		if w := s.w(j); (w == "and" || w == "or") && len(s.w(j+1)) > 4 && strings.HasSuffix(s.w(j+1), "ing") {
			return true
		}
	}
	return false
}

// nounListItem reports whether the words after the comma at k are an item
// of a list the content goes on with: a noun in -ing, perhaps with its
// head, then "and" or "or" ("needed rice, drinking water, and
// tarpaulins", "feared increased crime, loitering and drug use").
func (s *state) nounListItem(k, end int) bool {
	if !strings.HasSuffix(s.w(k+1), "ing") {
		return false
	}
	if reactionParticiples[s.w(k+1)] {
		return false // how the words were received: ", drawing both cheers and boos"
	}
	for j := k + 2; j < end && j <= k+4; j++ {
		w := s.w(j)
		if w == "," && j+1 < end && (s.w(j+1) == "and" || s.w(j+1) == "or") || w == "and" || w == "or" {
			return true
		}
		if s.kind(j) != sentence.Word {
			return false
		}
	}
	return false
}

// reactionParticiples say how a statement was received, the writer's
// words after it: ", drawing both cheers and boos", ", prompting calls
// for ...".
var reactionParticiples = set(`drawing prompting sparking triggering provoking eliciting earning igniting fuelling fueling`)

// withAttribution reports whether the phrase opened by ", with" or ",
// while" before k holds an attribution of its own: a reporting verb within
// a few words ("with one saying ...", "with the new poll finding ..."). Otherwise an
// absolute phrase or a contrast after a reported clause goes on with it
// ("said he has never been healthier, with his weight down", "found that
// 28 percent backed Trump, while 23 percent favored Cruz").
func (s *state) withAttribution(k, end int) bool {
	for j := k; j < end && j < k+12; j++ {
		if s.t.Tokens[j].Quoted || s.kind(j) != sentence.Word && s.w(j) != "/" && s.w(j) != "-" {
			return false
		}
		if c := s.cueMap[s.w(j)]; c != 0 && c&(cueAtt|cueAttIng) == 0 && !isCapWord(s.w(j)) {
			return true
		}
	}
	return false
}

// relativeAttribution reports whether the relative clause whose pronoun
// precedes k is an attribution: a reporting verb right away ("who said
// ...", "which said Thursday ...") or after a subject of up to four words
// ("which Jane Cole called", "which the union called").
func (s *state) relativeAttribution(k, end int) bool {
	if k+1 < end && s.w(k) == "," {
		k++ // "which, he said, would be reviewed"
	}
	for j := k; j < end && j <= k+4; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		w := s.w(j)
		if s.plainCue(w) && !strings.HasSuffix(w, "ing") && !findingVerbs[w] || w == "called" || w == "described" {
			return true
		}
		if isAdverb(w) || w == "later" || w == "also" {
			continue // "who later told reporters"
		}
		if j == k && !(pronouns[w] != 0 || determiners[s.t.Lower(j)] || isCapWord(w) || crowdNouns[w]) {
			return false // "which passed the House": a verb of its own, no attribution
		}
		if auxWord(w) && j > k && !pastVerb(w) && !beForms[w] {
			continue // "which he has called “...”": the subject's auxiliary (not a passive: "which the Senate is expected to take up")
		}
		if auxWord(w) || pastVerb(w) {
			return false
		}
	}
	return false
}

// askedWhat open the question after "when asked" (not "when asked to do
// so by police", which is part of what is reported).
var askedWhat = set(`whether if about what why how who when`)

// relativeInside reports whether the relative clause from k closes at a
// comma (inside a quotation or not) and the content's own verb follows:
// "the plan, which critics have called “reckless,” would be scrapped".
func (s *state) relativeInside(k, end int) bool {
	for j := k; j+1 < end && j < k+30; j++ {
		if s.w(j) != "," {
			continue
		}
		n := j + 1
		for n < end && s.kind(n) == sentence.CloseQuote {
			n++
		}
		if n >= end || s.kind(n) != sentence.Word {
			return false
		}
		v := s.w(n)
		// (a present verb in -s, not a plural noun before its own verb of
		// saying: "..., officials said")
		return auxWord(v) || pastVerb(v) || len(v) > 3 && isLowerWord(v) && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !(n+1 < end && sayForms[s.w(n+1)])
	}
	return false
}

// findingVerbs report what data or a person shows or asks rather than
// says: "wage data, which showed pay slowing", "a pensioner, who asked not
// to be named".
var findingVerbs = set(`showed shows show found finds asked asks`)

// listComma reports whether the comma at j separates items of a list:
// an "and" or "or" follows within a few words, before another comma.
func (s *state) listComma(j, end int) bool {
	for q := j + 1; q < end && q <= j+4; q++ {
		switch s.w(q) {
		case "and", "or":
			return true
		case ",", ".", ";":
			return s.w(q) == "," && s.listComma(q, min(end, q+5)) // "milk, bread, eggs and ..."
		}
	}
	return false
}

// auxWord reports whether w is a form of be or have or a modal: the
// start of a finite verb group.
func auxWord(w string) bool {
	return beForms[w] || modals[w] || w == "has" || w == "have" || w == "had"
}

// finiteVerb reports whether w is a past form or a verb of the cue
// lexicon other than its -ing participle: a clause's verb.
func (s *state) finiteVerb(w string) bool {
	return pastVerb(w) || s.cueMap[w]&cueVerb != 0 && !strings.HasSuffix(w, "ing")
}

// hasFinite reports whether [lo,hi) holds a finite verb outside
// quotations: be, have, a modal or a verb in the past.
func (s *state) hasFinite(lo, hi int) bool {
	return s.finiteIn(lo, hi, false)
}

// finiteIn is hasFinite, not counting, with agents, a past participle
// that its agent or place follows ("signed by", "published in").
func (s *state) finiteIn(lo, hi int, agents bool) bool {
	for j := lo; j < hi; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			continue
		}
		w := s.w(j)
		if agents && pastVerb(w) && j+1 < hi && (s.w(j+1) == "by" || s.w(j+1) == "in" || s.w(j+1) == "on") {
			continue
		}
		if auxWord(w) || pastVerb(w) {
			return true
		}
	}
	return false
}

// closingAttribution reports whether [k,end) is a short attribution that
// closes its sentence: at most four words, the last a speech verb, no
// punctuation ("..., he said." but not "the plan, officials say, is dead").
func (s *state) closingAttribution(k, end int) bool {
	if end-k > 6 {
		return false // (up to "two people familiar with the talks said")
	}
	for j := k; j < end; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || j < end-1 && (auxWord(s.w(j)) || s.cueMap[s.w(j)]&cueVerb != 0) {
			return false
		}
	}
	c := s.cueMap[s.w(end-1)]
	return c&cueVerb != 0 && c&cueWeak == 0
}

// andAttribution reports whether the words from k after an "and" are a
// subject of one to three lower-case words followed by a plain speech verb
// with a content of its own: "and 14 percent said", "and most residents
// said it would work".
func (s *state) andAttribution(k, end int) bool {
	if w := s.w(k); pronouns[w] != 0 || badStart[w] || auxiliaries[w] || modals[w] || causeVerbs[w] {
		return false // "and he said": the rules for a new speaker; "and let others say"
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		w := s.w(j - 1)
		if s.kind(j-1) != sentence.Word || s.t.Tokens[j-1].Quoted || j-1 > k && (npStop[w] || relPron[w]) || auxWord(w) || pastVerb(w) || objPronouns[w] {
			return false // "and those who said they were ignored", "and heard them say"
		}
		if !sayForms[s.w(j)] || j+1 >= end || s.kind(j+1) == sentence.Punct && s.w(j+1) != "," {
			continue
		}
		return !determiners[w] && s.cueMap[w] == 0
	}
	return false
}

// clauseAttribution reports whether the words from k, after a comma and
// "and" or "but", are a new subject (an article or a name opening it) and a
// verb of saying with "that": "..., but a flurry of snap polls, fact-checks
// and television appearances suggested that ...".
func (s *state) clauseAttribution(k, end int) bool {
	if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word || pronouns[s.t.Lower(k)] != 0 {
		return false
	}
	if w := s.w(k); !determiners[s.t.Lower(k)] && !isCapWord(w) && (!isLowerWord(w) || prepositions[w] || phrasePreps[w] || subordinators[w] || auxWord(w) || pastVerb(w) || s.cueMap[w] != 0 || isAdverb(w)) {
		return false // (a bare plural may open it: "..., and fiscal hawks in both parties have warned that")
	}
	for j := k + 1; j+1 < end && j <= k+14; j++ {
		w := s.w(j)
		if s.titleDot(j) {
			continue // a title's abbreviation: "Col. Sherzod Alimov"
		}
		if s.t.Tokens[j].Quoted || s.kind(j) != sentence.Word && w != "," && w != "-" {
			return false
		}
		if c := s.cueMap[w]; c&cueVerb != 0 && c&cueWeak == 0 && j > k+1 && s.w(j+1) == "that" && (pastVerb(w) || strings.HasSuffix(w, "s")) && !numeral(s.t.Lower(j-1)) && !determiners[s.t.Lower(j-1)] {
			return true
		}
		if c := s.cueMap[w]; c&cueTell != 0 && j > k+1 && j+3 < end && (s.w(j+2) == "that" || s.w(j+3) == "that") && s.kind(j+1) == sentence.Word && pastVerb(w) {
			return true // "..., and a ministry spokesman, Col. Sherzod Alimov, told Meridian that ..."
		}
		if c := s.cueMap[w]; (c&cueVerb != 0 && c&cueWeak == 0 || c&cueAttBase != 0) && j > k && s.w(j+1) == "that" && !strings.HasSuffix(w, "s") && !pastVerb(w) && len(s.w(j-1)) > 3 && strings.HasSuffix(s.w(j-1), "s") {
			return true // "..., and administration officials argue that ...": a plural and a verb in the present
		}
		if (w == "said" || w == "say" || w == "says") && j > k+1 && (determiners[s.t.Lower(k)] || unnamedNouns[s.t.Lower(k)] || s.bareSourceHead(k, j)) {
			return true // "..., and people familiar with the state's legal strategy said the office was ..."
		}
		if auxWord(w) && j > k+1 && j+3 < end && isAdverb(s.w(j+1)) && s.cueMap[s.w(j+2)]&cueVerb != 0 && s.w(j+3) == "that" && !s.t.Tokens[j+2].Quoted {
			return true // "..., and cable pundits have repeatedly suggested that ..."
		}
		if auxWord(w) && j > k+1 && j+2 < end && s.cueMap[s.w(j+1)]&cueVerb != 0 && s.w(j+2) == "that" && !s.t.Tokens[j+1].Quoted {
			return true // "..., and fiscal hawks in both parties have warned that ..."
		}
		if auxWord(w) || pastVerb(w) || relPron[w] {
			return false
		}
	}
	return false
}

// reportingCue returns the cue before a content starting at p ("said
// that ...": "said"), or -1.
func (s *state) reportingCue(p int) int {
	c := p - 1
	if c >= 0 && s.w(c) == "that" {
		c--
	}
	if c < 0 || s.cueMap[s.w(c)] == 0 {
		return -1
	}
	return c
}

// sameTense reports whether the verbs at a and b have the same form: both
// past, both in -s, or both bare.
func (s *state) sameTense(a, b int) bool {
	if a < 0 {
		return false
	}
	form := func(w string) int {
		switch {
		case pastVerb(w) || irregularPast[w] || pastCues[w]:
			return 1
		case strings.HasSuffix(w, "s"):
			return 2
		}
		return 3
	}
	return form(s.w(a)) == form(s.w(b))
}

// figureNouns measure a standing without a numeral: "trailing by double
// digits".
var figureNouns = set(`percent points digits`)

// figureAhead reports whether a number stands within the next few words
// from k: "with Marchetti at 46 percent", "with 10 percent undecided".
func (s *state) figureAhead(k, end int) bool {
	for j := k; j < end && j < k+6; j++ {
		if numeral(s.w(j)) || figureNouns[s.w(j)] {
			return true
		}
	}
	return false
}

// pastCues are cues in the past that end in neither -ed nor a listed
// irregular form.
var pastCues = set(`said told found thought felt knew wrote held spoke saw`)

// bareSourceHead reports whether the words [k,j) open with an unnamed
// source's plural and what it knows: "people familiar with the plan".
func (s *state) bareSourceHead(k, j int) bool {
	return k+1 < j && unnamedNouns[s.t.Lower(k)] && (sourcePostmods[s.w(k+1)] || sourcePreps[s.w(k+1)])
}

// shareAttribution reports whether the words from k are a share of
// people and a plain speech verb, the next finding of a poll: "half said
// so", "55 percent of all voters say she does not", "64 percent who say
// the same".
func (s *state) shareAttribution(k, end int) bool {
	if !s.shareStart(k) {
		return false
	}
	for j := k + 1; j+1 < end && j <= k+6; j++ {
		if s.kind(j) != sentence.Word && s.w(j) != "%" || s.t.Tokens[j].Quoted {
			return false
		}
		if sayForms[s.w(j)] {
			return true
		}
	}
	return false
}

// shareStart reports whether a share of people starts at k: "half",
// "most", "64 percent", "Six in 10", "two-thirds", "a majority", "about
// a third", "fewer than half".
func (s *state) shareStart(k int) bool {
	for n := 0; n < 2 && k+1 < s.n && shareHedges[s.t.Lower(k)]; n++ {
		k++ // "about", "only about", "more than"
		if s.w(k) == "than" && k+1 < s.n {
			k++
		}
	}
	w := s.t.Lower(k)
	if w == "a" || w == "an" {
		return k+1 < s.n && shareNouns[s.t.Lower(k+1)]
	}
	return shareNouns[w] || numeral(w) || strings.Contains(w, "-third") || strings.Contains(w, "-quarter") || strings.Contains(w, "-fifth")
}

// numeral reports whether w is a number in figures or words: "64",
// "six", "Seventy", "sixty-one".
func numeral(w string) bool {
	tens, _, _ := strings.Cut(w, "-")
	return numberWords[w] || tensWords[tens] || strings.IndexAny(w, "0123456789") == 0
}

// tensWords spell a number of people or a share: "Seventy percent",
// "Sixty-one percent of adults", "eleven in 20".
var tensWords = set(`eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
	thirty forty fifty sixty seventy eighty ninety`)

// shareHedges come before a share: "about half", "only 7 percent",
// "more than 4 in 10".
var shareHedges = set(`about nearly only just almost roughly some more fewer less`)

// shareNouns are shares of people by themselves: "half said", "most
// agree", "a majority favor".
var shareNouns = set(`half most many majority minority third quarter fifth plurality`)

// shareGlue are the other words a bare share is made of: "64 percent",
// "Six in 10", "more than a third".
var shareGlue = set(`percent % in than a an the`)

// peopleNouns head a share of people ("4 in 10 Republican voters"), not of
// things ("40 percent of the funds").
var peopleNouns = set(`voters people respondents americans adults members democrats republicans independents
	men women workers residents citizens parents students those caucusgoers caucus-goers delegates
	supporters likely`)

// shareSubject reports whether the subject [lo,hi) is a share of people
// ("Only about 4 in 10 Republican voters in each state", "64 percent", "A
// majority of voters"), whose attitudes polls report; a share of things
// ("Half of the budget", "40 percent of the funds") is not.
func (s *state) shareSubject(lo, hi int) bool {
	if hi-lo > 14 || !s.shareStart(lo) {
		return false
	}
	// the share alone: "64 percent", "Six in 10", "A majority" (not "most"
	// or "many" alone, which a text uses of anything)
	bare := !(hi == lo+1 && (s.t.Lower(lo) == "most" || s.t.Lower(lo) == "many"))
	for k := lo; k < hi; k++ {
		w := s.t.Lower(k)
		if peopleNouns[w] || isCapWord(s.w(k)) && strings.HasSuffix(w, "s") && k > lo {
			return true
		}
		if !shareNouns[w] && !shareHedges[w] && !numeral(w) && !shareGlue[w] {
			bare = false // "14 basis points", "Half of the budget"
		}
	}
	return bare
}

// quoteTailWords open the writer's words after a whole quotation that
// closes with its own punctuation: "yelled “You lie!” at the president".
var quoteTailWords = set(`at before after to as during while when toward towards from until`)

// namedShare reports whether the share of people [lo,hi) names itself as
// one, with a share word or the people it counts ("58 percent", "half of
// voters", "Six in 10 Pennsylvania voters"), not by a number alone ("47"
// after a name is an age, "2022" a year).
func (s *state) namedShare(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := s.t.Lower(k); w == "percent" || w == "%" || shareNouns[w] || peopleNouns[w] || strings.Contains(w, "-third") || w == "in" && k+1 < hi && isDigits(s.w(k+1)) {
			return true
		}
	}
	return false
}

// causeVerbs take a subject and a bare verb after them: "and let others
// say what they want", "and made the fans say wow".
var causeVerbs = set(`let lets make makes made help helps hear see watch`)

// colonAttribution reports whether a short attribution from k ends in a
// colon before a quotation: "Asked if he thought the email went too far,
// Devine responded: “I guess so.”" (the question's content ends before it).
func (s *state) colonAttribution(k, end int) bool {
	for j := k; j+2 < end && j < k+4; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if c := s.cueMap[s.w(j)]; c&cueVerb != 0 && c&cueWeak == 0 && s.w(j+1) == ":" && s.kind(j+2) == sentence.OpenQuote {
			return true
		}
	}
	return false
}

// pastVerb reports whether w is a verb in the past tense: a regular -ed
// form or a common irregular one.
func pastVerb(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	switch w {
	case "gave", "took", "made", "went", "came", "kept", "left", "held", "sent", "spent", "brought", "told", "said", "did", "declined", "stopped",
		"lost", "won", "fell", "rose", "grew", "paid", "sold", "bought", "met", "ran", "saw", "found", "got", "built", "drew", "drove",
		"flew", "knew", "thought", "became", "began", "broke", "caught", "wrote", "stood", "fled", "heard", "felt", "sought", "struck",
		"threw", "withdrew", "fought", "taught", "understood", "chose", "forgot", "hid", "died",
		"woke", "awoke", "ate", "wore", "rode", "slept", "spoke", "swam", "rang", "drank", "shook", "stole",
		"froze", "meant", "bled", "dug", "knelt", "lent", "shone", "slid", "spun",
		"stuck", "swept", "swore", "swung", "tore", "wept", "blew", "sank", "shrank", "sprang", "strode",
		"underwent", "upheld", "withheld", "oversaw", "mistook", "misled", "forgave", "arose", "clung", "crept", "dealt":
		// irregular past forms: "the report ... said the county lost
		// money" holds a clause, not an inverted speaker
		return true
	}
	return false
}

// commaClause reports whether the clause starting at k runs on past its
// verb (a new sentence-level clause, not a parenthetical "X, he said, Y"):
// no comma follows its reporting verb right away.
func (s *state) commaClause(k, end int) bool {
	for j := k + 1; j < end && j <= k+5; j++ {
		if c := s.cueMap[s.w(j)]; c&cueVerb != 0 {
			return j+1 < end && s.w(j+1) != "," && s.kind(j+1) == sentence.Word
		}
	}
	return false
}

// coordinatedVerb reports whether token k starts a coordinated verb phrase:
// a speech cue or an auxiliary. (Other coordinated verbs, "... and thought
// of the days", usually stay in the content in PolNeAR's annotation.)
func (s *state) coordinatedVerb(k int) bool {
	w := s.w(k)
	if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if s.plainCue(w) {
		return true
	}
	switch w {
	case "has", "have", "had", "is", "was", "were", "also", "then":
		return true
	}
	return false
}

// sharedModal reports whether the verb after the "and" at k is a bare
// form sharing a modal of the reported clause from p: "says he would sit
// Putin down and tell him ..." (the speaker's next act would be "tells").
func (s *state) sharedModal(p, k int) bool {
	w := s.w(k + 1)
	if (w == "also" || w == "then") && k+2 < s.n {
		if trueModals[s.w(k+2)] {
			return true // "would be crushed but also would undermine ..."
		}
		w = s.w(k + 2) // "and also criticized the judge": the verb decides
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPast[w] || pastVerb(w) || sayForms[w] || pronouns[w] != 0 {
		return false // "and also criticized", "and then he stormed out": the speaker's next act
	}
	for j := k - 1; j >= p && j >= k-12; j-- {
		if s.w(j) == "," || s.t.Tokens[j].Quoted {
			return false
		}
		if trueModals[s.w(j)] || strings.HasSuffix(s.w(j), "’d") || strings.HasSuffix(s.w(j), "'d") {
			return true
		}
	}
	return false
}

// trueModals are the modal auxiliaries a bare verb after "and" can share.
var trueModals = set(`will would could should may might must can`)

// attitudePast reports whether token k is an attitude cue in the past
// tense ("encouraged", "attacked") after "and" and a quoted fragment. After
// a reported clause in the past, ‘that Machado was “a con” and encouraged
// Americans to ...’ goes on with the reporting subject's next act; without
// the quotation ("the suspect had fled and attacked a man", "the gunman was
// shouting and attacked people") the verb is the reported clause's.
func (s *state) attitudePast(k int) bool {
	w := s.w(k)
	return s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && strings.HasSuffix(w, "ed") && s.cueMap[w]&cueAtt != 0 &&
		k >= 2 && s.kind(k-2) == sentence.CloseQuote
}

// afterPreposition reports whether the phrase starting at k, its article
// aside, follows a preposition within the sentence from lo.
func (s *state) afterPreposition(lo, k int) bool {
	k--
	if k >= lo && (s.w(k) == "the" || s.w(k) == "The") {
		k--
	}
	return k >= lo && phrasePreps[s.w(k)]
}

var phrasePreps = set(`of in at on for with from against outside inside near by about among within to into over under`)

// pastPerfect reports whether [p,k) holds "had": "said the suspect had
// fled and attacked ..." shares the auxiliary across "and".
func (s *state) pastPerfect(p, k int) bool {
	for j := p; j < k; j++ {
		if s.w(j) == "had" {
			return true
		}
	}
	return false
}

// backshifted reports whether the reported clause [p,k) is in the past
// (its first auxiliary is "was", "had", "would" ...), as reported speech
// after "said" usually is. A future "and will ..." after it is then a
// second verb of the reporting clause ("said she was confident and will
// travel on Thursday"); after a clause in the present it goes on with the
// reported words ("said the U.S. is not seeking bases and will leave if
// ...").
func (s *state) backshifted(p, k int) bool {
	j := s.firstAux(p, k)
	return j >= 0 && pastAux[s.t.Lower(j)]
}

// hasPastVerb reports whether a simple past verb stands in [p,k): "the
// adjustment reflected “market realities” and was not ...".
func (s *state) hasPastVerb(p, k int) bool {
	for j := p; j < k; j++ {
		if s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted && pastVerb(s.w(j)) {
			return true
		}
	}
	return false
}

// presentTense reports whether the first auxiliary in [p,k) is "is",
// "are", "has" or "have": the reported clause was not backshifted ("told the
// AP that the investigation is independent and is being conducted by
// career lawyers").
func (s *state) presentTense(p, k int) bool {
	j := s.firstAux(p, k)
	return j >= 0 && presentAux[s.t.Lower(j)]
}

// speechAfterAux reports whether the verb at k, after "has" or "have", is
// one of saying or of declining to: "... and has told the club he will
// sign", "... and has declined further comment" are the speaker's.
func (s *state) speechAfterAux(k int) bool {
	return k < s.n && (s.plainCue(s.w(k)) || s.w(k) == "declined" || s.w(k) == "refused")
}

// presentClause reports whether the reported clause [p,k) has, after a
// short subject, a verb in the present with -s and no auxiliary: ‘it
// “stands fully behind” the selection and has no plans to ...’, "its
// leadership views Prewitt as the stronger candidate and has ...". A word
// in -s after an article or before a verb is a noun ("the talks would").
func (s *state) presentClause(p, k int) bool {
	for j := p + 1; j < k && j <= p+6; j++ {
		switch s.kind(j) {
		case sentence.OpenQuote, sentence.CloseQuote:
			continue
		case sentence.Word:
		default:
			return false
		}
		w := s.w(j)
		if auxWord(w) || pastVerb(w) {
			return false
		}
		if s.presentVerb(j) && !determiners[s.t.Lower(j-1)] && !possessivePronouns[s.t.Lower(j-1)] && j+1 < k && !auxWord(s.w(j+1)) && !pastVerb(s.w(j+1)) {
			return true
		}
	}
	return false
}

// firstAux returns the first auxiliary of a tense (pastAux, nonPastAux) in
// [p,k), or -1.
func (s *state) firstAux(p, k int) int {
	for j := p; j < k; j++ {
		if w := s.t.Lower(j); pastAux[w] || nonPastAux[w] {
			return j
		}
	}
	return -1
}

// pastAux and nonPastAux are the auxiliaries whose tense tells a
// backshifted reported clause from one in the present.
var (
	pastAux    = set(`was were had would could did might`)
	nonPastAux = set(`is are has have will can does do may must`)
)

// presentAux go on with a reported clause in the present after "and" or
// "but" without a comma, as backAux do with one in the past.
var presentAux = set(`is are has have`)

// participleCut reports whether an -ing word after a comma starts a
// participle clause of the writer's ("..., referencing the bank's drive");
// a few -ing words are nouns or prepositions and do not.
func participleCut(w string) bool {
	switch w {
	case "including", "according", "during", "something", "nothing", "anything", "everything", "morning", "evening", "building", "meeting", "spending", "funding", "housing", "training", "king", "thing", "bring", "ring", "being":
		return false
	}
	return true
}

// words after a comma that start a new clause outside the content.
var clauseCut = set(`according whom whose as although though whereas however`)

// quantityStart are words that open a subject with a quantity ("that at
// least four homes", "that nearly all of them").
var quantityStart = set(`at more fewer less only about nearly almost around roughly some many most all no none every`)

// sentenceAdjunct reports whether the words from p to the sentence end hi
// are only an adjunct of the reporting verb: a time or circumstance phrase
// ("after the attacks", "during a rally in Ohio") or a participle clause of
// its own (", adding that ..."), with no "that" and no quotation.
func (s *state) sentenceAdjunct(p, hi int) bool {
	if p+1 < hi && s.w(p) == "," && !s.t.Tokens[p+1].Quoted && s.cueMap[s.w(p+1)]&cueIng != 0 {
		return true
	}
	if p >= hi || s.kind(p) != sentence.Word || !closingAdjuncts[s.w(p)] || particles[s.w(p)] && !sayForms[s.w(p-1)] {
		return false // "called on Trump to ...": a particle of the verb
	}
	for q := p + 1; q < hi; q++ {
		if s.t.Tokens[q].Quoted || s.kind(q) == sentence.OpenQuote || s.w(q) == "that" || s.w(q) == ":" || s.w(q) == ";" {
			return false
		}
		if s.w(q) == "," {
			return q+1 < hi && !s.t.Tokens[q+1].Quoted && s.cueMap[s.w(q+1)]&cueIng != 0 && !s.hasFinite(p+1, q)
		}
	}
	// "said in Ohio the plan is dead": a clause follows the adjunct
	return !s.hasFinite(p+1, hi)
}

// timeOpeners after "One" or "The" open a phrase of time, not a
// description of the speaker: "One morning, Anna Ruiz, a nurse, told",
// "The following year, Maria Lopez said".
var timeOpeners = set(`morning afternoon evening night day week month year following next same other`)

// roleBefore returns the start of a description in commas right before
// the name at nLo ("the tool, a spokeswoman, Anna White, said"): an
// article, "one" or a possessive, at most four more words (with a role
// among them, or plain lower-case words), and a comma or a quotation's
// closing mark before it, or the sentence's start ("Her neighbour, Peter
// Quinn, agreed"). It returns -1 when there is none.
func (s *state) roleBefore(lo, nLo int) int {
	if nLo-2 < lo || s.w(nLo-1) != "," {
		return -1
	}
	role, plain := false, true
	for d := nLo - 2; d >= lo && d >= nLo-6; d-- {
		w := s.t.Lower(d)
		if s.kind(d) != sentence.Word || s.t.Tokens[d].Quoted {
			return -1
		}
		if o := s.nameOpening(lo, d); o >= 0 && d < nLo-2 {
			// a named person's role: "“...,” Ms. Marsh's campaign
			// manager, Victor Hollings, told reporters"
			if (o > lo && s.w(o-1) == "," || o-1 > lo && s.kind(o-1) == sentence.CloseQuote && s.w(o-2) == "," || o == lo) && (role || plain) {
				return o
			}
			d = o // inside a longer description: "an attorney for Talbert's family, ..."
			continue
		}
		role = role || s.lex.IsTitle(w) || speakerRoles[w]
		opener := w == "a" || w == "an" || w == "the" || w == "one" || possessivePronouns[w]
		if opener && (d > lo && s.w(d-1) == "," || d-1 > lo && s.kind(d-1) == sentence.CloseQuote && s.w(d-2) == "," || d == lo && d < nLo-2 && !timeOpeners[s.w(d+1)]) {
			// (also after a quotation's closing mark, "“It was chaos,”
			// one passenger, Tom Beale, said", and opening the sentence:
			// "Her neighbour, Peter Quinn, agreed.")
			if role || plain && d < nLo-2 {
				return d
			}
			return -1
		}
		plain = plain && isLowerWord(s.w(d)) && !auxWord(w) && !pastVerb(w) && s.cueMap[w] == 0
	}
	return -1
}

// nameOpening returns where the possessive name ending at d starts, its
// title included ("Ms. Marsh's"), or -1 when d is not a capitalised word in
// -'s.
func (s *state) nameOpening(lo, d int) int {
	w := s.w(d)
	if !isCapWord(w) || !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return -1
	}
	for d-1 >= lo && !s.t.Tokens[d-1].Quoted && (s.kind(d-1) == sentence.Word && isCapWord(s.w(d-1)) || s.w(d-1) == "." && d-2 >= lo && s.lex.IsTitle(s.t.Lower(d-2))) {
		d--
	}
	return d
}

// partyOf reports whether [k,L) is a party and a place, the apposition
// after a legislator's name: "Steve Cohen, Democrat of Tennessee, said".
func (s *state) partyOf(k, L int) bool {
	return k+2 < L && partyNouns[s.w(k)] && s.w(k+1) == "of"
}

// partyNouns are the party labels of such an apposition.
var partyNouns = set(`Democrat Republican Independent Democrats Republicans`)

// tellClose are the subordinators that, after a verb of telling and its
// addressee, open a clause of the writer's: "told Mr. Obama as he ...".
var tellClose = set(`as when while after before`)

// thatAhead reports whether "that" or an opening quotation mark follows k
// within the sentence ending at hi.
func (s *state) thatAhead(k, hi int) bool {
	for j := k; j < hi; j++ {
		if s.w(j) == "that" && !s.t.Tokens[j].Quoted || s.kind(j) == sentence.OpenQuote {
			return true
		}
	}
	return false
}

// closingAdjuncts open a phrase of time or circumstance that can close a
// sentence after its reporting verb.
var closingAdjuncts = set(`after before during following amid at in on via through when while as`)

// clauseNouns take a "that" clause of their own after a cue's adjunct:
// "spoke on condition that he not be named".
var clauseNouns = set(`condition conditions understanding`)

// nounsThat reports whether the "that" at q opens a clause of a noun such
// as "condition" ("spoke on condition that he not be named"): the noun's
// clause, not what was said.
func (s *state) nounsThat(q int) bool {
	return q > 0 && s.w(q) == "that" && clauseNouns[s.w(q-1)]
}

// prepositions that open an adjunct between a cue and its "that".
var adjunctPreps = set(`during via under at in on after before from through throughout over with by since amid`)

// mediumPhraseThat returns the "that" after a phrase of the medium a
// statement came in, when a participle says who carried or issued it:
// "in a statement carried by the official Korean Central News Agency
// (KCNA) that ...", "in a letter sent to members on Monday that"; or -1.
func (s *state) mediumPhraseThat(p, hi int) int {
	if p+3 >= hi || s.w(p) != "in" || !(indefinites[s.w(p+1)] || s.t.Lower(p+1) == "the" || possessivePronouns[s.w(p+1)]) {
		return -1
	}
	k := p + 2
	if !mediumNouns[s.t.Lower(k)] {
		return -1
	}
	if k+1 >= hi || !strings.HasSuffix(s.w(k+1), "ed") && s.w(k+1) != "sent" && s.w(k+1) != "read" {
		return -1
	}
	for j := k + 2; j < hi && j <= k+16; j++ {
		w := s.w(j)
		if s.t.Tokens[j].Quoted || s.kind(j) == sentence.OpenQuote || w == "." || w == ";" || w == ":" || w == "," {
			return -1
		}
		if w == "that" {
			return j
		}
	}
	return -1
}

// clauseAfterPhrase returns where a clause with its own subject (a
// pronoun or an article and a verb within a few words) starts after the
// short prepositional phrase at p ("on Monday", "in a statement", "at a
// news conference"), with no verb between; or -1.
func (s *state) clauseAfterPhrase(p, hi int) int {
	if p+1 < hi && s.w(p) == "at" && (s.w(p+1) == "least" || s.w(p+1) == "most") {
		return -1 // "said at least four people died": a quantity, not a phrase of the verb
	}
	for k := p + 2; k < hi && k <= p+5; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return -1
		}
		w := s.w(k)
		if s.subjectAt(k, hi) && !s.hasFinite(p+1, k) {
			if j := s.afterContactClause(k, hi); j > 0 {
				return j
			}
			return k
		}
		if phrasePreps[w] || w == "what" || w == "which" || w == "who" || w == "whether" || w == "if" || clauseOpeners[w] {
			return -1 // "released in May for what the group called ...": no clause of the verb's
		}
	}
	return -1
}

// afterContactClause returns where what was said starts when the clause
// at k only describes the noun before it, as in "said in an interview he
// gave to Reuters the tax would be scrapped" (a verb that takes the
// interview as its object) or "said on the day the plant closed they felt
// betrayed" (a verb with no object, then the next subject); or -1.
func (s *state) afterContactClause(k, hi int) int {
	noun := s.t.Lower(k - 1)
	if !talkNouns[noun] && !timeNouns[noun] {
		return -1
	}
	v := k + 1
	for v < hi && v < k+3 && s.kind(v) == sentence.Word && !pastVerb(s.w(v)) && !auxWord(s.w(v)) {
		v++ // the subject's other words: "the plant"
	}
	if v >= hi || !pastVerb(s.w(v)) || auxWord(s.w(v)) || talkNouns[noun] && !giveVerbs[s.w(v)] {
		return -1
	}
	from, to := v+1, v+1 // after "the plant closed": the next word
	if talkNouns[noun] {
		to = v + 6 // after "he gave": its object and place ("to Reuters")
	}
	for j := from; j < hi && j <= to && s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted; j++ {
		if s.subjectAt(j, hi) {
			return j
		}
	}
	return -1
}

// indefiniteThings are objects a relative clause without "that" may
// follow: "tell the I.R.S. anything it doesn't already know".
var indefiniteThings = set(`anything something nothing everything all`)

// talkNouns and timeNouns head the phrases a clause without "that" may
// describe: "in an interview he gave", "on the day the plant closed".
var (
	talkNouns = set(`interview speech`)
	timeNouns = set(`day night morning evening week weekend time moment year`)
	giveVerbs = set(`gave granted held delivered did conducted made recorded aired`)
)

// benchNouns are the courts and parts of them a judge writes for.
var benchNouns = set(`majority minority court panel bench plurality`)

// venueAdverbs say where something was said, between a cue and "that".
var venueAdverbs = set(`online backstage onstage offstage abroad overseas afterward afterwards elsewhere`)

// contrastAdverbs stand between a cue and "that", in commas or not
// ("acknowledged, though, that", "suggest however that"), and between a
// subject and its verb ("Clinton has nevertheless called ...").
var contrastAdverbs = set(`though however too nonetheless nevertheless still`)

// clauseOpeners are the words that open a clause of time after a verb,
// which no content follows directly: "said after the storm the power ...".
var clauseOpeners = set(`before after since until during when while`)

// subjectAt reports whether a clause's subject opens at k: a pronoun or
// an article ("he", "the tax") with a finite verb soon after it.
func (s *state) subjectAt(k, hi int) bool {
	w := s.w(k)
	if k+1 < hi && isLowerWord(w) && s.pluralHead(k) && !s.t.Tokens[k].Quoted && s.kind(k+1) == sentence.Word && (modals[s.w(k+1)] || s.w(k+1) == "were" || s.w(k+1) == "are" || s.w(k+1) == "had" || s.w(k+1) == "have") {
		return true // a bare plural and its verb: "said on Monday troops would leave"
	}
	return (pronouns[w] != 0 || determiners[w] && w != "one") && s.finiteSoon(k+1, hi)
}

// finiteSoon reports whether a finite verb (be, have, a modal or a past
// form) comes within four words from k, before any punctuation.
func (s *state) finiteSoon(k, hi int) bool {
	for j := k; j < hi && j < k+4; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if w := s.w(j); auxWord(w) || pastVerb(w) {
			return true
		}
	}
	return false
}

// toldWhereThat returns the "that" after the one told and where they were
// told, a place set off by commas ("told reporters in the capital,
// Varnholm, that ...", "told a briefing in the Varossan capital, Dremmen,
// that ..."), or -1.
func (s *state) toldWhereThat(p, hi int) int {
	for q := p; q+1 < hi && q <= p+14; q++ {
		w := s.w(q)
		if s.t.Tokens[q].Quoted || s.kind(q) != sentence.Word && w != "," {
			return -1
		}
		if w == "that" && q > p && s.w(q-1) == "," {
			return q
		}
		if w == "," && !(q+1 < hi && (isCapWord(s.w(q+1)) || s.w(q+1) == "that")) {
			return -1 // only a name set off by commas: "the capital, Varnholm,"
		}
		if s.cueMap[w]&cueVerb != 0 || auxWord(w) {
			return -1 // a clause of its own: what was told
		}
	}
	return -1
}

// passiveTell reports whether the cue at c is passive: "was told", "had
// not been warned", "were never informed", "was being told".
func (s *state) passiveTell(c int) bool {
	k := c - 1
	for k >= 0 && s.kind(k) == sentence.Word && (isAdverb(s.w(k)) || s.w(k) == "not" || s.w(k) == "never") {
		k--
	}
	return k >= 0 && (beForms[s.w(k)] || s.w(k) == "being")
}

// particleOn reports whether "on" at p is the particle of the cue before
// it, not a time or place: "insisted on a full recount", "called on the
// Taliban to reduce violence" (with the infinitive, not "called on
// Tuesday for calm").
func (s *state) particleOn(p int) bool {
	if s.w(p) != "on" || timeWords[s.w(p+1)] || whenWords[s.w(p+1)] || platforms[s.w(p+1)] {
		return false
	}
	if v := s.w(p - 1); onCues[v] {
		return true
	} else if !callForms[v] {
		return false
	}
	return s.infinitiveAfter(p+2, s.n)
}

// onCues take "on" as their particle: "insisted on", "commented on".
var onCues = set(`insisted insists insist commented comments elaborated elaborates reflected reflects
	focused focuses`)

// infinitiveAfter reports whether an infinitive follows the object that
// starts at p, within a few words and before any punctuation: "(called on)
// the Taliban to reduce violence", "(appealed to) residents to stay
// indoors".
func (s *state) infinitiveAfter(p, hi int) bool {
	for k := p; k+1 < hi && k < p+6; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		if s.w(k) == "to" {
			nw := s.w(k + 1)
			return s.kind(k+1) == sentence.Word && !determiners[s.t.Lower(k+1)] && !isCapWord(nw) && !possessivePronouns[nw] && !numeral(nw)
		}
	}
	return false
}

// colonQuoteAfter returns the opening quotation mark after a phrase of
// words ending in a colon right after a cue ("in a statement read
// outside court: “...”", "the committee in a hearing on Tuesday: “...”"),
// or -1. The phrase holds no comma, no verb or cue of its own and no
// "that".
func (s *state) colonQuoteAfter(p int) int {
	for k := p; k+1 < s.n && k < p+14; k++ {
		w := s.w(k)
		if w == ":" {
			if k > p && s.kind(k+1) == sentence.OpenQuote && s.t.Tokens[k+1].Para == s.t.Tokens[p].Para {
				return k + 1
			}
			return -1 // (a quotation in the next paragraph is paragraphAfterColon's)
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || w == "that" || auxWord(w) || len(w) > 4 && strings.HasSuffix(w, "ing") {
			return -1
		}
		if _, cue := s.cueMap[w]; cue && k > p && s.cueMap[w]&cueWeak == 0 && !(strings.HasSuffix(w, "ed") && s.kind(k-1) == sentence.Word && !auxWord(s.w(k-1))) {
			return -1 // a cue of its own: "posted a photo, writing: ..."; not "a statement issued late on Thursday:"
		}
	}
	return -1
}

// thatAfterAside returns the "that" after the comma that closes an aside
// of at most span words running from k, before hi, or -1.
func (s *state) thatAfterAside(k, hi, span int) int {
	for q := k; q+1 < hi && q < k+span; q++ {
		if s.w(q) == "," {
			if s.w(q+1) == "that" {
				return q + 1
			}
			return -1
		}
		if s.kind(q) != sentence.Word || s.t.Tokens[q].Quoted {
			return -1
		}
	}
	return -1
}

// clauseAfterAside returns the start of a clause with its own subject
// right after the comma that closes an aside of words from k, or -1:
// ", in a statement, it would ...".
func (s *state) clauseAfterAside(k, hi, span int) int {
	for q := k; q+1 < hi && q < k+span; q++ {
		if s.w(q) == "," {
			if s.newSubject(q+1) && !s.t.Tokens[q+1].Quoted {
				return q + 1
			}
			return -1
		}
		if s.kind(q) != sentence.Word || s.t.Tokens[q].Quoted {
			return -1
		}
	}
	return -1
}

// skipAfterCue skips time phrases and an addressee after a cue.
func (s *state) skipAfterCue(p, hi int, cls cueClass) int {
	start := p
	if q := s.colonQuoteAfter(p); q > p {
		return q // "wrote in a letter to the minister: “...”": where and to whom, then the quotation
	}
	if p+2 < hi && s.w(p) == "," && !s.t.Tokens[p].Quoted {
		// an aside in commas before the clause: "claimed, without
		// offering evidence, that ...", "said, with a smile, that ...",
		// "suggested, as he has repeatedly, that ..."
		switch {
		case s.w(p+1) == "without" || s.w(p+1) == "with":
			if q := s.thatAfterAside(p+2, hi, 5); q > 0 {
				return q
			}
		case s.w(p+1) == "as" && pronouns[s.w(p+2)] != 0:
			if q := s.thatAfterAside(p+3, hi, 5); q > 0 {
				return q
			}
		case adjunctPreps[s.w(p+1)] || s.cueMap[s.w(p+1)]&cueIng != 0:
			// "would later argue, in a filing submitted late Monday
			// evening, that ...", "said, after a long meeting with
			// officials, that", "contend, citing a recent audit, that";
			// also a clause with its own subject: "said, in a statement,
			// it would ..."
			if q := s.thatAfterAside(p+2, hi, 9); q > 0 {
				return q
			}
			if q := s.clauseAfterAside(p+2, hi, 9); q > 0 && adjunctPreps[s.w(p+1)] {
				return q
			}
		}
	}
	if p+1 < hi && (s.w(p) == "—" || s.w(p) == "–" || s.w(p) == "--") && s.kind(p+1) == sentence.OpenQuote {
		return p + 1 // "said — “We did everything right.”"
	}
	if cls&cueTell != 0 {
		if q := s.toldWhereThat(p, hi); q > p {
			return q // "told reporters in the capital, Varnholm, that ..."
		}
	}
	if cls&cueTell != 0 && p < hi && (isCapWord(s.w(p)) || objPronouns[s.w(p)]) && !s.t.Tokens[p].Quoted {
		// "told SunSport: “...”", "told The Times: “...”": the one told,
		// in capitals or a pronoun, then the quotation (not "told MPs the
		// lockdown would end: “...”", whose clause is what was said)
		for q := p + 1; q+1 < hi && q <= p+4; q++ {
			if s.w(q) == ":" {
				if s.kind(q+1) == sentence.OpenQuote {
					return q + 1
				}
				break
			}
			if (pronouns[s.w(q)] != 0 || s.w(q) == "that") && isCapWord(s.w(q-1)) && !objPronouns[s.w(p)] {
				return q // "told Playbook she was ...": the one told, then the clause
			}
			if s.kind(q) != sentence.Word || !isCapWord(s.w(q)) || objPronouns[s.w(p)] {
				break
			}
		}
	}
	if p+1 < hi && s.w(p) == "to" && p > 0 && toAddressee[s.w(p-1)] && !s.t.Tokens[p].Quoted {
		if w := s.w(p + 1); determiners[s.lower(w)] || objPronouns[w] || possessivePronouns[w] || addressees[w] || isCapWord(w) {
			// "wrote to the council that ...": the addressee is not what
			// was said; without "that" nothing is reported ("wrote to
			// Pocketly in March")
			for q := p + 1; q < hi && q < p+15; q++ {
				if w := s.w(q); s.t.Tokens[q].Quoted || w == "." || w == ";" || s.kind(q) == sentence.OpenQuote {
					break
				}
				if s.w(q) == "that" {
					return q
				}
			}
			return hi
		}
	}
	if cls&cueAtt == 0 && s.sentenceAdjunct(p, hi) {
		// "..., Carson said after the attacks.", "..., Fiorina said,
		// adding that ...": nothing after the cue is what was said
		return hi
	}
	a, reach := p, 14
	if p+1 < hi && (timeWords[s.w(p)] || s.w(p) == "yesterday" || s.w(p) == "today") && adjunctPreps[s.w(p+1)] && !s.t.Tokens[p].Quoted {
		a, reach = p+1, 17 // "said Thursday during a taping of a town hall meeting in Buffalo, New York, that"
	}
	if a < hi && s.kind(a) == sentence.Word && adjunctPreps[s.w(a)] {
		// "said during a Friday evening rally in Michigan that", "said
		// via email that", "said at a stop in Toledo, Ohio, that"
		for q := a + 1; q < hi && q < a+reach; q++ {
			w := s.w(q)
			if s.t.Tokens[q].Quoted || s.kind(q) == sentence.OpenQuote || w == "." || w == ";" || w == ":" {
				break
			}
			if w == "that" {
				if s.nounsThat(q) {
					return hi
				}
				if q+1 < hi && (s.w(q-1) == "," || s.w(q+1) == "," || s.w(q+1) == "there" || quantityStart[s.w(q+1)] || s.newSubject(q+1) || s.kind(q+1) == sentence.OpenQuote ||
					s.kind(q+1) == sentence.Word && !s.t.Tokens[q+1].Quoted && !isCapWord(s.w(q+1)) && q+2 < hi && coordAux[s.w(q+2)] && !s.hasWord(a, q, ",") && !s.hasWord(a, q, "and")) {
					return q // (also a plural noun and its auxiliary: "said after the meeting that buses would be provided")
				}
				break
			}
		}
	}
	if p+1 < hi && venueAdverbs[s.w(p)] && s.w(p+1) == "that" && !s.t.Tokens[p].Quoted {
		return p + 1 // "complained online that", "said backstage that"
	}
	if p+3 < hi && s.t.Lower(p) == "the" && (s.w(p+1) == "next" || s.w(p+1) == "following") && timeGap[s.w(p+2)] && s.w(p+3) == "that" {
		return p + 3 // "said the next day that"
	}
	if p+3 < hi && s.w(p) == "through" && !s.t.Tokens[p].Quoted {
		for q := p + 2; q < hi && q <= p+4 && s.kind(q) == sentence.Word; q++ {
			if s.w(q) == "that" {
				return q // "said through a lawyer that", "said through a spokesperson that"
			}
		}
	}
	if p+3 < hi && startsWithDigit(s.w(p)) && s.w(p+1) == "to" && startsWithDigit(s.w(p+2)) && s.w(p+3) == "that" {
		return p + 3 // "ruling 6 to 3 that"
	}
	for q := p; q < hi && q <= p+2 && !s.t.Tokens[q].Quoted && (scoreLike(s.w(q)) || s.w(q) == "-" || s.w(q) == "–"); q++ {
		if q+1 < hi && s.w(q+1) == "that" {
			return q + 1 // a tally before the ruling: "ruled 2-1 that", "voted 7-2 that"
		}
	}
	if p+3 < hi && s.w(p) == "for" && (s.t.Lower(p+1) == "the" || s.t.Lower(p+1) == "a") && !s.t.Tokens[p].Quoted {
		for q := p + 2; q < hi && q <= p+5; q++ {
			if benchNouns[s.t.Lower(q)] && q+1 < hi && s.w(q+1) == "that" {
				return q + 1 // "wrote for the majority that", "wrote for a unanimous court that"
			}
		}
	}
	if p+3 < hi && s.w(p) == "," && contrastAdverbs[s.w(p+1)] && s.w(p+2) == "," && s.w(p+3) == "that" {
		return p + 3 // "acknowledged, though, that"
	}
	if p+1 < hi && contrastAdverbs[s.w(p)] && s.w(p+1) == "that" && !s.t.Tokens[p].Quoted {
		return p + 1 // "suggest however that"
	}
	for p < hi && p < start+4 && s.kind(p) == sentence.Word && afterCue[s.w(p)] {
		if (s.w(p) == "last" || s.w(p) == "this") && !(p+1 < hi && (timeUnits[s.w(p+1)] || timeWords[s.w(p+1)] || seasons[s.w(p+1)] || s.w(p+1) == "afternoon")) {
			break // a determiner of the content's subject: "said last year's figures were wrong", "said this plan would fail"
		}
		if s.w(p) == "at" && p+1 < hi && (s.w(p+1) == "least" || s.w(p+1) == "most") {
			break // "said at least 14 people, including four policemen, were injured": a quantity opening the content
		}
		if s.w(p) == "in" || s.w(p) == "on" || s.w(p) == "at" {
			// "in a statement", "on Tuesday", "in an interview"
			if q := s.mediumPhraseThat(p, hi); q > p {
				p = q // "in a statement carried by the official Korean Central News Agency (KCNA) that"
				break
			}
			q := p + 1
			for q < hi && q < p+6 && s.kind(q) == sentence.Word && s.w(q) != "that" {
				q++
			}
			if q+2 < hi && s.w(q) == "," && (s.w(q+1) == "and" || s.w(q+1) == "but") && s.newSubject(q+2) && q-p <= 5 {
				return hi // "..., a spokeswoman said on Saturday, and it has ...": a clause of the writer's follows
			}
			if q < hi && s.nounsThat(q) {
				return hi
			}
			if q < hi && (s.w(q) == "that" || s.w(q) == "," || s.w(q) == ":" || s.kind(q) == sentence.OpenQuote) && q-p <= 5 {
				p = q
				break
			}
			if k := s.clauseAfterPhrase(p, hi); k > 0 {
				p = k // "said on Monday it would cut jobs", "said in a statement the plant would close"
				break
			}
			if q >= hi && p+1 < hi && (determiners[s.t.Lower(p+1)] || timeWords[s.w(p+1)] || isCapWord(s.w(p+1)) || afterCue[s.w(p+1)] || possessivePronouns[s.w(p+1)] || strings.IndexAny(s.w(p+1), "0123456789") == 0) && !s.particleOn(p) {
				return hi // "said in a statement.", "said on Tuesday."
			}
			return start // "called on people to protest"
		}
		p++
	}
	if cls&cueTell != 0 && p == start && p+1 < hi && (s.w(p) == "of" || s.w(p) == "against" || s.w(p) == "about" && !numeral(s.t.Lower(p+1)) && !s.hasWord(p+1, min(hi, p+7), "that")) && !s.passiveTell(p-1) {
		// "warned of a long road ahead": a particle, not the one told
		// (but "told about 150 farmers that ...", "told about a dozen
		// reporters that ...": a number's "about";
		// "had not been told about the decree": the subject was told)
		return p
	}
	if cls&cueTell != 0 {
		// "..., Cohen told Mr. Obama as he stopped for a photograph.": the
		// addressee and a clause of time or manner close the attribution
		q := p
		for q < hi && q < p+4 && s.kind(q) == sentence.Word && (isCapWord(s.w(q)) || objPronouns[s.w(q)] || addressees[s.w(q)]) {
			q++
		}
		if q == p && q < hi && (possessivePronouns[s.w(q)] || determiners[s.t.Lower(q)]) && s.commaBefore(p) {
			// "This is not about me, Obama told his closest advisers as he
			// labored over ..." (not "told his staff after the meeting
			// ended he would veto the bill", whose content follows)
			j := q + 1
			for j < hi && j < q+4 && s.kind(j) == sentence.Word && !isCapWord(s.w(j)) && !subordinators[s.w(j)] && s.w(j) != "that" && !s.t.Tokens[j].Quoted {
				j++
			}
			if j > q+1 && j < hi && subordinators[s.w(j)] {
				q = j
			}
		}
		for q < hi && s.w(q) == "." && q > p && s.t.Tokens[q-1].End == s.t.Tokens[q].Start {
			q++ // "Mr."
			for q < hi && s.kind(q) == sentence.Word && isCapWord(s.w(q)) {
				q++
			}
		}
		if q > p && q < hi && subordinators[s.w(q)] && s.sentenceAdjunct(q, hi) || q > p && q < hi && tellClose[s.w(q)] && !s.thatAhead(q, hi) {
			return hi
		}
		if p+1 < hi && s.w(p) == "it" && (modals[s.w(p+1)] || auxWord(s.w(p+1))) && !s.t.Tokens[p].Quoted {
			return p // "warned it could lead to shortages": the clause's subject, no one warned
		}
		// told reporters that / told The Times: / told CNN on Sunday that /
		// tells MSNBC's "Morning Joe" on Friday that / told WHSR, a public
		// radio station, that
		finite := false // a verb between the addressee and "to": "told investors the firm expected sales to rise"
		for q := p; q < hi && q < p+12 && s.w(q) != "."; q++ {
			if q > p+1 && !finite {
				v, b := s.w(q-1), s.w(q-2)
				// (not a participle as an adjective: "told newly elected MPs to")
				finite = (auxWord(v) || s.finiteVerb(v)) && !(q-2 == p && (isAdverb(b) || determiners[s.t.Lower(q-2)]))
			}
			if s.w(q) == "," {
				if q+1 >= hi || !determiners[s.t.Lower(q+1)] || q == p {
					break
				}
				e := q + 2
				for e < hi && e < q+12 && s.kind(e) == sentence.Word && !s.t.Tokens[e].Quoted {
					e++
				}
				if e+1 < hi && s.w(e) == "," && s.w(e+1) == "that" {
					return e + 1
				}
				break
			}
			if (s.w(q) == "whether" || s.w(q) == "if" || s.questionAt(q, p, hi)) && askForms[s.w(start-1)] && !s.t.Tokens[q].Quoted {
				return q // "asked the witness whether she had been drinking": the question
			}
			if s.w(q) == "that" && !s.t.Tokens[q].Quoted && !s.thatTime(q, hi) {
				return q
			}
			if s.w(q) == "to" && q > p {
				if finite {
					break // the infinitive is the reported clause's
				}
				// "warned North Korea to refrain from actions that would
				// ...": the addressee and its infinitive are the content
				return p
			}
		}
		// "told African-Americans this weekend he would ...", "told him
		// her landlord was selling up"
		for q := p; q < hi && q < p+8 && s.kind(q) == sentence.Word; q++ {
			if w := s.w(q); w == "whether" || w == "if" {
				break // "had not been told whether his deadline would be extended"
			}
			if q == p {
				continue // "told him ...": the one told
			}
			if g, ok := pronouns[s.w(q)]; ok && g != 'n' && s.w(q) != "I" && !s.t.Tokens[q].Quoted || s.possessiveSubject(q, hi) {
				return q
			}
			if w := s.w(q); q == p+2 && (auxWord(w) || pastVerb(w)) && !s.t.Tokens[q].Quoted && objPronouns[s.w(p)] && isCapWord(s.w(p+1)) {
				return p + 1 // "told her Mabry was holding his phone when he was shot": a named subject's clause
			}
		}
		if q := s.audience(p, hi); q > p && q < hi && (s.newSubject(q) || s.possessiveSubject(q, hi) || q+1 < hi && isCapWord(s.w(p)) && s.kind(q) == sentence.Word && !s.t.Tokens[q].Quoted && !isCapWord(s.w(q)) && s.cueMap[s.w(q)] == 0 && coordAux[s.w(q+1)] && s.w(q+1) != "also" && s.w(q+1) != "then" && s.w(q+1) != "later") {
			// "told the inquest the bleed had ...", "told investors on
			// Monday it would ...", "told members his country's forces
			// were ...", "told CNN staff were asking ..."
			return q
		}
		if q := s.clauseAfterHearer(p, hi); q > p {
			return q // "told BBC Radio 4 the target would be met", "told waiting reporters the ..."
		}
		if p+2 < hi && (determiners[s.w(p)] || possessivePronouns[s.w(p)]) && !s.t.Tokens[p].Quoted && s.finiteSoon(p+1, hi) {
			// "warned the risk could rise": no one is told, the clause is
			// what was said; but in "told the family their son would
			// recover" the family is told and the clause starts later
			for j := p + 1; j < hi && j < p+4; j++ {
				if w := s.w(j); (possessivePronouns[w] || pronouns[w] != 0) && !indefiniteThings[s.w(j-1)] {
					return j
				}
				if auxWord(s.w(j)) || pastVerb(s.w(j)) {
					break
				}
			}
			return p
		}
		if p+1 < hi && s.kind(p) == sentence.Word && !isCapWord(s.w(p)) && len(s.w(p)) > 3 && strings.HasSuffix(s.w(p), "s") && !s.t.Tokens[p].Quoted &&
			(modals[s.w(p+1)] || s.w(p+1) == "were" || s.w(p+1) == "are" || s.w(p+1) == "had" || s.w(p+1) == "have") {
			return p // "warned members would be expelled": a plural and its verb are the reported clause
		}
		q = p
		for q < hi && q < p+6 && s.kind(q) == sentence.Word && s.w(q) != "that" {
			q++
		}
		if q < hi && (s.w(q) == "that" || s.w(q) == "," || s.w(q) == ":" || s.kind(q) == sentence.OpenQuote) {
			return q
		}
		if q >= hi {
			return hi // "has told The Times." — content is on the left
		}
	}
	return p
}

// questionAt reports whether the question word at q, after the one asked
// from p, opens the question: not "who" or "which" after a noun (a
// relative clause: "asked the man who had called her whether ..."), and
// not when a "whether" follows, which opens it instead (an "if" after
// it is mostly a condition: "asked her what happens if she gets sick").
func (s *state) questionAt(q, p, hi int) bool {
	w := s.w(q)
	if !questionWords[w] || q > p && (w == "who" || w == "which") {
		return false
	}
	return !s.hasWord(q+1, min(hi, q+12), "whether")
}

// clauseAfterHearer returns where a reported clause opened by a
// determiner starts after a longer hearer of a telling verb ("BBC Radio 4",
// "the BBC's Today programme", "a press conference in Leeds", "waiting
// reporters"), or -1. The hearer holds no verb and no punctuation but a
// possessive.
func (s *state) clauseAfterHearer(p, hi int) int {
	if p >= hi || hearerStops[s.w(p)] || s.w(p) == "no" {
		return -1 // "asked why ...", "told no one ..."
	}
	for j := p + 1; j+2 < hi && j <= p+8; j++ {
		w := s.w(j)
		if s.t.Tokens[j].Quoted || s.kind(j) != sentence.Word && w != "'" && w != "’" {
			return -1
		}
		if auxWord(w) || pastVerb(w) || s.cueMap[w]&cueVerb != 0 || hearerStops[w] {
			return -1 // ("asked why none of ...", "asked to hold", "warned the company days before ...")
		}
		if determiners[s.t.Lower(j)] && !determiners[s.t.Lower(j-1)] && s.w(j-1) != "no" && s.verbAhead(j+1) {
			return j
		}
	}
	return -1
}

// hearerStops end the search for a clause after a hearer: a question
// word, an infinitive, a preposition or a quantity of what was said.
var hearerStops = set(`that who what when where why how whether if to about of nothing only after before during until since days weeks hours`)

// writersAux reports whether the auxiliary at k opens the writer's words
// rather than more of a reported clause: "had no further comment", "was
// charged", "were taken to hospital", "was booed by the crowd" (a passive
// tells what was done to the speaker).
func (s *state) writersAux(k, end int) bool {
	j := k + 1
	if j < end && (isAdverb(s.w(j)) || s.w(j) == "later" || s.w(j) == "then") {
		j++
	}
	if j >= end || s.kind(j) != sentence.Word {
		return false
	}
	w := s.w(j)
	if s.w(k) == "had" {
		// "and had no further comment" (not "and had no plans to ...")
		return w == "no" && (j+1 < end && s.w(j+1) == "comment" || j+2 < end && s.w(j+2) == "comment")
	}
	return passiveActs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && j+1 < end && s.w(j+1) == "by"
}

// passiveActs are what is done to a speaker in the news, told in the
// passive after the speaker's words: "said he was innocent and was
// charged", "and were later dispersed".
var passiveActs = set(`charged arrested released fined booed dispersed detained jailed sentenced convicted acquitted
	taken rushed treated hospitalised hospitalized killed injured wounded asked quoted suspended fired sacked
	expelled removed escorted questioned interviewed cautioned`)

// backAux are the auxiliaries that, after "and" or "but" without a comma
// and a reported clause in the past, go on with that clause ("said he did
// not know it and had stepped in", "said she was not afraid but was
// furious") rather than start the reporting subject's next act, as "and
// has since resigned" or ", but was treated as an outpatient" do.
var backAux = set(`had was were`)
