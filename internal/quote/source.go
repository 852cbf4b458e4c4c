package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// words counts word tokens in [lo,hi), stopping at 8: callers only ask
// for small thresholds, and the cap keeps the scan constant-time.
func (s *state) words(lo, hi int) int {
	n := 0
	for k := lo; k < hi && n < 8; k++ {
		if s.kind(k) == sentence.Word {
			n++
		}
	}
	return n
}

func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w[0] >= 'a' && w[0] <= 'z' && w != "early" && w != "only" && !lyNouns[w]
}

// nouns and adjectives ending in -ly: "His family said ...".
var lyNouns = set(`family ally rally assembly supply reply monopoly anomaly belly bully folly homily
	elderly friendly lonely lovely ugly silly holy costly deadly orderly`)

// extendLeft returns the first token of the subject noun phrase that ends
// at L, or -1 when there is none.
func (s *state) extendLeft(lo, L int) int { return s.extendLeftN(lo, L, 2) }

// extendLeftN is extendLeft with a bound on nested relative clauses.
func (s *state) extendLeftN(lo, L, depth int) int {
	if depth <= 0 {
		// out of depth, the noun keeps its article and a modifier: "A
		// kuia who travelled ..., and who asked not to be named, said"
		for k := L - 1; k >= lo && k >= L-2 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted; k-- {
			if indefinites[s.w(k)] || determiners[s.t.Lower(k)] {
				return k
			}
			if isCapWord(s.w(k)) || npStop[s.t.Lower(k)] {
				break
			}
		}
		return L
	}
	if L-1 >= lo && (s.w(L-1) == "who" || s.w(L-1) == "which") {
		if g, ok := pronouns[s.w(L)]; ok && g != 'n' && !s.t.Tokens[L].Quoted {
			return L // "Fairbrother, who he said had worked ...": he said it
		}
	}
	if g := pronouns[s.w(L)]; (g == 'm' || g == 'f') && L > lo && s.kind(L-1) == sentence.Word && !s.t.Tokens[L].Quoted {
		return L // "in a 2004 conversation with The Ledger he said": a pronoun is the whole subject
	}
	if s.w(L) == ")" {
		if o := s.openBracket(lo, L); o > lo && s.kind(o-1) == sentence.Word {
			return s.extendLeftN(lo, o-1, depth) // "Sandra Pike (Ward 3, Harwood Park)"
		}
		if L-3 >= lo && s.w(L-2) == "(" && isAllCapsWord(s.w(L-1)) && s.kind(L-3) == sentence.Word {
			// a body's letters: "The head of the World Health Organization
			// (WHO)"; the role may follow its holder's name ("Patrick
			// Dumoulin, leader of the Fédération ouvrière solidaire (FOS)")
			q := s.extendLeftN(lo, L-3, depth)
			if q-2 >= lo && s.w(q-1) == "," {
				if m, ok := s.ents.MentionAt(q - 2); ok && m.Hi == q-1 && s.ents.Entities[m.Entity].Type == entity.Person {
					return m.Lo
				}
			}
			return q
		}
	}
	k := L
	skipped := 0 // words of a document's participle phrase, not counted in the 10
	for k > lo && L-k < 10+skipped {
		p := k - 1
		tk := s.t.Tokens[p]
		if tk.Quoted {
			break
		}
		w := s.w(p)
		if tk.Kind == sentence.Word {
			if p > lo && isDigits(w) && s.w(p-1) == ":" && s.t.Tokens[p-1].End == tk.Start {
				break // a live blog's time stamp: "14:32 Foreign Secretary Amy Lund says"
			}
			if timeNouns[w] && k < L+1 && (isCapWord(s.w(k)) && !numeral(s.t.Lower(k)) || s.t.Lower(k) == "the") && p > lo && (determiners[s.t.Lower(p-1)] || s.t.Lower(p-1) == "first" || s.t.Lower(p-1) == "last") {
				break // "the first time Voss has said": a contact clause after a noun of time
			}
			if w == "not" && p > lo && s.reducedPassive(lo, p+1) {
				k = p // "Scientists not involved in the research said"
				continue
			}
			if npStop[s.lower(w)] && !s.nameWord(p) && !s.wordName(p) || w == "please" || len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' && !npAdjectives[w] && !s.reducedPassive(lo, p) && (p == lo || !relPron[s.w(p-1)] && !isAdverb(s.w(p-1)) && !determiners[s.t.Lower(p-1)]) {
				if p > lo && s.datedDocument(p) {
					skipped += L - p
					k = p // "an internal engineering memo dated Jan. 9, 2024, said": the document with its date
					continue
				}
				if c := s.documentIssued(lo, p); c >= 0 {
					skipped += p - c + 1
					k = c // "A statement from the Trust issued shortly after full-time said"
					continue
				}
				// "Blinken and Ghani": and between names
				if w == "and" && isCapWord(s.w(k)) && p > lo && isCapWord(s.w(p-1)) {
					k = p
					continue
				}
				if w == "and" && p > lo && s.lex.IsTitle(s.t.Lower(p-1)) && s.titleWord(k) {
					k = p // "chief executive and co-founder Mira Okonkwo"
					continue
				}
				if w == "and" && p-2 > lo && s.w(p-2) == "," && s.pluralHead(p-1) && s.pluralHead(L) && !s.pluralHead(p-3) {
					// "..., teachers and union officials told reporters":
					// two groups after the content's comma (not the end of
					// a list: "closed schools, parks and officials said")
					k = p - 1
					break
				}
				if w == "and" && p > lo && s.sourceHead(L) {
					if j := s.conjunctComma(lo, p); j >= 0 {
						// "..., local activists and aid workers said", "..., a
						// military source and local residents told the BBC"
						k = j + 1
						break
					}
				}
				if w == "with" && p > lo && (s.w(k) == "the" || isCapWord(s.w(k))) && s.personEndsAt(p) {
					k = p // "Jake Lindqvist with the Excelsior Fire District said": where the person works
					continue
				}
				if w == "to" && p > lo && (aidesTo[s.t.Lower(p-1)] || closeWords[s.w(p-1)] && p-1 > lo && s.kind(p-2) == sentence.Word) {
					k = p // "Aides to Mrs. Marsh said": the aides speak
					continue
				}
				break
			}
			k = p
			continue
		}
		if w == "." && p > lo && s.t.Tokens[p-1].End == tk.Start && s.kind(p-1) == sentence.Word {
			k = p // "Mr." "Gen."
			continue
		}
		if w == ")" && p-2 >= lo && s.w(p-2) == "(" && wireAgencies[s.w(p-1)] {
			break // a dateline's agency: "New Delhi, Jun 4 (PTI) India said"
		}
		if w == ")" {
			if o := s.openBracket(lo, p); o >= 0 {
				k = o // a bracket with a comma inside: "Sandra Pike (Ward 3, Harwood Park)"
				continue
			}
		}
		if w == "(" || w == ")" || w == "&" || w == ":" && p > lo+1 && s.w(p-2) == "(" {
			k = p // "(D-Wis.)", "(NASDAQ: NMRS)"
			continue
		}
		if w == "+" && p > lo && s.t.Tokens[p-1].End == tk.Start && s.kind(p-1) == sentence.Word {
			k = p // "OPEC+ sources"
			continue
		}
		if w == "/" && p > lo && s.t.Tokens[p-1].End == tk.Start && tk.End == s.t.Tokens[p+1].Start && isDigits(s.w(p-1)) && isDigits(s.w(p+1)) {
			k = p // "the report for the 2023/24 financial year"
			continue
		}
		if m, ok := s.ents.MentionAt(p - 1); ok && (w == "’" || w == "'") && p > lo && m.Hi > k {
			k = m.Lo // a plural possessive inside a name: "Kilbrannagh Patients’ Forum"; not "Fox News' Megyn Kelly"
			continue
		}
		if m, ok := s.ents.MentionAt(p - 1); ok && m.Hi == p && s.apostropheAfterS(p) && k == L && !isCapWord(s.w(k)) && bodyNouns[s.t.Lower(k)] {
			k = m.Lo // a named possessor in -s before the one who speaks for them: "Jamal Reyes' lawyer"
			continue
		}
		if (w == "’" || w == "'") && p > lo && s.kind(p-1) == sentence.Word && s.t.Tokens[p-1].End == tk.Start && strings.HasSuffix(s.w(p-1), "s") && !isCapWord(s.w(p-1)) && k < L+1 && !isCapWord(s.w(k)) {
			k = p // a plural possessive before the head: "a Dutch port workers' union"
			continue
		}
		break
	}
	// a participle of aim after the subject's noun: "Mediators trying to
	// broker a truce in the valley said"
	if k-3 >= lo && s.w(k-1) == "to" && aimParticiples[s.w(k-2)] && s.kind(k-3) == sentence.Word && !s.t.Tokens[k-3].Quoted && !npStop[s.t.Lower(k-3)] {
		return s.extendLeftN(lo, k-3, depth-1)
	}
	// a long apposition the word-by-word walk stopped inside: "Commissioner
	// Benedikt Marsh, the only board member to vote against the draft
	// budget in committee, said"
	if k > lo+1 && s.w(k-1) != "," {
		commas := 0
		for p := k - 1; p > lo && L-p < 30; p-- {
			if s.kind(p) == sentence.Word && !s.t.Tokens[p].Quoted {
				continue
			}
			if s.w(p) == "," && p+2 < L && isCapWord(s.w(p+1)) && len(s.w(p+1)) <= 5 && s.w(p+2) == "." {
				continue // a state after its town: "a nurse in Harlow Creek, N.C.,"
			}
			if s.w(p) == "," && (s.isDescriptionStart(p+1) || s.w(p+1) == "of" || s.kind(p+1) == sentence.Word && !isCapWord(s.w(p+1)) && s.titleApposition(p+1, L) || s.w(p+1) == "for" && s.personBefore(p) || isPossessive(s.w(p+1)) && s.titleWithin(p+2, L) || p+2 < L && s.w(p+2) == "by" && strings.HasSuffix(s.w(p+1), "ed") || namingParticiples[s.w(p+1)] || p+2 < L && s.hearsayApposition(p+1, L) || p+2 < L && s.w(p+2) == "of" && s.kind(p+1) == sentence.Word && (!isCapWord(s.w(p+1)) || partyMembers[s.w(p+1)])) {
				// also where someone works or lives: "Detective Sergeant
				// Helen Moss, of Castlebridge Police's collision unit, said",
				// a passive apposition: "Ashdown, bowled by Fairbrother
				// four runs short, said", hearsay about them: "Mr. Brink,
				// said to be furious, declined", a role without an article:
				// "Dilrukshi Fernando, head of research at X, said", and
				// two in a row: "Crestline
				// Partners, the developer behind the project, known as
				// Riverside Yards, has said"
				if m, ok := s.ents.MentionAt(s.hostEnd(lo, p-1)); ok && m.Kind == entity.Name && (s.ents.Entities[m.Entity].Type == entity.Person || (commas > 0 || determiners[s.t.Lower(p+1)]) && s.ents.Entities[m.Entity].Type == entity.Org) {
					if q := s.relativeBefore(lo, m.Lo); q >= 0 {
						return q // "Ms. Arnold, who helped found EDGE, an environmental justice group, said": the body is the clause's object
					}
					return m.Lo
				}
				if q := s.extendLeftN(lo, p-1, depth-1); q < p-1 && indefinites[s.w(q)] && s.w(p+1) != "of" {
					return q // "A spokesman for the company, reached by telephone, denied ..."
				}
				if namingParticiples[s.w(p+1)] && commas == 0 {
					commas++ // ", known as Riverside Yards,": the apposition before it may name the subject
					continue
				}
				if p+3 <= L && (crowdQuantifiers[s.lower(s.w(p+1))] || s.w(p+1) == "all" || s.w(p+1) == "half") && s.w(p+2) == "of" && (s.w(p+3) == "them" || s.w(p+3) == "whom") {
					// "Opponents, many of them teachers and students,
					// said": the apposition says who the subject's
					// members are; the subject is before it
					return s.extendLeftN(lo, p-1, depth-1)
				}
			}
			break
		}
	}
	// a participle aside after an unnamed source that opens the sentence:
	// "A former postdoc in her lab, now running a group of her own,
	// recalls"
	if k > lo+1 && L+1 < s.n && s.w(L+1) == "," && indefinites[s.w(lo)] {
		for p := k - 1; p > lo+1 && L-p < 20; p-- {
			if s.t.Tokens[p].Quoted || s.kind(p) != sentence.Word && s.w(p) != "," {
				break
			}
			if s.w(p) != "," {
				continue
			}
			if nw := s.w(p + 1); ingClause(nw) || (nw == "now" || nw == "then" || nw == "still") && p+2 <= L && ingClause(s.w(p+2)) {
				if !s.hasFinite(lo, p) && !s.hasWord(lo, p, ",") {
					return lo
				}
			}
			break
		}
	}
	// subject with a relative clause or apposition: "X, who ..., said" / "X, a lawyer, said"
	if k > lo+1 && s.w(k-1) == "that" && (pronouns[s.w(k)] != 0 && k == L || s.nameSpan(k, L+1)) {
		return k // "measures that they said would ...": the relative clause's own subject
	}
	if k-4 >= lo && (beForms[s.w(k-1)] || auxiliaries[s.w(k-1)]) && s.w(k-2) == "who" && s.w(k-3) == "," && !s.t.Tokens[k-1].Quoted {
		// "Blessing Akpan, who was queueing at a station in Ikeja, Lagos,
		// said": the walk stopped at the clause's verb
		if q := s.extendLeftN(lo, k-4, depth-1); q >= lo && q <= k-4 && s.kind(k-4) == sentence.Word {
			if m, ok := s.ents.MentionAt(k - 4); ok && m.Hi == k-3 && m.Lo >= lo && m.Lo < q {
				return m.Lo // the walk stopped inside the name
			}
			return q
		}
	}
	if k > lo+1 && (s.w(k-1) == "who" || s.w(k-1) == "that" && s.cueMap[s.w(k-2)] == 0 && !s.clauseSubjectAt(k)) && s.kind(k-2) == sentence.Word && !npStop[s.w(k-2)] {
		// "Residents who attended the meeting said" (but in "officials
		// worry that NATO maintain" "that" opens the verb's object)
		return s.extendLeftN(lo, k-2, depth-1)
	}
	if k > lo+1 && L+1 < s.n && s.w(L+1) == "," {
		// a relative clause with commas of its own after a person's name:
		// "Karen Whitlow, whose 81-year-old father, Dennis, was moved to a
		// side room after testing positive last week, said"
		for p := k - 1; p > lo+1 && L-p < 40 && !s.t.Tokens[p].Quoted; p-- {
			if (s.w(p) == "whose" || s.w(p) == "who") && s.w(p-1) == "," {
				if m, ok := s.ents.MentionAt(p - 2); ok && m.Hi == p-1 && m.Lo >= lo && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person {
					q := m.Lo
					if e := s.extendLeftN(lo, m.Lo, depth-1); e >= lo && e <= m.Lo {
						q = e // with a title before the name: "Mr. Obama, who ...", "Retired teacher Walt Brennan, who ..."
					}
					if s.titledOpening(m.Lo) || q > lo && s.w(q-1) == "," {
						// (the name opens the sentence, after its titles, or
						// follows a fronted phrase's comma: not "After Ann Lee,
						// who chairs the board, resigned, Tom Reyes ... said")
						return q
					}
				}
				break
			}
		}
	}
	if k > lo+1 && L+1 < s.n && s.w(L+1) == "," && s.w(k-1) != "who" {
		// "..., and who asked not to be named, said", "Kereama, who
		// finished with four for 71 and bowled unchanged for 14 overs
		// after lunch, said": the walk stopped inside a relative clause
		// set off by commas; go on from its "who"
		for p := k - 1; p > lo && k-p < 24 && !s.t.Tokens[p].Quoted && s.kind(p) == sentence.Word; p-- {
			if s.w(p) == "who" {
				if s.w(p-1) == "," || s.w(p-1) == "and" && p-2 > lo && s.w(p-2) == "," {
					k = p + 1
				}
				break
			}
		}
	}
	if k > lo && s.w(k-1) != "," {
		if rel := s.w(k - 1); rel == "who" {
			for p := k - 2; p > lo && k-p < 30; p-- {
				if s.w(p) == "," {
					// a first relative clause without commas before the
					// second: "A midwife who worked on the ward until 2022,
					// and who asked not to be named, said"
					for j := p - 1; j > lo+1 && p-j < 20 && s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted; j-- {
						if s.w(j) == "who" && s.w(p+1) == "and" && !npStop[s.t.Lower(j-1)] && s.kind(j-1) == sentence.Word {
							if q := s.extendLeftN(lo, j-1, depth-1); q >= lo && q <= j-1 {
								return q
							}
							break
						}
					}
					if q := s.extendLeftN(lo, p-1, depth-1); q >= 0 && s.kind(p-1) == sentence.Word {
						return q
					}
					break
				}
			}
		}
	}
	if k > lo+1 && s.w(k-1) == "," && (s.isDescriptionStart(k) || s.w(k) == "of" || agentParticiples[s.w(k)] || partyLabel(s.w(k)) || isPossessive(s.w(k)) && s.titleWithin(k+1, L) || L+1 < s.n && s.w(L+1) == "," && (s.titleApposition(k, L) || s.roleOfApposition(k, L))) {
		// apposition "Gen. David Petraeus, the former US commander, said",
		// after an age: "Linda Szymanski, 54, a school bus driver, said"
		if m, ok := s.ents.MentionAt(s.hostEnd(lo, k-2)); ok && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person && (!isPossessive(s.w(k)) || s.opensSentence(m.Lo)) {
			if q := s.extendLeftN(lo, m.Lo, depth-1); q >= 0 && q <= m.Lo {
				return q
			}
			return m.Lo
		}
	}
	if m, ok := s.ents.MentionAt(k); ok && k > lo+1 && s.w(k-1) == "," && m.Lo == k && m.Hi == L+1 && (s.ents.Entities[m.Entity].Type == entity.GPE || s.ents.Entities[m.Entity].Type == entity.Loc) {
		// a place that ends an apposition: "Sheila Dunmore, 58, a retired
		// schoolteacher from Kettering, Ohio, is voting for ..."
		if p, ok := s.mentionBeforeApposition(k-1, lo); ok {
			return p.Lo
		}
		// a town before its state, after the noun it places: "A depot
		// owner in Apapa, Lagos, who spoke on condition of anonymity,
		// said"
		j := k - 2
		for j > lo && k-j < 5 && isCapWord(s.w(j)) && !s.t.Tokens[j].Quoted {
			j--
		}
		if j < k-2 && j > lo && (s.w(j) == "in" || s.w(j) == "from") && s.kind(j-1) == sentence.Word && !npStop[s.t.Lower(j-1)] && !isCapWord(s.w(j-1)) {
			if q := s.extendLeftN(lo, j-1, depth-1); q >= lo && q < j-1 {
				return q
			}
		}
	}
	// an unnamed source described by what they know: "a person briefed on
	// the matter said", "two people familiar with the talks said"
	if j := k; j > lo+1 {
		if !sourcePreps[s.w(j)] && sourcePreps[s.w(j-1)] {
			j--
		}
		if sourcePreps[s.w(j)] && j-2 >= lo && sourcePostmods[s.w(j-1)] && unnamedNouns[s.t.Lower(j-2)] && (s.indefiniteBefore(lo, j-2) || s.bareSource(lo, j-2)) {
			if q := s.extendLeftN(lo, j-2, depth-1); q < j-2 {
				return q
			}
			// (out of depth after a relative clause: "A Western diplomat
			// familiar with the talks, who spoke on condition of
			// anonymity, said" still opens at its article)
			for p := j - 3; p >= lo && p >= j-5; p-- {
				if indefinites[s.w(p)] {
					return p
				}
			}
			return j - 2
		}
	}
	// an unnamed person by where they work: "A meteorologist with the
	// federal weather agency said", "an engineer at the plant said"
	if j := k - 2; j > lo && affiliationPreps[s.w(k-1)] && (unnamedNouns[s.t.Lower(j)] || !isCapWord(s.w(j)) && s.describedHead(s.w(j))) {
		for p := j - 1; p >= lo && p >= j-3 && s.kind(p) == sentence.Word; p-- {
			if indefinites[s.w(p)] {
				return p
			}
		}
	}
	// an unnamed person with a long relative clause and no commas: "a
	// doctor who asked not to be named for fear of reprisals said"
	for p := L - 1; p > lo && p >= L-16; p-- {
		if w := s.w(p); s.kind(p) != sentence.Word || s.t.Tokens[p].Quoted {
			break
		} else if w != "who" {
			continue
		}
		h := p - 1
		// (past where the person works: "a senior official at the Senate
		// who asked not to be named said")
		for q := p - 2; q > lo && q >= p-5 && s.kind(q) == sentence.Word; q-- {
			if affiliationPreps[s.w(q)] {
				h = q - 1
				break
			}
		}
		if n := s.t.Lower(h); unnamedNouns[n] || s.describedHead(n) {
			for q := h - 1; q >= lo && q >= h-3 && s.kind(q) == sentence.Word; q-- {
				if indefinites[s.w(q)] {
					return q
				}
			}
		}
		break
	}
	// a sentence adverb before the subject is not part of it: "Meanwhile
	// a TV insider said"
	if k+1 < L && sentenceAdverbs[s.w(k)] {
		return k + 1
	}
	return k
}

// clauseSubjectAt reports whether the words from k, after "that", open a
// noun phrase of their own ("testimony that gang members had threatened
// him", "told Al-Monitor that the Bahraini side insisted"): "that" opens
// a clause with its own subject, not a relative clause whose subject it
// is ("officials that attended the meeting said").
func (s *state) clauseSubjectAt(k int) bool {
	w := s.w(k)
	return determiners[s.t.Lower(k)] || indefinites[w] || isCapWord(w) || isDigits(w) || crowdQuantifiers[s.lower(w)] || pronouns[w] != 0
}

// titledOpening reports whether only capitalised words that open no
// phrase stand between the sentence's start and token q: "Defense
// Minister Avraham Tzuriel", not "After Ann Lee".
func (s *state) titledOpening(q int) bool {
	for k := s.t.Sentences[s.t.Tokens[q].Sent].Lo; k < q; k++ {
		if w := s.w(k); !isCapWord(w) && w != "." || prepositions[s.lower(w)] || subordinators[s.lower(w)] {
			return false
		}
	}
	return true
}

// relativeBefore returns where the subject starts when the words right
// before token k, back to a comma, are a relative clause ", who VERB ..."
// whose object k is: "Ms. Arnold, who helped found EDGE". It returns -1
// otherwise.
func (s *state) relativeBefore(lo, k int) int {
	for p := k - 1; p > lo && k-p <= 6 && s.kind(p) == sentence.Word && !s.t.Tokens[p].Quoted; p-- {
		if s.w(p) == "who" && s.w(p-1) == "," && p-1 > lo && s.kind(p-2) == sentence.Word {
			if q := s.extendLeftN(lo, p-2, 1); q >= lo && q <= p-2 {
				return q
			}
			return -1
		}
	}
	return -1
}

// roleOfApposition reports whether [k,L] is a role the lexicon does not
// list, or a role with a place before it, held in a named place:
// "Callum Drysdale, warden of the Kerrow Bird Observatory, said" (a
// lower-case noun, "of" or "at", then a name).
func (s *state) roleOfApposition(k, L int) bool {
	if k+3 <= L && isCapWord(s.w(k)) && s.lex.IsTitle(s.t.Lower(k+1)) && s.w(k+2) == "of" {
		return true // a place before the role: "Lorna McPhee, Scotland secretary of the Scottish Midwives’ Association,"
	}
	if k+2 > L || s.kind(k) != sentence.Word || isCapWord(s.w(k)) || pronouns[s.w(k)] != 0 || s.w(k+1) != "of" && s.w(k+1) != "at" {
		return false
	}
	j := k + 2
	if s.w(j) == "the" && j < L {
		j++
	}
	return isCapWord(s.w(j))
}

// partyLabel reports whether w opens a legislator's party and district as
// American papers set them off with commas: "Rachel Dunleavy,
// D-Fenwick Hills, said", "R-Texas".
func partyLabel(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// openBracket returns the opening bracket of the closing one at p when
// the two are near and hold a comma, which would stop the walk to the
// subject ("Sandra Pike (Ward 3, Harwood Park)"), or -1.
func (s *state) openBracket(lo, p int) int {
	comma := false
	for o := p - 1; o >= lo && p-o < 8; o-- {
		switch {
		case s.t.Tokens[o].Quoted || s.w(o) == ")":
			return -1
		case s.w(o) == ",":
			comma = true
		case s.w(o) == "(":
			if comma {
				return o
			}
			return -1
		}
	}
	return -1
}

// hostEnd returns the last token of the name an apposition ending at the
// comma after at describes: at itself, or the token before an age
// ("Linda Szymanski, 54,") or a bracketed ward or party ("Sandra Pike
// (Ward 3, Harwood Park),").
func (s *state) hostEnd(lo, at int) int {
	if at-2 >= lo && isAge(s.w(at)) && s.w(at-1) == "," {
		at -= 2
	}
	for p := at; p > lo && at-p < 6; p-- {
		if s.w(p) == "," {
			if partyLabel(s.w(p + 1)) {
				at = p - 1 // "Rep. Yvonne Castellanos, D-N.M., the House minority whip,"
			}
			break
		}
	}
	if at > lo && s.w(at) == ")" {
		if o := s.openBracket(lo, at); o > lo {
			return o - 1
		}
	}
	return at
}

// sentenceAdverbs open a sentence before its subject.
var sentenceAdverbs = set(`Meanwhile However Separately Still Instead Elsewhere Earlier Later Nonetheless Nevertheless`)

// namingParticiples open an apposition that names or places its noun:
// ", known as Riverside Yards,", ", based in Leeds,".
var namingParticiples = set(`known called named based headquartered founded owned`)

// descriptionBefore returns where a short description of the person
// named after the comma at k starts, when the words before that comma
// are one, set off by another comma: ", his daughter," or ", its
// owner,". Otherwise it returns k.
func (s *state) descriptionBefore(lo, k int) int {
	for j := k - 1; j > lo && j >= k-4; j-- {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			if s.w(j) == "," && j+2 <= k-1 && (possessivePronouns[s.w(j+1)] || determiners[s.t.Lower(j+1)]) && (entity.IsRelative(s.t.Lower(k-1)) || s.lex.IsTitle(s.t.Lower(k-1)) || unnamedNouns[s.t.Lower(k-1)]) {
				return j + 1
			}
			return k
		}
	}
	return k
}

// headEnd returns the first comma after token lo in [lo,hi), where an
// apposition or relative clause follows the head of a mention ("A
// spokesman for the company, reached by telephone,"), or hi.
func (s *state) headEnd(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if s.w(k) == "," {
			return k
		}
	}
	return hi
}

// personAt reports whether a name of a single person starts at token k
// (not a group's plural such as "MPs").
func (s *state) personAt(k int) bool {
	m, ok := s.ents.MentionAt(k)
	return ok && m.Lo == k && s.ents.Entities[m.Entity].Type == entity.Person && !strings.HasSuffix(s.w(m.Hi-1), "s")
}

// personEndsAt reports whether a person's name ends right before token k.
func (s *state) personEndsAt(k int) bool {
	m, ok := s.ents.MentionAt(k - 1)
	return ok && m.Hi == k && s.ents.Entities[m.Entity].Type == entity.Person
}

// affiliationPreps tie an unnamed person to where they work.
var affiliationPreps = set(`with at from`)

// afterSource are the other words that may follow the noun of an unnamed
// source's description.
var afterSource = set(`from at for who that in`)

// sourceTail extends an inverted speaker [R,nHi) that is an unnamed
// source over what describes it, to the next comma or the sentence end:
// "said one person with knowledge of the governor's dilemma", "said a
// person familiar with the talks".
func (s *state) sourceTail(R, nHi, hiEff int) int {
	if nHi+1 < hiEff && s.w(nHi) == "," && (determiners[s.t.Lower(R)] || s.t.Lower(R) == "one" || possessivePronouns[s.t.Lower(R)]) {
		// a description, then the name in apposition closing the
		// sentence or before an age or place: "said the witness, Tina
		// Ward.", "said one fan, Liam Doyle, 22, from Salford."
		if m, ok := s.ents.MentionAt(nHi + 1); ok && m.Lo == nHi+1 && (m.Hi == hiEff || s.w(m.Hi) == ",") && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Hi
		}
	}
	head := nHi - 1
	if head > R && sourcePostmods[s.w(head)] {
		head-- // "a person familiar" + "with the talks"
	}
	if nHi >= hiEff || !unnamedNouns[s.t.Lower(head)] || !(s.w(nHi) == "with" || sourcePostmods[s.w(nHi)] || s.w(nHi) == "to" && s.w(nHi-1) == "close") {
		return nHi // ("a person close" + "to the union's negotiating committee")
	}
	k := nHi + 1
	for k < hiEff && k < nHi+12 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && !auxWord(s.w(k)) && !pastVerb(s.w(k)) {
		k++
	}
	if k < hiEff && s.w(k) != "," {
		return nHi
	}
	return k
}

// clauseInside reports whether the words [R,hi) after a cue hold a
// finite verb of their own, so they are a clause and not an inverted
// speaker: "Petra Lindqvist, an analyst, said the warning raised
// questions" (not "said the embattled leader").
func (s *state) clauseInside(R, hi int) bool {
	for j := R + 1; j < hi; j++ {
		w := s.w(j)
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || npAdjectives[w] || determiners[s.t.Lower(j-1)] {
			continue
		}
		if sourcePostmods[w] && unnamedNouns[s.t.Lower(j-1)] {
			continue // "a source involved in the talks": what the source knows, not a verb
		}
		if auxWord(w) || pastVerb(w) || strings.HasSuffix(w, "s") && s.cueMap[w]&cueVerb != 0 && s.cueMap[w]&cueWeak == 0 {
			return true // (also "said Hadley's team believes Brannock ...": a clause, not a speaker)
		}
	}
	return false
}

// sourcePostmods and sourcePreps describe an unnamed source by what they
// know: "briefed on", "familiar with", "close to". sourceParticiples are
// the postmodifiers that are also cues ("briefed" reporters), not cues
// after the source's noun.
var (
	sourcePostmods    = set(`briefed familiar close knowledgeable informed involved aware privy acquainted`)
	sourceParticiples = set(`briefed informed involved`)
	sourcePreps       = set(`on with about to of in`)
)

// titleWord reports whether token k is a title, or a hyphenated one
// ("co-founder").
func (s *state) titleWord(k int) bool {
	w := s.t.Lower(k)
	if s.lex.IsTitle(w) {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	return i > 0 && s.lex.IsTitle(w[i+1:])
}

// isAge reports whether w is a person's age in years, as news gives it
// between commas after a name.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func (s *state) isDescriptionStart(k int) bool {
	switch s.w(k) {
	case "the", "a", "an", "The", "A", "An":
		return true
	case "his", "her", "their":
		// "Martin Vance, her husband of 31 years, said"
		if k+1 >= s.n {
			return false
		}
		w := s.t.Lower(k + 1)
		return entity.IsRelative(w) || s.lex.IsTitle(w) || describedNouns[w]
	}
	return false
}

// titleApposition reports whether [k,L] is an apposition led by a title
// that names no person itself: "Bogdan Ilić, general secretary of the
// union, said", "Carlos Ibarra-Fuentes, Vice President of Operations at
// Halden, noted" (but not "..., Chief Justice Roberts said").
func (s *state) titleApposition(k, L int) bool {
	t := k
	for t+1 < L && t < k+2 && s.kind(t) == sentence.Word && !isCapWord(s.w(t)) && !s.lex.IsTitle(s.t.Lower(t)) {
		t++ // lower-case modifiers before the title: "regional medical director for ..."
	}
	if t > k && !(s.lex.IsTitle(s.t.Lower(t)) && (s.w(t+1) == "for" || s.w(t+1) == "of" || s.w(t+1) == "at")) {
		t = k // (only a role with its body or place)
	}
	if !s.lex.IsTitle(s.t.Lower(t)) && !(t+1 < s.n && s.lex.IsTitle(s.lower(s.w(t)+" "+s.w(t+1)))) && !(s.t.Lower(t) == "head" && t+1 < s.n && s.w(t+1) == "of") {
		return false
	}
	for j := k; j <= L; j++ {
		if m, ok := s.ents.MentionAt(j); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return false
		}
	}
	return true
}

// bodyRole reports whether the words [k,L) are a body's role for the name
// before them: "Qatar's chief negotiator", "Renewal's campaign director".
func (s *state) bodyRole(k, L int) bool {
	if k+1 >= L || !isCapWord(s.w(k)) || !isPossessive(s.w(k)) {
		return false
	}
	if L-k > 4 {
		return false
	}
	for j := k + 1; j < L; j++ {
		if s.kind(j) != sentence.Word || isCapWord(s.w(j)) {
			return false
		}
	}
	return s.lex.IsTitle(s.t.Lower(L - 1))
}

// extendRight returns the end of the speaker noun phrase starting at R
// after an inverted cue ("said the State Department spokesman Ned Price").
func (s *state) extendRight(R, hi int) int {
	k := R
	dots := 0 // abbreviations' full stops do not count toward the ten words: "the Rev. Alicia Munroe of the ..."
	for k < hi && k-R < 10+dots {
		tk := s.t.Tokens[k]
		w := s.w(k)
		if tk.Kind == sentence.Word {
			if npStop[w] && !(w == "and" && k > R && (isCapWord(s.w(k-1)) && k+1 < hi && isCapWord(s.w(k+1)) || s.personAhead(k+1, min(hi, k+5)) && !s.hasWordIn(k+1, min(hi, k+5), func(w string) bool { return w == "of" || w == "for" || w == "to" || w == "with" }))) {
				// (also two roles of one speaker: "said lobbyist and GOP strategist Charlie Black")
				break
			}
			k++
			continue
		}
		if w == "." && k > R && s.t.Tokens[k-1].End == tk.Start && k+1 < hi {
			k++
			dots++
			continue
		}
		if w == "-" || w == "/" && k > R && k+1 < hi && s.kind(k+1) == sentence.Word {
			k++
			continue
		}
		if w == "&" && k > R && k+1 < hi && isCapWord(s.w(k+1)) {
			k++ // "said Johnson & Johnson"
			continue
		}
		break
	}
	for k < hi && k > R && k-R < 24 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted {
		// a name the limit cut: "... of the Larkspur Safe Streets
		// Coalition", "... of the U.S. Army Corps of Engineers", "... of the
		// Johns Hopkins Bloomberg School of Public Health"
		switch w := s.w(k); {
		case isCapWord(w) && (isCapWord(s.w(k-1)) || s.w(k-1) == "of" || s.w(k-1) == "."):
			k++
		case w == "of" && isCapWord(s.w(k-1)) && k+1 < hi && isCapWord(s.w(k+1)):
			k++
		case w == "." && s.t.Tokens[k-1].End == s.t.Tokens[k].Start && isCapWord(s.w(k-1)) && k+1 < hi && isCapWord(s.w(k+1)):
			k++
		default:
			return k
		}
	}
	return k
}

// invertedStart reports whether a speaker after an inverted cue can start
// at R: a capitalised word, a determiner, a title or a number ("9/11 widow").
func (s *state) invertedStart(R int) bool {
	w := s.w(R)
	if isCapWord(w) || determiners[w] || s.lex.IsTitle(s.lower(w)) {
		return true
	}
	if s.peoplePlural(R) {
		// a bare plural with nothing or a modifier after it: "..., said
		// officials familiar with the talks" (not "said parents still
		// want ...", the content's subject)
		if R+1 >= s.n || s.kind(R+1) != sentence.Word || s.t.Tokens[R+1].Sent != s.t.Tokens[R].Sent {
			return true // (the sentence may end without a stop: a headline's "..., say researchers")
		}
		v := s.w(R + 1)
		return sourceParticiples[v] || sourcePreps[v] || v == "familiar" || v == "close" || v == "who" || v == "from" || v == "at"
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && s.lex.IsTitle(s.lower(w[i+1:])) {
		return true // "said co-author Anselm Ford"
	}
	// modifiers before a title and a name: "said lead author Dr. Ford",
	// "said former coach Lonnie Bishop"
	// (not after a preposition: "said of Mrs. Clinton's plan")
	if !badStart[w] && !prepositions[w] && !particles[w] {
		for k := R + 1; k < s.n && k <= R+2 && s.kind(k) == sentence.Word; k++ {
			if s.lex.IsTitle(s.t.Lower(k)) {
				if k+2 < s.n && s.w(k+1) == "." && s.t.Tokens[k].End == s.t.Tokens[k+1].Start {
					k++ // "said former Wisconsin Gov. Jim Doyle"
				}
				return k+1 < s.n && isCapWord(s.w(k+1))
			}
		}
	}
	// a description before a person's name: "said retired neurosurgeon
	// Ben Carson", "said longtime resident Jane Smith"
	for k := R; k < s.n && k <= R+3 && s.kind(k) == sentence.Word; k++ {
		v := s.w(k)
		if isCapWord(v) {
			// (also a place and a title before the name: "said former
			// Wisconsin Gov. Jim Doyle")
			for j := k; k > R && j < s.n && j <= k+6; j++ { // (also "said retired Air Force officer Col. Ramesh Iyer")
				if m, ok := s.ents.MentionAt(j); ok && m.Lo >= k && s.ents.Entities[m.Entity].Type == entity.Person {
					return true
				}
				if s.kind(j) != sentence.Word && s.w(j) != "." {
					break
				}
			}
			return false
		}
		if v == "and" && k > R {
			continue // "said lobbyist and GOP strategist Charlie Black"
		}
		if v[0] < 'a' || v[0] > 'z' || badStart[v] || prepositions[v] || clauseStart[v] || modals[v] || beForms[v] || strings.HasSuffix(v, "ly") {
			break
		}
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	// a number with a verb of its own opens the content: "says 900 died"
	if R+1 < s.n && s.kind(R+1) == sentence.Word {
		v := s.w(R + 1)
		return !pastVerb(v) && !strings.HasSuffix(v, "ed") && !coordAux[v] && s.cueMap[v]&cueVerb == 0
	}
	return true
}

// npEnds reports whether an inverted speaker phrase ending at k closes the
// attribution: sentence end, a comma, a bracket, a quotation, or a dash
// before one ("said coach Dana Reyes — “and still lost.”").
func (s *state) npEnds(k, hiEff int) bool {
	if k >= hiEff {
		return true
	}
	w := s.w(k)
	// an opening quotation mark right after the phrase ends it only when
	// the phrase is a name: ‘said North Korea's latest "provocation ..."’
	// is the start of a content, not an inverted speaker
	return w == "," || w == "(" || w == ";" || (w == "—" || w == "–" || w == "--") && k+1 < hiEff && s.kind(k+1) == sentence.OpenQuote ||
		s.kind(k) == sentence.OpenQuote && k > 0 && !isPossessive(s.w(k-1)) && s.kind(k-1) == sentence.Word && isCapWord(s.w(k-1))
}

func isAllCapsWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

func isCapWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) // "said Éric Zemmour", "Łukasz Nowak"
}

// aidesTo are the people who serve someone named after "to": "aides to
// the governor", "an adviser to the minister".
var aidesTo = set(`aide aides adviser advisers advisor advisors counsellor counselor`)

// isDigits reports whether w is a number written in digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// conjunctComma returns the comma that opens a first conjunct of sources
// ending before the "and" at p: "[,] local activists and", "[,] a
// military source and", "[,] a local resistance group and"; or -1. Only
// modifiers come between the comma and the source noun.
func (s *state) conjunctComma(lo, p int) int {
	if !s.sourceHead(p - 1) {
		return -1
	}
	for j := p - 2; j >= lo && j >= p-5; j-- {
		w := s.w(j)
		if w == "," && !s.t.Tokens[j].Quoted {
			return j
		}
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || !isLowerWord(w) && !indefinites[w] || npStop[w] || s.cueMap[w] != 0 {
			return -1
		}
	}
	return -1
}

// sourceHead reports whether the word at k is a noun for people or a
// group that speaks: "activists", "a military source", "a resistance group".
func (s *state) sourceHead(k int) bool {
	w := s.t.Lower(k)
	return s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && (crowdNouns[w] || unnamedNouns[w] || w == "group" || w == "groups")
}
