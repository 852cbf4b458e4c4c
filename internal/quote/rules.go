package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// lowerWord is strings.ToLower without allocating for a word that has no
// capital.
func lowerWord(s string) string {
	if hasUpper(s) {
		return strings.ToLower(s)
	}
	return s
}

// lower is strings.ToLower memoised for the text, as Text.Lower is for
// its words.
func (s *state) lower(w string) string {
	if !hasUpper(w) {
		return w
	}
	l, ok := s.lowered[w]
	if !ok {
		if s.lowered == nil {
			s.lowered = make(map[string]string, 64)
		}
		l = strings.ToLower(w)
		s.lowered[w] = l
	}
	return l
}

// hasUpper reports whether s holds a capital letter, ASCII or not.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		} else if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// trimEnd returns the end of sentence range [lo,hi) without trailing
// terminal punctuation outside quotation marks.
func (s *state) trimEnd(lo, hi int) int {
	for hi > lo && s.kind(hi-1) == sentence.Punct {
		switch s.w(hi - 1) {
		case ".", "!", "?", "…", ",", ";", ":", "-", "—", "–", ")":
			hi--
			continue
		}
		break
	}
	return hi
}

// sentence finds the attributions whose cue lies in sentence si.
func (s *state) sentence(si int, out []raw) []raw {
	sen := s.t.Sentences[si]
	defer func() { s.found = nil }()
	s.found = out
	if r, ok := s.transcript(sen); ok {
		return s.accept(out, r)
	}
	if r, ok := s.qaAnswer(sen); ok {
		out = s.accept(out, r)
		sen.Lo = r.cLo // the other rules read the answer after its label: "A: According to the judges, we did."
	}
	if r, ok := s.dashCredit(sen); ok {
		out = s.accept(out, r)
	}
	if r, ok := s.saidFirst(sen); ok {
		return s.accept(out, r)
	}
	n0 := len(out)
	for i := sen.Lo; i < sen.Hi; i++ {
		tk := s.t.Tokens[i]
		if tk.Kind != sentence.Word || tk.Quoted || s.used[i] {
			continue
		}
		w := s.w(i)
		if w == "by" && i > sen.Lo+1 && i+1 < sen.Hi && passiveCues[s.w(i-1)] {
			if r, ok := s.passive(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				i = max(i, r.sHi-1)
			}
			continue
		}
		if nounCues[s.lower(w)] && i > sen.Lo && i+2 < sen.Hi && nounLink[s.w(i+1)] && (isPossessive(s.w(i-1)) || possessivePronouns[s.w(i-1)] || s.namedApostrophe(i-1)) &&
			!(s.w(i+1) == "to" && (determiners[s.t.Lower(i+2)] || possessivePronouns[s.w(i+2)] || isCapWord(s.w(i+2)))) { // (not "X's statement to the stock exchange said")
			// "Trump’s claim that there have been “thousands of shootings”",
			// "his determination to act alone", "her criticism of ..."
			hiEff := s.trimEnd(sen.Lo, sen.Hi)
			r := raw{cLo: i + 1, cueLo: i, cueHi: i + 1, sLo: -1, sHi: -1, entity: -1}
			if nw := s.w(i + 1); nw != "that" && nw != "to" {
				r.cLo, r.cueHi = i+2, i+2
			}
			r.cHi = s.contentEnd(r.cLo, hiEff)
			if s.w(i+1) != "that" {
				r.cHi = s.attEnd(r.cLo, r.cHi, i)
			}
			if m, ok := s.ents.MentionAt(i - 1); ok {
				r.sLo, r.sHi = m.Lo, m.Hi
			} else if m, ok := s.ents.MentionAt(i - 2); ok && s.namedApostrophe(i-1) {
				r.sLo, r.sHi = m.Lo, m.Hi // "Devers' claim that ..."
			} else {
				r.sLo, r.sHi = i-1, i
			}
			if open := s.afterDateline(sen.Lo, i); r.sLo == open || r.sLo == open+1 && determiners[s.t.Lower(open)] {
				// the noun phrase is the sentence's subject: its main verb
				// ends what was claimed or pledged
				if s.w(i+1) == "that" {
					r.cHi = s.subjectClauseEnd(r.cLo, r.cHi) // "Devers' claim that ... were forged has been debunked"
				} else if s.w(i+1) == "to" {
					r.cHi = s.infinitiveEnd(r.cLo, r.cHi) // "Her pledge to cut taxes was popular"
				}
			}
			if r.cHi > r.cLo+1 {
				out = s.accept(out, r)
				s.found = out
			}
			continue
		}
		if (w == "in" || w == "In" || w == "on" && i == sen.Lo+1 && s.w(sen.Lo) == "Based") && !s.t.Tokens[i].Quoted {
			// "she did not receive a bump in one of the first polls",
			// "In this poll, Trump rose 1 percent", "Based on current
			// polling, Trump is looking to have a good night"
			if r, ok := s.inPoll(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if (w == "according" || w == "According") && i+1 < sen.Hi && s.w(i+1) == "to" {
			if r, ok := s.according(sen, i); ok {
				out = s.accept(out, r)
				i = max(i, r.sHi-1)
			}
			continue
		}
		if (w == "heard" || w == "hears") && s.hearingBodyBefore(sen.Lo, i) >= 0 && !(i+1 < sen.Hi && s.w(i+1) == "from") {
			// "..., the court heard.", "The inquest heard that ...": court
			// reporting's attribution, no one named as its source
			if r, ok := s.bodyHeard(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if w == "heard" && i+2 < sen.Hi && s.w(i+1) == "from" {
			// "The court heard from pathologist Dr Ines Varga that ...":
			// court reporting's attribution, the witness the source
			if r, ok := s.heardFrom(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				i = max(i, r.cHi-1)
				continue
			}
		}
		if (i == sen.Lo && isCapWord(w) || i == sen.Lo+1 && frontPreps[s.w(sen.Lo)]) && len(w) > 5 && strings.HasSuffix(w, "ing") && s.cueMap[s.lower(w)]&(cueIng|cueAttIng) != 0 {
			// "Citing an unfounded theory, Trump accused ...", "After
			// saying her foot was swollen, she ...": a fronted participle
			// whose subject is the main clause's
			if r, ok := s.frontedParticiple(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
			}
			continue
		}
		if w == "Asked" && i == sen.Lo || w == "asked" && i > sen.Lo && (s.w(i-1) == "when" || s.w(i-1) == "When") {
			// "Asked about the charges, Rubio said ...", "When asked by a
			// reporter whether ...": the question is an attribution of its
			// own, its source the asker when named
			if r, ok := s.asked(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if (w == "expected" || s.hearsayApposition(i, sen.Hi)) && i > sen.Lo && (s.w(i-1) == "," || s.t.Lower(sen.Lo) == "with" && !s.hasFinite(sen.Lo+1, i)) && i+2 < sen.Hi && s.w(i+1) == "to" {
			// (also an absolute clause: "With Democrats expected to vote
			// against the measure, Treadwell can afford to lose four")
			// an apposition: "The trial, expected to last about two weeks,
			// is being heard by ...": what is expected, to its closing comma
			if e := s.cutAtComma(i+1, min(sen.Hi, i+40)); e < sen.Hi && e > i+2 && s.w(e) == "," && s.hasFinite(e+1, min(sen.Hi, e+20)) {
				out = s.accept(out, raw{cueLo: i, cueHi: i + 1, sLo: -1, sHi: -1, entity: -1, cLo: i + 1, cHi: e})
				s.found = out
				continue
			}
		}
		if raisingParticiples[w] && i+2 < sen.Hi && (s.w(i+1) == "to" && s.kind(i+2) == sentence.Word || s.w(i+1) == "that" && i-2 >= sen.Lo && (s.w(i-2) == "it" || s.w(i-2) == "It")) {
			// "One in nine voters is expected to be Latino", "it is
			// widely believed that ...": an attribution without a source
			if r, ok := s.agentless(sen, i); ok {
				if r.cueLo-1 >= sen.Lo && r.cueLo-1 == r.cLo && (s.w(r.cLo) == "it" || s.w(r.cLo) == "It") {
					r.cLo = i + 1
				}
				for k := r.cueLo - 1; k > r.cLo; k-- {
					// the subject is the noun phrase before the copula, not
					// a clause before it ("..., although they say they
					// support some changes lawmakers are expected to consider"),
					// with its apposition ("Keller, 47, had been expected")
					if j := s.asideOpen(r.cLo, k); j > r.cLo {
						k = j
						continue
					}
					if w := s.w(k); (w == "," || w == ";" || s.cueMap[w]&cueVerb != 0 || gapRel[w]) && !s.t.Tokens[k].Quoted {
						r.cLo = k + 1
						break
					}
				}
				if s.namedCloser(r.cHi, sen.Hi) {
					continue // "The victim is expected to survive, Judd said": Judd's words, not an expectation without a source
				}
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if seemVerbs[w] && i > sen.Lo && i+2 < sen.Hi && (s.w(i+1) == "to" && s.kind(i+2) == sentence.Word || s.seemPredicate(i+1) || s.seemingIt(sen.Lo, i) >= 0) && !s.t.Tokens[i].Quoted {
			// "Republican voters appear to be moving behind Trump": an
			// impression without a source, the verb a gap in its content
			if r, ok := s.seeming(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if hearsayAdverbs[w] && !s.t.Tokens[i].Quoted {
			// "Trump reportedly told aides ...": the adverb is the cue of
			// a sourceless attribution whose content is its clause
			if r, ok := s.hearsay(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if judgedParticiples[w] && i+1 < sen.Hi && judgedPreps[s.w(i+1)] {
			// "peacekeepers have been blamed for ...": an attribution
			// without a source, the whole clause its content
			if r, ok := s.agentless(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if (w == "put" || w == "puts") && i+1 < sen.Hi && s.w(i+1) == "it" || s.plainCue(w) {
			// "As Ms. Simonyan put it in a statement, ...", "..., as police have said."
			if r, ok := s.asAttribution(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if refuseForms[w] && i+2 < sen.Hi && s.w(i+1) == "to" && s.cueMap[s.w(i+2)] != 0 {
			continue // "refused to endorse Trump": a negated cue, the infinitive
		}
		c, ok := s.cueMap[w]
		if w == "ordered" && !ok && i > sen.Lo && !beForms[s.w(i-1)] && s.w(i-1) != "been" && s.w(i-1) != "being" && s.directive(i, sen.Hi) {
			c, ok = cueVerb|cueTell, true // "Regulators ordered the bank to raise more capital", "the court ordered that ...": a directive, not "ordered 50 planes"
		}
		if w == "projects" && i > sen.Lo && s.findingSubjectEnd(i-1) {
			c, ok = cueVerb|cueWeak, true // "a revenue forecast released Monday projects that ...": a finding, where "projects" is mostly the noun
		}
		if ok && i+1 < sen.Hi && strings.HasSuffix(w, "s") && crowdNouns[s.lower(w)] && s.cueMap[s.w(i+1)]&cueVerb != 0 {
			continue // "Patient advocates say ...": the noun before the verb
		}
		if !ok && i > sen.Lo && (w == "Says" || w == "Said" || w == "Warns" || w == "Tells" || isCapWord(w) && s.titleCase(sen)) {
			c, ok = s.cueMap[s.lower(w)] // title-case headline: "Obama Says ...", "Poll Shows ..."
			if p := s.w(i - 1); ok && strings.HasSuffix(p, "s") && (s.cueMap[s.lower(p)]&cueVerb != 0 || headlineVerbs[p]) {
				continue // "Family Demands Release of Video", "Council Delays Vote on Apartments": the verb's object
			}
		}
		if ok && nounBases[w] && i-1 > sen.Lo && i+1 < sen.Hi && compoundHeads[s.w(i+1)] && s.kind(i-1) == sentence.Word && !s.t.Tokens[i-1].Quoted && !isCapWord(s.w(i-1)) &&
			(determiners[s.t.Lower(i-2)] || indefinites[s.w(i-2)] || i-2 > sen.Lo && (determiners[s.t.Lower(i-3)] || indefinites[s.w(i-3)])) {
			// (in a noun phrase, an article a word or two before: not
			// "Residents fear services will be cut")
			continue // "a disability support worker", "a crisis plan team": the noun of a compound
		}
		if !ok && attAdjectives[w] && i > sen.Lo && s.progressive(sen.Lo, i) {
			c, ok = cueVerb|cueAtt, true // "Democrats are worried that ...", "he was critical of ..."
		}
		if !ok {
			continue
		}
		if purposeVerbs[w] && i-1 > sen.Lo && s.w(i-1) == "to" && !s.controlled(sen.Lo, i) {
			// "European leaders gathered Friday to discuss the torrent of
			// challenges": the main clause's subject is the source
			if r, ok := s.purpose(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
			}
			continue
		}
		if c&(cueIng|cueAttIng) == 0 && s.controlled(sen.Lo, i) {
			// "went on to discuss ...", "refused to endorse Trump": the
			// infinitive is the cue, its subject the control verb's
			c = cueVerb | cueAtt | cueCtl
		} else if c == cueAttBase {
			if i+1 < sen.Hi && sayForms[s.w(i+1)] {
				continue // "the Lindqvist campaign said": a noun before the verb
			}
			modal := s.modalBefore(sen.Lo, i)
			andThat := i > sen.Lo && s.w(i-1) == "and" && i+1 < sen.Hi && s.w(i+1) == "that" && s.sameTense(s.cueBeforeThat(sen.Lo, i-1), i) // "note that ... and argue that ...": the first verb's subject
			if !modal && !andThat && !s.pluralBefore(sen.Lo, i) {
				continue
			}
			if !modal && nounBases[w] && !ofVerbs[w] && i+1 < sen.Hi && s.w(i+1) == "of" {
				continue // "the Sanders campaign of lying": a noun with its object, after a name in -s
			}
			c = cueVerb | cueAtt // "Republicans would oppose ...", "they support ..."
		}
		if c == cueAttIng {
			switch {
			case s.progressive(sen.Lo, i):
				c = cueVerb | cueAtt // "the city is demanding that ..."
			case i > sen.Lo && s.w(i-1) == ",":
				c = cueIng // "..., encouraging his supporters to ..."
			case i > sen.Lo && s.w(i-1) == "and" && s.participleBefore(i):
				c = cueIng // "..., accusing X of Y and charging that ...": a second participle of the series
			case i > sen.Lo && (sourceNouns[s.t.Lower(i-1)] || mediaNouns[s.t.Lower(i-1)] || sideIng[w] && sideNouns[s.t.Lower(i-1)]):
				// "polls showing Trump leading", "a new ad attacking ..."
				if r, ok := s.nounParticiple(sen, i); ok {
					if sideIng[w] {
						// its object only: "the super PAC supporting Jeb
						// Bush, spent", "pastors supporting Mr. Cruz met";
						// the group with its modifiers
						r.cHi = s.objectEnd(r.cLo, s.cutAtComma(r.cLo, r.cHi))
						if q := s.extendLeft(sen.Lo, i-1); q >= sen.Lo && q < i-1 {
							r.sLo = q
						}
					}
					out = s.accept(out, r)
					s.found = out
				}
				continue
			case i > sen.Lo+1 && s.withSubject(sen.Lo, i-1):
				// "with experts offering their assessments", "with Russia
				// backing the government": "with" and the -ing verb's subject
				if r, ok := s.nounParticiple(sen, i); ok {
					if m, ok := s.ents.MentionAt(i - 1); ok {
						r.sLo = m.Lo
					}
					out = s.accept(out, r)
					s.found = out
				}
				continue
			default:
				continue
			}
		}
		if i+1 < sen.Hi && !s.t.Tokens[i+1].Quoted && (verbParticles[s.w(i+1)] && !s.phrasalCue(i) && !s.particleCue(i, sen.Hi) || w == "think" && (s.w(i+1) == "tank" || s.w(i+1) == "tanks")) {
			continue // "showed up at the debate", "was laid off", "a liberal think tank"
		}
		if (w == "finding" || w == "concluding") && (i+1 >= sen.Hi || s.w(i+1) != "that") {
			continue // a finding only with its clause: ", finding that ...", not "finding it hard"
		}
		if w == "showing" && i+1 < sen.Hi && (s.w(i+1) == "signs" || s.w(i+1) == "no" || s.w(i+1) != "that" && !s.sourceNoun(max(sen.Lo, i-6), i)) {
			// "are showing signs of irritation", "the cinema is showing the
			// film": a state or a screening; a finding is shown by a poll,
			// results, a video, or as a clause ("showing that ...")
			continue
		}
		if w == "plans" && i > sen.Lo && pastVerb(s.w(i-1)) && !s.t.Tokens[i-1].Quoted {
			continue // "abandoned plans to vote", "unveiled plans to ...": the noun
		}
		if w == "directs" && (i > sen.Lo && s.w(i-1) == "who" || !s.infinitiveAfter(i+1, min(sen.Hi, i+7))) {
			continue // "who directs the Horn of Africa programme", "directs traffic to the side road": running it, not directing someone to act
		}
		if w == "shown" && !s.shownFinding(sen.Lo, i, sen.Hi) {
			continue // "the ad was shown on television", "he has shown no sign of ..."
		}
		if c&cueWeak != 0 && i+1 < sen.Hi && s.cueMap[s.w(i+1)]&cueVerb != 0 && !s.t.Tokens[i+1].Quoted {
			continue // "campaign-finance reports shows": a noun before the verb
		}
		if (w == "held" || w == "written") && (i+1 >= sen.Hi || s.w(i+1) != "that" || !s.thatClause(i+1, sen.Hi)) {
			continue // cues only before a "that" clause: "the court held that", "has written that"; not "held talks", "held that view"
		}
		if pluralNounCues[w] && s.verbOfNounSubject(i, sen.Hi) {
			continue // "Reform advocates insist", "the loudest voices in my party insist that": the subject's noun
		}
		if s.mediumParticiple(sen.Lo, i) {
			continue // "In a security alert posted on its website, the embassy said": how the words came out
		}
		if (w == "found" || w == "ruled" || w == "linked" || w == "called" && i+1 < sen.Hi && (s.w(i+1) == "to" || s.w(i+1) == "out" || s.w(i+1) == "in")) && s.passiveBefore(sen.Lo, i) {
			// "It was found that ...", "the body was later found", "he was
			// ruled out", "has been linked to dozens of kidnappings", "Officers were called to Narborough Road": no
			// finder, no ruling, no words
			continue
		}
		if c&cueWeak != 0 && i > sen.Lo && strings.HasSuffix(w, "s") && pastVerb(s.w(i-1)) && s.cueMap[s.w(i-1)] != 0 && !s.t.Tokens[i-1].Quoted {
			// "rejected claims that ...": the object of the cue before it,
			// not a verb (but "A study the ministry commissioned shows
			// that ...": a verb after a relative clause's)
			continue
		}
		if strings.HasSuffix(w, "ed") && i-1 > sen.Lo && i+1 < sen.Hi && pastVerb(s.w(i-1)) && !auxWord(s.w(i-1)) && !relPron[s.t.Lower(i-2)] && s.kind(i+1) == sentence.Word && !s.t.Tokens[i+1].Quoted && !s.hasWord(i+1, min(sen.Hi, i+8), "that") {
			if nw := s.w(i + 1); len(nw) > 3 && strings.HasSuffix(nw, "s") && isLowerWord(nw) && s.cueMap[nw]&cueVerb == 0 {
				// "ignored repeated warnings": an adjective before the verb's
				// object (not "Officials who visited warned residents that")
				continue
			}
		}
		if i > sen.Lo && (s.w(i-1) == "to" || s.w(i-1) == "To") && c&cueCtl == 0 {
			continue // infinitive: "refused to say"
		}
		if i+1 < sen.Hi && s.w(i+1) == "," && s.passiveBefore(sen.Lo, i) && s.subordinateBefore(sen.Lo, i) {
			continue // "After the deal was announced, shares rose": a passive with nothing reported
		}
		if (w == "asked" || w == "requested" || w == "spoke") && s.anonymity(i+1, sen.Hi) {
			continue // "who asked not to be named", "spoke on condition of anonymity": a source's terms, not a statement
		}
		if wishForms[w] && i+3 < sen.Hi && s.w(i+1) == "to" && s.w(i+2) == "be" && (s.w(i+3) == "named" || s.w(i+3) == "identified") {
			continue // "who did not wish to be named"
		}
		if i > sen.Lo && i+1 < sen.Hi && sourceParticiples[w] && sourcePreps[s.w(i+1)] && unnamedNouns[s.t.Lower(i-1)] && (s.indefiniteBefore(sen.Lo, i-1) || s.bareSource(sen.Lo, i-1)) {
			continue // a reduced relative: "a person briefed on the matter said"
		}
		if pleaForms[w] && i+1 < sen.Hi && (s.w(i+1) == "guilty" || s.w(i+1) == "innocent" || i+2 < sen.Hi && (s.w(i+1) == "not" && s.w(i+2) == "guilty" || s.w(i+1) == "no" && s.w(i+2) == "contest")) {
			continue // "who pleaded guilty last year": a plea in court, not a statement reported
		}
		if w == "viewed" && s.timesCount(i+1, min(sen.Hi, i+7)) {
			continue // "Video of the meeting, viewed more than four million times online": views counted
		}
		if c := s.cueMap[w]; c&cueWeak != 0 && strings.HasSuffix(w, "s") && i > sen.Lo && i+1 < sen.Hi && (s.w(i+1) == "are" || s.w(i+1) == "were") && !s.t.Tokens[i+1].Quoted && isLowerWord(s.w(i-1)) && !subjectPronouns[s.w(i-1)] && !s.hasWordIn(max(sen.Lo, i-5), i, func(w string) bool { return w == "what" }) {
			continue // "fiscal worries are creeping into prices": a plural noun, the subject of "are" (not "What the minister fears are ...")
		}
		if strings.HasSuffix(w, "ed") && i-1 > sen.Lo && isLowerWord(s.w(i-1)) && !auxWord(s.w(i-1)) && pronouns[s.w(i-1)] == 0 && s.inFrontedPhrase(sen, i) {
			continue // "Under the terms of the agreement announced in a joint release, shareholders will ...": a participle after its noun, in a phrase before the clause
		}
		if w == "opposed" && i > sen.Lo && i+1 < sen.Hi && s.w(i+1) == "to" && !beForms[s.w(i-1)] && !auxWord(s.w(i-1)) && s.w(i-1) != "been" && !isAdverb(s.w(i-1)) {
			continue // "A group of families opposed to the removals has retained ...": an adjective after its noun
		}
		if strings.HasSuffix(w, "ed") && i+2 < sen.Hi && (i == sen.Lo || s.w(i-1) == "," || determiners[s.t.Lower(i-1)] || prepositionLike[s.t.Lower(i-1)]) && isLowerWord(s.w(i+1)) && s.pluralHead(i+1) && auxWord(s.w(i+2)) {
			continue // "Under the policy, challenged books are evaluated ...": a participle before its noun
		}
		if (w == "compared" || w == "compares") && i+1 < sen.Hi && (s.w(i+1) == "to" || s.w(i+1) == "with") {
			continue // a preposition: "..., compared to only 18% of ..."
		}
		if s.asideBeforeCue(sen, i) {
			continue // "A survey of 1,012 voters, released on Sunday, found ...": how the finding came out, not a cue
		}
		if c&cueWeak != 0 && i > sen.Lo && s.kind(i-1) == sentence.Word && (numberWords[s.w(i-1)] || pluralQuantifiers[s.t.Lower(i-1)] || nounPreps[s.w(i-1)] || strings.IndexAny(s.w(i-1), "0123456789") == 0) {
			continue // "two states, Illinois and Arizona", "18 states", "in several states", "ad buys in states that it had considered"
		}
		if i > sen.Lo && (nounBefore[s.t.Lower(i-1)] || isPossessive(s.w(i-1)) && pronouns[s.w(i-1)] == 0 && !beForms[s.w(i-1)] && !s.nameWithS(i-1) ||
			strings.HasSuffix(w, "ed") && s.kind(i-1) == sentence.Word && (adjectiveBefore[s.t.Lower(i-1)] && !s.someSubject(sen.Lo, i-1) || degreeWords[s.w(i-1)] && i-2 >= sen.Lo && nounBefore[s.t.Lower(i-2)])) {
			continue // a noun or adjective: "the think tank", "two states", "such expected backers", "for added comfort", "the most detailed assessment"
		}
		if c&cueIng != 0 && i > sen.Lo && s.progressive(sen.Lo, i) {
			// progressive: "Donald Trump is telling a veterans group that ..."
			c = cueVerb
			if w == "telling" || w == "asking" || w == "urging" || w == "warning" {
				c |= cueTell
			}
		}
		var r raw
		if c&cueIng != 0 && i > sen.Lo && (sourceNouns[s.t.Lower(i-1)] || mediaNouns[s.t.Lower(i-1)]) {
			r, ok = s.nounParticiple(sen, i) // "a statement calling the test ..."
		} else if n := s.mediumBeforePhrase(sen.Lo, i); c&cueIng != 0 && n >= 0 {
			r, ok = s.nounParticiple(sen, i) // "sent a letter to board members on Monday urging them to ..."
			r.sLo, r.sHi = n, n+1
		} else if c&cueIng != 0 {
			r, ok = s.participle(sen, i, out)
		} else {
			r, ok = s.finite(sen, i, c)
		}
		if ok {
			out = s.accept(out, r)
			s.found = out
		}
	}
	if r, ok := s.sourceTag(sen); ok {
		// after the headline's own attributions: "Biden says he will
		// veto the bill: Report" holds both, and the inner one ends at
		// the colon
		for i := n0; i < len(out); i++ {
			if out[i].cLo < r.cHi && out[i].cHi > r.cHi {
				out[i].cHi = r.cHi
			}
		}
		out = s.accept(out, r)
		s.found = out
	}
	if r, ok := s.inView(sen); ok && !contentOverlaps(out[n0:], r) {
		out = s.accept(out, r)
		s.found = out
	}
	if r, ok := s.colonQuote(sen); ok && !contentOverlaps(out[n0:], r) {
		out = s.accept(out, r)
	}
	return out
}

// contentOverlaps reports whether r's content overlaps the content of one
// of found: a sentence-level rule adds nothing the cue rules found.
func contentOverlaps(found []raw, r raw) bool {
	for _, o := range found {
		if o.cHi > r.cLo && o.cLo < r.cHi {
			return true
		}
	}
	return false
}

// inView handles a sentence opened by whose view it gives: "In
// Hargrove’s view, the agreement gave away too much", "In her view,
// ...". The possessor is the source, the sentence after the comma the
// content.
func (s *state) inView(sen sentence.Range) (raw, bool) {
	lo, hiEff := sen.Lo, s.trimEnd(sen.Lo, sen.Hi)
	r := raw{sLo: -1, sHi: -1, entity: -1}
	if hiEff-lo < 6 || s.t.Lower(lo) != "in" {
		return r, false
	}
	for k := lo + 2; k+2 < hiEff && k < lo+8; k++ {
		if !viewNouns[s.t.Lower(k)] || s.w(k+1) != "," {
			continue
		}
		switch {
		case isPossessive(s.w(k - 1)):
			r.sLo, r.sHi = lo+1, k // "In Hargrove’s view,"
		case k == lo+2 && (s.t.Lower(lo+1) == "his" || s.t.Lower(lo+1) == "her"):
			r.sLo, r.sHi = lo+1, k // "In her view,": the person spoken of
		default:
			return r, false
		}
		r.cueLo, r.cueHi = k, k+1
		r.cLo, r.cHi = k+2, s.contentEnd(k+2, hiEff)
		return r, r.cHi-r.cLo >= 3 && s.hasFinite(r.cLo, r.cHi)
	}
	return r, false
}

// viewNouns give whose judgement a sentence states: "In her view, ...".
var viewNouns = set(`view opinion estimation judgment judgement reckoning`)

// colonQuote handles a sentence without an attribution whose clause ends
// in a colon and a quotation: "The piece used one of the woman’s quotes
// as its headline: “Finally. Someone who thinks like me.”" The clause's
// subject is the source, its verb the cue.
func (s *state) colonQuote(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	k := sen.Lo
	for k < sen.Hi && k < sen.Lo+40 && (s.w(k) != ":" || s.t.Tokens[k].Quoted) {
		k++
	}
	if k >= sen.Hi || s.w(k) != ":" || k+1 >= s.n || s.kind(k+1) != sentence.OpenQuote || s.match[k+1] < 0 {
		return r, false
	}
	if k+1 >= sen.Hi && s.t.Tokens[k+1].Para != s.t.Tokens[k].Para+1 {
		return r, false // the quotation must follow at once, or open the next paragraph
	}
	// "A senior Democratic aide put it differently: “...”", "Ray Obuya,
	// who voted against it, was blunter: “...”": the cue is "put" or the
	// copula and its adjective, the subject before it the source
	if lo, hi, cue, ok := s.possessedVerdict(sen.Lo, k); ok {
		// "Ruth Adeyemi's verdict:", "Her response was swift:", "The
		// mayor's message was blunt:": the possessor spoke
		r.sLo, r.sHi = lo, hi
		r.cueLo, r.cueHi = cue, cue+1
		r.cLo, r.cHi = k+1, s.runOn(k+1)
		return r, r.cHi > r.cLo+1
	}
	p, cueEnd := s.putIt(sen.Lo, k), 0
	if p > sen.Lo {
		cueEnd = p + 1
	} else if p = s.speechManner(sen.Lo, k); p > sen.Lo {
		cueEnd = k
	}
	if p > sen.Lo {
		e := p
		if e-1 > sen.Lo && s.w(e-1) == "," {
			e-- // "Walt Brennan, who taught ..., put it more bluntly:"
		}
		lo := s.extendLeft(sen.Lo, e-1)
		if !s.hasFinite(sen.Lo, e) {
			lo = sen.Lo // "Ann Cole, 61, was blunter:": the whole subject with its asides
		}
		if e-1 >= sen.Lo && s.kind(e-1) == sentence.Word && lo >= sen.Lo {
			r.sLo, r.sHi = lo, e
			r.cueLo, r.cueHi = p, cueEnd
			r.cLo, r.cHi = k+1, s.runOn(k+1)
			return r, r.cHi > r.cLo+1
		}
	}
	if lo, hi, ok := s.mainSubject(sen.Lo, k); ok && hi < k {
		r.sLo, r.sHi = lo, hi
		r.cueLo, r.cueHi = hi, k
		if j := s.labelEnd(hi, k); j > hi {
			r.cueLo = j + 1 // after the party label: "McConnell, R-Ky., delivered ..."
		}
	} else if e, c, ok := s.apposedBeforeCue(sen.Lo, k); ok {
		// "Laura Okafor, the charity's director, said:", "Steven
		// Colbourne, who leads the union, told a rally on Saturday:"
		r.sLo, r.sHi = sen.Lo, e
		r.cueLo, r.cueHi = c, c+1
	} else if e, id, ok := s.colonLabel(sen.Lo, k); ok {
		r.sLo, r.sHi, r.entity = sen.Lo, e, id
		r.cueLo, r.cueHi = k, k+1
	} else {
		return r, false
	}
	r.cLo, r.cHi = k+1, s.runOn(k+1)
	return r, r.cHi > r.cLo+1
}

// verdictNouns are what someone says, named as a thing they own before a
// colon and a quotation: "Her verdict:", "The minister's message was
// blunt:".
var verdictNouns = set(`verdict response reply answer message reaction advice warning assessment conclusion
	explanation comment retort plea summary take`)

// possessedVerdict reads a sentence that is only "POSSESSOR's NOUN" or
// "POSSESSOR's NOUN was ADJECTIVE" before the colon k, NOUN one of
// verdictNouns, and returns the possessor's span and the noun (the cue).
func (s *state) possessedVerdict(lo, k int) (int, int, int, bool) {
	lo = s.afterDateline(lo, k)
	n := -1 // the noun
	for j := lo + 1; j < k && j <= lo+5; j++ {
		if verdictNouns[s.t.Lower(j)] && !s.t.Tokens[j].Quoted {
			n = j
			break
		}
	}
	if n < 0 {
		return 0, 0, 0, false
	}
	// after the noun: nothing, or a copula and up to two words of manner
	if n+1 < k && (!beForms[s.w(n+1)] || k-n-2 > 2 || k-n-2 < 1) {
		return 0, 0, 0, false
	}
	switch p := n - 1; {
	case possessivePronouns[s.t.Lower(p)] && p == lo:
		return p, p + 1, n, true // "Her response was swift:"
	case isPossessive(s.w(p)) && !s.t.Tokens[p].Quoted:
		return lo, p + 1, n, true // "Ruth Adeyemi's verdict:", "The mayor's message was blunt:"
	case s.apostropheAfterS(p):
		return lo, p, n, true // "Jo Ellis' reply:"
	}
	return 0, 0, 0, false
}

// mannerWords say how someone spoke, after "was" and before a colon and a
// quotation: "was blunter:", "was more direct:", "was less diplomatic:"
// (not a state: "Markets were cautious:").
var mannerWords = set(`blunt blunter direct frank franker candid forthright terse terser
	succinct sharper harsher scathing emphatic unequivocal diplomatic explicit`)

// mannerDegrees may stand between the copula and a manner word.
var mannerDegrees = set(`more less even far much`)

// speechManner returns the copula of "was blunter" (an intensifier may
// come between) that ends right at the colon k, or -1.
func (s *state) speechManner(lo, k int) int {
	p := k - 1
	if p <= lo || !mannerWords[s.t.Lower(p)] || s.t.Tokens[p].Quoted {
		return -1
	}
	p--
	for p > lo && mannerDegrees[s.t.Lower(p)] {
		p--
	}
	if p <= lo || !beForms[s.t.Lower(p)] || s.t.Tokens[p].Quoted {
		return -1
	}
	return p
}

// putIt returns the "put" of "put it" and a manner ("put it differently",
// "put it more bluntly", "puts it this way") that ends right at the colon
// k, or -1.
func (s *state) putIt(lo, k int) int {
	for p := k - 2; p > lo && p >= k-6; p-- {
		if (s.w(p) == "put" || s.w(p) == "puts") && s.w(p+1) == "it" && !s.t.Tokens[p].Quoted {
			for j := p + 2; j < k; j++ {
				if w := s.w(j); s.kind(j) != sentence.Word || !isAdverb(w) && w != "more" && w != "this" && w != "that" && w != "way" && w != "simply" && w != "best" {
					return -1
				}
			}
			return p
		}
	}
	return -1
}

// apposedBeforeCue reports whether the words from lo to the colon at k are
// a person's name, an apposition in commas and a plain reporting verb,
// with at most the one told and a time after it: "Laura Okafor, the
// charity's director, said:". It returns the end of the apposition and
// the verb.
func (s *state) apposedBeforeCue(lo, k int) (int, int, bool) {
	m, ok := s.ents.MentionAt(lo)
	if !ok || m.Lo != lo || m.Hi >= k || s.w(m.Hi) != "," || s.ents.Entities[m.Entity].Type != entity.Person {
		return 0, 0, false
	}
	for c := m.Hi + 2; c < k && c <= m.Hi+20; c++ {
		if s.t.Tokens[c].Quoted {
			return 0, 0, false
		}
		if s.w(c-1) == "," && s.plainCue(s.w(c)) && k-c <= 6 {
			return c - 1, c, true
		}
	}
	return 0, 0, false
}

// colonLabel reports whether the words from lo to the colon at k are a
// name that labels the quotation after it ("Clinton: “Our goal is ...”",
// "Rep. Trey Gowdy (R-S.C.): “...”"): a person or organisation mention,
// a bracketed tag aside, with at most four words before it. It returns
// the end of the label and the entity.
func (s *state) colonLabel(lo, k int) (int, int, bool) {
	e := k
	if e <= lo {
		return 0, 0, false // the colon opens the sentence: no label
	}
	if s.w(e-1) == ")" {
		for e > lo && s.w(e-1) != "(" {
			e--
		}
		if e == lo {
			return 0, 0, false
		}
		e--
		if e <= lo {
			return 0, 0, false // "(R-S.C.): ..." with no name before the bracket
		}
	}
	// a name and its apposition before the colon: "Meiling Tsang, senior
	// oil analyst at Orchard Point Research in Singapore: “...”"
	if p, found := s.ents.MentionAt(lo); found && p.Lo == lo && p.Hi+1 < e && s.w(p.Hi) == "," && e-p.Hi <= 15 && s.ents.Entities[p.Entity].Type == entity.Person && !s.clauseInside(p.Hi, e) && !s.hasCue(p.Hi, e) {
		return p.Hi, p.Entity, true
	}
	m, ok := s.ents.MentionAt(e - 1)
	if !ok || m.Hi != e || m.Lo < lo || s.words(lo, m.Lo) > 4 {
		return 0, 0, false
	}
	if t := s.ents.Entities[m.Entity].Type; !orgLike(t) && t != entity.Person {
		return 0, 0, false
	}
	return e, m.Entity, true
}

// progressive reports whether the -ing word at i follows a form of "be"
// ("is demanding", "is once again questioning", "has been investigating").
func (s *state) progressive(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		w := s.w(k)
		if beForms[w] {
			return true
		}
		if !(isAdverb(w) || w == "also" || w == "still" || w == "now" || w == "again" || w == "once" || w == "not" || w == "already" || w == "even") {
			return false
		}
	}
	return false
}

// attAdjectives are predicative adjectives of stance and emotion that
// take a that-clause, an infinitive or a prepositional object (Quirk et
// al. 1985, "A Comprehensive Grammar of the English Language", 16.68-16.73:
// adjective complementation); after a form of "be" they are attribution
// cues like the verbs they pair with ("is worried that" / "worries that").
var attAdjectives = set(`sure certain confident convinced afraid worried concerned frustrated
	determined skeptical sceptical optimistic pessimistic hopeful aware critical supportive
	opposed adamant unhappy angry upset furious outraged disappointed eager reluctant willing
	unwilling bullish bearish wary doubtful insistent unconvinced unsure uncertain passionate
	fearful proud glad pleased ashamed annoyed alarmed dismayed troubled nervous anxious keen`)

// modals before a base-form attitude cue.
var modals = set(`will would could should may might must can did does do didn’t didn't doesn’t doesn't
	don’t don't won’t won't wouldn’t wouldn't can’t can't couldn’t couldn't they They we We I you You`)

// modalBefore reports whether the base verb at i follows a modal, "do" or
// a plural pronoun ("would oppose", "did not mention", "they support").
func (s *state) modalBefore(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		w := s.w(k)
		if modals[w] {
			if _, pro := pronouns[w]; pro && k > lo && s.kind(k-1) == sentence.Word && !npStop[s.w(k-1)] {
				return false // a relative clause: "the number I need"
			}
			return true
		}
		if !(isAdverb(w) || w == "also" || w == "not" || w == "still" || w == "never" || w == "even" || mainClauseTimes[w]) {
			return false // (also "would later claim")
		}
	}
	return false
}

// personSubject reports whether [lo,hi) is one person's name or "he"/"she":
// with a person as subject a form like "notes", "hopes" or "demands" is a
// verb, not a plural noun ("Lynch notes they were appointed ...").
func (s *state) personSubject(lo, hi int) bool {
	if hi == lo+1 && (pronouns[s.w(lo)] == 'm' || pronouns[s.w(lo)] == 'f') {
		return true
	}
	m, ok := s.ents.MentionAt(hi - 1)
	if !ok || m.Hi != hi || m.Lo < lo || m.Lo > lo+2 {
		return false
	}
	return s.ents.Entities[m.Entity].Type == entity.Person
}

// bodySubject reports whether [lo,hi) is an organisation speaking as one:
// its name, or a determiner and a word for a body ("The campaign hopes to
// win Ohio", "the party fears that ..."), which makes a form that is also a
// plural noun a verb.
func (s *state) bodySubject(lo, hi int) bool {
	if m, ok := s.ents.MentionAt(hi - 1); ok && m.Hi == hi && m.Lo >= lo && m.Lo <= lo+1 && s.ents.Entities[m.Entity].Type == entity.Org {
		return true
	}
	if hi-lo < 2 || hi-lo > 5 || !determiners[s.t.Lower(lo)] || !groupNouns[s.w(hi-1)] && !bodyNouns[s.w(hi-1)] {
		return false
	}
	// "The city's health department estimates", "the state's election
	// board says": a possessor and modifiers in lower case before the body
	for k := lo + 1; k < hi-1; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || !isLowerWord(s.w(k)) {
			return false
		}
	}
	return true
}

// nameObject reports whether [q,hi) is a single name, the whole object of
// an attitude verb: "Cruz has endorsed Trump.", "supported Democrats".
func (s *state) nameObject(q, hi int) bool {
	m, ok := s.ents.MentionAt(q)
	return ok && m.Lo == q && m.Hi >= hi
}

// pluralSubject reports whether [lo,hi) is a short bare plural noun
// phrase, a group as source: "Voting rights advocates have expressed ...",
// "Other officials weighed in ...".
func (s *state) pluralSubject(lo, hi int) bool {
	if hi-lo <= 8 && hi-lo > 2 {
		// "Residents of the town", "Majorities across the political
		// spectrum": the head comes before the preposition
		for k := lo + 1; k < hi-1; k++ {
			if headPreps[s.w(k)] || s.w(k) == "who" && !s.t.Tokens[k].Quoted && s.relativeDone(k, hi) { // (also "Teachers who spoke during public comment")
				if k-lo <= 3 && s.pluralHead(k-1) && !s.nameWord(k-1) {
					return true
				}
				break
			}
		}
	}
	if hi-lo > 4 || hi <= lo {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
	}
	w := s.w(hi - 1)
	return len(w) > 4 && w[0] >= 'a' && w[0] <= 'z' && s.pluralHead(hi-1)
}

// servingPlurals are people who serve someone named after "to": "Aides
// to the governor", "advisers to the president".
var servingPlurals = set(`aides advisers advisors assistants consultants counselors counsellors envoys`)

// relativeDone reports whether the relative clause from the "who" at k
// is complete before hi, its verb and what follows it, so that the cue
// at hi is the main clause's ("Workers who escaped described ...", not
// "voters who aren't sure").
func (s *state) relativeDone(k, hi int) bool {
	last := s.t.Lower(hi - 1)
	return hi-k >= 2 && !auxWord(last) && last != "not" && !strings.HasSuffix(last, "n't") && !strings.HasSuffix(last, "n’t") && s.kind(hi-1) == sentence.Word
}

// headPreps open a modifier after the head noun of a subject.
var headPreps = set(`of in at from across among within on for`)

// pluralHead reports whether the word at k looks like a plural noun (a
// capital allowed, as at the start of a sentence): "critics", "Residents".
func (s *state) pluralHead(k int) bool {
	w := s.t.Lower(k)
	// (a cue form that is mostly a plural noun may head it: "Member
	// states pledged", "Civil rights advocates praised")
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && (s.cueMap[w] == 0 || s.cueMap[w]&cueWeak != 0) && s.kind(k) == sentence.Word
}

// tieNouns name someone by their tie to a person: "her longtime friend".
var tieNouns = set(`friend friends neighbor neighbour neighbors neighbours partner colleague colleagues classmate
	roommate companion cousin niece nephew aunt uncle grandson granddaughter grandmother grandfather fiancé fiancée`)

// refusals hold back the words of the infinitive after them: "declined
// to say whether", "refused to comment on".
var refusals = set(`refuse refuses refused refusing decline declines declined declining`)

// forms of "refuse", which negate the reporting verb in their infinitive.
var refuseForms = set(`refuse refuses refused refusing`)

// frontedParticiple handles "CUEing CONTENT, SUBJECT ..." with the cue at
// c, the first word of the sentence.
func (s *state) frontedParticiple(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	k := c + 1
	for k < sen.Hi && k < c+40 && (s.w(k) != "," || s.t.Tokens[k].Quoted) {
		if s.kind(k) == sentence.CloseQuote && s.w(k-1) == "," {
			break // ‘After saying it was “so swollen,” she ...’
		}
		k++
	}
	if k+1 >= sen.Hi || s.w(k) != "," && s.kind(k) != sentence.CloseQuote || k < c+2 {
		return r, false
	}
	end := k
	if s.kind(k) == sentence.CloseQuote {
		end = k + 1
	}
	if prepositions[s.w(c+1)] || s.badOpening(c+1) || s.w(c+1) == "to" {
		return r, false // "Writing on Twitter, she ...", "Responding to a query, she ...": where, not what
	}
	if c > sen.Lo && frontPreps[s.w(c-1)] && s.w(c+1) != "that" && !s.hasQuote(c+1, end) {
		return r, false // "Before telling reporters about the deal, she ...": no words reported
	}
	if (s.w(c) == "Addressing" || s.w(c) == "addressing") && s.hearers(c+1, end) {
		return r, false // "Addressing the rally, she ...", "Addressing presspersons here, he ...": who heard it, not what
	}
	if m, ok := s.ents.MentionAt(k + 1); ok && m.Lo == k+1 {
		r.sLo, r.sHi = m.Lo, m.Hi
	} else if pronouns[s.w(k+1)] != 0 || s.pluralSubject(k+1, k+2) {
		r.sLo, r.sHi = k+1, k+2
	} else {
		return r, false
	}
	r.cLo, r.cHi = c+1, end
	return r, true
}

// compoundHeads are nouns that a verb's base form modifies as a noun:
// "support worker", "support staff", "support group".
var compoundHeads = set(`worker workers staff group groups team teams services package packages officer officers`)

// hearers reports whether the words [lo,hi) after "addressing" name the
// people or the event that heard the speaker: an article and up to two
// modifiers before an audience noun, then nothing, "here" or a phrase
// opened by a preposition ("presspersons at the party headquarters").
func (s *state) hearers(lo, hi int) bool {
	k := lo
	if k < hi && (determiners[s.t.Lower(k)] || indefinites[s.w(k)]) {
		k++
	}
	for j := k; j < hi && j <= k+2; j++ {
		if w := s.t.Lower(j); audienceNouns[w] || addressees[w] {
			// then only where or when: not "Addressing the crowd's fears"
			return j+1 >= hi || prepositions[s.w(j+1)] || placeAdverbs[s.w(j+1)]
		}
	}
	return false
}

// placeAdverbs end an audience phrase: "Addressing presspersons here".
var placeAdverbs = set(`here there`)

// frontPreps open a fronted participle clause: "After saying ...,".
var frontPreps = set(`After Before While Despite Since Besides`)

// participles of judgement that, after a form of "be" and before one of
// judgedPreps, make an attribution without a source ("was accused of",
// "were rated as").
var (
	judgedParticiples = set(`criticized criticised accused charged rated viewed described mentioned regarded
		praised blamed labeled labelled branded hailed condemned touted dubbed`)
	judgedPreps = set(`as for of with`)
	// participles of the raising passive and of the impersonal passive
	// ("is said to", "is expected to", "it is believed that"): reports
	// and beliefs without a source (Quirk et al. 1985, 16.35; PolNeAR's
	// Attribution-no-source)
	// appositiveHearsay are the raising participles that, between commas
	// after a noun, report hearsay about it: "Mr. Brink, said to be
	// furious, declined ..." (the noun is not their source)
	appositiveHearsay  = set(`said believed thought reported rumored rumoured known understood`)
	raisingParticiples = set(`said reported believed expected thought alleged rumored rumoured
		known estimated projected predicted understood considered presumed feared hoped
		widely`)
)

// asideOpen returns the comma that opens an aside closed by the comma at
// k, after lo: an age, a relative clause or a description in apposition
// to the noun before it ("Keller, 47,", "The film, which cost $90
// million,", "Leaders, a majority of them,"); or -1.
func (s *state) asideOpen(lo, k int) int {
	if s.w(k) != "," || s.t.Tokens[k].Quoted {
		return -1
	}
	for j := k - 1; j > lo && j >= k-20; j-- {
		if s.t.Tokens[j].Quoted || s.w(j) == ";" {
			return -1
		}
		if s.w(j) != "," {
			continue
		}
		w := s.t.Lower(j + 1)
		if j+1 < k && s.kind(j-1) == sentence.Word && (isAge(w) || w == "who" || w == "which" || w == "whose" || indefinites[s.w(j+1)]) {
			return j
		}
		return -1
	}
	return -1
}

// agentless handles a passive judgement without an agent, the participle
// at c: the content is the whole clause, from its subject.
func (s *state) agentless(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	a := c - 1
	for a > sen.Lo && (isAdverb(s.w(a)) || s.w(a) == "often" || s.w(a) == "also" || s.w(a) == "never" || s.w(a) == "not" || s.w(a) == "been" || s.w(a) == "being") {
		a--
	}
	if a >= sen.Lo && raisingParticiples[s.w(c)] && auxiliaries[s.w(a)] && a+1 < c && s.w(a+1) == "been" {
		a++ // "Keller had been widely expected to leave": a passive, no one named expects
	}
	if a <= sen.Lo || !(beForms[s.w(a)] || s.w(a) == "been" || s.w(a) == "being" || s.w(a) == "be") || s.t.Tokens[a].Quoted {
		return r, false
	}
	for a > sen.Lo && (auxiliaries[s.w(a-1)] || beForms[s.w(a-1)] || isAdverb(s.w(a-1))) {
		a--
	}
	r.cueLo = a
	if a <= sen.Lo {
		return r, false // no subject: "had been reported to City Hall ..." opening the text
	}
	if w := s.w(a - 1); (w == "who" || w == "which") && !s.t.Tokens[a-1].Quoted {
		return r, false // "Quill, who is expected to step down, said ...": an aside about the subject of another clause
	}
	start := s.mainClause(s.leftStart(sen.Lo, a), a)
	if subordinators[s.t.Lower(start)] {
		start++ // "Although North Korea is not thought to be ...": the clause after it
	}
	for k := a - 2; k > start; k-- {
		if (s.w(k) == "but" || s.w(k) == "and") && s.w(k-1) == "," && !s.t.Tokens[k].Quoted {
			start = k + 1 // "..., a company spokesman said, but the parts are not expected to ...": the clause after the link
			break
		}
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			break
		}
	}
	if start >= a || s.words(start, a) < 1 {
		return r, false
	}
	r.cLo, r.cHi = start, s.contentEnd(c+1, hiEff)
	for k := c + 2; k+2 < r.cHi; k++ {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted && ((s.w(k+1) == "and" || s.w(k+1) == "but") && (s.newSubject(k+2) || s.possessiveSubject(k+2, r.cHi) || s.perfectClause(k+2, r.cHi)) || (s.w(k+1) == "when" || s.w(k+1) == "where") && s.newSpeaker(k+2)) {
			r.cHi = k // "Kettering is expected to return next weekend, and his campaign has reportedly booked ...", "..., when executives have said they will ...": a clause of its own
			break
		}
	}
	if k := r.cHi; k+2 < hiEff && s.w(k) == "," && s.t.Lower(k+1) == "according" && s.w(k+2) == "to" {
		return r, false // "X is expected to ..., according to Y": Y is the source
	}
	if k := r.cHi; k+2 <= hiEff && s.w(k) == "," && s.saidAfter(k+1, hiEff) {
		return r, false // "... were expected to be released Sunday, he said": he is the source
	}
	return r, r.cHi > c+2
}

// saidAfter reports whether the words [k,hi) are a closing attribution: a
// pronoun or a name, then a speech verb ("he said", "Whitcomb said").
func (s *state) saidAfter(k, hi int) bool {
	j := k
	if pronouns[s.w(j)] != 0 {
		j++
	} else {
		for j < hi && j < k+4 && isCapWord(s.w(j)) {
			j++
		}
	}
	return j > k && j < hi && j+2 >= hi && s.cueMap[s.w(j)]&cueVerb != 0
}

// seemVerbs are the raising verbs of appearance (Quirk et al. 1985,
// 16.46): the subject "seems to" do what the content says, by no one's
// account in particular.
var seemVerbs = set(`seem seems seemed appear appears appeared`)

// seeming reads "SUBJECT seems to VP" at c as a sourceless attribution:
// content the subject and the verb phrase, cue the raising verb.
func (s *state) seeming(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	start := s.leftStart(sen.Lo, c)
	for k := c - 1; k > start; k-- {
		if w := s.w(k); (w == "," || w == ";" || s.cueMap[w]&cueVerb != 0) && !s.t.Tokens[k].Quoted {
			start = k + 1
			break
		}
	}
	if it := s.seemingIt(sen.Lo, c); it >= 0 {
		if it > sen.Lo && s.w(it-1) == "," && r.cueHi+1 < hiEff && s.w(r.cueHi) == "," {
			// "Rutherford, it seems, did not take it well": the clause
			// around the aside, which is a gap in it
			r.cLo, r.cHi = s.leftStart(sen.Lo, it-1), s.contentEnd(r.cueHi+1, hiEff)
			r.gLo, r.gHi = it-1, r.cueHi+1
			return r, r.cLo < it-1 && r.cHi > r.cueHi+1
		}
		// "It seems increasingly likely that Donald Trump will be the
		// nominee": an impression without a source, all of it after the cue
		if !s.seemingClause(r.cueHi, hiEff) {
			return r, false // "It appears twice on page 12", "It seemed to work", "it seems, however, ..."
		}
		r.cLo, r.cHi = r.cueHi, s.contentEnd(r.cueHi, hiEff)
		return r, r.cHi > r.cLo+1
	}
	if start >= c || subordinators[s.t.Lower(start)] || s.w(c-1) == "it" || s.w(c-1) == "It" {
		return r, false
	}
	if c+3 < hiEff && s.w(c+1) == "to" && s.cueMap[s.w(c+2)] != 0 && s.cueMap[s.w(c+2)]&cueWeak == 0 && !s.t.Tokens[c+2].Quoted && start == s.leftStart(sen.Lo, c) && !s.hasSubordinator(start, c) {
		// "Obama himself seemed to recognize the significance of ...",
		// "Cruz seemed to blame the network": the subject is the source,
		// the verb after "to" the cue
		r.sLo, r.sHi, r.cueHi = start, c, c+3
		p := c + 3
		if ps, ok := phrasal[s.t.Lower(c+2)]; ok {
			e := s.cuePhraseEnd(ps, c+2, p, hiEff)
			if e < 0 {
				return r, false // "appeared to weigh in" without its topic
			}
			r.cueHi, p = e, e
		}
		if p < hiEff && (s.w(p) == "," || s.w(p) == ":") {
			p++ // "he appears to say, “...”"
		}
		r.cLo = p
		r.cHi = s.attEnd(r.cLo, s.contentEnd(r.cLo, hiEff), c+2)
		return r, r.cHi > r.cLo
	}
	r.cLo, r.cHi = start, s.contentEnd(c+1, hiEff)
	// the impression ends at an adjunct or a clause of the writer's:
	// "Mr. Rubio had appeared to be on the upswing after a strong
	// showing", "Twitter appears to be heavily used by ISIS - so much so
	// that ...", "..., and his advisers have hoped ..."
	for k := c + 2; k < r.cHi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		w := s.w(k)
		if s.isDash(k) {
			if e := s.dashPairEnd(k, r.cHi); e > k {
				k = e // "The governor appears to be — by most accounts — the favorite"
				continue
			}
		}
		if npAdjunct[w] || s.isDash(k) || w == ":" || w == ";" || w == "," && k+2 < r.cHi && (s.w(k+1) == "and" || s.w(k+1) == "but") && s.newSubject(k+2) ||
			w == "," && k+1 < r.cHi && ingClause(s.w(k+1)) && participleCut(s.w(k+1)) {
			r.cHi = k
			break
		}
	}
	return r, r.cHi > c+1
}

// seemingIt returns the "it" that opens a clause before the seeming verb
// at c, with at most one adverb between ("It seems", "it now seems", "Now
// it seems"), or -1.
func (s *state) seemingIt(lo, c int) int {
	it := c - 1
	if it > lo && (isAdverb(s.w(it)) || s.w(it) == "now" || s.w(it) == "still") {
		it--
	}
	if it < lo || s.t.Lower(it) != "it" || s.t.Tokens[it].Quoted {
		return -1
	}
	if it > lo+1 && s.w(it-1) != "," {
		return -1 // "to see it appear", "and made it seem easy"
	}
	return it
}

// seemingClause reports whether the words from k after "it seems" are
// what seems so: "that ...", a predicate ("likely that", "pretty likely
// they will") or a clause ("the team will miss the playoffs"); not an
// adverb of place or time ("appears twice on page 12", "appeared
// Tuesday in the Times"), an infinitive ("seemed to work") or an aside
// ("it seems, however, ...").
func (s *state) seemingClause(k, hi int) bool {
	if k+1 >= hi || s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
		return false
	}
	w := s.w(k)
	if intensifiers[w] && k+1 < hi {
		w = s.w(k + 1)
	}
	switch {
	case w == "that" || seemWords[w]:
		return true
	case timeWords[w] || prepositions[w] || w == "to" || w == "again" || w == "twice" || isAdverb(w):
		return false
	}
	return determiners[s.t.Lower(k)] || pronouns[w] != 0 || isCapWord(w)
}

// intensifiers grade a predicate after "it seems": "pretty likely".
var intensifiers = set(`pretty quite rather almost all but very so increasingly more less`)

// dashPairEnd returns the closing dash of an aside opened by the dash at k
// within a few words before hi, or -1.
func (s *state) dashPairEnd(k, hi int) int {
	for j := k + 2; j < hi && j <= k+8; j++ {
		if s.w(j) == s.w(k) && s.isDash(j) {
			return j
		}
		if s.kind(j) != sentence.Word && s.w(j) != "," {
			return -1
		}
	}
	return -1
}

// hasSubordinator reports whether a subordinating word stands in [lo,hi):
// the clause there is not the sentence's main one.
func (s *state) hasSubordinator(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if subordinators[s.t.Lower(k)] || relPron[s.w(k)] {
			return true
		}
	}
	return false
}

// seemPredicate reports whether the word at k after a verb of appearance
// is a predicate adjective or participle ("Cruz seemed lost", "Clinton
// seemed irritated", "his voice seemed weaker", "candidates appear more
// attractive"), not a place or an object ("appeared on Sunday shows").
func (s *state) seemPredicate(k int) bool {
	if k+1 >= s.n || s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
		return false
	}
	w := s.w(k)
	if w == "" || w[0] < 'a' || w[0] > 'z' || npStop[w] || phrasePreps[w] || determiners[w] {
		return false
	}
	if seemWords[w] {
		return true
	}
	return strings.HasPrefix(s.t.Lower(k-1), "seem") && strings.HasSuffix(w, "ed") && len(w) > 4 || strings.HasSuffix(w, "er") && s.w(k+1) == "than"
}

// seemWords open a predicate after "seem" or "appear": "appeared headed
// for", "seems stable", "appeared more attractive".
var seemWords = set(`more less most so too very increasingly likely unlikely poised headed ready eager
	determined certain sure stable lost confident like inevitable clear unclear possible set destined
	willing unwilling unable able reluctant intent`)

// hearsayAdverbs mark a clause as reported without naming the reporter
// (evidential adverbs, Quirk et al. 1985, 8.127-8.130).
var hearsayAdverbs = set(`reportedly allegedly purportedly supposedly reputedly ostensibly
	Reportedly Allegedly Purportedly Supposedly Reputedly Ostensibly`)

// hearsay returns the sourceless attribution of the clause around the
// evidential adverb at c ("Trump reportedly told aides that ..."); the
// adverb is the cue and a gap in the content.
func (s *state) hearsay(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	if c > sen.Lo && c+1 < hiEff && (ingPreps[s.w(c-1)] || s.w(c-1) == "of" || s.w(c-1) == "with") && strings.HasSuffix(s.w(c+1), "ing") {
		return r, false // "arrested for allegedly attempting to loot": a charge named inside a phrase
	}
	start := s.leftStart(sen.Lo, c)
	for k := c - 1; k > start; k-- {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted || s.w(k) == ";" || s.w(k) == ":" {
			start = k + 1
			break
		}
	}
	q := c + 1
	if q < hiEff && s.w(q) == "," {
		q++
	}
	r.cLo, r.cHi = start, s.contentEnd(q, hiEff)
	if start == c {
		r.cLo = q // "Reportedly, the talks ..."
	}
	return r, s.words(r.cLo, r.cHi) >= 3
}

// relative pronouns whose clause has a gap after an embedded attribution.
var gapRel = set(`which what who whom that`)

// words that open a clause or phrase enclosed in commas after a subject.
var encloseStart = set(`who which where like unlike including whose in from`)

// verbs whose subject is a study, poll or document: "the poll shows".
var evidenceVerbs = set(`shows show showed shown found finds`)

// eventNouns are media that are occasions, where the one who spoke is
// there: "spoke at a rally in the city centre urging fans to ...".
var eventNouns = set(`rally speech debate appearance conference meeting hearing interview call briefing session`)

// nounPreps before a weak cue make it a noun ("ad buys in states that",
// "in a series of tweets"); a stranded "on" or "at" does not ("the figures
// the ministry relies on show that ...").
var nounPreps = set(`in of among across from into`)

// pluralQuantifiers count a plural noun after them: "several states",
// "many reports".
var pluralQuantifiers = set(`several many both various numerous multiple few other all`)

// cueBeforeThat returns the nearest cue before k in the sentence from lo
// that a "that" follows ("note that ..."), or -1.
func (s *state) cueBeforeThat(lo, k int) int {
	for j := k - 1; j >= lo && j >= k-40; j-- {
		if s.w(j+1) == "that" && s.cueMap[s.w(j)] != 0 && !s.t.Tokens[j].Quoted {
			return j
		}
	}
	return -1
}

// findingSubjectEnd reports whether the word at k ends the subject of a
// finding: a document, study or plan, or a day after one ("a revenue
// forecast released Monday").
func (s *state) findingSubjectEnd(k int) bool {
	l := s.t.Lower(k)
	return sourceNouns[l] || findingNouns[l] || docNouns[l] || l == "plan" || timeWords[s.w(k)]
}

// shownFinding reports whether "shown" at i reports a finding: after
// "has", "have" or "had", with a "that" clause or a subject that is a
// common noun ("Recent polls have shown Kessler pulling ahead", "Studies
// have shown that ..."), not a person's show of something ("he has shown
// no sign of ...") or a screening ("was shown on television").
func (s *state) shownFinding(lo, i, hi int) bool {
	if i-2 < lo || s.w(i-1) != "has" && s.w(i-1) != "have" && s.w(i-1) != "had" {
		return false
	}
	if i+1 < hi && s.w(i+1) == "that" {
		return true
	}
	subj := s.w(i - 2)
	return s.kind(i-2) == sentence.Word && isLowerWord(subj) && pronouns[subj] == 0 && !s.t.Tokens[i-2].Quoted
}

// findForms report a finding: "The panel found that ...".
var findForms = set(`found finds find`)

// sourceNounBack returns the start of a noun phrase headed by a source
// noun in the 20 tokens before the subject at nLo ("A USA TODAY analysis of
// super PACs that have raised ... , shows"), or -1.
func (s *state) sourceNounBack(lo, nLo int) int {
	for k := nLo - 1; k >= lo && k >= nLo-20; k-- {
		w := s.w(k)
		if s.t.Tokens[k].Quoted || w == ";" || w == ":" || s.kind(k) == sentence.OpenQuote || s.kind(k) == sentence.CloseQuote {
			return -1
		}
		if lw := s.lower(w); sourceNouns[lw] || mediaNouns[lw] && lw != "ones" {
			st := k
			for st > lo && st > k-5 && s.kind(st-1) == sentence.Word && !npStop[s.t.Lower(st-1)] && !prepositions[s.w(st-1)] && s.w(st-1) != "of" {
				st--
			}
			return st
		}
	}
	return -1
}

// nouns of opinion research that are the source of an "in" phrase.
var pollNouns = set(`poll polls survey surveys polling`)

// pollTail may follow a poll named at the start of a sentence: "In a
// national Suffolk University Poll, ...", "Poll of likely voters",
// "Survey released Monday".
var pollTail = set(`, of released conducted taken by for`)

// orgLike reports whether an entity of type t can speak through a
// spokesperson: an organisation, or a place standing for its government
// ("a Kremlin spokesman", "a Downing Street spokesman").
func orgLike(t entity.Type) bool {
	return t == entity.Org || t == entity.GPE || t == entity.Loc
}

// endsBefore reports whether a mention of entity id ends right before
// token h: the whole modifier of the head ("A Harwick College poll", not
// "A University of Michigan survey" with only "University" recognised).
func (s *state) endsBefore(id, h int) bool {
	m, ok := s.ents.MentionAt(h - 1)
	return ok && m.Entity == id && m.Hi == h
}

// findingNouns are works whose findings are their maker's: "a Harwick
// College poll", "a Treasury analysis".
var findingNouns = set(`poll survey study report analysis audit review assessment estimate estimates
	forecast projection projections`)

// inPoll handles "CONTENT in A POLL" and "In A POLL, CONTENT" with "in" at i.
func (s *state) inPoll(sen sentence.Range, i int) (raw, bool) {
	r := raw{cueLo: i, cueHi: i + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	// a phrase opening the sentence may name its poll at more length: "In
	// a national USA TODAY/Suffolk University Poll, ..."
	opening := i == sen.Lo || s.w(i) == "on"
	k := i + 1
	for k < hiEff && (k <= i+6 || opening && k <= i+8) && (s.kind(k) == sentence.Word || opening && s.w(k) == "/") && !pollNouns[s.w(k)] && !(opening && pollNouns[s.t.Lower(k)]) {
		k++
	}
	if k >= hiEff || s.kind(k) != sentence.Word || !pollNouns[s.w(k)] && !(opening && pollNouns[s.t.Lower(k)]) {
		return r, false
	}
	if s.t.Lower(k) == "polling" && !opening {
		return r, false // "trails him in the polling": standing, not a finding
	}
	if (s.w(k) != s.t.Lower(k) || s.t.Lower(k) == "polling") && k+1 < hiEff && !pollTail[s.w(k+1)] {
		return r, false // "In Poll Street, ...", "Based on polling place reports": a name or a modifier
	}
	if strings.HasSuffix(s.w(k), "s") && !s.hasCapital(i+1, k) && !(opening && (s.w(i) == "on" || s.w(k-1) == "exit" && k+1 < hiEff && s.w(k+1) == ",")) {
		return r, false // "trails Clinton in the polls", "in national polls": standing, not a finding ("In exit polls, ..." is one)
	}
	// the source runs over a participle or "to" phrase after the noun
	e := k + 1
	for e < hiEff && e < k+15 && s.kind(e) == sentence.Word {
		if auxWord(s.w(e)) {
			return r, false // "the undecided voters in the poll were older": the poll's voters are a subject
		}
		e++
	}
	r.sLo, r.sHi = i+1, e
	if s.w(i) == "on" {
		i-- // "Based on ...": the phrase opens the sentence
		r.cueLo = i
	}
	if i == sen.Lo {
		if e >= hiEff || s.w(e) != "," || e+1 >= hiEff {
			return r, false
		}
		r.cLo, r.cHi = e+1, s.contentEnd(e+1, hiEff)
		return r, r.cHi > r.cLo+2
	}
	if e < hiEff && s.w(e) != "," {
		return r, false
	}
	start := s.leftStart(sen.Lo, i)
	for j := i - 1; j > start; j-- {
		if s.w(j) == "," && !s.t.Tokens[j].Quoted {
			start = j + 1
			break
		}
	}
	if s.words(start, i) < 3 || subordinators[s.t.Lower(start)] && s.sayWithin(start, i) {
		return r, false // "..., after half said so in the earlier poll": a finding attributed already
	}
	r.cLo, r.cHi = start, i
	return r, true
}

// sayWithin reports whether a plain form of "say" stands unquoted in
// [lo,hi).
func (s *state) sayWithin(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if sayForms[s.w(k)] && !s.t.Tokens[k].Quoted {
			return true
		}
	}
	return false
}

// hasCapital reports whether a capitalised word stands in [lo,hi).
func (s *state) hasCapital(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if isCapWord(s.w(j)) {
			return true
		}
	}
	return false
}

// abbreviations that end a name: "Roberts Jr.".
var nameSuffixes = set(`Jr Sr Inc Co Corp Ltd`)

// particles that make a phrasal verb of another meaning: "showed up",
// "laid off", "backed down".
var verbParticles = set(`up off away down back`)

// number words before a plural noun.
var numberWords = set(`two three four five six seven eight nine ten dozen dozens hundreds thousands millions`)

// prepositions that cannot open a subject noun phrase.
var subjectPreps = set(`of in on at for from with by into about`)

// withSubject reports whether token k, before an -ing cue, ends a short
// noun phrase right after "with": a name or a bare plural.
func (s *state) withSubject(lo, k int) bool {
	st := k
	if m, ok := s.ents.MentionAt(k); ok && m.Hi == k+1 {
		st = m.Lo
	} else if !s.pluralSubject(k, k+1) {
		return false
	}
	return st > lo && s.w(st-1) == "with"
}

// communication verbs whose infinitive of purpose is an attribution with
// the main clause's subject: "leaders met to discuss the test".
var purposeVerbs = set(`discuss explain address criticize criticise condemn denounce defend praise endorse demand argue
	announce urge warn reject repeat remind question tout invoke highlight acknowledge admit deny veto`)

// purpose handles "SUBJECT VERB ... to CUE OBJECT" with the cue at c.
func (s *state) purpose(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c - 1, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	lo, hi, ok := s.mainSubject(sen.Lo, c-1)
	if k := sen.Lo; !ok && k+1 < c-1 && s.pluralHead(k) && pastVerb(s.w(k+1)) && !s.t.Tokens[k].Quoted && speechPurpose[s.w(c)] {
		lo, hi, ok = k, k+1, true // "Officials gathered to argue ...": a bare plural opening the sentence
	}
	if !ok || hi >= c-1 {
		return r, false
	}
	if !speechPurpose[s.w(c)] && sendVerbs[s.w(hi)] {
		return r, false // "The Pentagon sent troops to defend the border": a mission, not words
	}
	q := c + 1
	if q >= hiEff || s.kind(q) != sentence.Word || s.badOpening(q) || attBadStart[s.w(q)] || s.words(q, hiEff) < 2 {
		return r, false
	}
	r.sLo, r.sHi = lo, hi
	if m, ok := s.ents.MentionAt(c - 2); ok && m.Hi == c-1 && s.ents.Entities[m.Entity].Type == entity.Person {
		j := m.Lo
		for j-1 > hi && (isCapWord(s.w(j-1)) || s.w(j-1) == "." && s.t.Tokens[j-2].End == s.t.Tokens[j-1].Start) {
			j-- // "Deputy Solicitor General", "Gen."
		}
		if j-1 >= hi && sendVerbs[s.w(j-1)] {
			r.sLo, r.sHi = j, m.Hi // "sent Deputy Solicitor General Kenji Moriyama to argue that ...": the one sent speaks
		}
	}
	r.cLo, r.cHi = q, s.attEnd(q, s.contentEnd(q, hiEff), c)
	return r, r.cHi > r.cLo
}

// speechPurpose are the purposeVerbs that are speech whoever does them
// ("gathered to argue", "sent a lawyer to argue"); "to defend", "to
// reject", "to address" are often acts ("went to the polls to reject the
// measure").
var speechPurpose = set(`discuss explain argue demand announce urge warn repeat remind question
	tout invoke highlight acknowledge admit deny criticize criticise condemn denounce praise endorse`)

// sendVerbs send someone whose infinitive of purpose is then their own
// act: "sent Kenji Moriyama to argue".
var sendVerbs = set(`sent sends dispatched dispatches deployed`)

// asAttribution handles an attribution in an "as" clause, with the cue at
// c: "As X put it, CONTENT" and "CONTENT, as X said."
func (s *state) asAttribution(sen sentence.Range, c int) (raw, bool) {
	lo := sen.Lo
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	if s.w(c) == "put" || s.w(c) == "puts" {
		if c+2 < hiEff && (verbParticles[s.w(c+2)] || c+3 < hiEff && s.w(c+2) == "on" && s.w(c+3) == "sale") {
			return r, false // "As the company puts it on sale every spring", "as he put it away"
		}
		r.cueHi = c + 2
	}
	L := c - 1
	for L >= lo && s.kind(L) == sentence.Word && (auxiliaries[s.w(L)] || isAdverb(s.w(L))) {
		L--
	}
	sHi := L + 1
	if L > lo && s.w(L) == "," {
		// "As Steven M. Rosenthal, a tax lawyer at X, recently put it, ..."
		k := L - 1
		for k > lo && k > L-20 && s.w(k) != "," {
			k--
		}
		if k <= lo || s.w(k) != "," {
			return r, false
		}
		L, sHi = k-1, k
	}
	if L < lo || s.kind(L) != sentence.Word || s.t.Tokens[L].Quoted || npStop[s.t.Lower(L)] && !s.wordName(L) {
		return r, false
	}
	nLo := s.extendLeft(lo, L)
	if nLo <= lo || s.w(nLo-1) != "as" && s.w(nLo-1) != "As" || nLo+6 < L {
		return r, false
	}
	r.sLo, r.sHi = nLo, sHi
	as := nLo - 1
	// the cue's adjuncts run to the next comma or the sentence end
	e := r.cueHi
	for e < hiEff && e < r.cueHi+15 && s.w(e) != "," && s.w(e) != ";" && s.w(e) != ":" && s.kind(e) != sentence.OpenQuote && s.kind(e) != sentence.CloseQuote {
		e++
	}
	switch {
	case as == lo && e < hiEff && s.w(e) == ",":
		r.cLo = e + 1
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as > lo && e+1 < hiEff && s.w(e) == "," && s.kind(e+1) == sentence.OpenQuote:
		// "... being seen, as The New Yorker put it in a lengthy expose,
		// “the operator.”"
		r.cLo = e + 1
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as > lo && e >= hiEff && e-r.cueHi >= 4 && s.kind(r.cueHi) == sentence.Word && !s.t.Tokens[r.cueHi].Quoted &&
		(s.w(r.cueHi) == "that" || s.clauseInside(r.cueHi, hiEff)) && s.cueMap[s.w(c)]&cueVerb != 0:
		// "..., as a damning report reveals one in five families are
		// falling behind": the "as" clause reports a clause of its own
		r.cLo = r.cueHi
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as > lo && e >= hiEff && r.cueHi < hiEff && s.plainObject(c, r.cueHi, hiEff):
		return r, false // "..., as the chair called a short recess": no statement
	case as > lo && e >= hiEff && r.cueHi < hiEff && s.objectAt(r.cueHi) && s.cueMap[s.w(c)]&cueVerb != 0:
		// "..., as figures showed unemployment at a record low": the "as"
		// clause reports its own object, not the clause before it
		r.cLo = r.cueHi
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as > lo && e >= hiEff && (s.w(as-1) == "," && !s.t.Tokens[as-1].Quoted || s.kind(as-1) == sentence.CloseQuote):
		r.cHi = as
		if s.w(as-1) == "," {
			r.cHi = as - 1
		}
		r.cLo = s.leftStart(lo, r.cHi)
	default:
		return r, false
	}
	return r, r.cHi > r.cLo+1
}

// objectAt reports whether the word at k, right after a cue, starts an
// object rather than an adjunct of time or place: "showed unemployment
// at ...", "revealed a rise", not "said on Tuesday", "said last week",
// "said Tuesday".
func (s *state) objectAt(k int) bool {
	if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
		return false
	}
	w := s.t.Lower(k)
	if closingAdjuncts[w] || afterCue[s.w(k)] || timeWords[s.w(k)] || whenWords[s.w(k)] || isAdverb(w) || prepositionLike[w] || particles[w] || subordinators[w] {
		return false
	}
	return determiners[w] || possessivePronouns[w] || numeral(w) || isLowerWord(s.w(k))
}

// percentAt reports whether token k ends a percentage: "42%" (one token or
// two).
func (s *state) percentAt(lo, k int) bool {
	if k < lo {
		return false
	}
	if w := s.w(k); w == "%" {
		return k > lo && isDigits(s.w(k-1))
	} else if n := strings.TrimSuffix(w, "%"); n != w {
		return isDigits(n)
	}
	return false
}

// pluralBefore reports whether the base verb at i follows a plural noun
// subject in the present tense: "Many experts suspect ...", "E.U. leaders
// warn that ...", "some note that ...", "Democrats privately express ...",
// "42% say ...".
func (s *state) pluralBefore(lo, i int) bool {
	k := i - 1
	for k >= lo && k >= i-3 && (isAdverb(s.w(k)) || s.w(k) == "also" || s.w(k) == "still" || s.w(k) == "often" || s.w(k) == "now" || s.w(k) == "here" && k-1 >= lo && crowdQuantifiers[s.t.Lower(k-1)]) {
		k-- // (also "Many here suspect ...")
	}
	if o := s.subjectAsideOpen(lo, k); o > lo {
		k = o - 1 // "Democrats, for their part, insist", "Some Democrats, though, worry that ...", "..., on the other hand, fear"
	}
	if s.percentAt(lo, k) {
		return true // "42% say": a share of people
	}
	if k < lo || s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
		return false
	}
	w := s.w(k)
	switch w {
	case "some", "others", "many", "most", "percent", "police", "people", "who", "Some", "Others", "Many", "Most":
		return true
	}
	if m, ok := s.ents.MentionAt(k); ok && m.Hi == k+1 {
		if m.Lo-2 >= lo && s.w(m.Lo-1) == "and" {
			if _, ok := s.ents.MentionAt(m.Lo - 2); ok {
				return true // "Obama and Clinton call them ..."
			}
		}
		if i+1 < s.n && s.w(i+1) == "that" && s.ents.Entities[m.Entity].Type == entity.Org && !s.afterPreposition(lo, m.Lo) && !(m.Lo > lo && indefinites[s.w(m.Lo-1)]) {
			// "The Taliban contend that ...": a group named in the
			// singular takes the plural verb (but in "Critics of the
			// Taliban argue" the group is not the subject)
			return true
		}
	}
	if len(w) >= 3 && w[len(w)-1] == 's' && isAllCapsWord(w[:len(w)-1]) {
		return true // "several Civic MPs fear", "CEOs expect"
	}
	if of := s.ofPluralHead(lo, k); of {
		return true // "Allies of the chancellor insist", "Critics of the plan argue that ..."
	}
	if s.pluralAgentHead(lo, k) {
		return true // "Diplomats quoted by Meridian suggest ..."
	}
	for j := k - 1; j > lo && j >= k-4; j-- {
		if prepositions[s.w(j)] && crowdQuantifiers[s.t.Lower(j-1)] && (j-1 == lo || s.w(j-2) == ",") && !s.t.Tokens[j].Quoted {
			return true // "Many in Brussels fear that ...": a quantifier and where they are
		}
		if s.kind(j) != sentence.Word {
			break
		}
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
		return false
	}
	if c, ok := s.cueMap[w]; ok && !(c&cueWeak != 0 && k > lo && (numberWords[s.w(k-1)] || determiners[s.t.Lower(k-1)])) && !pluralNounCues[w] {
		return false // "he says support ..."; but "voters in all five states see ...", "Investor advocates fear"
	}
	if m, ok := s.ents.MentionAt(k); ok && s.ents.Entities[m.Entity].Type == entity.Person || strings.Contains(w, "-") {
		return false // "the Sanders campaign", "the public-relations campaign": a name or a modifier
	}
	if k > lo && (prepositions[s.w(k-1)] || s.w(k-1) == "of" || s.w(k-1) == "for" || s.w(k-1) == "to") {
		return false // "in some states support for ..."
	}
	if k-1 > lo && (possessivePronouns[s.t.Lower(k-1)] || determiners[s.t.Lower(k-1)]) && (prepositions[s.t.Lower(k-2)] || s.w(k-2) == "of" || s.w(k-2) == "for") {
		return false // "In its earnings release, Marlowe said": a noun phrase after a preposition
	}
	return true
}

// pluralAgentHead reports whether the words ending at k are a plural noun
// with a participle and its named agent: "Diplomats quoted by Meridian",
// "analysts surveyed by Reuters".
func (s *state) pluralAgentHead(lo, k int) bool {
	for j := k; j > lo+1 && j >= k-6; j-- {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if s.w(j) == "by" {
			return j < k && pastVerb(s.w(j-1)) && s.kind(j-2) == sentence.Word && s.pluralHead(j-2) && !isCapWord(s.w(j-1))
		}
		if !isCapWord(s.w(j)) && s.w(j) != "and" {
			return false
		}
	}
	return false
}

// ofPluralHead reports whether the noun phrase ending at k is "PLURAL of
// X" or "PLURAL close to X", opening the span at lo or after an article or
// a quantifier: "Allies of the chancellor", "Sources close to the
// player", "Some critics of the plan", whose head, a group of people, is
// the subject of a plural verb. A participle on the way ("Residents of
// Helm reached by phone") or a preposition at k ends the test.
func (s *state) ofPluralHead(lo, k int) bool {
	if w := s.t.Lower(k); prepositions[w] || w == "by" || w == "with" || w == "to" || w == "from" {
		return false // a preposition is no noun phrase's end
	}
	for j := k - 1; j > lo && j >= k-4; j-- {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || len(s.w(j)) > 4 && strings.HasSuffix(s.w(j), "ed") {
			return false
		}
		h := j - 1
		if sourcePreps[s.w(j)] && j-1 > lo && sourcePostmods[s.w(j-1)] {
			h = j - 2 // "Sources close to the player insist"
		} else if !crowdPreps[s.w(j)] && !(s.w(j) == "to" && servingPlurals[s.t.Lower(h)]) {
			continue // (but "Aides to the governor fear")
		}
		head := crowdNouns[s.t.Lower(h)] || servingPlurals[s.t.Lower(h)] || partyMembers[strings.TrimSuffix(s.w(h), "s")] && strings.HasSuffix(s.w(h), "s")
		return h == lo && head || h > lo && head && (determiners[s.t.Lower(h-1)] || crowdQuantifiers[s.t.Lower(h-1)] || h-1 == lo && sentenceConjunctions[s.w(lo)])
	}
	return false
}

// crowdPreps open a modifier of a crowd that speaks: "Critics of the plan",
// "Critics on the right", "Republicans in the Senate", "economists across
// the spectrum".
var crowdPreps = set(`of on in across from within among inside outside at for`)

// accept appends r unless an earlier attribution already covers its content.
func (s *state) accept(out []raw, r raw) []raw {
	if r.cHi <= r.cLo {
		return out
	}
	if r.sLo >= 0 && r.sHi > r.sLo {
		r.sLo = s.skipConnective(r.sLo, r.sHi) // "However, a source close to the board"
		r.sLo = s.afterFrontedParticiple(r.sLo, r.sHi)
		for k := r.sLo + 3; k < r.sHi; k++ {
			if s.documentParticiple(r.sLo, k) {
				r.sHi = k // "A report from the Health Office [released last week]": the document speaks
				break
			}
		}
	}
	r.cHi = s.frontedEnd(r)
	if e := s.askedClauseEnd(r.cueLo); e > 0 && r.cHi > e && r.cueLo > s.t.Sentences[s.t.Tokens[e].Sent].Lo+1 {
		// a cue inside "Asked whether Washington had warned Baghdad, ..."
		// reports nothing past the question
		if r.cLo >= e || r.cLo < r.cueLo || e-r.cLo < 2 {
			return out
		}
		r.cHi = e
	}
	r.cLo = s.skipConnective(r.cLo, r.cHi)
	if r.cHi-r.cLo > 3 && r.cLo > 0 && (s.w(r.cLo) == "and" || s.w(r.cLo) == "but") && s.w(r.cLo-1) == "," && !s.t.Tokens[r.cLo].Quoted {
		if r.cueLo >= 0 && r.cueHi == r.cLo-1 && strings.HasSuffix(s.w(r.cueHi-1), "ing") {
			return out // "the figure Democrats were now citing, and he accused ...": nothing follows the cue but the next clause
		}
		if r.cueLo < 0 || r.cueLo > r.cLo {
			r.cLo++ // "..., and his campaign has reportedly booked ...": the clause, not the link to the one before
		}
	}
	if r.cueLo >= 0 && speechManner[s.w(r.cueLo)] && r.cHi-r.cLo >= 2 && !s.t.Tokens[r.cLo].Quoted && (determiners[s.t.Lower(r.cLo)] && strings.HasPrefix(s.w(r.cLo+1), "question") || strings.HasPrefix(s.w(r.cLo), "question")) {
		return out // "a reporter shouted a question about the early vote": the manner of asking, not what was asked
	}
	if r.cueLo > 0 && toldForms[s.w(r.cueLo)] && r.sLo >= 0 && r.sHi < r.cueLo && s.passiveTell(r.cueLo) {
		r.sLo, r.sHi, r.entity, r.described = -1, -1, -1, "" // "Staff were told that ...": the hearers; no one named tells
	}
	if r.cHi-r.cLo == 1 && isAdverb(s.w(r.cLo)) && !s.t.Tokens[r.cLo].Quoted {
		return out // "if the allegations are not investigated quickly": how, not what
	}
	if r.cueLo >= 0 && r.cLo > r.cueLo {
		if e := s.timeLead(r.cLo, r.cHi); e > r.cLo {
			if e >= r.cHi || e+1 == r.cHi && s.kind(e) != sentence.Word || s.occasionOnly(e, r.cHi) {
				return out // "The council will vote next week.", "conceded shortly after 12:30 a.m. in a brief speech": when, not what
			}
			if afterTimeOpeners[s.w(e)] {
				r.cLo = e // "will decide next week whether to sell"
			}
		}
	}
	if !s.complementFits(r) || s.noResponse(r) {
		return out
	}
	if r.cueLo >= 0 && r.cLo-1 > r.cueHi && r.cLo-1-r.cueHi <= 4 && s.w(r.cLo-1) == "," && !s.t.Tokens[r.cLo-1].Quoted && (prepositions[s.t.Lower(r.cueHi)] || leadTimeWords[s.t.Lower(r.cueHi)]) && s.participleOpening(r.cLo) && !s.finiteSoon(r.cLo+1, r.cHi) {
		return out // "The rooster crowed at dawn, waking the village": the writer's participle clause, nothing reported
	}
	if r.cueLo >= 0 && r.cLo > r.cueLo && r.cLo+1 < r.cHi && s.w(r.cLo) == "but" && !s.t.Tokens[r.cLo].Quoted && (s.newSubject(r.cLo+1) || s.newSpeaker(r.cLo+1)) {
		return out // "has not endorsed, but people familiar with his thinking said ...": no object, the next clause
	}
	if r.sLo >= 0 && r.sHi == r.sLo+1 && (s.w(r.sLo) == "who" || s.w(r.sLo) == "that") && r.cLo > r.cueLo {
		// a cue in a restrictive relative clause ends before the main
		// clause's verb of saying: "A housing inspector who has cited
		// Salazar properties repeatedly said conditions were ..."
		for k := r.cLo + 1; k < r.cHi; k++ {
			if sayForms[s.w(k)] && !s.t.Tokens[k].Quoted && s.kind(k-1) == sentence.Word && s.w(k-1) != "to" && pronouns[s.w(k-1)] == 0 {
				for k-1 > r.cLo && isAdverb(s.w(k-1)) {
					k--
				}
				r.cHi = k
				break
			}
		}
	}
	for r.cLo+1 < r.cHi && (leadMarks[s.w(r.cLo)] || s.w(r.cLo) == "(" && s.kind(r.cLo+1) == sentence.OpenQuote) && !s.t.Tokens[r.cLo].Quoted {
		r.cLo++ // a bullet, a dash or a bracket before the words: "• The company will keep ...", "(“We are not ruling anything out,” he added.)"
	}
	if r.cueLo >= 0 && r.cLo > r.cueLo && r.cHi == r.cLo+1 && scoreLike(s.w(r.cLo)) {
		return out // "voted 4-3": a tally, nothing said
	}
	if r.cueLo >= 0 && r.cLo > r.cueLo && s.w(r.cLo) == "," && !s.t.Tokens[r.cLo].Quoted {
		r.cLo++ // a content does not open with a comma
		if r.cHi-r.cLo < 2 {
			return out // "who also voted against," alone
		}
	}
	if r.cueLo >= 0 && mannerCues[s.w(r.cueLo)] && !s.quotedContent(r) {
		return out // "Asked about it, the agent laughed.": a laugh reports no words of its own
	}
	if c := r.cueLo; c > 0 && raisingParticiples[s.w(c)] && beForms[s.w(c-1)] && r.sLo >= 0 && (s.w(r.sLo) == "who" || s.w(r.sLo) == "which") {
		return out // "Quill, who is expected to step down, said": an aside about her, no one expects aloud
	}
	if c := r.cueLo; c > 0 && issuedVerbs[s.w(c)] && s.w(c-1) == "," && r.cLo > c && s.asideCloses(c) {
		// "The research, published on Tuesday in the journal, followed
		// ...": a participle of an aside the main verb follows (not
		// "Tibbs, the top Republican, released a memo")
		return out
	}
	if c := r.cueLo; c > 0 && c+1 < s.n && s.judgedPassive(c) {
		// "a warehouse operator accused of misclassifying drivers", "a
		// profit warning linked to rising arrears": a passive after its
		// noun, no one accuses or links (but "a move Mahrous described as
		// painful": a name is the subject of a relative clause)
		return out
	}
	if r.cueLo >= 0 && r.cLo == r.cueHi && (s.w(r.cueLo) == "back" || s.w(r.cueLo) == "backs") && (prepositions[s.w(r.cLo)] || s.w(r.cLo) == "to" || s.w(r.cLo) == "into") {
		return out // "fire Gunners back to the top": an adverb, not "unions back the plan"
	}
	if r.cueLo >= 0 && r.cLo > r.cueLo && s.w(r.cLo) == "to" && hearerCues[s.w(r.cueLo)] {
		return out // "spoke to our correspondent on condition of anonymity": who heard
	}
	if r.cLo > 0 && r.cLo+1 < r.cHi && s.w(r.cLo-1) == "," && s.w(r.cLo) == "according" && s.w(r.cLo+1) == "to" {
		return out // "had been warned twice, according to police": an attribution of its own, not what was warned
	}
	for k := len(out) - 1; k >= 0 && k >= len(out)-3; k-- {
		o := out[k]
		if o.cLo == r.cLo && o.cHi == r.cHi {
			if r.cueLo >= 0 && o.cueLo >= 0 && o.cueHi <= r.cueLo && r.cueHi <= r.cLo && s.plainCue(s.t.Lower(r.cueLo)) && !s.plainCue(s.t.Lower(o.cueLo)) {
				// the same content for a later cue nearer to it: "does not
				// comment on pending litigation but noted that ..." is what
				// was noted, not commented
				out[k] = r
			}
			return out
		}
	}
	for k := r.cLo; k < r.cHi; k++ {
		if s.kind(k) == sentence.OpenQuote || s.kind(k) == sentence.CloseQuote || s.t.Tokens[k].Quoted {
			s.used[k] = true
		}
	}
	return append(out, r)
}

// judgedPassive reports whether the participle at c, right after a noun,
// is a passive with the preposition its verb takes there ("an operator
// accused of fraud", "a warning linked to arrears", "a plan criticised
// for its cost"): a reduced relative clause, in which no one speaks. A
// name, a pronoun or an auxiliary before it (past adverbs) makes it the
// verb of a clause: "a move Mahrous described as painful", "which he
// later described as", "has been harshly criticized for".
func (s *state) judgedPassive(c int) bool {
	if p, ok := passivePrep[s.w(c)]; !ok || s.w(c+1) != p {
		return false
	}
	b := c - 1
	for b > 0 && (isAdverb(s.w(b)) || timeAdverbs[s.w(b)]) {
		b--
	}
	w := s.w(b)
	if s.kind(b) != sentence.Word || s.t.Tokens[b].Quoted || auxWord(w) || beForms[w] || pronouns[w] != 0 || relPron[w] {
		return false
	}
	if b >= 2 && determiners[s.t.Lower(b-1)] && (relPron[s.t.Lower(b-2)] || relObject[s.t.Lower(b-2)]) {
		return false // "a blast which the mayor described as": the noun is the relative clause's subject
	}
	return s.w(c) == "accused" || !isCapWord(w)
}

// timeAdverbs may stand between a subject and its verb: "which he later
// described as".
var timeAdverbs = set(`later once then since often also previously repeatedly first`)

// passivePrep maps judging participles to the preposition they take as
// passives: "accused of", "linked to", "criticised for", "described as".
var passivePrep = map[string]string{"accused": "of", "charged": "with", "linked": "to", "criticized": "for",
	"criticised": "for", "blamed": "for", "praised": "for", "described": "as", "labeled": "as", "labelled": "as",
	"branded": "as", "dubbed": "as", "regarded": "as", "viewed": "as", "hailed": "as", "touted": "as"}

// asideCloses reports whether a comma after token c, in its sentence, is
// followed by a finite verb: the main clause going on after an aside
// that c opens ("The report, released last week, said ...").
func (s *state) asideCloses(c int) bool {
	hi := s.t.Sentences[s.t.Tokens[c].Sent].Hi
	for k := c + 1; k+1 < hi && k < c+25; k++ {
		if s.w(k) != "," || s.t.Tokens[k].Quoted {
			continue
		}
		v := s.w(k + 1)
		return coordAux[v] || s.finiteVerb(v)
	}
	return false
}

// hearerCues say that someone spoke without reporting what, and take the
// one spoken to after "to": "spoke to our correspondent", "Grandi spoke in
// Geneva."
var hearerCues = set(`spoke speaks speak speaking talked talks talk talking`)

// leadMarks open a paragraph or an aside before what was said, and are no
// part of it.
var leadMarks = set(`• · * - -- — – ―`)

// scoreLike reports whether w is a tally or a number ("4-3", "14-4",
// "52"), which a vote or a match has and no statement is.
func scoreLike(w string) bool {
	return w != "" && strings.Trim(w, "0123456789-–") == ""
}

// mannerCues are gestures that attribute a quotation they follow ("“Too
// early,” shrugged Lewis") but report nothing else.
var mannerCues = set(`shrugged laughed smiled grinned chuckled laughs smiles grins chuckles`)

// quotedContent reports whether r's content opens with a quotation mark.
func (s *state) quotedContent(r raw) bool {
	return s.kind(r.cLo) == sentence.OpenQuote
}

// timeLead returns where a phrase of time opening a content at lo ends
// ("next week", "later this month", "on Friday", "in March"), or lo when
// none opens it. Its last word must name a time, so "on the plan" and
// "in two minds" are no such phrase.
func (s *state) timeLead(lo, hi int) int {
	k := lo
	for k < hi && k < lo+2 && leadTimeWords[s.w(k)] {
		k++
	}
	end := lo
	for j := k; j < hi && j < k+4; j++ {
		w := s.w(j)
		if s.kind(j) != sentence.Word && w != ":" || s.t.Tokens[j].Quoted {
			break
		}
		if timeWords[w] || whenWords[w] || w == "tomorrow" || timeUnits[s.t.Lower(j)] || timeUnits[strings.TrimSuffix(s.t.Lower(j), "s")] || clockWords[w] || timeGap[w] && j > k {
			end = j + 1
			continue
		}
		if w == ":" && j > lo && j+1 < hi && isDigits(s.w(j-1)) && isDigits(s.w(j+1)) {
			continue // "12:30", in three tokens
		}
		if !(determiners[s.t.Lower(j)] || numberWords[w] || isDigits(w) || w == "next" || w == "last" || w == "coming" || w == "after" || w == "before") {
			break
		}
	}
	return end
}

// leadTimeWords open a phrase of time: "later this month", "on Friday",
// "shortly after 12:30 a.m.", "over four days".
var leadTimeWords = set(`on in at by until before after later earlier early late next last this coming within shortly just soon over during throughout`)

// clockWords name a time of day: "after midnight", "12:30 a.m.".
var clockWords = set(`a.m. p.m. am pm midnight noon dawn dusk afternoon`)

// occasionOnly reports whether the words [lo,hi) after a phrase of time
// are only where or how something was said, with no clause: "in a brief
// speech", "at a news conference".
func (s *state) occasionOnly(lo, hi int) bool {
	if lo+2 >= hi || !prepositions[s.w(lo)] && s.w(lo) != "during" {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word && !(k == hi-1 && s.kind(k) == sentence.Punct) || s.t.Tokens[k].Quoted || s.w(k) == "that" {
			return false
		}
	}
	if s.hasFinite(lo, hi) {
		return false
	}
	for k := lo; k < hi; k++ {
		if mediumNouns[s.w(k)] || s.w(k) == "briefing" || s.w(k) == "conference" {
			return true
		}
	}
	return false
}

// afterTimeOpeners start what a cue reports after a phrase of time: "will
// decide next week whether to sell".
var afterTimeOpeners = set(`whether that if to how what when why who which`)

// afterFrontedParticiple returns where a speaker mention starting at lo
// really starts when the sentence opens with a participle phrase that the
// mention reaches into: "Speaking at a meeting with a World Bank delegation
// at the State Guest House, the chief adviser said" is the adviser's, not
// the guest house's.
func (s *state) afterFrontedParticiple(lo, hi int) int {
	st := s.t.Sentences[s.t.Tokens[lo].Sent].Lo
	lead := isCapWord(s.w(st))
	if leadAdverbs[s.w(st)] && st+1 < hi {
		st++ // "Also reacting, a chieftain of the party said"
	}
	if w := s.w(st); len(w) <= 5 || !strings.HasSuffix(w, "ing") || !lead || s.kind(st) != sentence.Word || w == "According" {
		return lo // (the source of "According to X, Y," is X)
	}
	if _, name := s.ents.MentionAt(st); name || st+1 >= hi || !participleObjects[s.t.Lower(st+1)] && s.w(st+1) != "," {
		return lo // "Sporting director Marta Kowalczyk", "Kettering, for his part,"
	}
	for k := st + 1; k < hi && k < st+30; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) == sentence.OpenQuote {
			return lo
		}
		if s.w(k) == "," {
			if k >= lo && k+1 < hi {
				return k + 1
			}
			return lo
		}
	}
	return lo
}

// leadAdverbs may come before a participle that opens a sentence: "Also
// reacting, ...".
var leadAdverbs = set(`Also Separately Similarly Meanwhile Later Earlier`)

// participleObjects follow a participle that opens a sentence: "Speaking
// at", "Addressing the", "Writing in".
var participleObjects = set(`at to with on in after from before about during the a an his her their its for`)

// connectives are the discourse adverbials that open a sentence or
// clause before a comma ("Even so, ...", "for example, that ..."): the
// writer's framing, not part of what was said.
var connectives = set(`even_so for_example for_instance at_the_same_time however indeed in_fact
	still meanwhile moreover of_course after_all in_other_words instead nevertheless nonetheless
	besides in_addition in_short in_turn as_a_result by_contrast on_the_other_hand furthermore
	likewise similarly in_particular above_all once_again without_evidence without_offering_evidence
	without_providing_evidence therefore thus`)

// skipConnective returns where a content starting at lo really starts:
// after a connective and its comma ("Even so, in February he raised ...").
func (s *state) skipConnective(lo, hi int) int {
	k := lo
	for k < hi && k < lo+5 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted {
		k++
	}
	if k == lo || k+2 >= hi || s.w(k) != "," {
		return lo // most contents: no comma among the first words, nothing to build
	}
	var b strings.Builder
	for j := lo; j < k; j++ {
		if j > lo {
			b.WriteByte('_')
		}
		b.WriteString(s.t.Lower(j))
	}
	if connectives[b.String()] {
		return k + 1
	}
	return lo
}

// quantityVerbs report figures as well as statements: before a number
// they are a count ("added 160 officers", "reported $2 billion in revenue").
var quantityVerbs = set(`added adds reported reports posted posts recorded records`)

// irregularPast are common irregular past forms that pastVerb does not
// know, for telling a name's verb after "called X".
var irregularPast = set(`ran won began grew got rose fell drew led paid sold bought wrote lit took made gave went came met spent struck brought kept left lost threw shook spoke swore`)

// samePast are verbs whose past is their base and often a noun too ("a
// tax cut"): a verb only before its object ("Castell & Boyd cut Valdora’s
// rating").
var samePast = set(`cut put set hit let cost hurt shut spread split`)

// reflexives are the -self pronouns.
var reflexives = set(`himself herself themselves itself myself ourselves yourself`)

// partyMembers name a legislator's party before "of" and the state:
// "Patricia Okafor, Democrat of Minnesota and the panel's chairwoman, said".
var partyMembers = set(`Democrat Republican Independent Conservative Labour Liberal`)

// aimParticiples take "to" and a verb after a subject's noun: "Mediators
// trying to broker a truce", "officials seeking to contain the outbreak".
var aimParticiples = set(`trying seeking hoping working attempting looking struggling fighting pushing scrambling racing`)

// lowerOpener reports whether the subject starting at k opens with a
// lower-case word that cannot start a noun phrase: an adverb, a
// preposition or a verb ("particularly for senators", "happens in").
func (s *state) lowerOpener(k int) bool {
	w := s.w(k)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	lw := s.lower(w)
	return !determiners[lw] && !possessivePronouns[w] && pronouns[w] == 0 && !crowdQuantifiers[lw] && !crowdNouns[lw] &&
		(isAdverb(w) || subjectPreps[w] || strings.HasSuffix(w, "s") && k > 0 && s.w(k-1) == "what")
}

// pleaForms before "guilty", "not guilty" or "no contest" give a
// defendant's answer to a charge, not an attribution ("She pleaded not to
// be sent back" is one).
var pleaForms = set(`plead pleads pleaded pled pleading`)

// timesCount reports whether the words from k count how often something
// happened, a number then "times": "more than four million times".
func (s *state) timesCount(k, hi int) bool {
	for j := k; j < hi; j++ {
		w := s.t.Lower(j)
		if w == "times" {
			return j > k
		}
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || !(numeral(w) || numberWords[w] || w == "more" || w == "than" || w == "nearly" || w == "about" || w == "over" || w == "million" || w == "thousand" || w == "billion") {
			return false
		}
	}
	return false
}

// chargePreps open the charge of a judging cue: "of lying", "for the fire".
var chargePreps = set(`of for`)

// participleBefore reports whether the attribution found last in the
// sentence of token i has an -ing cue before i.
func (s *state) participleBefore(i int) bool {
	o, ok := s.prevInSentence(i)
	return ok && strings.HasSuffix(s.w(o.cueLo), "ing") && o.cHi <= i // (not "accusing X of lying and claiming credit": one charge)
}

// insideContent reports whether the comma at L before the verb at c lies
// inside the content of an attribution already found in the sentence
// ("Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse,
// wrote a host of new songs"): the verb is the reported clause's, not an
// inverted cue.
func (s *state) insideContent(c, L int) bool {
	o, ok := s.prevInSentence(c)
	return ok && o.cLo < L && o.cHi > L
}

// selfNamed returns the name that a description gives its person in a
// relative clause ("a trader who gave her name only as Mama Aisha", "a
// spokesman who identified himself as Abu Hudhayfa", "its spokesman,
// who uses the name Abu Kareem"): the person's entity when the recogniser
// knows the name, or else the name as written; -1 and "" when there is
// none.
func (s *state) selfNamed(lo, hi int) (int, string) {
	for k := lo + 2; k < hi; k++ {
		w := s.w(k)
		if w != "as" && !(w == "name" && s.w(k-1) == "the") {
			continue
		}
		if w == "as" && !(s.w(k-1) == "name" || s.w(k-1) == "only" && s.w(k-2) == "name" || reflexives[s.w(k-1)]) {
			continue
		}
		e := k + 1
		for e < hi && e < k+5 && s.kind(e) == sentence.Word && (isCapWord(s.w(e)) || s.w(e) == "al" || strings.HasPrefix(s.w(e), "al-") || s.w(e) == "bin") {
			e++
		}
		if e == k+1 {
			return -1, ""
		}
		if m, ok := s.ents.MentionAt(k + 1); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity, ""
		}
		return -1, s.t.Src[s.t.Tokens[k+1].Start:s.t.Tokens[e-1].End]
	}
	return -1, ""
}

// personBefore reports whether a person's name ends right before token k:
// "Niamh Costello BL, for Glenmorra Homes, said".
func (s *state) personBefore(k int) bool {
	if k > 1 && isCapWord(s.w(k-1)) && isAllCapsWord(s.w(k-1)) && len(s.w(k-1)) <= 3 {
		k-- // a post-nominal: "Niamh Costello BL"
	}
	if k < 1 {
		return false
	}
	m, ok := s.ents.MentionAt(k - 1)
	return ok && s.ents.Entities[m.Entity].Type == entity.Person
}

// partRelative returns the comma that opens a relative clause on a part
// of the subject ("..., some of whom have traveled to Ras Nadir,") when
// the clause holds the mention starting at k, or -1.
func (s *state) partRelative(lo, k int) int {
	for j := k - 1; j > lo && j >= k-12; j-- {
		if s.w(j) != "," || j+3 >= s.n {
			continue
		}
		if crowdQuantifiers[s.t.Lower(j+1)] || s.w(j+1) == "all" || s.w(j+1) == "one" || s.w(j+1) == "none" || numberWords[s.w(j+1)] {
			if s.w(j+2) == "of" && (s.w(j+3) == "whom" || s.w(j+3) == "which") && s.kind(j-1) == sentence.Word {
				return j
			}
		}
		if j+4 < s.n && (s.w(j+1) == "a" || s.w(j+1) == "the") && s.w(j+3) == "of" && s.w(j+4) == "which" && s.kind(j-1) == sentence.Word {
			return j // "The complaint, a copy of which was obtained by this newspaper, says"
		}
		return -1
	}
	return -1
}

// recentSubject returns the person who opens the last sentence, before
// token at, that has a person for its subject, in at's paragraph or the
// one before: "Coach Stuart Pennock singled out ... a try by hooker Sam
// Brierley. “...,” the 48-year-old said." is the coach's, among those who
// fit when fits is not nil. It returns -1 when there is none.
func (s *state) recentSubject(at int, fits func(id int) bool) int {
	ms := s.ents.Mentions
	para := s.t.Tokens[at].Para
	for k := s.mentionsBefore(ms, at) - 1; k >= 0; k-- {
		m := ms[k]
		tk := s.t.Tokens[m.Lo]
		if tk.Para < para-1 {
			break
		}
		if m.Kind != entity.Name || tk.Quoted || s.ents.Entities[m.Entity].Type != entity.Person || tk.Sent == s.t.Tokens[at].Sent || fits != nil && !fits(m.Entity) {
			continue
		}
		if s.opensSentence(m.Lo) {
			return m.Entity
		}
	}
	return -1
}

// asideAdverbs stand in commas between a subject and its verb: "Yadav,
// meanwhile, demanded ...".
var asideAdverbs = set(`meanwhile however too though instead moreover also likewise similarly nonetheless`)

// leadPreps open a fronted phrase before a subject.
var leadPreps = set(`Under After Before During Despite Following Amid Without With Unlike Like Since In At On From`)

// according handles "according to X, ..." and "..., according to X".
func (s *state) according(sen sentence.Range, i int) (raw, bool) {
	lo := sen.Lo
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: i, cueHi: i + 2, sLo: -1, sHi: -1, entity: -1}
	R := i + 2
	nHi := s.extendRight(R, hiEff)
	for nHi < hiEff && nHi < R+12 && s.kind(nHi) == sentence.Word {
		nHi++ // "according to a media report in Kabul"
	}
	// speaker span: up to the next comma, not one inside a quoted title
	// ("according to ''The Trumps: Three Generations That Built an
	// Empire,'' by Gwenda Blair,")
	end := R
	for end < hiEff && (s.w(end) != "," || s.t.Tokens[end].Quoted || s.kind(end-1) == sentence.Word && s.t.Tokens[end-1].Quoted && end+1 < hiEff && s.kind(end+1) == sentence.CloseQuote) && end < R+30 {
		if s.w(end) == ":" && !s.t.Tokens[end].Quoted {
			break // "According to HuffPo: “...”"
		}
		if s.isDash(end) && !s.t.Tokens[end].Quoted {
			break // "— Mabry was Black, according to the department — Pruitt said ...": the aside's closing dash
		}
		end++
	}
	for k := R + 1; k+1 < end; k++ {
		if (s.w(k) == "that" || s.w(k) == "which") && s.cueMap[s.w(k+1)]&cueVerb != 0 && !s.t.Tokens[k].Quoted {
			end = k // "according to a new report that warns ...": the report's own words are an attribution of their own
			break
		}
	}
	if end <= R {
		return r, false
	}
	if end == hiEff && end < sen.Hi && s.w(end) == ")" && s.hasWord(R, end, "(") {
		end++ // "according to the World Food Programme (WFP)." keeps its closing bracket
	}
	if m, ok := s.ents.MentionAt(end + 1); ok && end < hiEff && s.w(end) == "," && end-R <= 5 && m.Lo == end+1 && m.Kind == entity.Name &&
		s.ents.Entities[m.Entity].Type == entity.Person && (m.Hi >= hiEff || s.w(m.Hi) == ",") && (speakerRoles[s.t.Lower(end-1)] || s.lex.IsTitle(s.t.Lower(end-1)) || (kinNouns[s.t.Lower(end-1)] || tieNouns[s.t.Lower(end-1)]) && possessivePronouns[s.t.Lower(R)]) {
		// the role's holder named after it: "according to his
		// spokeswoman, Janelle Ortiz,", "according to her longtime friend
		// and neighbor, Edith Brandt"
		end = m.Hi
	}
	if end+2 < hiEff && s.w(end) == "," && (s.w(end+1) == "a" || s.w(end+1) == "an" || ingClause(s.w(end+1))) {
		// an apposition to the source before the clause: "According to
		// documents from Diane D. Blair, a close friend of Mrs. Clinton's
		// who died in 2000, the first lady had ..."
		for k := end + 2; k+1 < hiEff && k < end+20; k++ {
			if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word && s.w(k) != "," && s.w(k) != "." {
				break
			}
			if s.w(k) == "," {
				if s.newSubject(k + 1) {
					end = k
				}
				break
			}
		}
	}
	r.sLo, r.sHi = R, end
	if i == lo || i == lo+1 && s.kind(lo) == sentence.Word && !s.t.Tokens[lo].Quoted || i == lo+2 && s.w(lo+1) == "," && (connectives[s.t.Lower(lo)] || s.t.Lower(lo) == "but" || s.t.Lower(lo) == "and" || s.t.Lower(lo) == "yet") {
		// (also after a connective in commas: "But, according to the poll, ...")
		if end < hiEff && (s.w(end) == "," || s.w(end) == ":") {
			r.cLo, r.cHi = end+1, s.contentEnd(end+1, hiEff)
			return r, r.cHi-r.cLo >= 2
		}
		return r, false
	}
	b := i - 1
	if s.w(b) == "," && b-1 >= lo && (relPron[s.w(b-1)] || subordinators[s.t.Lower(b-1)]) && end+1 < hiEff && s.w(end) == "," {
		// "negotiations in which, according to several diplomats, the
		// sponsors dropped ...", "collapsed because, according to X, ...":
		// the clause the relative or subordinator opens, after the source
		r.cLo, r.cHi = end+1, s.contentEnd(end+1, hiEff)
		return r, r.cHi-r.cLo >= 2
	}
	if s.w(b) == "," {
		r.cLo, r.cHi = s.leftStart(lo, b), b
		if e, ok := s.resumes(end, hiEff); ok && r.cHi-r.cLo >= 1 {
			// "The talks, according to two officials, will resume in May":
			// the content goes on past the attribution, which is a gap
			r.cHi = s.contentEnd(e, hiEff)
			return r, true
		}
		if r.cHi-r.cLo >= 1 && end+2 < hiEff && s.w(end) == "," && s.w(end+1) != "and" && s.w(end+1) != "but" && !s.hasFinite(r.cLo, r.cHi) && s.hasFinite(end+1, s.contentEnd(end+1, hiEff)) {
			// "Over the long term, according to the budget office, the
			// rise in deficits is ...": a fronted phrase without a verb
			// is the start of the clause that follows; a sentence adverb
			// alone ("However, according to Der Spiegel, ...") is not
			if r.cHi-r.cLo == 1 && (isAdverb(s.t.Lower(r.cLo)) || sentenceAdverbs[s.w(r.cLo)]) {
				r.cLo = end + 1
			}
			r.cHi = s.contentEnd(end+1, hiEff)
			return r, true
		}
	} else {
		r.cLo, r.cHi = s.leftStart(lo, i), i
	}
	if r.cHi <= r.cLo {
		return r, false // nothing before the attribution: ", according to him" opening the text
	}
	if s.kind(r.cHi-1) == sentence.CloseQuote && s.match[r.cHi-1] >= 0 && int(s.match[r.cHi-1]) < r.cLo {
		r.cLo = int(s.match[r.cHi-1])
	}
	return r, r.cHi-r.cLo >= 2
}

// heardFrom reads "X heard from SOURCE that CONTENT" (the inquest, the
// jury, the committee): the words are the source's, the hearer only
// received them. The source runs from "from" to "that", at most a dozen
// words with no clause break; without "that" nothing is reported ("heard
// from residents about the flooding").
func (s *state) heardFrom(sen sentence.Range, i int) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: i, cueHi: i + 1, sLo: i + 2, sHi: -1, entity: -1}
	for k := i + 2; k < hiEff && k <= i+14; k++ {
		w := s.w(k)
		if s.t.Tokens[k].Quoted || w == ";" || w == "who" || w == "which" || s.kind(k) != sentence.Word && w != "," && w != "." {
			return r, false // "heard from X, who said ...": the relative has its own cue
		}
		if w == "that" {
			if k == i+2 {
				return r, false
			}
			r.sHi = k
			if s.w(k-1) == "," {
				r.sHi = k - 1
			}
			r.cLo = k + 1
			r.cHi = s.contentEnd(r.cLo, hiEff)
			return r, r.cHi-r.cLo >= 2
		}
	}
	return r, false
}

// hearingBodies are the bodies that "hear" evidence in court reporting.
var hearingBodies = set(`court jury jurors inquest inquiry tribunal hearing magistrates panel`)

// clauseOpens reports whether a clause starts at k: a subject (a pronoun,
// or up to four words of a noun phrase with no preposition or "and") and
// then its finite verb: "the cyclist died", "prosecutors had dropped", not
// "the appeal in March and reserved".
func (s *state) clauseOpens(k, hi int) bool {
	if k >= hi || s.kind(k) != sentence.Word {
		return false
	}
	if g, ok := pronouns[s.w(k)]; ok && g != 'i' {
		return k+1 < hi && (auxWord(s.w(k+1)) || pastVerb(s.w(k+1)))
	}
	for j := k + 1; j < hi && j <= k+4; j++ {
		w := s.w(j)
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || prepositionLike[w] || w == "but" {
			return false
		}
		if auxWord(w) || pastVerb(w) {
			return true
		}
	}
	return false
}

// hearingBodyBefore returns the token of the hearing body's noun before
// "heard" at i, past "has" or "had" ("a court has heard"), or -1.
func (s *state) hearingBodyBefore(lo, i int) int {
	k := i - 1
	if k > lo && (s.w(k) == "has" || s.w(k) == "had") {
		k--
	}
	if k < lo || !hearingBodies[s.t.Lower(k)] || s.t.Tokens[k].Quoted {
		return -1
	}
	return k
}

// bodyHeard reads "CONTENT, the court heard.", "The inquest heard (that)
// CONTENT." and "X, the jury heard, had ...", with "heard" at i after the
// body's noun. The content is what was put to the body; the sentence does
// not say who put it (a prosecutor, a witness), so there is no source.
func (s *state) bodyHeard(sen sentence.Range, i int) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: i, cueHi: i + 1, sLo: -1, sHi: -1, entity: -1}
	// the body's noun phrase: "the court", "Castlebridge Crown Court"
	b := s.hearingBodyBefore(sen.Lo, i)
	for b > sen.Lo && b > i-6 && (isCapWord(s.w(b-1)) || determiners[s.t.Lower(b-1)]) && !s.t.Tokens[b-1].Quoted {
		b--
	}
	if b-2 > sen.Lo && (s.w(b-1) == "at" || s.w(b-1) == "in") && hearingBodies[s.t.Lower(b-2)] {
		b -= 2 // "a jury at Leeds Crown Court heard"
		for b > sen.Lo && determiners[s.t.Lower(b-1)] && !s.t.Tokens[b-1].Quoted {
			b--
		}
	}
	switch {
	case b > sen.Lo && s.w(b-1) == "," && i+1 >= hiEff:
		// "CONTENT, the court heard."
		r.cLo, r.cHi = s.leftStart(sen.Lo, b-1), b-1
	case b > sen.Lo && s.w(b-1) == "," && i+2 < hiEff && s.w(i+1) == ",":
		// "Ferreira, the inquiry heard, had ignored the warnings."
		r.cLo, r.cHi = s.leftStart(sen.Lo, b-1), s.contentEnd(i+2, hiEff)
		r.gLo, r.gHi = b-1, i+2
	case b == s.afterDateline(sen.Lo, b) && i+2 < hiEff && s.kind(i+1) == sentence.Word && !s.t.Tokens[i+1].Quoted && (s.w(i+1) == "that" || s.clauseOpens(i+1, hiEff)):
		// "The court heard (that) CONTENT." (not "The court heard the
		// appeal in March": an object, no clause)
		r.cLo = i + 1
		r.cHi = s.contentEnd(r.cLo, hiEff)
	default:
		return r, false
	}
	return r, r.cHi-r.cLo >= 3
}

// resumes reports whether the clause interrupted by a parenthetical
// attribution goes on after the comma at k (or after one apposition to
// the source, "according to Dennis Ross, a former envoy, was ..."): the
// next word is a verb. It returns where the rest starts.
func (s *state) resumes(k, hiEff int) (int, bool) {
	for hops := 0; hops < 2 && k+1 < hiEff && s.w(k) == "," && !s.t.Tokens[k].Quoted; hops++ {
		w := s.w(k + 1)
		if auxWord(w) || pastVerb(w) && !s.lex.IsTitle(w) {
			return k + 1, true
		}
		j := k + 1
		for j < hiEff && j <= k+10 && s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted {
			j++
		}
		k = j
	}
	return 0, false
}

// saidFirst handles "Said Ellis: “...”" and "Says X, “...”".
func (s *state) saidFirst(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	k := sen.Lo
	if s.kind(k) != sentence.Word {
		return r, false
	}
	switch s.w(k) {
	case "Said", "Says", "Added", "Adds", "Asked", "Wrote", "Explained", "Recalled", "Noted", "Stated", "Continued", "Declared", "Insisted", "Replied":
	default:
		return r, false
	}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	e := s.extendRight(k+1, hiEff)
	if e <= k+1 || e >= sen.Hi || s.w(e) != ":" && s.w(e) != "," {
		return r, false
	}
	q := e + 1
	if s.w(e) == "," && q < hiEff && s.w(q) == "who" {
		// "Said Dorothy Poynter, who grew up with Ali, “...”": past the
		// relative clause to the quotation
		for j := q + 1; j+1 < hiEff && j < q+25 && !s.t.Tokens[j].Quoted; j++ {
			if s.w(j) == "," && s.kind(j+1) == sentence.OpenQuote {
				q = j + 1
				break
			}
		}
	}
	// (the quotation may open the next paragraph: "Stated Stone:")
	if q >= s.n || s.kind(q) != sentence.OpenQuote || q >= hiEff && (s.w(e) != ":" || s.t.Tokens[q].Para != s.t.Tokens[e].Para+1) {
		return r, false
	}
	r.cueLo, r.cueHi = k, k+1
	r.sLo, r.sHi = k+1, e
	r.cLo, r.cHi = q, s.runOn(q)
	return r, true
}

// capSubject reports whether the subject [lo,hi) is a short run of
// capitalised words, a name the recogniser does not know ("Politifact").
func (s *state) capSubject(lo, hi int) bool {
	if hi-lo > 4 || hi <= lo {
		return false
	}
	for k := lo; k < hi; k++ {
		if !isCapWord(s.w(k)) || s.t.Tokens[k].Quoted {
			return false
		}
	}
	return true
}

// gapEnd returns the end of a content that is a relative clause starting
// at start, with its verb at q: the clause ends at the main verb when it
// is part of the sentence's subject ("The plan Trump says will create jobs
// is costly"), and at its closing comma when it is an aside ("The mayor,
// whom residents believed was corrupt, resigned").
func (s *state) gapEnd(lo, start, q, hiEff int) int {
	end := s.contentEnd(q, hiEff)
	if start == lo {
		return s.mainVerbCut(q+2, end)
	}
	if start > lo && start-lo <= 4 && relPron[s.w(start)] && s.w(start-1) != "," {
		// a relative clause in the subject: "A blast that residents said
		// was caused by a drone struck ...": the main clause's verb ends it
		return s.mainVerbCut(q+2, end)
	}
	if e := s.cutAtComma(q, end); start > lo && s.w(start-1) == "," && e < end && s.kind(e+1) == sentence.Word && !isCapWord(s.w(e+1)) && (s.verbAhead(e+1) || s.presentVerbAt(e+1)) {
		return e
	}
	return end
}

// presentVerbAt reports whether the word at k, right after the comma that
// closes a relative clause in commas, is the main clause's verb in the
// present: "The plan, which officials say will cost $3 billion, faces
// strong opposition". A word in -s followed by an object-like word, not
// by a verb.
func (s *state) presentVerbAt(k int) bool {
	w := s.w(k)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !isLowerWord(w) || k+1 >= s.n || s.kind(k+1) != sentence.Word {
		return false
	}
	nw := s.t.Lower(k + 1)
	return (determiners[nw] || possessivePronouns[nw] || isLowerWord(s.w(k+1)) && !auxWord(nw) && !pastVerb(nw) && !prepositionLike[nw]) && s.cueMap[nw] == 0
}

// mainVerbCut returns where the main clause's verb starts in [from,hi)
// after a subject that holds an attribution ("The plan Trump says will
// create jobs is costly"): the first form of "be" or "have", or hi.
func (s *state) mainVerbCut(from, hi int) int {
	sub := false // inside a clause opened by "if", "after" ...: its verb is its own
	for k := from; k < hi; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			continue
		}
		if w := s.t.Lower(k); subClauseOpeners[w] {
			sub = true
			continue
		}
		if sub && (auxWord(s.w(k)) || pastVerb(s.w(k)) || irregularPast[s.w(k)]) {
			sub = false // "rents would fall if the ordinance passed were proved wrong"
			for k+1 < hi && (auxWord(s.w(k+1)) || s.w(k+1) == "not") && !s.t.Tokens[k+1].Quoted && (auxWord(s.w(k)) || s.w(k) == "not") {
				k++ // "if funding was cut": the clause's verb group
			}
			if k+1 < hi && auxWord(s.w(k)) && (pastVerb(s.w(k+1)) || irregularPast[s.w(k+1)]) {
				k++
			}
			continue
		}
		if w := s.w(k); (beForms[w] || w == "has" || w == "have" || w == "had" || modals[w] && !auxWord(s.w(k-1)) && isLowerWord(s.w(k-1))) && !modals[s.w(k-1)] && s.w(k-1) != "to" {
			return k // (also a modal after a noun: "Those who believe the treaty can be saved should read ...")
		}
		// or a verb in the past right after a noun: "A blast that
		// residents said was caused by a drone struck a civil defence
		// centre"
		if w, prev := s.w(k), s.w(k-1); (pastVerb(w) || irregularPast[w]) && k > from && s.kind(k-1) == sentence.Word && isLowerWord(prev) &&
			!pastParticipleUse[prev] && !npStop[prev] && !isAdverb(prev) && !pastVerb(prev) && !irregularPast[prev] && !relPron[prev] && !prepositionLike[prev] && !auxWord(prev) {
			return k
		}
		// or after an adverb of time that the main clause leads with:
		// "Everyone who insisted the money had gone missing later
		// apologized"
		if w := s.w(k); (pastVerb(w) || irregularPast[w]) && k-1 >= from && mainClauseTimes[s.w(k-1)] && s.kind(k-2) == sentence.Word && isLowerWord(s.w(k-2)) && !auxWord(s.w(k-2)) && !npStop[s.w(k-2)] {
			return k - 1
		}
	}
	return hi
}

// subClauseOpeners open an adverbial clause whose first verb is its own:
// "if the ordinance passed", "after the fire was set".
var subClauseOpeners = set(`if after before because unless until once when whenever although though`)

// mainClauseTimes are adverbs of time that can open a main clause's verb
// phrase after a subject's relative clause (see mainVerbCut).
var mainClauseTimes = set(`later then eventually subsequently soon afterwards afterward`)

// gapSubject is gapClause for a subject that may have taken in the noun
// the clause modifies ("a step they", "a plan Trump"): the subject is then
// the pronoun or the name at its end. It also returns the subject's start.
func (s *state) gapSubject(lo, b, nLo, sEnd, q int) (int, int, bool) {
	if start, ok := s.gapClause(lo, b, nLo, sEnd, q); ok {
		return start, nLo, true
	}
	k := sEnd - 1
	if g := pronouns[s.w(k)]; g != 'm' && g != 'f' && g != 'p' && !s.peoplePlural(k) {
		// (or a bare plural of people: "a move critics say will hurt ...")
		m, ok := s.ents.MentionAt(k)
		if !ok || m.Hi != sEnd {
			return 0, 0, false
		}
		k = m.Lo
		for k > nLo && isCapWord(s.w(k-1)) {
			k-- // a title before the name: "a plan Mayor Ann Cole says ..."
		}
	}
	if k <= nLo || s.kind(k-1) != sentence.Word || isCapWord(s.w(k-1)) || s.lex.IsTitle(s.t.Lower(k-1)) {
		return 0, 0, false
	}
	if start, ok := s.gapClause(lo, k-1, k, sEnd, q); ok {
		return start, k, true
	}
	return 0, 0, false
}

// gapClause reports whether the attribution with subject [nLo,sEnd) and
// the verb at q after its cue sits inside a relative clause whose gap is
// the cue's object ("which they believe could help", "a step they
// believe could help unify the party", "a plan Trump says will create
// jobs"), and returns where the content starts: the relative pronoun, or
// the noun phrase a clause without one modifies. PolNeAR annotates the
// whole clause as the content.
func (s *state) gapClause(lo, b, nLo, sEnd, q int) (int, bool) {
	if b < lo || q >= s.n || s.t.Tokens[b].Quoted || s.t.Tokens[q].Quoted || !(beForms[s.w(q)] || modals[s.w(q)] && pronouns[s.w(q)] == 0) {
		return 0, false
	}
	if gapRel[s.t.Lower(b)] && s.t.Lower(b) != "what" {
		return b, true
	}
	g := pronouns[s.w(nLo)]
	if !(sEnd == nLo+1 && (g == 'm' || g == 'f' || g == 'p' || s.peoplePlural(nLo)) || s.nameSpan(nLo, sEnd)) {
		return 0, false
	}
	// a noun right before the subject, and a determiner opening its phrase
	if w := s.w(b); s.kind(b) != sentence.Word || isCapWord(w) || npStop[w] || determiners[w] || prepositions[w] || subjectPreps[w] || pastVerb(w) || strings.HasSuffix(w, "ing") || auxWord(w) {
		return 0, false
	}
	for k := b - 1; k >= lo && k >= b-4; k-- {
		w := s.t.Lower(k)
		if determiners[w] || isPossessive(s.w(k)) {
			return k, true
		}
		if s.kind(k) != sentence.Word || npStop[w] || prepositions[w] || subjectPreps[w] || pastVerb(w) || auxWord(w) || s.t.Tokens[k].Quoted {
			break
		}
	}
	return 0, false
}

// namedApostrophe reports whether token k is the bare apostrophe of a
// name in -s: "Devers' claim".
func (s *state) namedApostrophe(k int) bool {
	m, ok := s.ents.MentionAt(k - 1)
	return ok && m.Hi == k && s.apostropheAfterS(k)
}

// subjectClauseEnd returns where a "that" clause [lo,hi) that completes
// the sentence's subject noun ends: before the main clause's verb group,
// the first auxiliary after the clause's own finite verb ("Trump's claim
// that thousands of ballots were forged [has been debunked]"), or hi.
func (s *state) subjectClauseEnd(lo, hi int) int {
	own, rel := false, false
	for k := lo + 1; k < hi; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			if s.w(k) == "," {
				return hi // a clause in commas: not this simple shape
			}
			continue
		}
		w := s.w(k)
		switch {
		case !own && (auxWord(w) || pastVerb(w)):
			own = true
			for k+1 < hi && s.kind(k+1) == sentence.Word && (auxWord(s.w(k+1)) || isAdverb(s.w(k+1)) || s.w(k+1) == "not") {
				k++ // the clause's own verb group: "had been", "would not"
			}
		case own && (w == "has" || w == "have" || w == "is" || w == "are" || w == "was" || w == "were") && s.w(k-1) != "to" && !modals[s.w(k-1)]:
			return k
		case own && !rel && (pastVerb(w) || irregularPast[w]) && !pastParticipleUse[s.w(k-1)] && !npStop[s.w(k-1)] && !isAdverb(s.w(k-1)) && pronouns[s.w(k-1)] == 0:
			// (not after a pronoun: "that he stole money she earned")
			return k // "Pence's claim that the two men are in agreement drew skepticism"
		case relPron[w]:
			rel = true // (a relative clause's verb is no main verb: "the men who attacked him fled")
		}
	}
	return hi
}

// infinitiveEnd returns where the main clause's verb stands after an
// infinitive content at [lo,hi) ("to cut taxes was popular"), or hi.
func (s *state) infinitiveEnd(lo, hi int) int {
	for k := lo + 2; k < hi; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			if s.w(k) == "," {
				return hi
			}
			continue
		}
		if w := s.w(k); (auxWord(w) || pastVerb(w) && !pastParticipleUse[s.w(k-1)]) && s.w(k-1) != "to" && !relPron[s.w(k-1)] {
			return k
		}
		if relPron[s.w(k)] {
			return hi
		}
	}
	return hi
}

// pastParticipleUse come before a past participle that is no main verb:
// "had been charged", "was arrested", "got fired".
var pastParticipleUse = set(`be been being was were is are has have had got gets get having`)

// peoplePlural reports whether the word at k is a bare plural noun of
// people who speak as a group: "critics", "officials", "analysts".
func (s *state) peoplePlural(k int) bool {
	w := s.w(k)
	return strings.HasSuffix(w, "s") && (crowdNouns[w] || unnamedNouns[w])
}

// nameSpan reports whether the words from lo to hi are a name, a title
// before it allowed ("Sen. Sanders"): capitalised words ending in a
// mention.
func (s *state) nameSpan(lo, hi int) bool {
	m, ok := s.ents.MentionAt(hi - 1)
	if !ok || m.Hi != hi || m.Lo < lo {
		return false
	}
	for k := lo; k < m.Lo; k++ {
		if !isCapWord(s.w(k)) && s.w(k) != "." {
			return false
		}
	}
	return true
}

// namedSubject reports whether the subject [lo,hi) holds a name, a
// capitalised word or a pronoun.
func (s *state) namedSubject(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if _, ok := s.ents.MentionAt(k); ok {
			return true
		}
		if _, ok := pronouns[s.w(k)]; ok {
			return true
		}
	}
	return false
}

// prevInSentence returns the last attribution found so far whose cue is in
// the sentence of token c.
func (s *state) prevInSentence(c int) (raw, bool) {
	sent := s.t.Tokens[c].Sent
	for k := len(s.found) - 1; k >= 0 && k >= len(s.found)-5; k-- {
		o := s.found[k]
		if o.cueLo < 0 || s.t.Tokens[o.cueLo].Sent != sent {
			break
		}
		if o.cueHi-1 > o.cueLo && s.w(o.cueHi-1) == "as" && namingAs[s.w(o.cueLo)] {
			continue // "..., an assessment GOP senators rejected as “partisan,” and vowed ...": an aside's namer, not the clause's subject
		}
		if o.sLo >= 0 && o.cueLo < c && !s.insideFound(o, k) {
			return o, true
		}
	}
	return raw{}, false
}

// insideFound reports whether the cue of o = s.found[k] lies inside the
// content of an earlier attribution: "The union said it would not accept
// X and called for Y" coordinates "called for" with "said", not "accept".
func (s *state) insideFound(o raw, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p := s.found[j]; p.cLo <= o.cueLo && o.cueHi <= p.cHi {
			return true
		}
	}
	return false
}

// pluralNounCues are verb forms that are more often plural nouns (lexicon.go
// makes them weak cues).
var pluralNounCues = set(`advocates voices surveys`)

// verbOfNounSubject reports whether a plain verb of saying or belief
// follows the plural at i, at once or after a short modifier, before any
// "that":
// "voices in my party insist", "advocates on both sides expect".
func (s *state) verbOfNounSubject(i, hi int) bool {
	for j := i + 1; j < hi && j <= i+5; j++ {
		w := s.w(j)
		if w == "," && !s.t.Tokens[j].Quoted {
			continue // "Consumer advocates, meanwhile, fear"
		}
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || w == "that" {
			return false
		}
		if s.cueMap[w]&(cueVerb|cueAttBase) != 0 && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// mediumParticiple reports whether the word at i is a participle after
// the noun of a medium in a fronted phrase: "In a security alert posted
// on its website,", "In a written statement read to the court,".
func (s *state) mediumParticiple(lo, i int) bool {
	w := s.w(i)
	if i-2 < lo || !(strings.HasSuffix(w, "ed") || w == "read" || w == "sent") || !mediumNouns[s.t.Lower(i-1)] && !alertNouns[s.t.Lower(i-1)] {
		return false
	}
	for k := i - 2; k >= lo && k >= i-5; k-- {
		if l := s.t.Lower(k); l == "in" || l == "through" || l == "via" {
			return true
		}
		if s.kind(k) != sentence.Word {
			return false
		}
	}
	return false
}

// alertNouns are further media of a body's words: "a security alert".
var alertNouns = set(`alert notice advisory bulletin update note filing`)

// describedSubject reports whether [lo,hi) is a short noun phrase with a
// determiner ("The panel", "the federal judge") or a bare plural
// ("Investigators"): with "found that ..." it is a finder reporting a
// finding, though not a name.
func (s *state) describedSubject(lo, hi int) bool {
	if hi-lo >= 2 && hi-lo <= 4 && determiners[s.t.Lower(lo)] {
		for k := lo + 1; k < hi; k++ {
			if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
				return false
			}
		}
		return true
	}
	return hi == lo+1 && s.pluralHead(lo)
}

// sourceNouns head subjects that report findings: "the study found", "polls show".
var sourceNouns = set(`study studies poll polls survey surveys report reports data statistics video videos analysis
	documents records research figures slide estimates review audit investigation memo letter
	statement filing filings complaint lawsuit ruling numbers chart map photos footage transcript
	average averages polling forecast model index indictment petition docket affidavit release releases
	communique communiqué inquiry inquiries probe results findings disclosures paper papers article
	trial trials emails invoices messages receipts logs texts spreadsheets`)

// sourceNoun reports whether the subject [lo,hi) holds a source noun
// ("a USA TODAY analysis of campaign-finance reports").
func (s *state) sourceNoun(lo, hi int) bool {
	for k := max(lo, hi-8); k < hi; k++ {
		if w := s.t.Lower(k); sourceNouns[w] || mediaNouns[w] && w != "ones" {
			return true
		}
	}
	return false
}

// participles that, followed by "by" and an agent, make a passive
// attribution: "The issue was first reported by The Washington Post".
var passiveCues = set(`reported written endorsed supported echoed rejected proposed promoted seconded
	criticized criticised praised condemned announced confirmed denied disputed described quoted
	cited noted blamed questioned challenged backed opposed approved learned revealed disclosed
	predicted estimated claimed alleged dismissed welcomed applauded slammed blasted attacked`)

// words that may follow a passive's agent: a relative clause or an
// adjunct ("echoed by a number of tax experts I spoke to", "by the Post on
// Tuesday").
var passiveTail = set(`who that which on in at last this after during for I we`)

// passiveBefore reports whether the cue at i is a past participle after
// a passive auxiliary, with adverbs between: "was announced", "had been
// formally confirmed", "was later found".
func (s *state) passiveBefore(lo, i int) bool {
	if !strings.HasSuffix(s.w(i), "ed") && s.w(i) != "found" {
		return false
	}
	k := i - 1
	for k > lo && isAdverb(s.w(k)) {
		k--
	}
	return k >= lo && passiveAux[s.w(k)] && s.w(k) != "has" && s.w(k) != "have" && s.w(k) != "had"
}

// asideBeforeCue reports whether the participle at i opens an aside in
// commas that a reporting verb follows: "A survey of 1,012 voters,
// released on Sunday, found ...", "The report, published by the
// ministry, says ...".
func (s *state) asideBeforeCue(sen sentence.Range, i int) bool {
	if !asideParticiples[s.w(i)] || i == sen.Lo {
		return false
	}
	if s.w(i-1) != "," {
		// no commas: "A ... survey of likely Arizona voters released
		// Friday found ...", the participle and its time before the verb
		k := i + 1
		for k < sen.Hi && k <= i+3 && (timeWords[s.w(k)] || whenWords[s.w(k)] || afterTimes[s.w(k)] || s.w(k) == "on" || s.w(k) == "last" || timeUnits[s.w(k)]) {
			k++
		}
		return k > i+1 && k < sen.Hi && s.cueMap[s.w(k)]&cueVerb != 0 && !s.t.Tokens[k].Quoted && !strings.HasSuffix(s.w(k), "ing")
	}
	for k := i + 1; k+1 < sen.Hi && k <= i+8; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word && s.w(k) != "," {
			return false
		}
		if s.w(k) == "," {
			return s.cueMap[s.w(k+1)]&cueVerb != 0 && !s.t.Tokens[k+1].Quoted
		}
	}
	return false
}

// subordinateBefore reports whether a subordinator opens the clause of
// the cue at i, with no comma between: "After the deal was announced,",
// "a statement released shortly after the extension was announced,". A
// main clause's passive may still report what follows ("It was claimed,
// however, that the vote had been rigged").
func (s *state) subordinateBefore(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-10; k-- {
		if s.w(k) == "," || s.t.Tokens[k].Quoted {
			return false
		}
		if subordinators[s.t.Lower(k)] {
			return true
		}
	}
	return false
}

// passive handles "CONTENT was VERBed by SOURCE" with "by" at token b.
func (s *state) passive(sen sentence.Range, b int) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	nHi := s.extendRight(b+1, hiEff)
	if nHi <= b+1 || !s.npEnds(nHi, hiEff) && s.w(nHi) != "." && s.kind(nHi) != sentence.Word {
		return r, false
	}
	if nHi < hiEff && s.kind(nHi) == sentence.Word && !passiveTail[s.w(nHi)] && pronouns[s.w(nHi)] == 0 {
		return r, false
	}
	v := b - 1
	a := v // first token of the verb group
	for a-1 >= sen.Lo && s.kind(a-1) == sentence.Word && (passiveAux[s.w(a-1)] || isAdverb(s.w(a-1)) || s.w(a-1) == "first" || s.w(a-1) == "also") {
		a--
	}
	if a-1 >= sen.Lo && (s.w(a-1) == "as" || s.w(a-1) == "As") {
		return s.asPassive(sen, a, b, nHi, hiEff)
	}
	if a == v && (a-1 < sen.Lo || s.w(a-1) != ",") {
		return r, false // a participle without an auxiliary: only after a comma
	}
	if a == v && s.insideContent(a, a-1) {
		return r, false // "He said the facility would be financed by borrowing, backed by the EU budget": the participle is in his words
	}
	if a-1 >= sen.Lo && trueModals[s.w(a-1)] {
		return r, false // "could be challenged by the police union": what may happen, not what was said
	}
	end := a
	if end <= sen.Lo {
		return r, false // no subject before the verb group: the text opens "was supported by ..."
	}
	if s.w(end-1) == "," {
		end--
	}
	// "When the poll asked ..., Clinton was supported by ...": the
	// content is the main clause's subject
	start := s.mainClause(s.leftStart(sen.Lo, end), end)
	if end-start < 1 || s.words(start, end) < 1 {
		return r, false
	}
	r.cLo, r.cHi = start, end
	r.cueLo, r.cueHi = a, b+1
	r.sLo, r.sHi = b+1, nHi
	return r, true
}

var passiveAux = set(`was were is are be been being has have had`)

// asPassive reads "as reported by X" around a clause, with the verb group
// from a to the "by" at b and the source up to nHi: "As reported by
// Western Journalism, investigators found ...", "..., the paper said, as
// first reported by Politico." The clause is the content, the participle
// the cue.
func (s *state) asPassive(sen sentence.Range, a, b, nHi, hiEff int) (raw, bool) {
	r := raw{cueLo: a, cueHi: b, sLo: b + 1, sHi: nHi, entity: -1}
	switch as := a - 1; {
	case as == s.afterDateline(sen.Lo, as) && nHi+1 < hiEff && s.w(nHi) == ",":
		r.cLo = nHi + 1
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as-1 > sen.Lo && s.w(as-1) == "," && !s.t.Tokens[as-1].Quoted && nHi >= hiEff && !s.hasWordIn(max(sen.Lo, as-7), as-1, func(w string) bool { return nestedSpeech[w] }):
		// (not "“...,” Whitcombe said, as quoted by Sahar News", "“...,”
		// Mr. Schumer said on Tuesday, as reported by Axios": the clause
		// before is an attribution, the one PolNeAR marks)
		r.cHi = as - 1
		r.cLo = s.leftStart(sen.Lo, r.cHi)
	default:
		return r, false
	}
	return r, s.words(r.cLo, r.cHi) >= 3
}

// subjectOf returns the first person or organisation mention (or subject
// pronoun) of the sentence before token L.
func (s *state) subjectOf(lo, L int) (entity.Mention, bool) {
	lo = s.afterDateline(lo, L)
	_, isName := s.ents.MentionAt(lo)
	if w := s.t.Lower(lo); lo < L && s.kind(lo) == sentence.Word && !isName && (subordinators[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))) {
		// past a fronted clause: "Asked whether his party had dropped its
		// demand for the Interior Ministry, Mr Chaiwat smiled and said:"
		// (not past a name: "Ahmed, a shopkeeper, said", "United Airlines")
		for k := lo + 1; k+1 < L && k < lo+40; k++ {
			if s.t.Tokens[k].Quoted {
				break
			}
			if s.w(k) == "," {
				lo = k + 1
				break
			}
		}
	}
	for k := max(lo, L-60); k < L; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		if m, ok := s.ents.MentionAt(k); ok {
			e := s.ents.Entities[m.Entity]
			if m.End < s.t.Tokens[m.Hi-1].End && s.personAhead(m.Hi, min(L, m.Hi+8)) {
				k = m.Hi - 1
				continue // a possessor before its own person: "Orland's prime minister, Pieter van Roosendaal,"
			}
			if e.Type == entity.Org && m.Hi < L && s.titleWord(m.Hi) {
				k = m.Hi - 1
				continue // the body before a role and its holder: "Council President Hector Villanueva-Rhodes"
			}
			if e.Type == entity.Person || e.Type == entity.Org {
				return m, true
			}
		}
		if _, ok := pronouns[s.w(k)]; ok {
			return entity.Mention{Lo: k, Hi: k + 1, Entity: -1}, true
		}
	}
	return entity.Mention{}, false
}

// placeDateDateline returns the token after a dateline of a capitalised
// place, a comma, a month and a day, closed by a colon, by an agency in
// brackets or both ("Doha, Dec 7:", "Doha, March 9 (Agencies):"), or lo.
func (s *state) placeDateDateline(lo, hi int) int {
	k := lo
	for k < hi && k < lo+3 && s.kind(k) == sentence.Word && isCapWord(s.w(k)) {
		k++
	}
	if k == lo || k+2 >= hi || s.w(k) != "," || !monthWords[strings.TrimSuffix(s.w(k+1), ".")] {
		return lo
	}
	k += 2
	if k < hi && s.w(k) == "." {
		k++ // "Dec."
	}
	if k >= hi || !isDigits(s.w(k)) {
		return lo
	}
	k++
	if k+2 < hi && s.w(k) == "(" && s.w(k+2) == ")" {
		k += 3
		if k+1 < hi && s.w(k) == "." && s.w(k+1) == "-" {
			return k + 2 // "San Telmo, Apr 9 (EFE).-"
		}
	}
	switch {
	case k < hi && (s.w(k) == ":" || s.isDash(k) || s.w(k) == "—" || s.w(k) == "―"):
		k++ // "Doha, Dec 7:", "Kabul, March 4 (Reuters) -"
		if k < hi && s.w(k) == "-" && s.w(k-1) == "-" {
			k++ // "--"
		}
	case s.w(k-1) != ")":
		return lo
	}
	return k
}

// monthWords are the months and their abbreviations in datelines.
var monthWords = set(`January February March April May June July August September October November December
	Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// afterDateline returns where a sentence's own words start after a
// dateline that opens it ("WASHINGTON ― ", "CEDAR FERRY, Iowa (AP) —
// Gov. Whitcombe ..."), or lo: both the lead's left content and the
// subject of a later verb start there.
func (s *state) afterDateline(lo, hi int) int {
	// all capitals up to a dash: "WASHINGTON ― ", "KABUL -"
	for k := lo; k < hi && k < lo+6; k++ {
		w := s.w(k)
		if w == "―" || w == "—" || w == "-" || w == "–" {
			if k > lo && w == "-" && k+1 < hi && s.w(k+1) == "-" {
				return k + 2 // "TOKYO --"
			}
			if k > lo {
				return k + 1
			}
			break
		}
		if s.kind(k) == sentence.Word && !isAllCapsWord(w) || s.kind(k) == sentence.OpenQuote {
			break
		}
	}
	// a place, a date and a colon or an agency in brackets: "Doha, Dec 7:",
	// "Doha, March 9 (Agencies):", "Navgarh, March 14 (SNA)", as South
	// Asian papers and aggregators write
	if k := s.placeDateDateline(lo, hi); k > lo {
		return k
	}
	// a place in capitals and a colon: "NEW DELHI: Five men ...", as
	// Indian papers write
	for k := lo; k < hi && k < lo+4; k++ {
		if s.w(k) == ":" {
			if k > lo && s.lex.IsPlace(titleCased(s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[k-1].End])) {
				return k + 1
			}
			break
		}
		if s.kind(k) != sentence.Word || !isAllCapsWord(s.w(k)) {
			break
		}
	}
	// a place and a bracketed agency: "CEDAR FERRY, Iowa (AP) —"
	for k := lo + 1; k+1 < hi && k < lo+12; k++ {
		if s.w(k) == ")" && s.isDash(k+1) {
			return k + 2
		}
		if s.w(k) == ")" && k-2 > lo && s.w(k-2) == "(" && wireAgencies[s.w(k-1)] && isCapWord(s.w(k+1)) {
			return k + 1 // "New Delhi, Jun 4 (PTI) India on Thursday ...": no dash after the agency
		}
		if s.kind(k) != sentence.Word && s.w(k) != "," && s.w(k) != "(" && s.w(k) != "." {
			break
		}
	}
	return lo
}

// titleCased writes each word of an all-capitals name with a capital and
// lower case after it: "NEW DELHI" -> "New Delhi".
func titleCased(w string) string {
	b := []byte(strings.ToLower(w))
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// wireAgencies credit a dateline in brackets.
var wireAgencies = set(`PTI ANI IANS UNI AP AFP Reuters Bernama Xinhua Yonhap Kyodo Anadolu`)

// titleWithin reports whether a title or role word stands in [lo,hi):
// ", Pulsewise's chief information security officer," is an apposition,
// ", Oz's show" is not.
func (s *state) titleWithin(lo, hi int) bool {
	for k := lo; k < hi && k < lo+6; k++ {
		if s.titleWord(k) {
			return true
		}
	}
	return false
}

// clauseParticiples report a clause without "that" in an absolute clause
// ("with governments insisting the bloc could not wait"); others need
// "that", as "with Havertz adding a second before half-time" reports a
// goal.
var clauseParticiples = set(`saying warning insisting arguing claiming stressing noting predicting suggesting`)

// objectParticiples take what they report as an object, not a clause:
// "with polls showing Cruz leading the race", "with the union calling her
// “the champion working families need”".
var objectParticiples = set(`showing calling questioning accusing blaming criticising criticizing praising urging`)

// promiseParticiples take an infinitive of what is promised: "with
// Clinton pledging to appoint justices ... and Trump promising to
// nominate judges".
var promiseParticiples = set(`pledging promising vowing threatening offering refusing planning hoping`)

// tellParticiples take the one told, then what was said: "with a judge
// telling her she had shown ...".
var tellParticiples = set(`telling reminding assuring informing`)

// finiteAhead reports whether a finite verb follows within a few words of
// k, so that the words from k are a clause ("saying a deal was still
// possible") and not an object ("adding a second before half-time").
func (s *state) finiteAhead(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+4 && s.kind(j) == sentence.Word; j++ {
		if w := s.w(j); auxWord(w) || j > k+1 && (pastVerb(w) || s.presentVerb(j)) && !determiners[s.t.Lower(j-1)] {
			return true // (also "suggesting the measure runs afoul of ...")
		}
	}
	return false
}

// withSubjectAt returns the start of the noun phrase between "with" and
// the participle at c when it names speakers ("with Vestria's chancellor
// warning", "with several southern governments insisting"), or -1.
func (s *state) withSubjectAt(lo, c int) int {
	for k := c - 1; k > lo && k >= c-14; k-- {
		if s.kind(k) != sentence.Word && !s.descriptionWord(k) || s.t.Tokens[k].Quoted {
			return -1
		}
		if s.w(k) == "with" || s.w(k) == "With" || s.w(k) == "and" && s.withBefore(lo, k) {
			if k+1 >= c {
				return -1
			}
			head := s.t.Lower(c - 1)
			if c-k <= 6 && (s.lex.IsTitle(head) || groupNouns[head] || unnamedNouns[head] || sourceNouns[head] || s.pluralSubject(k+1, c)) {
				return k + 1
			}
			// the name may follow a title or an article: "with Sen. John
			// McCain calling it ...", "with the American Federation of
			// Teachers calling her ...", or a longer description of the
			// person: "with the assembly's Budget and Appropriations
			// Committee chairman Daniel Kiptoo saying"
			m, ok := s.ents.MentionAt(c - 1)
			if !ok || s.ents.Entities[m.Entity].Type == entity.GPE {
				return -1
			}
			if m.Lo == k+1 || m.Lo == k+2 && (s.lex.IsTitle(s.t.Lower(k+1)) || s.t.Lower(k+1) == "the") {
				return k + 1
			}
			if s.ents.Entities[m.Entity].Type == entity.Person && m.Hi == c && m.Lo > k+1 {
				titled := s.lex.IsTitle(s.t.Lower(m.Lo - 1)) // "the committee chairman Daniel Kiptoo"
				for j := k + 1; j < m.Lo; j++ {
					if !s.descriptionWord(j) && !(titled && s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted) {
						return -1
					}
				}
				return k + 1
			}
			return -1
		}
		if c-k > 6 && !s.descriptionWord(k) {
			return -1
		}
	}
	return -1
}

// descriptionWord reports whether token k may stand in a description of a
// person before the name: an article, a possessive, a title, a
// capitalised word of a body's name, "of" or "and".
func (s *state) descriptionWord(k int) bool {
	w := s.w(k)
	if w == "'s" || w == "’s" || isPossessive(w) || s.w(k+1) == "'s" || s.w(k+1) == "’s" {
		return true
	}
	return s.kind(k) == sentence.Word && (isCapWord(w) || s.lex.IsTitle(s.t.Lower(k)) || determiners[s.t.Lower(k)] || w == "and" || w == "of")
}

// withBefore reports whether "with" opens an absolute clause before token k
// in the sentence from lo: "with X warning ... and Y insisting ...".
func (s *state) withBefore(lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-40; j-- {
		if s.w(j) == "with" || s.w(j) == "With" {
			return true
		}
	}
	return false
}

// personAhead reports whether a person is named in the tokens [lo,hi).
func (s *state) personAhead(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// participle handles ", saying ..." whose speaker is the subject of the
// sentence's main clause.
func (s *state) participle(sen sentence.Range, c int, out []raw) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	if c == sen.Lo || s.addedTo(c, hiEff) {
		return r, false // "won in Virginia, adding to his victories"
	}
	if c+2 < hiEff && s.w(c+1) == "," && sayForms[s.w(c+2)] && !s.t.Tokens[c+1].Quoted {
		return r, false // "Senator Lindsey Graham, red-faced and shouting, said ...": how the subject spoke
	}
	if s.priceAt(c, hiEff) {
		return r, false // "valuing Telora at $14 billion": a price
	}
	if c-2 >= sen.Lo && s.w(c-2) == "," && (isAdverb(s.w(c-1)) || ingAdverbs[s.w(c-1)]) {
		// "..., even suggesting he may have been sabotaged"
	} else if s.kind(c-1) == sentence.CloseQuote && c-2 >= sen.Lo && s.w(c-2) == "," {
		// "“... a decade ago,” adding that its market capitalization ..."
	} else if s.w(c-1) != "," && s.w(c-1) != "and" && !ingPreps[s.w(c-1)] {
		if w := s.withSubjectAt(sen.Lo, c); w >= 0 && c+1 < hiEff && (s.w(c+1) == "that" || (clauseParticiples[s.w(c)] || s.w(c) == "adding") && s.kind(c+1) == sentence.Word && !s.badOpening(c+1) && !prepositions[s.w(c+1)] && s.finiteAhead(c+1, hiEff) ||
			objectParticiples[s.w(c)] && s.kind(c+1) == sentence.Word && !s.badOpening(c+1) && !prepositions[s.w(c+1)] && (s.w(c) != "calling" || s.w(c+1) == "for" || s.hasQuote(c+1, hiEff)) ||
			tellParticiples[s.w(c)] && c+2 < hiEff && (objPronouns[s.w(c+1)] || addressees[s.w(c+1)]) && s.kind(c+2) == sentence.Word ||
			promiseParticiples[s.w(c)] && c+2 < hiEff && s.w(c+1) == "to" && isLowerWord(s.w(c+2))) {
			// "..., with Vestria's chancellor warning that her country
			// would not accept ...": an absolute clause, its subject after
			// "with" (calling someone something in quotation marks, or for
			// something: not "calling a timeout")
			r.sLo, r.sHi = w, c
			p := c + 1
			if tellParticiples[s.w(c)] {
				p++ // the one told: "telling her"
				for p+1 < hiEff && p < c+5 && s.kind(p) == sentence.Word && afterCue[s.w(p)] && !s.t.Tokens[p].Quoted {
					p++ // "telling reporters on Thursday he viewed ..."
				}
			}
			if s.w(p) == "that" {
				p++
			} else if s.w(c) == "calling" && s.w(p) == "for" {
				r.cueHi, p = p+1, p+1 // "with the governor calling for calm"
			}
			r.cLo, r.cHi = p, s.cutAtClause(p, s.contentEnd(p, hiEff))
			for k := p + 1; k+1 < r.cHi; k++ {
				if s.w(k) == "even" && (s.w(k+1) == "as" || s.w(k+1) == "though") && !s.t.Tokens[k].Quoted {
					r.cHi = k // "insisting the pause was “a targeted review” even as governors warned ...": the writer's contrast
					break
				}
			}
			for k := p + 1; k < r.cHi; k++ {
				if s.w(k) != "and" {
					continue
				}
				for j := k + 2; j < r.cHi && j <= k+5; j++ {
					if s.cueMap[s.w(j)]&(cueIng|cueAttIng) != 0 && s.withSubjectAt(sen.Lo, j) == k+1 {
						r.cHi = k // "... and several southern governments insisting ...": the next one's
						break
					}
				}
			}
			return r, r.cHi > r.cLo+1
		}
		// "footage of Hillary Clinton asking, “Why ...?”"
		m, ok := s.ents.MentionAt(c - 1)
		if !ok {
			return r, false
		}
		// "footage of Trump saying during the debate last week, “That ...”"
		k := c + 1
		for k < sen.Hi && k < c+8 && s.kind(k) == sentence.Word {
			k++
		}
		if k+1 >= sen.Hi || s.w(k) != "," && s.w(k) != ":" || s.kind(k+1) != sentence.OpenQuote {
			return r, false
		}
		r.sLo, r.sHi = m.Lo, m.Hi
		r.cLo, r.cHi = k+1, s.runOn(k+1)
		return r, true
	}
	// only verbs that take an addressee skip one: "telling reporters
	// that ..."; "adding he would never ..." starts its content at once
	var cls cueClass
	if tellIng[s.w(c)] {
		cls = cueTell
	}
	p := s.skipAfterCue(c+1, hiEff, cls)
	if ps, ok := phrasal[s.t.Lower(c)]; ok && p == c+1 {
		e := s.cuePhraseEnd(ps, c, p, hiEff)
		if e < 0 && s.cueMap[s.t.Lower(c)] == cueAttIng {
			return r, false // "pointing across the chamber": the cue needs its particle
		}
		if e > 0 {
			r.cueHi, p = e, e // "pointing out that ..."
		}
	} else if p == c+1 && p+1 < hiEff && particles[s.w(p)] && !s.t.Tokens[p].Quoted {
		r.cueHi, p = p+1, p+1 // "calling for ...", "warning against ..."
	}
	if p < hiEff && (s.w(p) == "," || s.w(p) == ":") {
		p++
	}
	if s.words(p, hiEff) < 2 || r.cueHi == c+1 && s.cueMap[s.t.Lower(c)]&(cueAtt|cueAttIng) != 0 && (s.w(p) == "along" || s.w(p) == "alongside") {
		return r, false // (not "applauding along with the audience")
	}
	p = s.chargeStart(c, p, hiEff) // "accusing Margaret Castellano of selling access"
	r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
	if s.cueMap[s.t.Lower(c)]&cueIng != 0 && !s.hasFinite(sen.Lo, c) {
		// an aside between the subject and its verb, as no finite verb
		// comes before it (in "X attacked the airport, saying it had
		// raised fees, promised ... and delivered nothing" the verbs are a
		// list inside the content)
		r.cHi = s.asideContentEnd(p, r.cHi)
	}
	for k := p + 1; k+2 < r.cHi; k++ {
		if s.w(k) == "and" && !s.t.Tokens[k].Quoted && s.cueMap[s.w(k+1)]&(cueIng|cueAttIng) != 0 && (s.w(k+2) == "that" || !chargePreps[s.w(p)]) {
			// "accusing X of Y and charging that ...": the next
			// participle's (but "of lying and claiming credit" is one
			// charge)
			r.cHi = k
			if s.w(k-1) == "," {
				r.cHi = k - 1
			}
			break
		}
	}
	// the speaker: an earlier attribution in this sentence, or the first
	// name or pronoun of the sentence.
	// the main clause's attribution is the earliest one of the sentence
	if s.kind(c-1) == sentence.CloseQuote && s.match[c-1] >= 0 {
		// after a quotation its speaker goes on: `She said, "... But we
		// will act," adding that 23 suspects had been arrested` (the
		// quotation's last sentence starts this one)
		open := int(s.match[c-1])
		best := -1
		for k := len(out) - 1; k >= 0 && k >= len(out)-5; k-- {
			if o := out[k]; o.cLo <= open && open < o.cHi && o.sLo >= 0 && !relPron[s.w(o.sLo)] && (best < 0 || o.cLo < out[best].cLo) {
				best = k // the outermost: "Rawahi said the delegations had agreed to reconvene “...,” adding" is Rawahi's
			}
		}
		if best >= 0 {
			r.sLo, r.sHi = out[best].sLo, out[best].sHi
			return r, true
		}
	}
	first := -1
	for k := len(out) - 1; k >= 0 && k >= len(out)-5; k-- {
		o := out[k]
		if o.cueLo >= sen.Lo && o.cueLo < c && o.sLo >= 0 && !relPron[s.w(o.sLo)] && s.askedClauseEnd(o.cueLo) < 0 {
			first = k // (not one inside a fronted question: "Asked whether Washington had warned ...")
		}
		if o.cueLo < sen.Lo {
			break
		}
	}
	if first >= 0 {
		r.sLo, r.sHi = out[first].sLo, out[first].sHi
		return r, true
	}
	for k := c - 3; k > sen.Lo+1; k-- {
		// the clause after ", and" is the participle's: "The deficit
		// widened, and the agency Castell & Boyd cut the rating, citing ..."
		if s.t.Tokens[k].Quoted || s.w(k) != "and" || s.w(k-1) != "," {
			continue
		}
		if lo, hi, ok := s.mainSubject(k+1, c); ok && hi < c-1 {
			r.sLo, r.sHi = lo, hi
			return r, true
		}
		break
	}
	if lo, hi, ok := s.mainSubject(sen.Lo, c); ok {
		r.sLo, r.sHi = lo, hi
		return r, true
	}
	if m, ok := s.subjectOf(sen.Lo, c); ok {
		r.sLo, r.sHi = m.Lo, m.Hi
	}
	return r, true
}

// noResponse reports whether r is a response that reports nothing but
// its manner: "Usyk responded calmly." (A refusal to respond, "did not
// respond to requests for comment", stays: PolNeAR marks it.)
func (s *state) noResponse(r raw) bool {
	if r.cueLo < 0 || !respondForms[s.t.Lower(r.cueLo)] || r.cLo < r.cueHi {
		return false
	}
	return r.cHi-r.cLo == 1 && strings.HasSuffix(s.t.Lower(r.cLo), "ly")
}

// respondForms are the verbs of answering.
var respondForms = set(`respond responds responded responding reply replies replied replying`)

// namedCloser reports whether a source and a verb of saying close the
// sentence after a content ending at k: ", Judd said during a news
// conference.", ", a spokesman said."
func (s *state) namedCloser(k, hi int) bool {
	if k+2 >= hi || s.w(k) != "," || s.t.Tokens[k].Quoted || subordinators[s.t.Lower(k+1)] || s.w(k+1) == "when" || s.w(k+1) == "where" {
		return false // (not ", when executives have said ...": a clause of its own)
	}
	for j := k + 2; j < hi && j <= k+6; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
		if sayForms[s.w(j)] {
			return true
		}
	}
	return false
}

// askedClauseEnd returns the comma that closes a question fronted by
// "Asked" or "When asked" when token k is inside it, or -1: "Asked
// whether Washington had warned Baghdad, Price declined ...".
func (s *state) askedClauseEnd(k int) int {
	if k < 0 || k >= s.n {
		return -1
	}
	lo := s.t.Sentences[s.t.Tokens[k].Sent].Lo
	st := lo
	if s.w(st) == "When" {
		st++
	}
	if st >= s.n || s.w(st) != "Asked" && !(st > lo && s.w(st) == "asked") || k <= st {
		return -1
	}
	for j := st + 1; j < s.n && j < st+40 && s.t.Tokens[j].Sent == s.t.Tokens[k].Sent; j++ {
		if s.w(j) == "," && !s.t.Tokens[j].Quoted {
			if k < j {
				return j
			}
			return -1
		}
	}
	return -1
}

// mainSubject returns the subject of the clause that starts the sentence
// at lo, before token c: after a fronted adverbial ("In August,"), the words
// up to the first finite verb ("several environmental groups granted").
func (s *state) mainSubject(lo, c int) (int, int, bool) {
	start := lo
	fronted := func(w string) bool {
		return subordinators[w] || prepositions[w] || w == "after" || w == "during" || w == "for" || w == "by" || w == "asked"
	}
	if w := s.t.Lower(lo); fronted(w) || isAdverb(w) && lo+1 < c && fronted(s.t.Lower(lo+1)) {
		// (also "Shortly after the merger announcement, ...")
		for k := lo + 1; k < c && k < lo+30; k++ {
			if s.w(k) == "," {
				start = k + 1
				break
			}
		}
		if start == lo {
			return 0, 0, false
		}
		if start+1 < c && isYear(s.w(start)) && s.w(start+1) == "," {
			start += 2 // "On July 6, 2015, Sanders made ..."
		}
	} else if lo+2 < c && s.w(lo+1) == "," && s.kind(lo) == sentence.Word && (isAdverb(s.t.Lower(lo)) || sentenceAdverbs[s.w(lo)]) {
		start = lo + 2 // "Instead, the Vermont senator is sticking to ..."
	}
	// a party label in commas after the name is not part of it: "Mitch
	// McConnell, R-Ky., delivered a blunt message"
	label, labelAt := 0, -1
	for k := start + 1; k < c && k <= start+8+label; k++ {
		w := s.w(k)
		if j := s.labelEnd(k, c); j > k && label == 0 {
			label, labelAt = j-k+1, k
			k = j
			continue
		}
		if (w == "'" || w == "’") && s.t.Tokens[k-1].End == s.t.Tokens[k].Start {
			continue // a possessive: "the families of the company's founders had mobilized"
		}
		if w == "&" && k > start && k+1 < c && isCapWord(s.w(k+1)) {
			continue // a firm's name: "Castell & Boyd cut the rating"
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return 0, 0, false
		}
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if coordAux[w] || beForms[w] || w == "does" || w == "did" || w == "do" || s.cueMap[w]&cueVerb != 0 || irregularPast[w] || sendVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed") && w != "need" && w != "seed" && w != "feed" ||
			samePast[w] && k+1 < c && (determiners[s.t.Lower(k+1)] || possessivePronouns[s.w(k+1)] || isCapWord(s.w(k+1))) {
			for k-1 > start && isAdverb(s.w(k-1)) {
				k-- // "Clinton clearly erred in saying ..."
			}
			end := k
			if labelAt > start {
				end = labelAt
			}
			if !s.namedSubject(start, end) && !determiners[s.t.Lower(start)] && !possessivePronouns[s.w(start)] && !s.pluralSubject(start, end) {
				return 0, 0, false // ("His campaign sued the DNC, seeking ...")
			}
			return start, end, true
		}
	}
	return 0, 0, false
}

// adverbs between a comma and a participle cue.
var ingAdverbs = set(`even also then further again later still often`)

// -ing forms of verbs that take an addressee before their content.
var tellIng = set(`telling asking urging warning reminding assuring informing`)

// signed adds quotations that fill a paragraph of their own and are
// signed by the next one, as analysts' boxes and letters are printed:
// "“The bank chose the currency over growth.”" then "-- Elif Durmaz,
// economist". The signature is a dash and a person's name, alone or
// before a comma, in a paragraph of at most a dozen words.
func (s *state) signed(out []raw) []raw {
	added := false
	for pi := 0; pi+1 < len(s.t.Paragraphs); pi++ {
		p, q := s.t.Paragraphs[pi], s.t.Paragraphs[pi+1]
		k := p.Lo
		if s.kind(k) != sentence.OpenQuote || s.used[k] || s.match[k] < 0 || q.Hi-q.Lo > 14 {
			continue
		}
		end := int(s.match[k]) + 1
		if s.kind(end-1) != sentence.CloseQuote || s.words(k, end) < 4 {
			continue
		}
		rest := end
		for rest < p.Hi && s.kind(rest) == sentence.Punct {
			rest++
		}
		if rest < p.Hi {
			continue // the paragraph goes on after the quotation
		}
		j := q.Lo
		for j < q.Hi && s.isDash(j) {
			j++
		}
		if j == q.Lo || j >= q.Hi {
			continue // a signature opens with a dash and holds a name
		}
		m, ok := s.ents.MentionAt(j)
		if !ok || m.Lo != j || m.Hi > q.Hi || s.ents.Entities[m.Entity].Type != entity.Person || m.Hi < q.Hi && s.w(m.Hi) != "," {
			continue
		}
		for x := k; x < end; x++ {
			s.used[x] = true
		}
		out = append(out, raw{cLo: k, cHi: end, cueLo: -1, cueHi: -1, sLo: m.Lo, sHi: m.Hi, entity: -1})
		added = true
	}
	if added {
		slices.SortStableFunc(out, func(a, b raw) int { return a.cLo - b.cLo })
	}
	return out
}

// labelEnd returns the comma that closes a party label opened by the
// comma at k, before token c ("Mitch McConnell, R-Ky., delivered"), or -1.
func (s *state) labelEnd(k, c int) int {
	if s.w(k) != "," || k+1 >= c || !partyLabel(s.w(k+1)) {
		return -1
	}
	for j := k + 2; j < c && j < k+5; j++ {
		if s.w(j) == "," {
			return j
		}
	}
	return -1
}

// plainCue reports whether w is a reporting verb that is neither an
// attitude nor a weak cue: "said", "told", "replied".
func (s *state) plainCue(w string) bool {
	c := s.cueMap[w]
	return c&cueVerb != 0 && c&(cueAtt|cueWeak) == 0
}

// hasCue reports whether a reporting or attitude verb stands in [lo,hi).
func (s *state) hasCue(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.kind(k) == sentence.Word && s.cueMap[s.w(k)]&cueVerb != 0 {
			return true
		}
	}
	return false
}

// crosshead reports whether the quotation [k,end) is a subheading: a
// paragraph of its own, of a few words, with no punctuation before its
// closing mark ("‘Not a single village’" between two parts of a story).
// A quotation a speaker goes on with ends its sentence inside the marks.
func (s *state) crosshead(k, end int) bool {
	if k > 0 && s.t.Tokens[k-1].Para == s.t.Tokens[k].Para || end < s.n && s.t.Tokens[end].Para == s.t.Tokens[k].Para {
		return false
	}
	return s.words(k, end) <= 8 && s.kind(end-1) == sentence.CloseQuote && s.kind(end-2) == sentence.Word
}

// continuations adds quotations that open a sentence without an
// attribution of their own, right after a sentence whose quotation was
// attributed: the speaker goes on ("...," he said. "B." / a paragraph
// that is all quotation after an attributed one).
func (s *state) continuations(out []raw) []raw {
	var res []raw
	oi := 0
	lastSent := -10
	var last raw
	for si, sen := range s.t.Sentences {
		for oi < len(out) && s.t.Tokens[out[oi].cLo].Sent <= si {
			res = append(res, out[oi])
			last = out[oi]
			lastSent = s.t.Tokens[out[oi].cHi-1].Sent
			oi++
		}
		k := sen.Lo
		if s.kind(k) != sentence.OpenQuote || s.used[k] || s.match[k] < 0 {
			continue
		}
		spoke := -1
		if si-lastSent != 1 {
			if spoke = s.spokeBefore(si); spoke < 0 {
				if spoke = s.tellerAfter(si); spoke < 0 {
					continue
				}
			}
		}
		end := s.runOn(k)
		if m := int(s.match[k]); m >= 0 && m+1 < end && s.used[m+1] && s.kind(m) != sentence.CloseQuote {
			// left open at its paragraph's end before a quotation that
			// has its speaker already: “A,” she said. “B ¶ “C,” she said.
			end = m + 1
		}
		if s.isStraight(k) && (s.kind(end-1) != sentence.CloseQuote || s.t.Tokens[end-1].Para-s.t.Tokens[k].Para > 3) {
			// a straight mark left open: often a blockquote marker, one on
			// every paragraph of a transcript; but a quotation the next
			// few paragraphs continue and close is a speaker's
			continue
		}
		if s.words(k, end) < 3 {
			continue
		}
		// the quotation must end its sentence: otherwise an attribution
		// or a clause of the writer's follows
		if end < s.n && s.t.Tokens[end].Para == s.t.Tokens[end-1].Para && s.t.Tokens[end].Sent == s.t.Tokens[end-1].Sent && s.w(end) != "." {
			continue
		}
		if s.crosshead(k, end) {
			continue
		}
		r := raw{cLo: k, cHi: end, cueLo: -1, cueHi: -1, sLo: -1, sHi: -1, entity: -1, inherit: true}
		if spoke >= 0 {
			m, _ := s.ents.MentionAt(spoke)
			r.sLo, r.sHi, r.inherit = m.Lo, m.Hi, false
		}
		for q := k; q < end; q++ {
			if s.kind(q) == sentence.OpenQuote || s.kind(q) == sentence.CloseQuote || s.t.Tokens[q].Quoted {
				s.used[q] = true
			}
		}
		_ = last
		res = append(res, r)
		last = r
		lastSent = s.t.Tokens[end-1].Sent
	}
	res = append(res, out[oi:]...)
	return res
}

// spokeBefore returns the first token of the person mention that opens
// the sentence before sentence si when that sentence is a paragraph of its
// own and says the person spoke, to no one named ("UNHCR chief Filippo
// Grandi spoke in Geneva on Wednesday."), so a quotation opening the next
// paragraph is theirs; or -1.
func (s *state) spokeBefore(si int) int {
	if si == 0 {
		return -1
	}
	prev := s.t.Sentences[si-1]
	if s.t.Tokens[prev.Lo].Para+1 != s.t.Tokens[s.t.Sentences[si].Lo].Para || s.t.Paragraphs[s.t.Tokens[prev.Lo].Para].Lo != prev.Lo {
		return -1
	}
	for k := prev.Lo; k < prev.Hi && k < prev.Lo+8; k++ {
		m, ok := s.ents.MentionAt(k)
		if !ok {
			continue
		}
		if s.ents.Entities[m.Entity].Type != entity.Person {
			k = m.Hi - 1 // "UNHCR chief Filippo Grandi": a body in the role
			continue
		}
		if m.Hi >= prev.Hi {
			return -1
		}
		v := m.Hi
		if v+1 < prev.Hi && (s.w(v) == "was" || s.w(v) == "is") {
			v++ // "was speaking"
		}
		if hearerCues[s.w(v)] && (v+1 >= prev.Hi || s.w(v+1) != "to" && s.w(v+1) != "with") {
			return m.Lo // (not "spoke to Amina Yusuf, a refugee": the quotation may be hers)
		}
		return -1
	}
	return -1
}

// tellerAfter returns the first token of the person whose name opens the
// sentence after sentence si, in its paragraph, before a telling verb:
// "“We will not back down.” Smith told reporters he would appeal." (the
// segmenter ends the quotation's sentence there, as a clause follows the
// hearer), so the quotation is Smith's; or -1.
func (s *state) tellerAfter(si int) int {
	if si+1 >= len(s.t.Sentences) {
		return -1
	}
	next := s.t.Sentences[si+1]
	if s.t.Tokens[next.Lo].Para != s.t.Tokens[s.t.Sentences[si].Lo].Para {
		return -1
	}
	m, ok := s.ents.MentionAt(next.Lo)
	if !ok || m.Lo != next.Lo || m.Hi >= next.Hi || s.ents.Entities[m.Entity].Type != entity.Person {
		return -1
	}
	switch s.w(m.Hi) {
	case "told", "tells", "asked", "asks":
		return m.Lo
	}
	return -1
}

// nameWithS reports whether token k is a name that ends in 's rather
// than a possessive: "McDonald's said", "Moody's warned", as the entity
// recogniser reads them (a mention that keeps the 's).
func (s *state) nameWithS(k int) bool {
	m, ok := s.ents.MentionAt(k)
	return ok && m.Hi == k+1 && m.End == s.t.Tokens[k].End
}

// noInversion are cues that never take a speaker after them: ", called
// EB-5" names a thing, it does not report a statement; "found" and "shows"
// take one only when it is a source ("..., found the inquiry", not
// "found Labor ahead"); "accuses" takes the accused ("The indictment,
// unsealed on Monday, accuses Councillor Raymond Tully of ...").
var noInversion = set(`called calls named dubbed labeled labelled titled found finds showed shows accuses accused`)

// titleCase reports whether sentence sen is a title-case headline: at
// least four words, nearly all capitalised.
func (s *state) titleCase(sen sentence.Range) bool {
	words, caps := 0, 0
	for k := sen.Lo; k < sen.Hi && k < sen.Lo+40; k++ {
		if s.kind(k) != sentence.Word {
			continue
		}
		words++
		if isCapWord(s.w(k)) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// dropNested removes attributions whose cue lies inside the content of
// another one, unless the cue is a plain speech verb: in "Stein said she
// plans to join ...", PolNeAR annotates the report ("said"), not the
// attitude inside it ("plans"). Neighbours only: contents are bounded by
// maxContent tokens and out is in text order, so the check stays linear.
func (s *state) dropNested(out []raw) []raw {
	nested := func(i int, gone []bool) bool {
		r := out[i]
		if r.cueLo >= 2 && s.w(r.cueLo-1) == "to" && refusals[s.w(r.cueLo-2)] {
			return i > 0 && out[i-1].cueLo == r.cueLo-2 // "declined to say whether ...": one refusal, not a refusal and a saying
		}
		if r.cueLo < 0 || s.speechCue(r.cueLo) {
			return false
		}
		for j := max(0, i-40); j < len(out) && j <= i+40; j++ {
			// o holds r's cue; when r holds o's cue too, the earlier
			// cue's content has overrun the later attribution ("they
			// want ..., Khalilzad continued") and r goes only if earlier
			if o := out[j]; j != i && (gone == nil || !gone[j]) && !s.labelCue(o) && o.cLo <= r.cueLo && r.cueHi <= o.cHi && (o.cueLo < 0 || r.cueLo < o.cueLo || o.cueLo < r.cLo || o.cueHi > r.cHi) {
				return true
			}
		}
		return false
	}
	// an attribution that goes for being nested holds no other: in "Asked
	// whether he would veto it, Ferrante replied: “...”", "veto" sits in
	// the question and its overrun content must not take "replied" with it
	gone := make([]bool, len(out))
	for i := range out {
		gone[i] = nested(i, nil)
	}
	res := out[:0:0]
	for i, r := range out {
		if gone[i] && (!s.plainCue(s.t.Lower(r.cueLo)) || nested(i, gone)) {
			continue // (only a reporting verb is kept so: attitudes stay dropped)
		}
		res = append(res, r)
	}
	return res
}

// labelCue reports whether o's cue is a speaker label opening its
// paragraph ("A:" in an interview, "LOPEZ:" or "Lopez:" in a transcript):
// PolNeAR marks the beliefs and claims inside such a line as attributions
// of their own, so they are not nested in it.
func (s *state) labelCue(o raw) bool {
	return o.cueLo >= 0 && s.w(o.cueHi-1) == ":" && s.t.Paragraphs[s.t.Tokens[o.cueLo].Para].Lo == o.cueLo
}

// speechCue reports whether the cue starting at token k is a verb of
// saying ("said", "told", "argued"), which PolNeAR annotates even inside
// another attribution's content; attitude, cognition and noun cues there
// are left out.
func (s *state) speechCue(k int) bool {
	w := s.t.Lower(k)
	if nestedThat[w] {
		m, ok := s.ents.MentionAt(k - 1)
		return ok && s.ents.Entities[m.Entity].Type == entity.Org && k+1 < s.n && s.w(k+1) == "that"
	}
	return nestedSpeech[w]
}

// thatOnly are cues only before "that": "investigators discovered that
// ..." reports, "police discovered no weapons" does not.
var thatOnly = set(`discovered discovers disclosed discloses maintains maintained submitted submits`)

// nestedThat are base forms kept inside another attribution's content only
// after an organisation's name and before "that" ("The Taliban contend
// that ..."): otherwise they are infinitives ("it would maintain its
// dividend") or a plural subject's verb that PolNeAR leaves inside the
// content.
var nestedThat = set(`argue claim insist contend maintain`)

// verbs of saying kept inside another attribution's content.
var nestedSpeech = set(`said says say saying told tells tell added adds adding noted notes wrote writes
	argued argues claimed claims warned warns stated states explained explains insisted insists
	acknowledged admitted announced declared suggested asserted contends contended
	maintains maintained`)

// verbs of comparison whose content is what the object is likened to.
var likenVerbs = set(`likened likens equated equates`)

// judgement verbs whose object is the person judged and whose content is
// the charge after "of" or "for": "accused X of", "blamed X for".
// accuseForms take the charge after "of"; the other judgeVerbs after "for".
var accuseForms = set(`accused accuses accuse accusing`)

var judgeVerbs = set(`accused accuses accuse blamed blames blame criticized criticizes criticised
	criticises chastised chastises faulted faults praised praises thanked thanks credited credits
	condemned condemns slammed slams attacked attacks lambasted scolded scolds rebuked rebukes
	accusing blaming criticizing criticising faulting praising thanking crediting`)

// media nouns that, like sourceNouns, head a participle attribution:
// "a new ad hitting Trump", "tweets calling him ...".
var mediaNouns = set(`ad ads tweet tweets post posts spot spots commercial statement statements
	letter letters speech speeches op-ed editorial column book article articles story stories
	message messages email emails ones`)

// nounParticiple handles "NOUN VERBing CONTENT" with the -ing cue at c and
// a source or media noun before it; the speaker mention is the noun.
func (s *state) nounParticiple(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: c - 1, sHi: c, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	q := c + 1
	if q < hiEff && particles[s.w(q)] {
		r.cueHi = q + 1
		q++
	}
	if q >= hiEff || s.words(q, hiEff) < 2 || s.badOpening(q) || attBadStart[s.w(q)] {
		return r, false
	}
	r.cLo, r.cHi = q, s.attEnd(q, s.contentEnd(q, hiEff), c)
	if lo, hi := s.issuerOf(sen.Lo, c-1); lo >= 0 {
		r.sLo, r.sHi = lo, hi // "Trump's campaign released a statement saying ...": the campaign said it
	}
	return r, r.cHi > r.cLo
}

// issueVerbs put out a statement, a letter or an ad.
// (not "published", "aired" or "ran": an outlet carries others' letters
// and ads)
var issueVerbs = set(`released issued sent posted distributed circulated put tweeted`)

// issuerOf returns the subject of "SUBJECT issued a NOUN" for the media
// noun at n ("The campaign issued a statement", "Smith has released a
// letter"), or -1 when the noun is not such an object.
func (s *state) issuerOf(lo, n int) (int, int) {
	j := n - 1
	if j > lo && (determiners[s.t.Lower(j)] || possessivePronouns[s.w(j)]) {
		j--
	}
	for j > lo && s.kind(j) == sentence.Word && !issueVerbs[s.w(j)] && isLowerWord(s.w(j)) && j >= n-3 && !npStop[s.w(j)] {
		j-- // "released a brief written statement"
	}
	if j <= lo || !issueVerbs[s.w(j)] || s.t.Tokens[j].Quoted {
		return -1, -1
	}
	L := j - 1
	for L >= lo && s.kind(L) == sentence.Word && (auxiliaries[s.w(L)] || isAdverb(s.w(L))) {
		if beForms[s.w(L)] || s.w(L) == "been" {
			return -1, -1 // a passive: "Reporters were sent an email saying ..." names the recipients
		}
		L--
	}
	if L < lo || s.kind(L) != sentence.Word || s.t.Tokens[L].Quoted {
		return -1, -1
	}
	first := s.extendLeft(lo, L)
	if first < lo || pronouns[s.w(first)] != 0 && first < L || relPron[s.w(first)] {
		return -1, -1
	}
	return first, L + 1
}

// issuedMedium reports whether r is "X released a statement saying ...",
// read as the release of a statement: the participle after the statement
// carries the attribution, with X as its speaker (issuerOf).
func (s *state) issuedMedium(r raw) bool {
	if r.cueLo < 0 || r.cueHi != r.cueLo+1 || !issueVerbs[s.w(r.cueLo)] {
		return false
	}
	n := r.cLo
	if n < r.cHi && (determiners[s.t.Lower(n)] || possessivePronouns[s.w(n)]) {
		n++
	}
	return n+1 < r.cHi && mediaNouns[s.t.Lower(n)] && s.cueMap[s.t.Lower(n+1)]&cueIng != 0
}

// asideContentEnd returns where the content from p of a participle aside
// between a subject and its verb ends, before hi: at the comma before the
// subject's verb ("Mr. Manafort, citing his polls, said ..."), or after a
// quotation that holds that comma ("citing “the unique magic of Trump,”
// said"); not at the comma closing a relative clause inside it ("that
// Zelenka, who advised the cabinet, shared the blame").
func (s *state) asideContentEnd(p, hi int) int {
	for k := p + 1; k+1 < hi; k++ {
		if v := s.w(k + 1); s.t.Tokens[k+1].Quoted || s.cueMap[v]&cueVerb == 0 || strings.HasSuffix(v, "ing") || s.hasWord(p, k, "who") || s.hasWord(p, k, "which") {
			continue
		}
		if s.w(k) == "," && !s.t.Tokens[k].Quoted {
			return k
		}
		if s.kind(k) == sentence.CloseQuote && s.w(k-1) == "," {
			return k + 1
		}
	}
	return hi
}

// mediumBeforePhrase returns the medium or document noun that a
// participle at i follows across a phrase or two of its own ("a letter to
// board members on Monday urging ...", "a statement on Friday saying
// ..."), or -1.
func (s *state) mediumBeforePhrase(lo, i int) int {
	for j := i - 1; j > lo && j >= i-8; j-- {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return -1
		}
		w := s.t.Lower(j)
		if (mediumNouns[w] || sourceNouns[w]) && !eventNouns[w] && j < i-2 && (phrasePreps[s.w(j+1)] && s.w(j+1) != "of" || pastVerb(s.w(j+1)) && s.w(j+2) == "by") {
			return j
		}
		if pastVerb(w) && s.w(j+1) == "by" && j > lo && (mediumNouns[s.t.Lower(j-1)] || sourceNouns[s.t.Lower(j-1)]) {
			continue // "a letter signed by 200 faith leaders urging ..."
		}
		if auxWord(w) || pastVerb(w) || s.cueMap[w] != 0 || relPron[w] || w == "of" || pronouns[w] != 0 && !objPronouns[w] {
			return -1 // ("footage of Clinton asking ...": the one named speaks)
		}
	}
	return -1
}

// words after which a cue form is a noun or an adjective, not a verb.
var nounBefore = set(`the a an such his their its our my your every`)

// degreeWords grade an adjective after an article: "the most detailed".
var degreeWords = set(`most more less least`)

// adjectiveBefore are the further words after which a past form is an
// adjective: "for added comfort", "with added security", "no continued".
var adjectiveBefore = set(`for with of no any some by amid`)

// quantifierSubject reports whether the subject [nLo,sEnd) is a bare
// quantifier standing for people, after a fronted phrase's comma or a
// conjunction: "After the vote, many fear that ...", "though several
// questioned the price" (not "played with several celebrated
// bandleaders", nor a floating "had both recommended").
func (s *state) quantifierSubject(lo, nLo, sEnd int) bool {
	if sEnd != nLo+1 || s.t.Tokens[nLo].Quoted || s.t.Lower(nLo) == "both" || !crowdQuantifiers[s.t.Lower(nLo)] {
		return false
	}
	return nLo == lo || s.w(nLo-1) == "," || quantifierLinks[s.t.Lower(nLo-1)]
}

// hearsayApposition reports whether the participle at i opens hearsay in
// commas about the noun before it, with an infinitive: "Mr. Brink, said to
// be furious,", "The vase, thought to date from the Ming dynasty,". Not a
// description with its audience: "known to reporters for his bluntness",
// "known to friends as Bud".
func (s *state) hearsayApposition(i, hi int) bool {
	if i < 1 || i+2 >= hi || !appositiveHearsay[s.w(i)] || s.w(i-1) != "," || s.w(i+1) != "to" || s.kind(i+2) != sentence.Word || s.t.Tokens[i+2].Quoted {
		return false
	}
	v := s.w(i + 2)
	if !isLowerWord(v) || determiners[s.t.Lower(i+2)] || possessivePronouns[v] || objPronouns[v] || len(v) > 3 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") {
		return false // "known to reporters", "known to them"
	}
	return s.w(i) != "known" || !s.hasWord(i+2, min(hi, i+7), "as") // "known to friends as Bud": a name
}

// subjectAsideOpen returns the opening comma of an aside after a subject
// that the comma at k closes: an adverb ("Some Democrats, though, worry",
// "Democrats, predictably, insist") or a discourse phrase ("Democrats, for
// their part, insist", "..., on the other hand, fear"); -1 when there is
// none.
func (s *state) subjectAsideOpen(lo, k int) int {
	if k-3 < lo || s.w(k) != "," || s.t.Tokens[k].Quoted {
		return -1
	}
	if s.w(k-2) == "," && (asideAdverbs[s.t.Lower(k-1)] || isLowerWord(s.w(k-1)) && isAdverb(s.w(k-1))) {
		return k - 2
	}
	// "Cruz, as he has in the past, opposed ...", "Sen. Chuck Grassley,
	// facing a spirited challenge in Iowa, a swing state, said ...": an
	// aside of the writer's between a name and its verb
	for j := k - 1; j > lo+1 && j >= k-14; j-- {
		if s.t.Tokens[j].Quoted || s.kind(j) != sentence.Word && s.w(j) != "," {
			break
		}
		if s.w(j) != "," || !isCapWord(s.w(j-1)) || s.kind(j-1) != sentence.Word {
			// (after a capitalised word: a name, or a description ending
			// in one, "A Western diplomat in Doha, speaking on condition
			// of anonymity, said"; a description in lower case keeps its
			// aside, "a senior army officer, speaking on condition of
			// anonymity because ..., said", as the tests of unnamed
			// sources had it)
			continue
		}
		if nw := s.w(j + 1); nw == "as" && j+2 < k && pronouns[s.w(j+2)] != 0 || s.participleOpening(j+1) && !s.hasWord(j+1, k, "who") {
			return j
		}
	}
	for j := k - 1; j > lo && j >= k-5; j-- {
		if s.w(j) == "," {
			if j+1 < k && s.kind(j-1) == sentence.Word && discourseAsides[strings.ToLower(s.t.Src[s.t.Tokens[j+1].Start:s.t.Tokens[k-1].End])] {
				return j
			}
			return -1
		}
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return -1
		}
	}
	return -1
}

// discourseAsides are the phrases that stand in commas after a subject
// and relate its clause to what came before.
var discourseAsides = map[string]bool{"for their part": true, "for his part": true, "for her part": true,
	"for its part": true, "on the other hand": true, "by contrast": true, "in contrast": true, "in turn": true,
	"at the same time": true, "in private": true, "in public": true, "in particular": true}

// participleOpening reports whether the token at k is a lower-case -ing
// participle that is no cue of its own ("waking the village"), as opens a
// clause of the writer's after a comma.
func (s *state) participleOpening(k int) bool {
	w := s.w(k)
	return len(w) > 4 && strings.HasSuffix(w, "ing") && isLowerWord(w) && !s.t.Tokens[k].Quoted && s.cueMap[w] == 0
}

// quantifierLinks are the conjunctions after which a bare quantifier may
// open a main clause ("though several questioned the price"); not a
// relative "where many fear the police", inside a fronted phrase.
var quantifierLinks = set(`and but or yet so though although while because since nor`)

// someSubject reports whether the "some" at k is a pronoun subject, not a
// determiner: it opens the sentence or follows a comma or a conjunction,
// and the verb after it is followed by a clause ("Some acknowledged
// privately that ...", "..., some argued the party would lose"), unlike
// "Some alleged abuses were never investigated".
func (s *state) someSubject(lo, k int) bool {
	if s.t.Lower(k) != "some" || k+2 >= s.n || s.t.Tokens[k].Quoted {
		return false
	}
	if k > lo && s.w(k-1) != "," && !clauseWords[s.t.Lower(k-1)] {
		return false
	}
	p := k + 2
	if isAdverb(s.w(p)) && p+1 < s.n {
		p++
	}
	return s.w(p) == "that" || s.kind(p) == sentence.Word && (pronouns[s.w(p)] != 0 && s.w(p) != "it" || s.t.Lower(p) == "the") && s.hasFinite(p, min(s.n, p+8))
}

// addressees are the listeners a speech verb may name after "to".
var addressees = set(`reporters journalists me us him her them supporters viewers listeners readers
	presspersons pressmen newsmen mediapersons`)

// audienceNouns are bodies and groups that hear what is said: "told the
// inquest", "told investors", "told the newspaper".
var audienceNouns = set(`inquest court jury committee hearing tribunal meeting audience crowd conference
	panel inquiry commission council parliament senate assembly chamber lawmakers legislators
	delegates investors analysts shareholders students staff employees workers residents parents
	fans members voters congregation broadcaster newspaper paper magazine station network podcast
	programme program summit rally forum gathering`)

// audience returns where the words after an addressee of a telling verb
// begin, or p when the words at p are not "(the) AUDIENCE", "reporters",
// "me" or a name, with an optional time ("on Monday", "last week",
// "yesterday").
func (s *state) audience(p, hi int) int {
	q := p
	if q < hi && (s.w(q) == "the" || s.w(q) == "a" || s.w(q) == "an") {
		q++
	}
	switch {
	case q >= hi || s.t.Tokens[q].Quoted:
		return p
	case audienceNouns[s.w(q)] || addressees[s.w(q)] && q == p:
		q++
	case isCapWord(s.w(q)) && s.w(q) != "I":
		// a named hearer: "told the Herald it was ...", "told Reuters it would ..."
		for e := q + 4; q < hi && q < e && isCapWord(s.w(q)) && !s.t.Tokens[q].Quoted; q++ {
		}
	default:
		return p
	}
	switch {
	case q+1 < hi && s.w(q) == "on" && timeWords[s.w(q+1)]:
		q += 2
	case q+1 < hi && (s.w(q) == "last" || s.w(q) == "this") && (s.w(q+1) == "week" || s.w(q+1) == "month" || s.w(q+1) == "year" || timeWords[s.w(q+1)]):
		q += 2
	case q < hi && (s.w(q) == "yesterday" || s.w(q) == "today" || timeWords[s.w(q)]):
		q++
	}
	return q
}

// nameWord reports whether token k is a capitalised word inside a name
// mention, not a stop word: "Theresa May", "Will Hurd".
func (s *state) nameWord(k int) bool {
	if !isCapWord(s.w(k)) {
		return false
	}
	m, ok := s.ents.MentionAt(k)
	return ok && m.Lo < k
}

// wordName reports whether token k is a name that spells a function
// word: a body's letters ("WHO", the World Health Organization, is no
// "who") or a surname the recogniser linked to a full name ("May said"
// after "Theresa May").
func (s *state) wordName(k int) bool {
	_, ok := s.ents.MentionAt(k)
	return ok && isCapWord(s.w(k))
}

// control verbs whose subject is the subject of the infinitive after
// them: "Caddell went on to discuss ...", "she refused to endorse ...".
var controlVerbs = set(`tried tries continued continues refused refuses declined declines went goes began
	begins sought seeks vowed vows promised promises wants wanted needs needed plans planned
	hopes hoped decided decides appeared appears seemed seems failed fails attempted attempts
	agreed agrees threatened threatens chose chooses like likes liked loves loved used
	continue try refuse decline begin seek vow promise want plan hope decide appear seem fail attempt agree threaten`)

// controlled reports whether the base verb at i is an infinitive after a
// control verb ("went on to discuss", "refused to endorse").
func (s *state) controlled(lo, i int) bool {
	if i-2 < lo || s.w(i-1) != "to" {
		return false
	}
	k := i - 2
	if s.w(k) == "on" && k-1 >= lo {
		k-- // "went on to"
	}
	if isAdverb(s.w(k)) && k-1 >= lo {
		k--
	}
	if s.w(k) == "used" && k-1 >= lo && beForms[s.w(k-1)] {
		return false // "Baselines are used to calculate ...": a passive, not "used to say"
	}
	// (also a verb of interrupting or getting in touch before "to say":
	// "Ms. Okafor interrupted to say that ...", "wrote to say")
	return controlVerbs[s.w(k)] || sayPurpose[s.w(k)] && sayForms[s.w(i)] || goingOn(s.w(k), s.w(k+1))
}

// sayPurpose are verbs after which "to say" gives the purpose of speaking.
var sayPurpose = set(`interrupted interrupts paused pauses rose rises returned returns wrote writes
	called calls phoned rang emailed texted stopped stops`)

// crowdOfPlace reports whether the capitalised words ending at k name the
// place of a crowd: "residents of Debre Selam", "traders in Kalunga".
func (s *state) crowdOfPlace(lo, k int) bool {
	for j := k; j > lo+1 && j > k-4 && isCapWord(s.w(j)); j-- {
		if w := s.w(j - 1); (w == "of" || w == "in") && crowdNouns[s.t.Lower(j-2)] {
			return true
		}
	}
	return false
}

// mainClause returns where the main clause starts when [start,end) opens
// with a subordinate clause closed by a comma ("When the poll asked ...,
// Clinton ..."): after the last comma outside quotations; after a fronted
// phrase with no verb of its own ("According to the minister, ..."):
// after its comma; otherwise start.
func (s *state) mainClause(start, end int) int {
	if s.w(start) == "According" || leadPreps[s.w(start)] {
		// a phrase of the writer's: "According to the minister, the plan
		// had been approved by the cabinet"
		for k := start + 1; k+1 < end; k++ {
			if s.t.Tokens[k].Quoted || s.kind(k) == sentence.OpenQuote {
				break
			}
			if s.w(k) == "," {
				if !s.finiteBeyondParticiples(start, k) {
					return k + 1
				}
				break
			}
		}
		return start
	}
	if !subordinators[s.t.Lower(start)] {
		return start
	}
	for k := end - 1; k > start; k-- {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted {
			return k + 1
		}
	}
	return start
}

// reducedPassive reports whether the -ed cue at c is a participle that
// modifies the noun before it ("a statement issued on behalf of all
// parties agreed ...", "a report released by the ministry said ..."): a
// noun right before it and "by" or "on behalf" right after. The noun is
// then the subject of a later verb, not the source of this one.
func (s *state) reducedPassive(lo, c int) bool {
	w := s.w(c)
	if !strings.HasSuffix(w, "ed") || c-1 < lo || c+2 >= len(s.t.Tokens) || s.kind(c-1) != sentence.Word {
		return false
	}
	prev := s.t.Lower(c - 1)
	next := s.w(c + 1)
	if prev == "not" && c-2 >= lo && (crowdNouns[s.t.Lower(c-2)] || unnamedNouns[s.t.Lower(c-2)]) && (next == "in" || next == "with" || next == "by") {
		return true // "Scientists not involved in the research said"
	}
	if isCapWord(s.w(c-1)) && s.crowdOfPlace(lo, c-1) && next == "by" {
		return true // "Three residents of Debre Selam reached by phone said"
	}
	if isCapWord(s.w(c-1)) && s.documentFrom(lo, c-1) && (madePreps[next] || timeWords[next] || whenWords[next] || next == "shortly" || next == "late" || next == "early") {
		return true // "A statement from the Harbridge Supporters’ Trust issued shortly after full-time said"
	}
	if w == "involved" && (next == "in" || next == "with") && !auxiliaries[prev] && !npStop[prev] && !relPron[prev] && pronouns[s.w(c-1)] == 0 {
		return true // "A Democrat involved in the talks, granted anonymity ..., said"
	}
	if auxiliaries[prev] || isAdverb(prev) || isCapWord(s.w(c-1)) && !crowdNouns[prev] || npStop[prev] || relPron[prev] {
		return false // (but "Residents reached by phone said")
	}
	if (issuedNouns[prev] || prev == "post" || prev == "message" || prev == "video") && postedPreps[next] {
		return true // "In a statement posted on its Telegram channel, the Front ..."
	}
	if (pollNouns[prev] || findingNouns[prev] || issuedNouns[prev]) && (next == "this" || next == "last" || whenWords[next] || timeWords[next]) {
		return true // "in a Hawkeye Register poll released this week, and ..."
	}
	if sourceNouns[prev] && (w == "filed" || w == "released" || w == "published" || w == "obtained") && madePreps[next] {
		return true // "disclosures filed on Sunday night revealed", "documents released in March show"
	}
	if madePreps[next] && s.findingBefore(max(lo, c-5), c) {
		return true // "A PTC survey conducted in June found", "A survey of 4,000 commuters conducted in June found": how a finding was made
	}
	return next == "by" || next == "on" && s.w(c+2) == "behalf"
}

// documentFrom reports whether the name ending at k is the author of a
// document named just before it: "a statement from the Kivu Health
// Office", "a report by Amnesty International".
func (s *state) documentFrom(lo, k int) bool {
	m, ok := s.ents.MentionAt(k)
	if !ok || m.Hi != k+1 {
		return false
	}
	p := m.Lo - 1
	for p >= lo && p >= m.Lo-3 && (s.t.Lower(p) == "the" || s.lex.IsTitle(s.t.Lower(p)) || s.w(p) == ".") {
		p-- // "from the Trust", "from Dr. Amina Yusuf"
	}
	if p-1 < lo || (s.w(p) != "from" && s.w(p) != "by" && s.w(p) != "of") {
		return false
	}
	head := s.t.Lower(p - 1)
	return sourceNouns[head] || issuedNouns[head]
}

// documentIssued returns the participle within a few words before p, up
// to p, that follows a document's author ("a statement from the Trust
// issued shortly after full-time"), or -1: the subject goes on before it.
func (s *state) documentIssued(lo, p int) int {
	for c := p; c > lo+1 && c >= p-6; c-- {
		if s.kind(c) != sentence.Word || s.t.Tokens[c].Quoted {
			return -1
		}
		if s.documentParticiple(lo, c) {
			return c
		}
	}
	return -1
}

// documentParticiple reports whether the word at c is a participle after
// a document's author, starting the phrase that says when or where the
// document came out: "issued" in "a statement from the Trust issued
// shortly after full-time".
func (s *state) documentParticiple(lo, c int) bool {
	return c > lo+1 && s.kind(c) == sentence.Word && !s.t.Tokens[c].Quoted && strings.HasSuffix(s.w(c), "ed") &&
		isCapWord(s.w(c-1)) && s.documentFrom(lo, c-1) && s.reducedPassive(lo, c)
}

// objectEnd returns where the noun phrase from p ends before the main
// verb of its sentence, by hi: at an auxiliary or a past form after a
// word that can end a noun phrase.
func (s *state) objectEnd(p, hi int) int {
	for j := p + 1; j < hi; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			continue
		}
		w := s.w(j)
		if s.kind(j-1) != sentence.Word || determiners[s.t.Lower(j-1)] || isAdverb(s.w(j-1)) {
			continue // inside the phrase: "the newly proposed rule"
		}
		if s.cueMap[w]&(cueVerb|cueAttBase) != 0 && !strings.HasSuffix(w, "ing") {
			return j // "Lawmakers opposing the bill say ..."
		}
		if (auxWord(w) || pastVerb(w) || irregularPast[w]) && (j+1 >= hi || !isCapWord(s.w(j+1))) {
			return j
		}
	}
	return hi
}

// phrasalCue reports whether the cue at c ends its clause with one of its
// particle sequences, as after a quotation: "“...,” Trump fired back." (not
// "showed up", "laid off", "hit back within hours").
func (s *state) phrasalCue(c int) bool {
	ps, ok := phrasal[s.t.Lower(c)]
	return ok && s.phraseClosing(ps, c+1, s.t.Sentences[s.t.Tokens[c].Sent].Hi)
}

// roleSubject reports whether [lo,hi) is a person described by their
// office: "The police chief", "The city's police chief", "the prime
// minister".
func (s *state) roleSubject(lo, hi int) bool {
	if hi-lo < 2 || hi-lo > 5 || !determiners[s.t.Lower(lo)] {
		return false
	}
	for k := lo + 1; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || !isLowerWord(s.w(k)) {
			return false
		}
	}
	h := s.t.Lower(hi - 1)
	return s.lex.IsTitle(h) || speakerRoles[h]
}

// inFrontedPhrase reports whether token i lies in a prepositional phrase
// that opens the sentence and ends at its first comma: "Under the terms
// of the agreement announced in a joint release, ...".
func (s *state) inFrontedPhrase(sen sentence.Range, i int) bool {
	if !phraseOpeners[s.w(sen.Lo)] {
		return false
	}
	for k := sen.Lo + 1; k < i; k++ {
		if s.w(k) == "," || s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			return false
		}
	}
	for k := i + 1; k < sen.Hi && k < i+16; k++ {
		if s.w(k) == "," {
			return true
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || s.w(k) == "that" {
			return false
		}
	}
	return false
}

// phraseOpeners open a sentence's fronted prepositional phrase.
var phraseOpeners = set(`Under Despite After Before Since Following Amid Without Unlike`)

// directive reports whether the verb of ordering at i gives an order:
// "that" right after it, or an object and "to" with a verb's base form
// ("ordered the bank to raise ..."), with no verb between.
func (s *state) directive(i, hi int) bool {
	if i+1 < hi && s.w(i+1) == "that" {
		return true
	}
	for k := i + 2; k+1 < hi && k <= i+6; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || auxWord(w) || pastVerb(w) || relPron[w] {
			return false
		}
		if w == "to" {
			v := s.w(k + 1)
			return isLowerWord(v) && !determiners[v] && !possessivePronouns[v] && !strings.HasSuffix(v, "ing") && !strings.HasSuffix(v, "ed")
		}
	}
	return false
}

// toldForms are the participles of telling whose passive subject is the
// one told: "Staff were told that ...".
var toldForms = set(`told informed reminded assured warned advised notified`)

// headlineVerbs are verbs of headlines whose object may be a noun that is
// also a cue ("Council Delays Vote on ...").
var headlineVerbs = set(`Delays Postpones Blocks Approves Passes Backs Halts Pauses Seeks Plans Wins Loses Gets
	Faces Schedules Sets Orders Launches Opens Ends Bans Delay Postpone Block Approve Pass Halt
	Slows Slow Speeds Boosts Raises Cuts Lowers Eases Stalls Spurs Sparks Prompts Triggers`)

// particleCue reports whether the cue at c takes the particle after it
// as its own, a dismissal with its object after the phrase: "brushed off
// such concerns", "played down the rift".
func (s *state) particleCue(c, hi int) bool {
	ps, ok := phrasal[s.t.Lower(c)]
	if p := s.w(c + 1); !ok || p != "off" && p != "down" && p != "aside" {
		return false // (dismissals only: "fired back", "summed up" report no words by their particle)
	}
	e := s.cuePhraseEnd(ps, c, c+1, hi)
	if e <= c+1 || e >= hi || s.t.Tokens[e].Quoted {
		return false
	}
	// an object that someone said or did and another dismisses, not a
	// thing ("brushed off their cars", "played down the left flank"):
	// its head, before any preposition, is a word for talk or trouble
	for k := e; k < hi && k < e+5; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		w := s.t.Lower(k)
		if dismissedNouns[w] {
			return true
		}
		if prepositionLike[w] || npStop[w] || w == "of" {
			return false
		}
	}
	return false
}

// dismissedNouns are what a dismissal takes as its object: "brushed off
// such concerns", "played down the rift".
var dismissedNouns = set(`concern concerns criticism criticisms suggestion suggestions claim claims question questions
	threat threats rift rifts row rows dispute disputes split splits report reports speculation rumour rumours
	rumor rumors fear fears worry worries warning warnings complaint complaints remark remarks comment comments
	idea ideas notion prospect prospects risk risks significance importance role impact numbers findings figures
	results poll polls defection defections move impasse tension tensions talk allegation allegations charge
	charges accusation accusations attack attacks setback setbacks loss losses differences
	disagreement disagreements controversy furore furor spat feud gaffe comparison comparisons challenge
	challenges walkout walkouts protest protests`)

// sideIng are participles of taking a side, and sideNouns the groups
// that take one: "super PACs supporting Rubio", "pastors backing Cruz"
// hold a stance of the group (PolNeAR marks them as attributions).
var (
	sideIng   = set(`supporting backing opposing endorsing`)
	sideNouns = set(`pac pacs group groups pastors activists supporters protesters demonstrators lawmakers
		organizations organisations committees campaigners unions donors`)
)

// postedPreps follow a participle that says where or when a document
// appeared: "a statement posted on", "a letter sent to", "a report
// published late on Monday".
var postedPreps = set(`on in to at online from late earlier overnight`)

// ingClause reports whether w opens a participle clause set off by
// commas: ", speaking on condition of anonymity because he was not
// authorised to brief journalists,".
func ingClause(w string) bool {
	return len(w) > 5 && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ing")
}
