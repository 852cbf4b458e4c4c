package quote

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// resolve finds the entity each speaker mention refers to.
func (s *state) resolve(out []raw) {
	s.last, s.lastOrg = -1, -1
	prevLo, prevHi := -1, -1
	// mentionEnds keeps the end of each mention whose name is read from a
	// shorter span ("A PTC survey of 4,000 commuters conducted in June"
	// is named without how it was conducted, but that is its mention)
	var mentionEnds map[int]int
	for i := range out {
		if i > 0 {
			s.noteDocument(out[i-1])
		}
		r := &out[i]
		if r.inherit {
			// a continuation points at the mention of the quotation it
			// continues: PolNeAR links it to the same source
			r.entity = s.last
			r.sLo, r.sHi = prevLo, prevHi
			if i > 0 && out[i-1].described != "" {
				r.entity, r.described = -1, out[i-1].described
			}
			continue
		}
		if r.sLo >= 0 {
			r.sLo, r.sHi = s.trimSpeaker(r.sLo, r.sHi)
		}
		prevLo, prevHi = r.sLo, r.sHi
		if r.sLo >= 0 && s.passiveCue(r) && s.cueMap[s.t.Lower(r.cueLo)]&cueTell != 0 && s.w(r.cueLo) != "asked" {
			// "..., Norwich Crown Court was told.", "Ten Hag was informed
			// of the decision": the subject heard it, no one is named
			// who said it; inside another's words it is theirs to vouch
			// for ("Whitfield said he had been told his role was cut")
			r.entity, r.described = -1, ""
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				if o := out[j]; o.cLo <= r.cueLo && r.cueLo < o.cHi && o.sLo >= 0 {
					r.entity, r.described = o.entity, o.described
					break
				}
			}
			continue
		}
		if r.sLo < 0 {
			continue
		}
		s.curPara = s.t.Tokens[r.sLo].Para
		if k := s.findingParticiple(r.sLo, r.sHi); k > 0 {
			if mentionEnds == nil {
				mentionEnds = map[int]int{}
			}
			mentionEnds[i], r.sHi = r.sHi, k
		}
		if id, name := s.selfNamed(r.sLo, r.sHi); id >= 0 || name != "" {
			r.entity, r.described = id, name // "A trader who gave her name only as Mama Aisha"
			continue
		}
		if id, d, ok := s.issuerBack(out[:i], *r); ok {
			// "In a statement, Jordan Mercer's family said ... . “...,”
			// the statement said.": the statement is its issuer's
			r.entity, r.described = id, d
			continue
		}
		hi := s.beforeRelative(r.sLo, r.sHi)
		sh := hi
		if e := s.headEnd(r.sLo, hi); e < hi && !s.personWithin(e, hi) {
			sh = e // before an aside: "A Pentagon spokesman, reached Friday,"; not "its spokesman, Joseph Mwenda,"
		}
		if id := s.spokespersonOf(r.sLo, sh); id >= 0 {
			r.entity = id // "A Meridian Pacific spokesperson said", "a company spokesman said": the body speaks
			if indefinites[s.w(r.sLo)] {
				s.rememberSpokesperson(s.t.Lower(hi-1), r.entity) // and so does "the spokesman" later
			}
			continue
		}
		if d := s.kinOf(r.sLo, sh); d != "" {
			r.entity, r.described = -1, d // "The family of Jamie Reid said": his family, not Jamie Reid
			continue
		}
		if id := s.bareSpokesperson(r.sLo, sh); id >= 0 {
			r.entity = id // "Ryanair cancelled 40 flights. A spokesman said ...": the body just named speaks
			s.rememberSpokesperson(s.t.Lower(sh-1), r.entity)
			continue
		}
		if d := s.unknownBodyRole(r.sLo, sh); d != "" {
			r.entity, r.described = -1, d  // "An Uber spokesperson said": the body speaks, though unknown to the recogniser
			s.remember(s.t.Lower(sh-1), d) // and "the spokesperson" later
			continue
		}
		if d := s.unnamedSource(r.sLo, hi); d != "" {
			r.entity, r.described = -1, d
			continue
		}
		if r.sHi-r.sLo == 3 && partitiveHeads[s.t.Lower(r.sLo)] && s.w(r.sLo+1) == "of" && s.w(r.sLo+2) == "them" && s.pluralSource(s.lastSource) && s.t.Tokens[r.sLo].Para-s.lastSourcePara <= 1 {
			// "“...,” one of them said" after "two people familiar with the
			// talks said": one of the group just quoted, or as the
			// apposition describes them ("said one of them, a nurse with an
			// international charity")
			r.entity, r.described = -1, s.t.Lower(r.sLo)+" of "+s.lastSource
			if a := r.sHi; a+2 < s.n && s.w(a) == "," && indefinites[s.w(a+1)] {
				e := a + 2
				for e < s.n && e < a+12 && s.kind(e) == sentence.Word && !s.t.Tokens[e].Quoted {
					e++
				}
				r.described = s.described(a+1, e)
			}
			continue
		}
		if d, ok := s.documentBack(r.sLo, r.sHi); ok {
			r.entity, r.described = d.entity, d.described // "The report said": the report named before
			continue
		}
		if s.campaignOf(r.sLo, hi) {
			r.entity, r.described = -1, s.described(r.sLo, hi) // "the Voss campaign": her campaign's words, not hers
			continue
		}
		if d := s.accessedDocument(r.sLo, r.sHi); d != "" {
			r.entity, r.described = -1, d // "records reviewed by the Courier": not the Courier's words
			continue
		}
		if i > 0 && r.sHi == r.sLo+1 && (pronouns[s.w(r.sLo)] == 'm' || pronouns[s.w(r.sLo)] == 'f') && s.describedSpokeBefore(out[i-1], r.sLo) {
			// "A former compliance officer ... said ... . “...,” she said.":
			// the unnamed source who spoke last, with no one named since
			r.entity, r.described = -1, out[i-1].described
			continue
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'p' && out[i-1].sLo >= 0 && s.peopleMention(out[i-1].sLo, out[i-1].sHi) && s.nearAfter(out[i-1].sLo, r.sLo) &&
			!s.personBetween(out[i-1].sHi, r.sLo, func(e *entity.Entity) bool { return !s.onlyQuoted(e, out[i-1].sHi, r.sLo) }) {
			// "Mia's parents, Claire and Steven Thornton, said they had
			// been failed by NHS England. “...,” they said.": the people
			// who spoke last, not the body named in their words
			r.entity, r.described = out[i-1].entity, out[i-1].described
			continue
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'p' && out[i-1].sLo >= 0 && out[i-1].entity < 0 && out[i-1].described != "" && s.nearAfter(out[i-1].sLo, r.sLo) &&
			!s.personBetween(out[i-1].sHi, r.sLo, func(*entity.Entity) bool { return true }) {
			// "Residents who spoke to The Island Times said ... . They
			// said ...": the unnamed sources who spoke last
			r.entity, r.described = -1, out[i-1].described
			continue
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' && out[i-1].sLo >= 0 && out[i-1].entity < 0 && s.documentSpoke(out[i-1]) && s.nearAfter(out[i-1].sLo, r.sLo) {
			// "The white paper said ... . It said ...": the document that
			// spoke last, not the country or body it names
			r.entity, r.described = -1, out[i-1].described
			if r.described == "" {
				r.described = s.described(out[i-1].sLo, out[i-1].sHi) // as the mention will be named
			}
			continue
		}
		if r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' && s.t.Lower(r.cLo) != "it" && s.t.Lower(r.cLo) != "its" {
			// (not "It said it would appeal": a body speaking of itself)
			if d := s.documentSubjectBefore(r.sLo); d != "" {
				// "The memo itself leaves that question open. It
				// instructs officers to ...": the document the sentence
				// before was about, not a country it named
				r.entity, r.described = -1, d
				continue
			}
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' && s.unnamedBodyBefore(out[i-1], r.sLo) {
			// "The finance ministry said ... . The measures were an
			// “emergency” step, it said.": the body that spoke last, not
			// the city or the agency of the dateline
			r.entity, r.described = -1, s.described(out[i-1].sLo, s.headEnd(out[i-1].sLo, out[i-1].sHi))
			continue
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' {
			if d := s.possessedBodyBefore(out[i-1], r.sLo); d != "" {
				// "Pakistan's foreign ministry welcomed the talks. In a
				// statement, it said ...": the body that spoke last, not
				// the country that has it
				r.entity, r.described = -1, d
				continue
			}
		}
		r.entity = s.speakerEntity(r)
		if r.entity < 0 && r.described == "" {
			// "Russia's defence ministry said ... . The ministry said":
			// a country's body the recogniser has no name for is what
			// "the ministry" means next
			h := s.headEnd(r.sLo, r.sHi)
			if d := s.possessedSpeaker(r.sLo, h); d != "" && possessedBody(d) && s.bodyPossessor(r.sLo, h) {
				s.remember(s.t.Lower(h-1), d)
			}
		}
		if id, ok := s.memberSpeaker(r.sLo, r.sHi); ok && id >= 0 && (r.entity < 0 || s.ents.Entities[r.entity].Type != entity.Person || s.ents.Entities[r.entity].Mentions[0].Lo >= r.sLo) || ok && id >= 0 && s.mentionWithin(r.entity, r.sLo, r.sHi) {
			// "The Dublin Central TD", "The Member for Melbourne": the
			// member who just spoke, never the seat or the party in the
			// words nor someone the story names only later
			r.entity = id
		}
		if d := s.unknownApposed(r.sLo, r.sHi); d != "" {
			// "The head of the World Health Organization (WHO), Tedros
			// Adhanom Ghebreyesus, said": the name the recogniser does not
			// know, not the body in the role
			r.entity, r.described = -1, d
		}
		if g := pronouns[s.w(r.sLo)]; i > 0 && r.sHi == r.sLo+1 && (g == 'm' || g == 'f') && s.spokespersonBefore(out[i-1], r.sLo, g) {
			// "A spokeswoman for Mayor Gideon Farrow said ... . The mayor
			// would meet union leaders, she said.": still the spokeswoman
			r.entity = out[i-1].entity
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' && s.orgSpokeBefore(out[i-1], r.sLo) {
			// "The company said ... . It said ...": the body that spoke
			// last, not the company last named
			r.entity = out[i-1].entity
		} else if i > 1 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' && s.pluralDescribed(out[i-1]) && s.orgSpokeBefore(out[i-2], r.sLo) {
			// "The report does not allege ..., and its authors acknowledge
			// ... . But it argues ...": "it" is not the people between
			r.entity = out[i-2].entity
		}
		if (r.entity < 0 || s.crowdFirst(r.sLo, r.sHi)) && !s.passiveCue(r) {
			if d, head := s.crowd(r.sLo, s.beforeAside(r.sLo, r.sHi)); d != "" {
				s.noteSource(d, head)
				r.entity, r.described = -1, d // "Analysts said", "Some critics argue", "Diplomats in Port Sabel said"
				continue
			}
		}
		if (r.sHi-r.sLo == 1 || r.sHi-r.sLo == 2 && s.t.Lower(r.sLo) == "the") && s.t.Lower(r.sHi-1) == "police" && (r.entity < 0 || strings.EqualFold(s.ents.Entities[r.entity].Name, "police")) {
			if id := s.namedPolice(); id >= 0 {
				r.entity = id // "police said": the force the story names
			}
		}
		if r.entity < 0 && r.described == "" && s.shareSubject(r.sLo, r.sHi) && s.namedShare(r.sLo, r.sHi) {
			// "Sixty-one percent of adults say ...", "Just 29 percent of
			// voters say": the share speaks as the text gives it
			lo := r.sLo
			if w := s.t.Lower(lo); (w == "just" || w == "only") && lo+1 < r.sHi {
				lo++
			}
			hi := s.beforeRelative(lo, r.sHi)
			for k := lo + 1; k < hi; k++ {
				if s.w(k) == "," {
					hi = k // "About 40 percent of respondents, most of them Democrats,"
					break
				}
			}
			r.described = s.described(lo, hi)
			continue
		}
		if r.entity < 0 && i > 0 && s.issuedBefore(out[i-1], *r) {
			// "The federation said in a statement ... . “...,” the
			// statement said.": the statement is the body's
			r.entity, r.described = out[i-1].entity, out[i-1].described
		}
		if r.entity < 0 && r.described == "" {
			r.entity, r.described = s.documentSource(r.sLo, s.beforeParticiple(r.sLo, s.beforeRelative(r.sLo, r.sHi)))
		}
		if r.entity < 0 && r.described == "" && r.sHi-r.sLo >= 4 && indefinites[s.w(r.sLo)] && speakerRoles[s.t.Lower(r.sLo+1)] && s.w(r.sLo+2) == "for" {
			// "a spokeswoman for the French club" when the club is not
			// named: the description is better than no speaker (without
			// an apposition: ", reached by telephone,")
			r.described = s.described(r.sLo, s.headEnd(r.sLo, s.beforeRelative(r.sLo, r.sHi)))
		}
		if r.entity < 0 && r.described == "" && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") {
			// "The regional police office said", "the board of canvassers":
			// a body the story never names keeps its description
			if hEnd := s.headEnd(r.sLo, s.beforeRelative(r.sLo, r.sHi)); hEnd-r.sLo >= 3 && hEnd-r.sLo <= 5 && s.bodyHead(r.sLo+1, hEnd) {
				r.described = s.described(r.sLo, hEnd)
			} else if hEnd-r.sLo == 2 && courtParties[s.t.Lower(r.sLo+1)] {
				// "According to the prosecution": its lawyer when the story
				// names one prosecutor, else its office, else the side
				r.described = s.described(r.sLo, hEnd)
				if s.t.Lower(r.sLo+1) == "prosecution" {
					if id := s.prosecutor(); id >= 0 {
						r.entity, r.described = id, ""
					}
				}
			} else if hEnd-r.sLo >= 2 && hEnd-r.sLo <= 4 && docNouns[s.t.Lower(hEnd-1)] && !s.hasCapital(r.sLo+1, hEnd) {
				// "the recall notice said": a document the story names no
				// other way keeps its description
				r.described = s.described(r.sLo, hEnd)
			} else if s.plainGroup(r.sLo, hEnd) {
				// "the army said", "the Libyan coast guard rejected": a
				// group the story names no other way keeps its description
				r.described = s.described(r.sLo, hEnd)
			}
		}
		if r.entity >= 0 && r.sHi-r.sLo >= 3 && indefinites[s.w(r.sLo)] && speakerRoles[s.t.Lower(r.sLo+1)] && s.w(r.sLo+2) == "for" {
			s.rememberSpokesperson(s.t.Lower(r.sLo+1), r.entity) // "A spokesperson for the IHO", for "the spokesperson" later
		}
		if r.entity >= 0 && s.ents.Entities[r.entity].Type == entity.Person {
			s.last, s.lastLo, s.lastHi = r.entity, r.sLo, r.sHi
			s.lastCLo, s.lastCHi = r.cLo, r.cHi
		}
		if r.entity >= 0 && s.ents.Entities[r.entity].Type == entity.Org {
			s.lastOrg, s.lastOrgLo = r.entity, r.sLo
		}
	}
	for i, hi := range mentionEnds {
		out[i].sHi = hi
	}
	for i := range out {
		if id := s.selfNamedAlternative(out, i); id >= 0 {
			out[i].entity = id
		}
	}
	s.pollMakers(out)
}

// pollMakers gives a poll's finding to the pollster that made it, as a
// reader credits it ("A new Civic Pulse poll found ..." is Civic Pulse's;
// "a survey conducted by Canyon State Research and obtained by Breitbart
// News" is Canyon State Research's), also when the recogniser does not know
// the pollster's name; and "the poll" or "the survey" later to the
// pollster named last.
func (s *state) pollMakers(out []raw) {
	lastID, lastName, lastDesc := -1, "", ""
	for i := range out {
		r := &out[i]
		if r.sLo < 0 || r.inherit {
			continue
		}
		h := s.pollHead(r.sLo, r.sHi)
		if h < 0 || r.entity >= 0 && s.ents.Entities[r.entity].Type == entity.Person {
			continue // (a person the mention names speaks for themself: "The director of the poll, Ann Ruiz")
		}
		id, name := s.pollMaker(r.sLo, h, r.sHi)
		definite := (s.t.Lower(r.sLo) == "the" || s.t.Lower(r.sLo) == "that") && !strings.HasSuffix(s.t.Lower(h), "s")
		switch {
		case id >= 0 || name != "":
			if id < 0 && lastName != "" && strings.HasPrefix(lastName, name+" ") {
				name = lastName // "the Canyon State survey" after "Canyon State Research"
			}
			lastID, lastName, lastDesc = id, name, ""
		case indefinites[s.t.Lower(r.sLo)] || s.t.Lower(r.sLo) == "another":
			// a new poll no one is named for: "the poll" after it is that one
			lastID, lastName, lastDesc = -1, "", s.described(r.sLo, h+1)
			continue
		case !definite:
			continue
		case lastID >= 0 || lastName != "":
			id, name = lastID, lastName // "the poll", "The survey of 2,104 adults"
		case lastDesc != "":
			id, name = -1, lastDesc
		default:
			continue
		}
		r.entity, r.described = id, name
	}
}

// pollHead returns the common noun "poll" or "survey" that heads the
// mention [lo,hi) within its first words, or -1.
func (s *state) pollHead(lo, hi int) int {
	for k := lo; k < hi && k <= lo+6; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return -1
		}
		if w := s.w(k); pollNouns[w] && w != "polling" {
			if k > lo && s.w(k-1) == "of" || k+1 < hi && s.kind(k+1) == sentence.Word && s.nounAfterPoll(s.w(k+1)) {
				return -1 // not the head: "The director of the poll", "The poll workers"
			}
			return k
		}
	}
	return -1
}

// nounAfterPoll reports whether w after "poll" or "survey" is a noun the
// poll modifies ("poll workers"), not a phrase that goes with the poll (a
// preposition, a participle, a time: "a poll taken last week", "the survey
// since").
func (s *state) nounAfterPoll(w string) bool {
	return isLowerWord(w) && !phrasePreps[w] && !pollTail[w] && !leadTimeWords[w] && w != "since" && !relPron[w] && !numeral(w) && !strings.HasSuffix(w, "ed")
}

// pollMaker returns the pollster of the poll headed at h in the mention
// [lo,hi): the name before the noun ("a new Civic Pulse poll") or after
// "by" or "for" ("a snap poll conducted by the Ridgeline Group", "a survey
// conducted for the Copper State Poll"), as a known organisation or as
// written; a place before it is where, not who ("a Pennsylvania poll").
func (s *state) pollMaker(lo, h, hi int) (int, string) {
	// after the noun: "by" names who made it ("The Marudhar Pulse survey,
	// conducted by the Jaipur-based Centre for Electoral Studies"), "for"
	// or "commissioned by" who paid for it
	aLo, aHi, maker := -1, -1, false
	for k := h + 1; k+1 < hi && k <= h+5; k++ {
		w := s.w(k)
		if w == "by" || w == "for" {
			a := k + 1
			if s.t.Lower(a) == "the" {
				a++
			}
			for a < hi && (strings.HasSuffix(s.w(a), "-based") || s.w(a) == "pollster") {
				a++ // "by the Ranchi-based Centre for ...", "by Ankara-based pollster Metrik Araştırma"
			}
			e := a
			for e < hi && (isCapWord(s.w(e)) || e > a && (s.w(e) == "of" || s.w(e) == "&") && e+1 < hi && isCapWord(s.w(e+1))) && !s.t.Tokens[e].Quoted {
				e++
			}
			if e > a {
				aLo, aHi = a, e
				maker = w == "by" && !payers[s.w(k-1)]
			}
			break
		}
		if w != "," && (s.kind(k) != sentence.Word || !strings.HasSuffix(w, "ed") && w != "taken") {
			break // only participles before the agent: "conducted by"
		}
	}
	if maker {
		return s.makerName(aLo, aHi)
	}
	j := h
	for j-1 >= lo && isCapWord(s.w(j-1)) && !monthWords[s.w(j-1)] && !s.t.Tokens[j-1].Quoted && !(j-1 == lo && determiners[s.t.Lower(lo)]) {
		j--
	}
	if _, named := s.ents.MentionAt(j); j < h && j == s.t.Sentences[s.t.Tokens[j].Sent].Lo && !named {
		j++ // a capital opening the sentence: "Recent polls show ..."
	}
	for k := j; k < h; k++ {
		if isPossessive(s.w(k)) {
			h = k + 1 // the owner of a named survey: "Norges Bank's Regional Network survey"
			break
		}
	}
	if j < h && (j == lo || s.w(j-1) != "of") { // (not the survey's own name: "The Cost of Learning survey")
		return s.makerName(j, h)
	}
	if aLo >= 0 {
		return s.makerName(aLo, aHi)
	}
	return -1, ""
}

// payers are the participles before "by" that name who paid for a poll,
// not who made it.
var payers = set(`commissioned sponsored funded paid`)

// makerName names the pollster written at [a,e): the organisation the
// recogniser knows there, or the words themselves (their possessive
// dropped); nothing for a place or a person.
func (s *state) makerName(a, e int) (int, string) {
	if m, ok := s.ents.MentionAt(a); ok {
		switch s.ents.Entities[m.Entity].Type {
		case entity.Org:
			if m.Hi >= e {
				return m.Entity, ""
			}
		default:
			return -1, ""
		}
	}
	name := s.t.Src[s.t.Tokens[a].Start:s.t.Tokens[e-1].End]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	return -1, name
}

// selfNamedAlternative returns who else spoke last when the pronoun
// speaker resolved for quotation i names that person in the quotation:
// "Arteta was asked about comments made by Jurgen Klopp, who suggested
// ... . “I have a lot of respect for Jurgen,” he said." is not Klopp's.
// It returns -1 when the speaker stands or no one else fits.
func (s *state) selfNamedAlternative(out []raw, i int) int {
	r := out[i]
	if r.sLo < 0 || r.sHi != r.sLo+1 || r.entity < 0 || !s.quotedContent(r) {
		return -1
	}
	g := pronouns[s.w(r.sLo)]
	if g != 'm' && g != 'f' {
		return -1
	}
	named := false
	for _, m := range s.ents.Entities[r.entity].Mentions {
		if m.Kind == entity.Name && m.Lo >= r.cLo && m.Hi <= r.cHi {
			named = true
			break
		}
	}
	if !named {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		o := out[j]
		if o.entity < 0 || o.entity == r.entity || o.sLo < 0 || !s.nearAfter(o.sLo, r.sLo) {
			continue
		}
		if e := s.ents.Entities[o.entity]; e.Type == entity.Person && (e.Gender == 0 || e.Gender == g) {
			return o.entity
		}
	}
	return -1
}

// docNouns are the documents a story refers back to as "the report",
// "the study".
var docNouns = set(`study survey poll report analysis audit review paper document bulletin
	filing memo investigation assessment inquiry notice complaint lawsuit suit petition motion ruling judgment
	indictment affidavit`)

// docSpeaker is the canonical speaker of a document: its author's entity
// or its description.
type docSpeaker struct {
	entity    int
	described string
}

// noteDocument remembers the speaker of r when its mention is a document
// cited as the subject ("A report by the Kestrel Institute", "a 2021
// drainage study"), so that "the report" and "the study" later are that
// one. A new document of the same kind cited with "a" or "an" replaces the
// last; a document's noun inside a longer mention ("a spokesman for the
// review panel", "the lawyer leading the investigation") is none.
func (s *state) noteDocument(r raw) {
	if r.sLo < 0 || r.entity < 0 && r.described == "" {
		return
	}
	hi := s.beforeParticiple(r.sLo, s.beforeRelative(r.sLo, r.sHi))
	first := s.t.Lower(r.sLo)
	if !determiners[first] && first != "an" && !isPossessive(s.w(r.sLo)) {
		return
	}
	for k := r.sLo + 1; k < hi && k <= r.sLo+5; k++ {
		key := s.t.Lower(k) // "the poll" is not "polls" cited before
		if !docNouns[key] && !docNouns[strings.TrimSuffix(key, "s")] {
			continue
		}
		if k+1 < hi && !docTail[s.w(k+1)] {
			return // "the review panel"
		}
		if _, ok := s.docs[key]; !ok || first == "a" || first == "an" {
			if s.docs == nil {
				s.docs = map[string]docSpeaker{}
			}
			s.docs[key] = docSpeaker{r.entity, r.described}
		}
		return
	}
}

// trimSpeaker returns the speaker mention [lo,hi) without the words
// around it that say when, or link it to the sentence before.
func (s *state) trimSpeaker(lo, hi int) (int, int) {
	if !s.hasWord(lo, hi, ",") {
		switch {
		case hi-lo >= 2 && (afterTimes[s.w(hi-1)] || whenWords[s.w(hi-1)] && isCapWord(s.w(hi-2))):
			hi-- // "said the England captain afterwards", "Downing Street yesterday": when, not who
		case hi-lo >= 3 && s.lastOrThis(hi-2) && isCapWord(s.w(hi-3)):
			hi -= 2 // "Downing Street last night" (not "a poll released last week")
		}
	}
	if hi-lo >= 4 && s.w(hi-2) == "on" && timeWords[s.w(hi-1)] && !s.hasWord(lo, hi, ",") && !pastVerb(s.w(hi-3)) && !irregularPast[s.w(hi-3)] {
		hi -= 2 // "The Supreme Court on Thursday": when, not who
	}
	if hi-lo >= 2 && sentenceConjunctions[s.w(lo)] {
		lo++ // "But allies of the minister said"
	}
	for hi-lo >= 2 && s.w(hi-1) == "," && !s.t.Tokens[hi-1].Quoted {
		hi-- // "quoted a spokesman ..., Senior Colonel Zhang Shuili, as saying"
	}
	if hi-lo >= 3 && hi < s.n && s.w(hi-1) == "," && s.kind(hi) == sentence.CloseQuote && int(s.match[hi]) >= lo {
		hi++ // "Ellen Marsh, a “lifelong Democrat,”": the quotation closes inside the mention
	}
	if hi-lo >= 2 && reflexives[s.w(hi-1)] {
		hi-- // "Pillai himself said": a -self pronoun stresses the name, which is who
	}
	if hi-lo > 3 && (s.w(lo) == "Last" || s.w(lo) == "This" || s.w(lo) == "Earlier") && timeUnits[s.w(lo+1)] {
		lo += 2 // "Last year a Rest Easy survey found": when, not who
	}
	for k := lo + 1; k+2 < hi; k++ {
		if s.w(k) == "," && (s.w(k+1) == "in" || s.w(k+1) == "through") && (indefinites[s.w(k+2)] || possessivePronouns[s.w(k+2)]) && !s.t.Tokens[k].Quoted {
			hi = k // "The board, in a statement issued on Wednesday,": how it spoke, not who
			break
		}
	}
	if hi-lo > 3 && sentenceAdverbs[s.w(lo)] && s.w(lo+1) == "," {
		lo += 2 // "Separately, a person familiar with the plans said": not who
	}
	if hi-lo > 5 && (s.w(lo) == "For" || s.w(lo) == "for") && possessivePronouns[s.w(lo+1)] && s.w(lo+2) == "part" && s.w(lo+3) == "," {
		lo += 4 // "For its part, Minera Andes del Sur said"
	}
	if hi-lo > 4 && s.w(hi-3) == "for" && possessivePronouns[s.w(hi-2)] && s.w(hi-1) == "part" && s.w(hi-4) == "," {
		hi -= 4 // "The mining firm, for its part, said"
	}
	return lo, hi
}

// possessorSpokesperson returns the entity a mention "X's spokesperson"
// speaks for: X named ("Acme's spokesperson") or a body described
// ("the company's spokesman", the company named last). ok is false for
// any other mention.
func (s *state) possessorSpokesperson(lo, hi int) (int, bool) {
	k := hi - 2
	if k < lo || k > lo+1 || !speakerRoles[s.t.Lower(hi-1)] || s.t.Lower(hi-1) == "representative" || !isPossessive(s.w(k)) {
		return -1, false // (a country's representative is a diplomat, no spokesperson)
	}
	if m, ok := s.ents.MentionAt(k); ok && m.Hi == k+1 && s.ents.Entities[m.Entity].Type == entity.Org {
		return m.Entity, true
	}
	if noun := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(s.w(k), "'s"), "’s")); k == lo+1 && determiners[s.t.Lower(lo)] && groupNouns[noun] {
		if id := s.recentOrg(lo, noun); id >= 0 {
			return id, true
		}
	}
	return -1, false
}

// modifiedRole reports whether [lo,k) is a role with the words that
// qualify it and nothing else, before a name at k: "Ardente team
// principal", "Senate Majority Leader" (not "aides to Senator").
func (s *state) modifiedRole(lo, k int) bool {
	if !s.lex.IsTitle(s.t.Lower(k-1)) && !s.lex.IsTitle(s.t.Lower(k-2)+" "+s.t.Lower(k-1)) && !s.roleNoun(k-1) {
		return false
	}
	for j := lo; j < k-1; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || prepositions[s.w(j)] || npStop[s.w(j)] || j > lo && determiners[s.t.Lower(j)] {
			return false
		}
	}
	return true
}

// roleNoun reports whether the word at k is a lower-case noun that may
// stand as a role right before a name, though the title lexicon lacks it:
// "confidante", "ally", "strategist" ("longtime Whitcomb confidante
// Celeste Amory"). Function words, adverbs, verbs and cues are not.
func (s *state) roleNoun(k int) bool {
	w := s.w(k)
	return len(w) > 3 && isLowerWord(w) && !npStop[w] && !prepositions[w] && !isAdverb(w) && !pastVerb(w) &&
		!strings.HasSuffix(w, "ing") && s.cueMap[w] == 0 && !s.t.Tokens[k].Quoted
}

// datedDocument reports whether the word at k > 0 is "dated" after a noun
// for a source or document: "a memo dated Jan. 9", "the report dated
// Monday". The date belongs to the document, not to what it says.
func (s *state) datedDocument(k int) bool {
	prev := s.t.Lower(k - 1)
	return s.w(k) == "dated" && (sourceNouns[prev] || issuedNouns[prev] || docNouns[prev])
}

// findingParticiple returns where a participle phrase saying how a
// finding was made starts in the mention [lo,hi) ("a survey of 4,000
// commuters conducted in June", "a poll conducted before the meeting"), or
// -1.
func (s *state) findingParticiple(lo, hi int) int {
	for k := lo + 2; k+1 < hi; k++ {
		w := s.w(k)
		if s.datedDocument(k) {
			return k // "an internal engineering memo dated Jan. 9, 2024"
		}
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") || w[0] < 'a' || w[0] > 'z' || !madePreps[s.w(k+1)] || s.w(k+1) == "by" {
			continue // (not "released by the ministry": the agent may be who speaks)
		}
		if s.issuedBy(k, hi) > 0 {
			continue // "the report released last week by Amnesty International": the agent
		}
		if s.findingBefore(max(lo, k-4), k) {
			return k
		}
	}
	return -1
}

// findingBefore reports whether a finding's noun stands in [from,k) right
// before the participle at k or before an "of" ("a survey conducted",
// "a survey of 4,000 commuters conducted").
func (s *state) findingBefore(from, k int) bool {
	for j := k - 1; j >= from; j-- {
		if findingNouns[s.t.Lower(j)] && (j == k-1 || s.w(j+1) == "of") {
			return true
		}
	}
	return false
}

// madePreps open the phrase after a finding's participle: "conducted in
// June", "carried out between", "commissioned by".
var madePreps = set(`in on at by for from between among before after during over across last this online`)

// unknownApposed returns the name that ends the mention [lo,hi) after a
// role and a comma when the recogniser knows no entity in it: two to four
// capitalised words. It returns "" otherwise.
func (s *state) unknownApposed(lo, hi int) string {
	c := hi - 1
	for c > lo && c >= hi-5 && s.w(c) != "," {
		c--
	}
	if c <= lo || s.w(c) != "," || hi-c-1 < 2 || hi-c-1 > 4 {
		return ""
	}
	role := false
	for k := lo; k < c && k < lo+4; k++ {
		role = role || s.lex.IsTitle(s.t.Lower(k)) || s.t.Lower(k) == "head" || s.t.Lower(k) == "leader"
	}
	if !role {
		return ""
	}
	for k := c + 1; k < hi; k++ {
		if s.kind(k) != sentence.Word || !isCapWord(s.w(k)) || s.lex.IsTitle(s.t.Lower(k)) || partyLabel(s.w(k)) {
			return ""
		}
		if _, ok := s.ents.MentionAt(k); ok {
			return ""
		}
	}
	return s.t.Src[s.t.Tokens[c+1].Start:s.t.Tokens[hi-1].End]
}

// documentSpoke reports whether the attribution o has a document as its
// source: its description names one, or (before descriptions are given)
// its mention's head does, "A statement from the office".
func (s *state) documentSpoke(o raw) bool {
	if o.described != "" {
		return s.documentNamed(o.described)
	}
	k := o.sLo
	for k < o.sHi && k < o.sLo+3 && (determiners[s.t.Lower(k)] || isLowerWord(s.w(k)) && !docNouns[s.t.Lower(k)] && !issuedNouns[s.t.Lower(k)]) {
		k++
	}
	return k < o.sHi && (docNouns[s.t.Lower(k)] || issuedNouns[s.t.Lower(k)])
}

// documentNamed reports whether an unnamed source's description d is a
// document's: "the report", "the Defense of Japan white paper".
func (s *state) documentNamed(d string) bool {
	for w := range strings.FieldsSeq(d) {
		if w = strings.ToLower(w); docNouns[w] || docNouns[strings.TrimSuffix(w, "s")] || issuedNouns[w] {
			return true
		}
	}
	return false
}

// documentSubjectBefore returns the document ("the memo") that opens, as
// its subject, the sentence before the one that "it" at k opens in the same
// paragraph, or "".
func (s *state) documentSubjectBefore(k int) string {
	sent := s.t.Tokens[k].Sent
	if sent == 0 || s.t.Sentences[sent].Lo != k {
		return ""
	}
	p := s.t.Sentences[sent-1]
	if s.t.Tokens[p.Lo].Para != s.t.Tokens[k].Para || s.t.Lower(p.Lo) != "the" {
		return ""
	}
	for j := p.Lo + 1; j < p.Hi && j <= p.Lo+3; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return ""
		}
		if w := s.t.Lower(j); docNouns[w] {
			if j+1 < p.Hi && (s.w(j+1) == "of" || s.kind(j+1) != sentence.Word) {
				return "" // "the report of the commission", "the memo, ...": another subject
			}
			return s.described(p.Lo, j+1)
		}
	}
	return ""
}

// docTail are the words that may follow a document's noun in its
// citation: "a report by ...", "a study published in ...".
var docTail = set(`by from of for in on published released commissioned seen obtained , (`)

// documentBack returns the speaker of the document a definite mention
// ("the report", "The new study") refers back to.
func (s *state) documentBack(lo, hi int) (docSpeaker, bool) {
	if hi-lo < 2 || hi-lo > 3 || s.t.Lower(lo) != "the" || hi-lo == 3 && isCapWord(s.w(lo+1)) {
		return docSpeaker{}, false
	}
	d, ok := s.docs[s.t.Lower(hi-1)]
	return d, ok
}

// campaignOf reports whether [lo,hi) is "the NAME campaign" (or camp,
// team): a person's campaign named after them, which speaks as itself.
func (s *state) campaignOf(lo, hi int) bool {
	if hi-lo < 3 || hi-lo > 4 || s.t.Lower(lo) != "the" {
		return false
	}
	switch s.t.Lower(hi - 1) {
	case "campaign", "camp", "team":
	default:
		return false
	}
	m, ok := s.ents.MentionAt(lo + 1)
	return ok && m.Lo == lo+1 && m.Hi == hi-1 && m.End == s.t.Tokens[m.Hi-1].End && s.ents.Entities[m.Entity].Type == entity.Person
}

// documentSource names a speaker that is a document or the police rather
// than a person: "Concord of Nations figures" is the Concord's, "a media
// report" and "the study" are themselves, and "police" with no force named
// is "police". It returns -1 and "" for any other mention.
func (s *state) documentSource(lo, hi int) (int, string) {
	for k := lo + 1; k < hi && k < lo+8; k++ {
		if w := s.t.Lower(k - 1); (sourceNouns[w] || mediaNouns[w]) && strings.HasSuffix(s.w(k), "ed") && !s.t.Tokens[k].Quoted {
			// "A Brightwater University survey released last week": the
			// university's survey
			if id, d := s.documentSource(lo, k); id >= 0 {
				return id, d
			}
			if by := s.issuedBy(k, hi); by > 0 {
				j := by + 1
				if s.w(j) == "the" && j+1 < hi {
					j++
				}
				if m, ok := s.ents.MentionAt(j); ok && m.Lo == j && s.timeLead(m.Hi, hi) == hi && orgLike(s.ents.Entities[m.Entity].Type) {
					// "A statement issued by the Council of Ministers", "a
					// statement released by the police department on Sunday
					// afternoon"
					return m.Entity, ""
				}
				if j+1 == hi && j == by+2 && groupNouns[s.t.Lower(j)] {
					// "A statement issued by the board": the board named
					// before, else the board as the text calls it
					if id := s.recentOrg(lo, s.t.Lower(j)); id >= 0 {
						return id, ""
					}
					return -1, s.described(j-1, hi)
				}
			}
			break
		}
	}
	if hi <= lo || hi-lo > 8 {
		return -1, ""
	}
	head := s.t.Lower(hi - 1)
	if head == "police" && hi-lo <= 2 {
		return -1, s.lower(s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]) // "police", "state police"
	}
	whitePaper := head == "paper" && hi-lo >= 2 && s.t.Lower(hi-2) == "white" // "the Defense of Japan white paper"
	if !sourceNouns[head] && !mediaNouns[head] && !whitePaper || head == "ones" || hi-lo == 1 && !strings.HasSuffix(head, "s") {
		return -1, "" // not a bare tag, "...: Report"; but "polls show ..."
	}
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && orgLike(s.ents.Entities[m.Entity].Type) && !(k > lo+1 && s.w(k-1) == "of") {
			// (a place inside the document's title is not its author:
			// "the Defense of Japan white paper")
			if e := s.ents.Entities[m.Entity]; m.Hi-m.Lo == 1 && k == lo && hi-lo == 2 && strings.EqualFold(e.Name, s.w(k)) && publicBodies[e.Name] {
				return -1, s.lower(s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]) // "Court filings", "Council documents": no body's name
			}
			return m.Entity, "" // "Concord of Nations figures", "a World Bank report"
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return -1, ""
		}
	}
	return -1, s.described(lo, hi)
}

// issuedBy returns the "by" that names who put a document out after the
// participle at k, within the mention's end hi, or -1: right after it ("a
// statement issued by the board") or after when ("the report released
// last week by Amnesty International").
func (s *state) issuedBy(k, hi int) int {
	if !issuedVerbs[s.w(k)] {
		return -1
	}
	for j := k + 1; j+1 < hi && j <= k+4; j++ {
		w := s.w(j)
		if w == "by" {
			return j
		}
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || !(madePreps[w] || timeWords[w] || whenWords[w] || timeUnits[s.t.Lower(j)] || w == "earlier" || w == "the" || isDigits(w)) {
			return -1
		}
	}
	return -1
}

// issuedVerbs say who put a document out, whose words it holds (not
// "commissioned by", which names who paid for it).
var issuedVerbs = set(`issued released published`)

// institutionNouns head the names of bodies that a story may leave
// unnamed: "the regional police office", "the board of canvassers".
var institutionNouns = set(`office board council department ministry agency commission committee authority
	bureau court tribunal regulator panel secretariat directorate inspectorate`)

// bodyHead reports whether the plain words from lo to hi name a body by
// its kind: lower-case words whose head, before any "of", is an
// institution noun.
func (s *state) bodyHead(lo, hi int) bool {
	head := hi - 1
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || isCapWord(s.w(k)) {
			return false
		}
		if s.w(k) == "of" && k > lo {
			head = k - 1
			break
		}
	}
	return institutionNouns[s.w(head)]
}

// described is the words [lo,hi) as a speaker's description, an opening
// article in lower case: "The study" -> "the study".
func (s *state) described(lo, hi int) string {
	d := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	if determiners[s.t.Lower(lo)] {
		d = lowerFirst(d)
	}
	return d
}

// participleStart returns where a participle modifier after a role
// starts in the mention [lo,hi) ("the foreign envoy mediating the
// talks"), or hi.
func (s *state) participleStart(lo, hi int) int {
	for k := lo + 2; k < hi; k++ {
		if w := s.w(k); len(w) > 4 && strings.HasSuffix(w, "ing") && w[0] >= 'a' && w[0] <= 'z' && s.lex.IsTitle(s.t.Lower(k-1)) {
			return k
		}
	}
	return hi
}

// introduced returns the description of the unnamed source that the text
// introduced before token at, without a quotation of its own: "a source
// close to the chancellor painted a different picture" for a later "the
// source". It looks back over the paragraph and the one before.
func (s *state) introduced(key string, at int) string {
	para := s.t.Tokens[at].Para
	for k := at - 1; k >= 1 && k >= at-200 && s.t.Tokens[k].Para >= para-1; k-- {
		w := s.t.Lower(k)
		if strings.TrimSuffix(w, "s") != key && !(key == "person" && (w == "person" || w == "people")) || !indefinites[s.w(k-1)] && !(k >= 2 && indefinites[s.w(k-2)]) {
			continue
		}
		lo := k - 1
		if !indefinites[s.w(lo)] {
			lo--
		}
		e := k + 1
		for e < s.n && e < k+8 && s.kind(e) == sentence.Word && !s.t.Tokens[e].Quoted && !auxWord(s.w(e)) && !pastVerb(s.w(e)) && s.cueMap[s.w(e)]&cueVerb == 0 {
			e++
		}
		// (unnamedSource records the description for a later "the source"
		// too; lo is an indefinite, so it does not come back here)
		return s.unnamedSource(lo, e)
	}
	return ""
}

// beforeAside returns the end of the mention [lo,hi) before a bracket or
// a comma: "Observers from the East Savanna Community (ESC), a regional
// bloc".
func (s *state) beforeAside(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if w := s.w(k); w == "(" || w == "," {
			return k
		}
	}
	return hi
}

// plainDescription returns the description a speaker the text never
// names keeps when no rule found who it is ("several respondents", "The
// minutes", "Republican strategists", "the researchers"): the noun phrase
// up to an aside or a relative clause, its article lower-cased. It
// returns "" for a pronoun, for words that open no noun phrase (a
// clause's tail that the subject walk took) and for long phrases.
func (s *state) plainDescription(lo, hi int) string {
	hi = s.beforeRelative(lo, s.beforeAside(lo, hi))
	if hi-lo < 1 || hi-lo > 8 {
		return ""
	}
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word && s.w(k) != "’" && s.w(k) != "'" && s.w(k) != "-" || s.t.Tokens[k].Quoted {
			return ""
		}
	}
	w := s.w(lo)
	if _, pro := pronouns[w]; pro || relPron[s.lower(w)] {
		return ""
	}
	for hi-lo > 1 && (pastVerb(s.w(hi-1)) || prepositions[s.w(hi-1)] || timeWords[s.w(hi-1)]) {
		hi-- // "a Keystone Research poll released"
	}
	for k := lo + 1; k < hi; k++ {
		if w := s.w(k); w == "at" || w == "on" || w == "in" {
			hi = k // where or when: "several reviewers at the morning screening"
			break
		}
	}
	last := s.t.Lower(hi - 1)
	if !s.speakerNoun(last) {
		return "" // "900 recruits", "the measures", "Wednesday’s vote": no speaker's head
	}
	switch {
	case determiners[s.t.Lower(lo)] || indefinites[w] || crowdQuantifiers[s.lower(w)] || possessivePronouns[s.lower(w)]:
	case isCapWord(w):
	case strings.HasSuffix(last, "s") && hi-lo <= 3 && !strings.HasSuffix(w, "ing"):
		// a bare plural: "pollsters", "industry watchers"
	default:
		return ""
	}
	if hi-lo == 1 && !strings.HasSuffix(last, "s") {
		return "" // one word and no plural: a stray label
	}
	if (w == "the" || w == "The" || possessivePronouns[s.lower(w)] || isCapWord(w) && !determiners[s.t.Lower(lo)]) && !strings.HasSuffix(last, "s") && !docNouns[last] && !sourceNouns[last] {
		// "the agency", "their captain", "Council leader": a body or person
		// named elsewhere that no rule found; their description would
		// make them one actor across stories
		return ""
	}
	return s.described(lo, hi)
}

// speakerNoun reports whether w, lower case, can head the description of
// someone who speaks: a person, a group, a body or a document.
func (s *state) speakerNoun(w string) bool {
	b := strings.TrimSuffix(w, "s")
	return unnamedNouns[w] || crowdNouns[w] || describedNouns[w] || groupNouns[w] || groupNouns[b] || docNouns[w] || docNouns[b] ||
		sourceNouns[w] || s.lex.IsTitle(w) || s.lex.IsTitle(b) || s.lex.IsPluralTitle(w) || personHeadNouns[w] || personHeadNouns[b]
}

// personHeadNouns are further nouns for people who speak as a group or
// one of one: "pollsters", "regulars", "households", "a judge".
var personHeadNouns = set(`pollster forecaster regular household resident voter reviewer watcher strategist
	expert economist scientist researcher author family neighbour neighbor witness parent student
	teacher farmer owner member supporter opponent protester tenant lawmaker legislator judge`)

// accessedDocument returns the description of a speaker that is a
// document someone else obtained or saw ("internal documents leaked to
// the Harbour Courier", "records reviewed by the Courier", "The draft,
// seen by Reuters,"): the outlet named is not the source, and the
// description ends before the participle, as the document is cited
// elsewhere ("the draft"), unless that leaves one word ("documents seen
// by this paper"). It returns "" for any other mention, and for documents
// named by their author ("a report released by the ministry").
func (s *state) accessedDocument(lo, hi int) string {
	for v := lo + 1; v+1 < hi && v < lo+12; v++ {
		if s.kind(v) != sentence.Word || !accessVerbs[s.w(v)] || s.w(v+1) != "by" && s.w(v+1) != "to" {
			continue
		}
		if s.w(v+1) == "to" && s.w(v) != "leaked" && s.w(v) != "shared" {
			return "" // "seen to be close to": not how a document was come by
		}
		e := v
		if s.w(e-1) == "," || s.w(e-1) == "and" {
			e-- // "a list circulated among congressional staff and reviewed by"
		}
		for k := lo + 1; k < e; k++ {
			if s.w(k) == "," {
				e = k // "the audit, dated Nov. 18 and seen by", "the letter, which has been seen by"
				break
			}
		}
		if e <= lo || s.kind(e-1) != sentence.Word {
			return ""
		}
		if m, ok := s.ents.MentionAt(e - 1); ok && m.Kind == entity.Name && m.Hi == e {
			return "" // a name, not a document: "Smith, seen by reporters leaving ..."
		}
		if !s.documentHead(lo, e) {
			return "" // "The minister, seen by many as a rival, said": a person, not a document
		}
		if e-lo < 2 || e-lo == 2 && !determiners[s.t.Lower(lo)] && !indefinites[s.w(lo)] {
			return s.described(lo, hi)
		}
		return s.described(lo, e)
	}
	return ""
}

// documentHead reports whether the noun phrase [lo,hi) names a document:
// a document or source noun among its first words ("Draft summit
// conclusions", "a juvenile referral", "an internal infection prevention
// report from February").
func (s *state) documentHead(lo, hi int) bool {
	for k := lo; k < hi && k < lo+6; k++ {
		w := s.t.Lower(k)
		if sourceNouns[w] || mediaNouns[w] || docNouns[w] || accessedNouns[w] {
			return true
		}
	}
	return false
}

// accessedNouns are further documents an outlet may see or obtain.
var accessedNouns = set(`draft drafts copy copies minutes logs conclusions referral email emails note notes list text agreement
	guidance briefing vouchers files messages cables plans proposal proposals`)

// accessVerbs are the participles by which an outlet came by a document.
var accessVerbs = set(`seen reviewed obtained leaked viewed shared examined`)

// beforeParticiple returns the end of the mention [lo,hi) before a
// participle clause in commas: "The report, released in Geneva,".
func (s *state) beforeParticiple(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) == "," && asideParticiples[s.w(k+1)] {
			return k
		}
	}
	return hi
}

// beforeRelative returns the end of the mention [lo,hi) without a
// relative clause in commas: "An analyst at Brenner & Vos, who spoke on
// condition of anonymity," is described by its first part.
func (s *state) beforeRelative(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) == "," && relPron[s.w(k+1)] {
			return k
		}
		if s.w(k) == "who" && s.anonymousClause(k+1, hi) {
			return k // "A rescue official who asked not to be named because ...": why unnamed, not who
		}
	}
	return hi
}

// anonymousClause reports whether the relative clause from k says why its
// person is not named: "asked not to be named", "requested anonymity",
// "was not authorised to speak".
func (s *state) anonymousClause(k, hi int) bool {
	for j := k; j < hi && j < k+8; j++ {
		switch s.w(j) {
		case "named", "identified", "anonymity", "authorized", "authorised":
			return true
		}
	}
	return false
}

// describedSpokeBefore reports whether the attribution prev, before the
// pronoun at k, was an unnamed person's ("a former compliance officer"),
// in k's paragraph or the one before, with no person named in between.
func (s *state) describedSpokeBefore(prev raw, k int) bool {
	if prev.described == "" || prev.sLo < 0 || !s.nearAfter(prev.sLo, k) {
		return false
	}
	return !s.personBetween(prev.sHi, k, func(*entity.Entity) bool { return true }) && !crowdPlural(prev.described) && !s.documentNamed(prev.described)
}

// personBetween reports whether a person who fits is mentioned from token
// from up to token k.
func (s *state) personBetween(from, k int, fits func(*entity.Entity) bool) bool {
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, k) - 1; j >= 0 && ms[j].Lo >= from; j-- {
		if e := s.ents.Entities[ms[j].Entity]; e.Type == entity.Person && fits(e) {
			return true
		}
	}
	return false
}

// onlyQuoted reports whether every mention of e between tokens from and
// to is inside a quotation: "“Jamal was the heart of our family.”"
// names no one who speaks after it.
func (s *state) onlyQuoted(e *entity.Entity, from, to int) bool {
	for _, m := range e.Mentions {
		if m.Lo >= from && m.Lo < to && !s.t.Tokens[m.Lo].Quoted {
			return false
		}
	}
	return true
}

// crowdPlural reports whether a description names a group ("analysts",
// "two officials", "people familiar with the matter"), which "he" or
// "she" does not refer to.
func crowdPlural(d string) bool {
	for w := range strings.FieldsSeq(d) {
		w = lowerWord(w)
		if crowdNouns[w] || w == "people" || unnamedNouns[w] && strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// issuedBefore reports whether r's mention is "the statement" or "the
// letter" and prev, in the same paragraph or the one before, came from a
// named speaker: the document is that speaker's.
func (s *state) issuedBefore(prev, r raw) bool {
	if !s.issuedMention(r) {
		return false
	}
	if prev.entity < 0 && prev.described == "" || prev.sLo < 0 {
		return false
	}
	return s.nearAfter(prev.sLo, r.sLo)
}

// issuerBack returns the speaker of the attribution among out whose
// sentence introduced the statement or letter that r's mention ("the
// statement") refers back to ("In a statement, the family said"), within
// the two paragraphs before.
func (s *state) issuerBack(out []raw, r raw) (int, string, bool) {
	if !s.issuedMention(r) {
		return -1, "", false
	}
	noun := s.t.Lower(r.sLo + 1)
	for k := len(out) - 1; k >= 0 && k >= len(out)-8; k-- {
		o := out[k]
		if o.cueLo < 0 || o.sLo < 0 || s.t.Tokens[r.sLo].Para-s.t.Tokens[o.cueLo].Para > 2 {
			break
		}
		id, d := o.entity, o.described
		if id < 0 && d == "" {
			d = s.possessedSpeaker(o.sLo, o.sHi) // "Jordan Mercer's family"
		}
		if id < 0 && d == "" || id >= 0 && s.ents.Entities[id].Type == entity.GPE {
			continue
		}
		sen := s.t.Sentences[s.t.Tokens[o.cueLo].Sent]
		for j := sen.Lo + 1; j < sen.Hi && j <= o.cueLo+1; j++ {
			if s.t.Lower(j) == noun && !s.t.Tokens[j].Quoted && (indefinites[s.w(j-1)] || isPossessive(s.w(j-1))) {
				return id, d, true
			}
		}
	}
	return -1, "", false
}

// issuedMention reports whether r's speaker mention is "the statement"
// or "the letter": a document its issuer speaks through.
func (s *state) issuedMention(r raw) bool {
	return r.sHi-r.sLo == 2 && s.t.Lower(r.sLo) == "the" && issuedNouns[s.t.Lower(r.sLo+1)]
}

// issuedNouns are the documents a named speaker issues.
var issuedNouns = set(`statement letter release`)

// nearAfter reports whether token k lies in the paragraph of token prev
// or the next one: how far back "It said", "she said" and "the statement
// said" look for the attribution they continue.
func (s *state) nearAfter(prev, k int) bool {
	return s.t.Tokens[k].Para-s.t.Tokens[prev].Para <= 1
}

// spokespersonBefore reports whether the attribution prev, before the
// pronoun at k of gender g, was a spokesperson's ("a spokeswoman for X")
// that the pronoun fits, in k's paragraph or the one before, with no
// person the pronoun could mean named in between.
func (s *state) spokespersonBefore(prev raw, k int, g byte) bool {
	if prev.entity < 0 || prev.sLo < 0 || prev.sHi-prev.sLo < 3 || !s.nearAfter(prev.sLo, k) {
		return false
	}
	if !indefinites[s.w(prev.sLo)] || s.w(prev.sLo+2) != "for" {
		return false
	}
	switch s.t.Lower(prev.sLo + 1) {
	case "spokeswoman":
		if g != 'f' {
			return false
		}
	case "spokesman":
		if g != 'm' {
			return false
		}
	case "spokesperson", "representative":
	default:
		return false
	}
	return !s.personBetween(prev.sHi, k, func(e *entity.Entity) bool { return e.Gender == 0 || e.Gender == g })
}

// orgSpokeBefore reports whether the attribution prev, just before the
// mention at k, was an organisation's, in k's paragraph or the one before.
func (s *state) orgSpokeBefore(prev raw, k int) bool {
	if prev.entity < 0 || s.ents.Entities[prev.entity].Type != entity.Org || prev.sLo < 0 {
		return false
	}
	return s.nearAfter(prev.sLo, k)
}

// pluralDescribed reports whether the attribution prev has people
// described in the plural for its speaker ("its authors", "analysts").
func (s *state) pluralDescribed(prev raw) bool {
	if prev.entity >= 0 || prev.sLo < 0 {
		return false
	}
	w := s.w(prev.sHi - 1)
	return isLowerWord(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// possessedBodyBefore returns the speaker of the attribution prev when it
// is a body the text names only through its owner ("Pakistan's foreign
// ministry"), in k's paragraph or the one before, with no organisation or
// place named between it and k; "" otherwise.
func (s *state) possessedBodyBefore(prev raw, k int) string {
	if prev.entity >= 0 || prev.sLo < 0 || !s.nearAfter(prev.sLo, k) {
		return ""
	}
	d := prev.described
	if d == "" {
		d = s.possessedSpeaker(prev.sLo, s.headEnd(prev.sLo, prev.sHi))
	} else if !possessedBody(d) {
		return "" // (not "Analysts said ... . It said")
	}
	if d == "" {
		return ""
	}
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, k) - 1; j >= 0 && ms[j].Lo >= prev.sHi; j-- {
		if t := s.ents.Entities[ms[j].Entity].Type; t == entity.Org || t == entity.GPE {
			return "" // "... . The ministry of Ruritania, too, ... it said"
		}
	}
	return d
}

// peopleMention reports whether the mention [lo,hi) names several
// people: two names joined by "and" ("Claire and Steven Thornton"), a
// family's kin ("his family", "Mia's parents") or a family by its name
// ("The Thorntons").
func (s *state) peopleMention(lo, hi int) bool {
	h := s.headEnd(lo, hi) - 1
	if h < lo {
		return false
	}
	if w := s.t.Lower(h); kinNouns[w] && (strings.HasSuffix(w, "s") || w == "family" || w == "children") {
		return true
	}
	if w := s.w(h); h > lo && s.t.Lower(lo) == "the" && isCapWord(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true // "The Thorntons"
	}
	for k := lo + 1; k < hi-1; k++ {
		if s.w(k) == "and" && isCapWord(s.w(k-1)) && isCapWord(s.w(k+1)) {
			if m, ok := s.ents.MentionAt(k + 1); ok && s.ents.Entities[m.Entity].Type == entity.Person {
				return true
			}
		}
	}
	return false
}

// unnamedBodyBefore reports whether the speaker of prev, near before
// token k, is a body the text describes without a name ("The finance
// ministry", "the central bank") and no body or place is the subject of a
// sentence since.
func (s *state) unnamedBodyBefore(prev raw, k int) bool {
	if prev.entity >= 0 || prev.sLo < 0 || !s.nearAfter(prev.sLo, k) {
		return false
	}
	h := s.headEnd(prev.sLo, prev.sHi)
	if h-prev.sLo < 2 || h-prev.sLo > 4 || !determiners[s.t.Lower(prev.sLo)] || !unnamedBodies[s.t.Lower(h-1)] {
		return false
	}
	for j := prev.sLo + 1; j < h; j++ {
		if isCapWord(s.w(j)) {
			return false // (a name inside: "the Reserve Bank")
		}
	}
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, k) - 1; j >= 0 && ms[j].Lo >= prev.sHi; j-- {
		if t := s.ents.Entities[ms[j].Entity].Type; (t == entity.Org || t == entity.GPE) && s.opensSentence(ms[j].Lo) {
			return false
		}
	}
	return true
}

// unnamedBodies head the description of a body that "it" refers back to.
var unnamedBodies = set(`ministry bank government army military company firm agency council committee
	commission board court regulator authority department office embassy police`)

// possessedBody reports whether the description d names a country's
// body as "the general staff" came to be described after "Ukraine's
// general staff said": a possessor and a singular head.
func possessedBody(d string) bool {
	i := strings.LastIndex(d, "'s ")
	if j := strings.LastIndex(d, "’s "); j > i {
		i = j
	}
	return i > 0 && !strings.HasSuffix(d, "s")
}

func (r *raw) cueLoOr() int {
	if r.cueLo >= 0 {
		return r.cueLo
	}
	return r.cLo
}

// apposedHolder returns the person named in an apposition after a role
// that opens the speaker span [lo,hi) with an article, after up to two
// titles and before a comma or the span's end: "The National President of
// the AUPTW, Comrade Babatunde Ajayi-Lawal, who addressed ...", "the Force
// Public Relations Officer, CSP Olumide Adesanya"; -1 otherwise.
func (s *state) apposedHolder(lo, hi int) int {
	if w := s.t.Lower(lo); w != "the" && w != "a" && w != "an" {
		return -1
	}
	for k := lo + 2; k+1 < hi && k < lo+12; k++ {
		if s.t.Tokens[k].Quoted {
			return -1
		}
		if s.w(k) != "," {
			continue
		}
		j := k + 1
		for n := 0; n < 2 && j < hi && (s.lex.IsTitle(s.t.Lower(j)) || isAllCapsWord(s.w(j)) && len(s.w(j)) <= 4); n++ {
			j++
		}
		if m, ok := s.ents.MentionAt(j); ok && m.Lo == j && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person && (m.Hi >= hi || s.w(m.Hi) == ",") {
			return m.Entity
		}
		return -1
	}
	return -1
}

// holderAfter returns the person named in an apposition right after a
// role mention [lo,hi) with an article ("the centre’s director, Dr Callum
// Petrakis."), the name ending its clause; or -1.
func (s *state) holderAfter(lo, hi int) int {
	if hi+1 >= s.n || s.w(hi) != "," || !s.lex.IsTitle(s.t.Lower(hi-1)) || !determiners[s.t.Lower(lo)] && !indefinites[s.w(lo)] {
		return -1
	}
	for k := lo + 1; k < hi-1; k++ {
		if w := s.w(k); w == "of" || w == "for" || w == "to" {
			return -1 // the role is not the head: "the son of the former president, Dr Mary Obi"
		}
	}
	j := hi + 1
	for n := 0; n < 2 && j < s.n && (s.lex.IsTitle(s.t.Lower(j)) || s.w(j) == "."); n++ {
		j++ // "Dr", "Prof."
	}
	m, ok := s.ents.MentionAt(j)
	if !ok || m.Lo != j || m.Kind != entity.Name || s.ents.Entities[m.Entity].Type != entity.Person || s.t.Tokens[j].Quoted {
		return -1
	}
	if m.Hi < s.n && s.w(m.Hi) != "," && s.w(m.Hi) != "." && s.w(m.Hi) != ";" && s.kind(m.Hi) != sentence.OpenQuote {
		return -1 // the name begins a clause of its own: "the director, Petrakis said"
	}
	if !fitsRole(s.ents.Entities[m.Entity], s.t.Lower(hi-1)) {
		return -1
	}
	return m.Entity
}

// pluralSource reports whether the unnamed source d is a counted group
// that "one of them" may come from: "two people familiar with the talks",
// "three officials", "several residents".
func (s *state) pluralSource(d string) bool {
	f := strings.Fields(d)
	return len(f) >= 2 && (numberWords[strings.ToLower(f[0])] || isDigits(f[0]) || crowdQuantifiers[strings.ToLower(f[0])])
}

// roleField returns how far to look for the holder of a role when the
// speaker span [lo,hi) is the role alone and its field follows ("the
// Minister" of "the Minister of State for Petroleum Resources, Dr Hauwa
// Bello-Amadi,"): eight tokens past the field's closing comma, room for
// the holder's titles and name, which apposedHolder then reads; otherwise
// hi.
func (s *state) roleField(lo, hi int) int {
	if hi-lo != 2 || hi+1 >= s.n || !s.lex.IsTitle(s.t.Lower(hi-1)) || s.w(hi) != "of" && s.w(hi) != "for" {
		return hi
	}
	for k := hi + 1; k < s.n && k < hi+10; k++ {
		w := s.w(k)
		if w == "," {
			return min(s.n, k+8)
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || !isCapWord(w) && w != "of" && w != "for" && w != "and" && w != "the" {
			return hi
		}
	}
	return hi
}

// speakerEntity resolves the speaker noun phrase of r.
func (s *state) speakerEntity(r *raw) int {
	id := s.speakerOf(r)
	if id >= 0 && s.otherParty(r.sLo, r.sHi, id) {
		return -1 // "The Democratic nominee" is not the Republican the story named last
	}
	return id
}

// otherParty reports whether the mention [lo,hi) names a party by its
// adjective ("The Democratic nominee") and entity id was introduced as a
// member of another.
func (s *state) otherParty(lo, hi, id int) bool {
	party := ""
	for k := lo; k < hi && party == ""; k++ {
		if !s.t.Tokens[k].Quoted {
			party = partyAdjectives[s.w(k)]
		}
	}
	if party == "" {
		return false
	}
	p := partyOf(s.ents.Entities[id])
	return p != "" && p != party
}

// speakerOf is speakerEntity before the party check.
func (s *state) speakerOf(r *raw) int {
	if r.sLo+1 < r.sHi && crowdQuantifiers[s.t.Lower(r.sLo)] && prepositions[s.w(r.sLo+1)] {
		return -1 // "Many in Brussels": people there, not the city
	}
	if id := s.bodyOfLeader(r.sLo, r.sHi); id >= 0 {
		return id // "The Libyan National Army (LNA) of commander Khalifa Haftar said": the army, not its commander
	}
	if r.sLo >= 2 && isAge(s.w(r.sLo)) && s.w(r.sLo-1) == "," {
		if m, ok := s.ents.MentionAt(r.sLo - 2); ok && m.Hi == r.sLo-1 && s.ents.Entities[m.Entity].Type == entity.Person {
			// a subject that starts at an age is the aside of the person
			// named before it: "Joanne Price, 44, who travels in from
			// Stockport, said:", not the town
			return m.Entity
		}
	}
	// a role as head: "US Envoy", "the special US envoy", "the spokesman",
	// "the foreign envoy mediating the talks"
	if m, ok := s.ents.MentionAt(r.sHi - 1); ok && m.Hi == r.sHi && m.Lo > r.sLo && s.commaBeforeName(r.sLo, m.Lo) && !s.hasWord(r.sLo, m.Lo, "who") && !s.hasWord(r.sLo, m.Lo, "which") &&
		(s.ents.Entities[m.Entity].Type == entity.Person || s.ents.Entities[m.Entity].Type == entity.Org && !s.lex.IsTitle(s.t.Lower(m.Lo-1))) {
		// "a spokeswoman for the mayor, Tanisha Greer", "A Pentagon
		// spokeswoman, Lt. Col. Andrea Fowles": the one named (not the
		// one at the end of a relative clause: "Oduya, who was flanked by
		// ..., Comrade Halima Usman-Dabo, added")
		return m.Entity
	}
	if id := s.apposedHolder(r.sLo, s.roleField(r.sLo, r.sHi)); id >= 0 {
		return id // "the Force Public Relations Officer, CSP Olumide Adesanya,": the holder named after the role
	}
	if id := s.holderAfter(r.sLo, r.sHi); id >= 0 {
		return id // "said the centre’s director, Dr Callum Petrakis.": the role's holder named after the mention
	}
	if id, ok := s.possessorSpokesperson(r.sLo, r.sHi); ok {
		return id // "Acme's spokesperson said", "the company's spokesman said": the body it speaks for
	}
	if m, ok := s.ents.MentionAt(r.sHi - 1); ok && m.Hi == r.sHi && m.Lo > r.sLo+1 && s.ents.Entities[m.Entity].Type == entity.Person && s.modifiedRole(r.sLo, m.Lo) {
		return m.Entity // "Ardente team principal Massimo Lenzi": the name, not the team before the role
	}
	if id := s.namedInHeadline(r.sLo, r.sHi); id >= 0 {
		return id // "Dale Harrow Says Immigrants Are ...": a headline's words are no mention, the story names him
	}
	if e := r.sHi - 3; e > r.sLo && s.w(r.sHi-1) == ")" && s.w(e) == "(" {
		if m, ok := s.ents.MentionAt(e - 1); ok && m.Hi == e && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity // "Wanderley Campos Sobrinho (PL-MG)": the person, not the party label
		}
	}
	if id := s.describedBody(r.sLo, r.sHi); id >= 0 {
		return id // "A policy think tank, the Centre for Public Debt Watch (CPDW),"
	}
	hi := s.participleStart(r.sLo, r.sHi)
	if r.sHi-r.sLo == 2 && possessivePronouns[s.w(r.sLo)] && entity.IsRelative(s.t.Lower(r.sLo+1)) {
		if id := s.byRole(s.t.Lower(r.sLo+1), r.sLo); id >= 0 {
			return id // "according to his daughter", named before as "his daughter, Marguerite Tate-Oyelaran,"
		}
	}
	if id, ok := s.spokesFor[s.t.Lower(r.sHi-1)]; ok && r.sHi-r.sLo == 2 && s.t.Lower(r.sLo) == "the" {
		return id // "A spokesperson for the IHO said ... . “...,” the spokesperson said."
	}
	head := s.t.Lower(hi - 1)
	if r.cueLo == r.sHi && verdictNouns[s.t.Lower(r.cueLo)] {
		head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s") // "The mayor's message was blunt:": the mayor
	}
	if head == "general" && hi-2 > r.sLo && s.lex.IsTitle(s.t.Lower(hi-2)+" general") {
		head = s.t.Lower(hi-2) + " general" // "the attorney general": the office, as the role index files it
	}
	if hi-2 >= r.sLo && partyAdjectives[s.w(hi-2)] != "" && s.lex.IsTitle(head) {
		// "The Democratic nominee": the person introduced as of that
		// party (speakerEntity rules out one of another party)
		if id := s.partyHolder(partyAdjectives[s.w(hi-2)], r.sLo); id >= 0 {
			return id
		}
	}
	if (s.lex.IsTitle(head) && !isCapWord(s.w(r.sLo)) || s.lex.IsTitle(head) && hi-r.sLo <= 3) && (!indefinites[s.w(r.sLo)] || s.namedLater(head, r.sLo)) {
		// (not "A Pocketly spokesperson", "a senior minister": someone
		// other than the role's holders named so far)
		nation := "" // "the Turkish minister": never a person of another country
		if hi-r.sLo >= 3 && isCapWord(s.w(hi-2)) && !determiners[s.t.Lower(hi-2)] {
			if id := s.roleOf(head, s.w(hi-2), r.sLo); id >= 0 {
				return id // "The Health Minister": the minister for health, not the last minister
			}
			if nation = s.lex.Country(s.w(hi - 2)); nation != "" {
				if id := s.byRoleNation(head, nation, r.sLo); id >= 0 {
					return id
				}
			}
		}
		if c := s.nationBefore(r.sLo+1, hi-2); nation == "" && c != "" {
			// "The French foreign minister": a nationality before the
			// role's field; never a minister of another country
			if id, ok := s.holderOfNation(head, c, r.sLo); ok {
				return id
			}
		}
		if id := s.byRole(head, r.sLo); id >= 0 && nation == "" {
			return id
		}
		if memberRoles[head] && s.last >= 0 && s.ents.Entities[s.last].Type == entity.Person && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && s.fitsDescription(s.last, head, nation) {
			return s.last // "Pádraig Ó Cinnéide said ... “...,” the Galway East TD told the Dáil."
		}
		if publicRoles[head] && s.last >= 0 && len(s.ents.Entities[s.last].Roles) == 0 && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && s.fitsDescription(s.last, head, nation) {
			// "Mara Quill said ... “...,” the envoy said.": no one is
			// called the envoy, and the last speaker has no other role
			// (not "a police spokesman said", someone else)
			return s.last
		}
		if id := s.mostMentioned(); id >= 0 && publicRoles[head] && s.fitsDescription(id, head, nation) {
			return id
		}
		if (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && s.last >= 0 && s.lastLo >= 0 && s.lastLo < r.sLo && s.ents.Entities[s.last].Type == entity.Person &&
			(hi-r.sLo >= 3 && !s.formerOther(r.sLo, head) || !officeHeads[head] || !s.ents.Entities[s.last].OtherOffice(head)) &&
			s.fitsDescription(s.last, head, nation) && s.nearAfter(s.lastLo, r.sLo) && !s.personBetween(s.lastHi, r.sLo, func(*entity.Entity) bool { return true }) {
			// a description no one was given (a bare office only if the
			// speaker holds no other role: a lawyer is not "the judge"), right
			// after a person spoke with no one else named since: "pensioner Gordon
			// Pilkington, 74, said ... . “...,” the retired bank manager
			// said."
			return s.last
		}
	}
	// relative pronoun: the antecedent right before it ("Sanders, who said")
	if r.sHi-r.sLo == 1 && (s.w(r.sLo) == "who" || s.w(r.sLo) == "which") {
		k := r.sLo - 1
		if k >= 0 && s.w(k) == "," {
			k--
		}
		if k > 2 && isAge(s.w(k)) && s.w(k-1) == "," {
			k -= 2 // "Reinaldo Fuentes, 52, who said"
		}
		if k > 0 && s.w(k) == ")" {
			for o := k - 1; o > 0 && k-o < 8; o-- {
				if s.w(o) == "(" {
					k = o - 1 // "Ibrahim Danjuma-Kwarra (APC, Niger East), who told", "Ms Neema Lyimo (Chadema), who said"
					break
				}
			}
		}
		if id := s.personOf(k); id >= 0 && s.w(r.sLo) == "who" {
			return id // "Linda Park of Channel 7, who asked": the person, not where she works
		}
		m, named := s.ents.MentionAt(k)
		if named && s.w(r.sLo) == "who" && m.Lo >= 2 && prepositions[s.w(m.Lo-1)] && s.pluralHead(m.Lo-2) && s.ents.Entities[m.Entity].Type != entity.Person {
			return -1 // "Republicans on Capitol Hill, who have accused ...": the people, not where they sit
		}
		place := named && s.w(r.sLo) == "who" && k+1 < r.sLo && s.w(k+1) == "," && (s.ents.Entities[m.Entity].Type == entity.GPE || s.ents.Entities[m.Entity].Type == entity.Loc)
		if place || !named && r.sLo > 0 && s.w(r.sLo-1) == "," {
			// ", who" after an apposition of several commas, or of one
			// that ends in a place, belongs to the person the apposition
			// describes: "Atty. Melchor Santiago, former PRWA regional
			// director for Bicol, who told", "Gary Prewitt, 44, a truck
			// driver from Bluefield, W.Va., who said", "Gen. Thomas
			// Halvorsen, a four-star general and former commander of U.S.
			// forces in the Middle East, who endorsed"
			if id := s.personBeforeApposition(r.sLo-1, k); id >= 0 {
				return id
			}
		}
		if named && k >= 0 {
			if id := s.apposedPerson(m); id >= 0 && s.w(r.sLo) == "who" {
				return id // "Gerald Okonjo, deputy governor of the Bank of Norland, who told"
			}
			if e := s.ents.Entities[m.Entity]; (e.Type == entity.GPE || e.Type == entity.Loc) && m.Lo >= 2 && (s.w(m.Lo-1) == "in" || s.w(m.Lo-1) == "at") {
				if o, ok := s.ents.MentionAt(m.Lo - 2); ok && s.w(r.sLo) == "which" && orgLike(s.ents.Entities[o.Entity].Type) {
					return o.Entity // "the Callander Foundation in Toronto, which said": the body, not where it is
				}
				if s.w(r.sLo) == "who" {
					return -1 // "mediators in Cairo, who said": people, not the city
				}
			}
			return m.Entity
		}
		// after an apposition: "Senator Dean Kowalczyk, a National Party
		// member who has called for ..."
		for p := k; p > 0 && k-p < 8 && s.kind(p) == sentence.Word; p-- {
			if w := s.w(p); w == "of" || w == "to" || w == "for" || w == "in" || w == "at" || w == "with" {
				break // "an aide to the governor who ...": "who" is the governor's
			}
			if s.w(p-1) == "," && s.isDescriptionStart(p) {
				q := p - 2
				if q > 2 && isAge(s.w(q)) && s.w(q-1) == "," {
					q -= 2 // "Ravi Ranjan, 24, a graduate from Kanti who said"
				}
				if m, ok := s.ents.MentionAt(q); ok && q >= 0 && s.ents.Entities[m.Entity].Type == entity.Person {
					return m.Entity
				}
				break
			}
		}
		return -1
	}
	// an unnamed spokesperson speaks for the body: "a spokeswoman for the
	// trust", "a spokesman for Brightwell"; a named one speaks as
	// themself ("a spokeswoman for Meridian Trust, Mrs. Ngozi Alabi,")
	sHi := s.headEnd(r.sLo, r.sHi) // "A spokesman for the company, reached by telephone,"
	for k := r.sLo; k+2 < sHi && k < r.sLo+3; k++ {
		if !speakerRoles[s.t.Lower(k)] || s.w(k+1) != "for" && !(s.w(k+1) == "of" && s.t.Lower(k) == "representative") {
			continue // (also "a representative of the company")
		}
		if sHi < r.sHi && s.w(sHi) == "," {
			for j := sHi + 1; j < r.sHi && j < sHi+6; j++ {
				if m, ok := s.ents.MentionAt(j); ok && s.ents.Entities[m.Entity].Type == entity.Person {
					return m.Entity
				}
			}
		}
		if m, ok := s.ents.MentionAt(k + 2); ok && s.ents.Entities[m.Entity].Type == entity.Org {
			return m.Entity
		}
		if noun := s.t.Lower(sHi - 1); (s.w(k+2) == "the" || s.w(k+2) == "that" || s.w(k+2) == "this") && sHi == k+4 && groupNouns[noun] {
			if id := s.recentOrg(r.sLo, noun); id >= 0 {
				return id
			}
		}
		if s.w(k+2) == "the" && sHi > k+3 && sHi <= k+5 && s.lex.IsTitle(s.t.Lower(sHi-1)) {
			// "a spokesman for the prime minister": the person the story
			// gives that role
			role := strings.ToLower(s.t.Src[s.t.Tokens[k+3].Start:s.t.Tokens[sHi-1].End])
			if id := s.byRole(role, r.sLo); id >= 0 {
				return id
			}
		}
	}
	// a group described by its kind: "the insurgents", "the movement",
	// also before a relative clause ("The company, which has 14 million
	// users,")
	if hEnd := s.beforeRelative(r.sLo, r.sHi); hEnd > r.sLo && hEnd-r.sLo <= 3 && groupNouns[s.t.Lower(hEnd-1)] && !isCapWord(s.w(hEnd-1)) && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && !s.namesBody(r.sLo+1, hEnd) {
		noun := s.t.Lower(hEnd - 1)
		if m, ok := s.ents.MentionAt(r.sLo + 1); ok && m.Lo == r.sLo+1 && m.Hi == hEnd-1 && s.ents.Entities[m.Entity].Type == entity.Org && !isPossessive(s.w(hEnd-2)) {
			return m.Entity // "The GMB union said": the body named before its kind (not "the CEO's office")
		}
		if id := s.recentOrg(r.sLo, noun); id >= 0 {
			return id
		}
	}
	// a business described by a trade the gazetteer gives it: "Pfizer ...
	// the drugmaker", "Rio Tinto ... the miner" (a miner may be a person:
	// only a body of that kind is)
	if r.sHi-r.sLo == 2 && kindOnlyNouns[s.t.Lower(r.sHi-1)] && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && !s.personalContent(*r) {
		noun := s.t.Lower(r.sHi - 1)
		if id := s.recentOrgFit(r.sLo, noun, func(id int) bool {
			fits, known := kindFits(noun, s.lex.OrgKind(s.ents.Entities[id].Name))
			return known && fits
		}); id >= 0 {
			return id
		}
	}
	// a body named before by the last word of its name, whatever kind of
	// body it is: "the Heartland Athletic Conference ... the conference"
	// or, capitalised as a short form, by any word of its name: "the
	// Election Commission of India ... The Commission said"
	if r.sHi-r.sLo >= 2 && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") {
		if hEnd := s.beforeRelative(r.sLo, r.sHi); hEnd == r.sLo+2 && !docNouns[s.t.Lower(hEnd-1)] && s.kind(hEnd-1) == sentence.Word {
			noun, short := s.t.Lower(hEnd-1), isCapWord(s.w(hEnd-1))
			if _, mention := s.ents.MentionAt(hEnd - 1); short && !mention && s.lex.IsOrgHead(s.w(hEnd-1)) {
				// (a word that heads bodies' names, not a modifier:
				// "The Independent" is not the Independent Electoral
				// Commission)
				if id := s.recentOrgFit(r.sLo, noun, func(id int) bool {
					return anyWord(s.ents.Entities[id].Name, func(w string) bool { return strings.EqualFold(w, noun) })
				}); id >= 0 {
					return id
				}
			} else if !short && !groupNouns[noun] && s.lex.IsOrgHead(titleCased(noun)) {
				// (a noun that ends bodies' names: "the conference", not
				// "the state" of Islamic State or "the workers")
				if id := s.recentOrgFit(r.sLo, noun, func(id int) bool { return lastWordIs(s.ents.Entities[id].Name, noun) }); id >= 0 {
					return id
				}
			}
		}
	}
	// a name after a lower-case role is the head, whatever comes before
	// the role: "Estrella del Sur president Joaquín Ferreyra"
	for k := r.sLo + 1; k < r.sHi && s.w(k) != ","; k++ {
		if w := s.w(k - 1); !s.lex.IsTitle(s.lower(w)) && !(k-3 > r.sLo && s.w(k-2) == "of" && s.lex.IsTitle(s.t.Lower(k-3))) || isCapWord(w) && k-1 == r.sLo {
			continue // "Kingston Mayor Andrew Swaby", "Marlow Heath director of cricket Claire Hollis"; not "Mayor Andrew Swaby" alone
		}
		if m, ok := s.ents.MentionAt(k); ok && m.Lo == k && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity
		}
	}
	best, bestRank := -1, 99
	for k := r.sLo; k < r.sHi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		if w := s.w(k); w == "," && (best >= 0 || s.unknownName(r.sLo, k) || k+1 < r.sHi && (s.w(k+1) == "who" || s.w(k+1) == "whose")) {
			// an apposition or relative clause follows the head, even an
			// unknown one ("Unite, a member of the TUC,": not the TUC), or
			// a description ("The Yorkshireman, who joined Kelsborough
			// from Marlow Heath,": not the club he left)
			break
		}
		m, ok := s.ents.MentionAt(k)
		if !ok {
			continue
		}
		// possessors are not speakers: "Khalilzad's office said", "Jamal
		// Reyes' lawyer said"
		if m.Hi < r.sHi && (m.End < s.t.Tokens[m.Hi-1].End || s.apostropheAfterS(m.Hi)) {
			k = m.Hi - 1
			continue
		}
		if m.Kind == entity.Description && s.nationClash(m, r.sLo) {
			k = m.Hi - 1
			continue // "The Russian minister" the recogniser merged with Turkish Foreign Minister Hakan Fidan
		}
		e := s.ents.Entities[m.Entity]
		rank := 3
		switch e.Type {
		case entity.Person:
			rank = 0
		case entity.Org:
			rank = 1
		case entity.GPE:
			rank = 2
		}
		if rank == 0 && m.Hi < r.sHi && s.commonNounsAfter(m.Hi, r.sHi) {
			k = m.Hi - 1
			continue // a name modifying its people: "one longtime Whitlock associate", "a half-dozen Whitlock aides"
		}
		if rank < bestRank {
			best, bestRank = m.Entity, rank
		}
		k = m.Hi - 1
	}
	if best >= 0 && bestRank > 0 && speakerRoles[s.t.Lower(r.sHi-1)] && s.endsBefore(best, r.sHi-1) {
		return best // "A Kremlin spokesman said": the body speaks through them
	}
	if best >= 0 && bestRank > 0 {
		// "The New York businessman", "a Tulsa police officer": a place or
		// organisation modifying a common-noun head is not the speaker
		h := r.sHi - 1
		for k := r.sLo + 1; k < r.sHi; k++ {
			if (s.w(k) == "," || relPron[s.w(k)]) && !s.t.Tokens[k].Quoted {
				// the head is before an apposition: "X Inc., a provider of
				// ...", or a relative clause: "A retired U.S. general who
				// once commanded forces in Daryastan"
				h = k - 1
				break
			}
		}
		for h > r.sLo && (s.kind(h) != sentence.Word || s.w(h) == ",") {
			h--
		}
		if p := s.ledeParticiple(r.sLo, h, h); p > r.sLo && !s.hasWordIn(r.sLo, p, func(w string) bool { return findingNouns[w] || sourceNouns[w] || issuedNouns[w] }) {
			// the noun a participle phrase modifies: "A Navy veteran
			// seated near the front" (but "A report published by the
			// Westbourne Institute" is the institute's)
			h = p - 1
		}
		// but a poll or a study is its maker's: "A Brightwater University
		// survey found" is Brightwater University's finding
		_, named := s.ents.MentionAt(h)
		if hw := s.w(h); hw != "" && (hw[0] >= 'a' && hw[0] <= 'z' || h == r.sLo && !named) && !groupNouns[s.t.Lower(h)] && !(findingNouns[hw] && bestRank == 1 && s.endsBefore(best, h)) {
			if m, ok := s.ents.MentionAt(h); !ok || m.Entity != best {
				best = -1
			}
		}
	}
	if best >= 0 && bestRank >= 2 && s.placeAfterHead(r.sLo, r.sHi, best) {
		best = -1
	}
	if best >= 0 {
		return best
	}
	// a role without a name: "US Envoy", "the spokesman" (not the title of
	// a name inside the mention: "Ms Adebayo's lawyer" is no "Ms")
	for k := r.sHi - 1; k >= r.sLo; k-- {
		n := k + 1
		if n < r.sHi && s.w(n) == "." {
			n++ // "Mr. Anand's lawyers"
		}
		if lw := s.t.Lower(k); s.lex.IsTitle(lw) && !(n < r.sHi && isCapWord(s.w(n)) && isPossessive(s.w(n))) {
			if k > r.sLo {
				if nation := s.nationBefore(r.sLo, k); nation != "" {
					if id, ok := s.holderOfNation(lw, nation, r.sLo); ok {
						return id // "The Russian minister": not the Turkish one
					}
				}
			}
			if id := s.byRole(lw, r.sLo); id >= 0 {
				return id
			}
		}
	}
	// a nameless description of a lead official: "the administration's
	// point person", "Washington's top diplomat" — like a bare public role,
	// it points at the article's main actor.
	for k := r.sLo; k+1 < r.sHi; k++ {
		if leadRoles[s.t.Lower(k)+" "+s.t.Lower(k+1)] {
			if id := s.mostMentioned(); id >= 0 {
				return id
			}
		}
	}
	// pronoun head
	head = s.w(r.sHi - 1)
	if r.sHi-r.sLo <= 2 {
		if g, ok := pronouns[head]; ok {
			return s.pronoun(g, r.cueLoOr())
		}
	}
	if g, ok := objectPronouns[head]; ok && r.sHi-r.sLo == 1 && (r.sLo >= 2 && s.w(r.sLo-1) == "to" && s.t.Lower(r.sLo-2) == "according" || r.sLo >= 1 && s.w(r.sLo-1) == "quoted") {
		// "According to him, feeder buses would be introduced", "one of
		// the diplomats quoted her as telling ..."
		return s.pronoun(g, r.cueLoOr())
	}
	if pos := s.t.Lower(r.sLo); r.sHi-r.sLo == 1 && r.cueLo == r.sHi && (pos == "his" || pos == "her") {
		g := byte('m')
		if pos == "her" {
			g = 'f'
		}
		if id := s.personInSentenceBefore(r.sLo, g, false); id >= 0 {
			return id // "Rony was scathing in his criticism of the panel": the sentence's own person
		}
		id := s.pronoun(g, r.sLo) // "In her view, ...", "his refusal to accept the outcome": the one spoken of
		if id >= 0 && (viewNouns[s.t.Lower(r.cueLo)] || verdictNouns[s.t.Lower(r.cueLo)] || s.ents.Entities[id].Gender == g) {
			return id
		}
		if id := s.lastOfGender(r.sLo, g); id >= 0 {
			return id // "Maria Santos chaired the panel. After a call with Jordan Ellis, her decision ..."
		}
		// before other nouns a person of unknown gender only from the
		// sentence itself: not "Hamilton" for "Her claim ..." after
		// "Hamilton finished third"
		return s.personInSentenceBefore(r.sLo, g, true)
	}
	// a former office holder, described: "the former congressman told
	// supporters", "The former state attorney general has argued": a
	// story names its subject and then varies the words (no one still in
	// office is called "former")
	if r.sHi-r.sLo >= 3 && r.sHi-r.sLo <= 6 && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && s.w(r.sLo+1) == "former" &&
		(s.lex.IsTitle(s.lower(head)) || s.lex.IsTitle(strings.ToLower(s.t.Src[s.t.Tokens[r.sLo+2].Start:s.t.Tokens[r.sHi-1].End]))) {
		// (also "The former secretary of state")
		// not someone who holds another office now ("Rep. Adam Schiff ...
		// The former attorney general said")
		id := s.recentPerson(r.sLo, nil)
		if id >= 0 && s.ents.Entities[id].OtherOffice(head) {
			return -1
		}
		return id
	}
	// "The mother of two said" right after someone spoke: the one who spoke
	if g := s.parentOfN(r.sLo, r.sHi); g != 0 {
		if id := s.justSpoke(r.sLo); id >= 0 && (s.ents.Entities[id].Gender == 0 || s.ents.Entities[id].Gender == g) {
			return id
		}
	}
	// "The 51-year-old, who took over in 2021," is the person given that
	// age ("Mark Dunn, 34,"), or else the person named last
	if (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && r.sLo+1 < r.sHi && strings.HasSuffix(s.w(r.sLo+1), "-year-old") &&
		(r.sLo+2 == r.sHi || s.w(r.sLo+2) == "," || r.sLo+3 <= r.sHi && !isCapWord(s.w(r.sLo+2)) && (r.sLo+3 == r.sHi || s.w(r.sLo+3) == "," ||
			r.sLo+4 <= r.sHi && !isCapWord(s.w(r.sLo+3)) && (r.sLo+4 == r.sHi || s.w(r.sLo+4) == ","))) {
		// (also "The 46-year-old scientist")
		age := strings.TrimSuffix(s.w(r.sLo+1), "-year-old")
		if id := s.personAged(age, r.sLo); id >= 0 {
			return id
		}
		if n, err := strconv.Atoi(age); err != nil || n > 110 || r.sLo+2 < r.sHi && s.w(r.sLo+2) != "," && (unnamedPeople[s.w(r.sLo+2)] || groupNouns[s.w(r.sLo+2)] || companyWords[s.w(r.sLo+2)]) {
			return -1 // "The 35-year-old man" nobody named; "the 135-year-old club"
		}
		aged := func(id int) bool { a := s.ageOf(id); return a == "" || a == age } // not "nine-day-old Oliver Quinn" for "The 52-year-old"
		if id := s.justSpoke(r.sLo); id >= 0 && aged(id) {
			return id // "Another neighbour, retired firefighter Tom Kowalski, said ... . The 70-year-old said"
		}
		if id := s.recentSubject(r.sLo, aged); id >= 0 {
			return id
		}
		return s.recentPerson(r.sLo, aged)
	}
	// a person described instead of named, as writers vary their words:
	// "the defender", "the teenager", "The Italian", "the Japanese forward",
	// also before an apposition ("The Yorkshireman, who joined ...")
	hEnd := s.headEnd(r.sLo, r.sHi)
	if hEnd < r.sHi {
		head = s.w(hEnd - 1)
	}
	if hEnd-r.sLo >= 2 && (hEnd-r.sLo <= 3 || hEnd-r.sLo == 4 && (personNouns[s.lower(head)] && s.plainModifiers(r.sLo+1, hEnd-1) || s.worldRanking(r.sLo+1, hEnd))) && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && !isPossessive(s.w(hEnd-2)) {
		if hEnd-r.sLo == 2 && s.manDemonym(head) {
			g := byte('m')
			if strings.HasSuffix(head, "woman") {
				g = 'f'
			}
			return s.pronoun(g, r.sLo) // "the Frenchwoman": the woman named last
		}
		demonym := hEnd-r.sLo == 2 && s.lex.IsDemonym(head) && !collectiveDemonym(head) ||
			hEnd-r.sLo == 3 && s.lex.IsDemonym(s.w(r.sLo+1)+" "+head) // "The New Zealander"
		if personNouns[s.lower(head)] || demonym || s.worldRanking(r.sLo+1, hEnd) {
			// the one a sentence before was about when they spoke last,
			// or for a nationality ("the Swede said" after "Manager Stellan
			// Ekdahl ... expected Adjei-Brandt to be in his squad"), else
			// the one named last ("Producer Mark Ronson worked with Amy
			// Winehouse. The singer said")
			if demonym && s.last >= 0 && continuingCues[s.t.Lower(r.cueLoOr())] && s.ents.Entities[s.last].Type == entity.Person {
				// "Lionel Messi is a doubt, Lionel Scaloni has confirmed.
				// The Argentine added": who goes on speaking, when the
				// nationality tells them apart no better
				return s.last
			}
			if id := s.recentSubject(r.sLo, nil); id >= 0 && (id == s.last || demonym || s.roleFits(id, s.lower(head))) {
				// (also the subject with no other role: "Hamilton finished
				// third behind Verstappen. “...,” the driver said.")
				return id
			}
			return s.recentPerson(r.sLo, nil)
		}
	}
	return -1
}

// continuingCues say that the one who spoke goes on speaking.
var continuingCues = set(`added adds continued continues`)

// roleFits reports whether person id was given no role, or a role whose
// head is noun: a "producer" is no "singer".
func (s *state) roleFits(id int, noun string) bool {
	roles := s.ents.Entities[id].Roles
	if len(roles) == 0 {
		return true
	}
	for _, r := range roles {
		if f := strings.Fields(strings.ToLower(r)); len(f) > 0 && f[len(f)-1] == noun {
			return true
		}
	}
	return false
}

// personNouns are common nouns for a person that a story uses for someone
// it has named ("the defender said"), from sport and the arts, where the
// one named last is the one described; roles in crime and court stories
// ("the officer", "the lawyer", "the victim") are often someone else.
var personNouns = set(`defender forward striker midfielder goalkeeper winger captain player teenager
	youngster coach rookie champion batsman bowler boxer singer actor actress novelist artist
	musician chef billionaire entrepreneur left-hander right-hander all-rounder opener batter spinner
	seamer skipper fly-half scrum-half quarterback pitcher winner medallist medalist olympian
	debutant frontbencher backbencher laureate driver wicketkeeper keeper pundit rider cyclist sprinter
	golfer swimmer jockey gymnast challenger incumbent back-rower flanker fullback`)

// worldRanking reports whether the words [lo,hi) rank a player: "world
// number three", "world No 1", "top seed", "second seed".
func (s *state) worldRanking(lo, hi int) bool {
	switch hi - lo {
	case 2:
		return s.t.Lower(hi-1) == "seed"
	case 3:
		w := s.t.Lower(lo + 1)
		return s.t.Lower(lo) == "world" && (w == "number" || w == "no" || w == "no.")
	}
	return false
}

// plainModifiers reports whether the words [lo,hi) before a person noun
// are modifiers that describe, not name or possess: a year, a club or
// party, "former" ("the 1994 AFCON winner", "the former Everton forward",
// "the Liberal frontbencher").
func (s *state) plainModifiers(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || isPossessive(s.w(k)) || pronouns[s.w(k)] != 0 {
			return false
		}
	}
	return hi > lo
}

// apposedPerson returns the person a body or place mention m belongs to
// as the end of an apposition after the person's name: "Gerald Okonjo,
// deputy governor of the Bank of Norland," (m the bank); or -1.
func (s *state) apposedPerson(m entity.Mention) int {
	if s.ents.Entities[m.Entity].Type == entity.Person {
		return -1
	}
	for p := m.Lo - 1; p > 0 && m.Lo-p <= 8; p-- {
		if s.w(p) == "," {
			if pm, ok := s.ents.MentionAt(p - 1); ok && pm.Hi == p && s.ents.Entities[pm.Entity].Type == entity.Person {
				return pm.Entity
			}
			return -1
		}
		if s.kind(p) != sentence.Word || s.t.Tokens[p].Quoted {
			return -1
		}
	}
	return -1
}

// plainGroup reports whether [lo,hi) is "the", a capitalised modifier
// and a noun for a group of people: "the Pellow family", "the Libyan coast
// guard", "the Korvath presidential office". ("The army" or "the ministry"
// alone stays without a speaker: it means a body named elsewhere, and as a
// speaker's name it would join every army's statements into one.)
func (s *state) plainGroup(lo, hi int) bool {
	if hi-lo < 3 || hi-lo > 5 {
		return false
	}
	named := false
	for k := lo + 1; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		named = named || k < hi-1 && isCapWord(s.w(k))
	}
	head := s.w(hi - 1)
	return named && (groupHeads[head] || groupNouns[head])
}

// prosecutor returns the one person the story calls a prosecutor, else
// the prosecutors' office it names, or -1.
func (s *state) prosecutor() int {
	id := -1
	for _, m := range s.roleHolders("prosecutor") {
		if id >= 0 && m.Entity != id {
			id = -1
			break
		}
		id = m.Entity
	}
	if id >= 0 {
		return id
	}
	for i, e := range s.ents.Entities {
		if orgLike(e.Type) && strings.Contains(e.Name, "Prosecut") {
			return i
		}
	}
	return -1
}

// courtParties are the sides of a trial that speak as such ("the
// defence" is as often a ministry's field).
var courtParties = set(`prosecution`)

// groupHeads are nouns for a group of people that groupNouns lacks.
var groupHeads = set(`family families guard crew team staff troops forces residents villagers`)

// namedInHeadline returns the person whose name [lo,hi) spells out when
// the recogniser left it without a mention, as in a title-case headline;
// or -1.
func (s *state) namedInHeadline(lo, hi int) int {
	if hi-lo < 2 || hi-lo > 4 {
		return -1
	}
	for k := lo; k < hi; k++ {
		if _, ok := s.ents.MentionAt(k); ok || !isCapWord(s.w(k)) {
			return -1
		}
	}
	name := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	for i, e := range s.ents.Entities {
		if e.Type == entity.Person && e.Name == name {
			return i
		}
	}
	return -1
}

// describedBody returns the organisation a subject [lo,hi) names after
// a short description of its kind: "A policy think tank, the Centre for
// Public Debt Watch (CPDW)", "an advocacy group, Clean Harbour"; or -1.
func (s *state) describedBody(lo, hi int) int {
	if hi-lo < 4 || !indefinites[s.w(lo)] || isCapWord(s.w(lo+1)) {
		return -1
	}
	for p := lo + 2; p < hi-1 && p <= lo+5; p++ {
		if s.kind(p-1) != sentence.Word {
			return -1
		}
		if s.w(p) != "," {
			continue
		}
		k := p + 1
		if s.t.Lower(k) == "the" {
			k++
		}
		m, ok := s.ents.MentionAt(k)
		end := hi
		if ok && end-3 >= m.Hi && s.w(end-1) == ")" && s.w(end-3) == "(" {
			end -= 3 // its initials in brackets
		}
		if ok && m.Lo == k && m.Hi == end && orgLike(s.ents.Entities[m.Entity].Type) {
			return m.Entity
		}
		return -1
	}
	return -1
}

// manDemonym reports whether w names a person by nation with "-man" or
// "-woman": "the Dutchman", "the Frenchwoman", "the Scotsman".
func (s *state) manDemonym(w string) bool {
	for _, suf := range []string{"woman", "man"} {
		if p, ok := strings.CutSuffix(w, suf); ok && len(p) >= 4 {
			// "the Yorkshireman", "the Cornishwoman": a capitalised place
			// before -man, even one the gazetteer lacks, unless the word is
			// a role ("the Chairman")
			return s.lex.IsDemonym(p) || p == "Scots" || s.lex.IsPlace(p) || isCapWord(p) && !s.lex.IsTitle(s.lower(w))
		}
	}
	return false
}

// collectiveDemonym reports whether a demonym is also the name of a whole
// people ("The French said"): those and plurals are not one person.
func collectiveDemonym(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

// sameSentenceSubject returns the one person who fits and is named
// earlier in the sentence of a pronoun that opens a subordinate or
// coordinate clause right before the cue at: "Mariners coach Gavin
// Pennick was in a better mood, although he conceded ...". It returns -1
// when no one or more than one person fits.
func (s *state) sameSentenceSubject(fits func(*entity.Entity) bool, lo, at int) int {
	if at < 2 || !clauseLinks[s.t.Lower(at-2)] {
		return -1
	}
	if _, ok := pronouns[s.w(at-1)]; !ok || s.t.Tokens[at-1].Quoted {
		return -1
	}
	ms := s.ents.Mentions
	sent := s.t.Tokens[at].Sent
	id, several, first := -1, false, -1
	for k := lo - 1; k >= 0 && s.t.Tokens[ms[k].Lo].Sent == sent; k-- {
		m := ms[k]
		if s.t.Tokens[m.Lo].Quoted || m.Kind != entity.Name || !fits(s.ents.Entities[m.Entity]) {
			continue
		}
		several = several || id >= 0 && id != m.Entity
		id, first = m.Entity, k
	}
	if several {
		// two who fit: the one that opens the sentence is its subject
		// ("Sheila Dunmore, 58, ... is voting for Vandermeer, though she
		// said ...")
		if first >= 0 && s.opensSentence(ms[first].Lo) && ms[first].Hi < s.n && s.w(ms[first].Hi) == "," {
			return ms[first].Entity
		}
		return -1
	}
	return id
}

// clauseLinks open a clause whose subject may be a pronoun for the
// sentence's subject: "..., although he conceded ...".
var clauseLinks = set(`although though while as because but and after before when since whereas which`)

// subjectSince returns the person who fits and is named, as the subject
// opening a sentence, after the last mention of id before mention index
// lo, or -1.
func (s *state) subjectSince(id int, fits func(*entity.Entity) bool, lo, at int) int {
	ms := s.ents.Mentions
	para, sent := s.t.Tokens[at].Para, s.t.Tokens[at].Sent
	for k := lo - 1; k >= 0 && k >= lo-60; k-- {
		m := ms[k]
		tk := s.t.Tokens[m.Lo]
		if m.Entity == id && !(tk.Sent == sent && m.Kind == entity.Description) {
			return -1 // (a description of the last speaker in the pronoun's own sentence is what is said of them: "The minister, he said, was ...")
		}
		if entity.InByline(s.t, m.Lo) {
			continue // the writer: "By Clare Holloway"
		}
		if tk.Para != para && !(tk.Para == para-1 && s.quotedUpTo(s.t.Paragraphs[para].Lo, s.t.Sentences[sent].Lo)) {
			return -1 // only a paragraph's own opening subject, or the one before when the pronoun opens its paragraph
		}
		if m.Kind == entity.Name && !fits(s.ents.Entities[m.Entity]) {
			if id := s.namesake(m, fits); id >= 0 {
				m.Entity = id // "Ashdown was unmoved. She said ...": Rachel, not Tom Ashdown
			}
		}
		if m.Kind == entity.Description && !tk.Quoted && tk.Sent < sent && tk.Sent >= sent-3 && tk.Para == para && fits(s.ents.Entities[m.Entity]) && s.afterFronted(m.Lo, m.Hi) {
			// one of the three sentences before (a quotation may be split
			// into several) has the person as its subject by a role after
			// a fronted clause: "Asked about it by reporters, the agent
			// laughed. “...,” he said."
			return m.Entity
		}
		if m.Kind != entity.Name || tk.Quoted || tk.Sent == sent || m.Lo >= s.lastLo && m.Hi <= s.lastHi || !fits(s.ents.Entities[m.Entity]) {
			continue // (not inside the pronoun's own sentence: "Reed had been superb, he said")
		}
		if tk.Para != para && s.t.Paragraphs[tk.Para].Lo != s.t.Sentences[tk.Sent].Lo {
			return -1 // someone who fits, named later in the paragraph before: not clear
		}
		if tk.Sent == sent-1 && tk.Para == para && s.sentenceUnquoted(tk.Sent) && s.firstMention(m) && s.onlyPersonIn(tk.Sent, m.Entity) && s.sentenceEndsAt(m.Hi) && s.commonSubject(tk.Sent) && (m.Lo == 0 || s.w(m.Lo-1) != "by") {
			// a newcomer the sentence right before ends with, no one
			// else named there: "The award went to Jonah Petrakis. “...,”
			// he said."
			return m.Entity
		}
		if tk.Sent == sent-1 && tk.Para == para && s.sentenceUnquoted(tk.Sent) && (s.opensSentence(m.Lo) && s.verbAt(m.Hi) || s.apposedSubject(m)) {
			// the subject of the sentence right before, with a verb of
			// its own: "Mr. Warnock was more cautious. He said ...", "The
			// committee chairman, Senator Charles E. Grassley of Iowa,
			// scheduled a vote. He said ..."
			return m.Entity
		}
		// the subject opening the paragraph, not a possessor ("Karzai's
		// words came ...", "Evans' remarks ..."); a speaker of the same
		// gender named before it keeps the pronoun through a background
		// sentence in the middle of a paragraph
		if (s.t.Paragraphs[tk.Para].Lo == s.t.Sentences[tk.Sent].Lo || s.firstMention(m) && (!s.lastInParagraph(para, m.Lo) || s.introducedPerson(m) && tk.Sent == sent-1) && !s.passiveAfter(m.Hi)) && (s.opensSentence(m.Lo) || s.afterFronted(m.Lo, m.Hi) || s.apposedOpening(m.Lo, m.Hi)) && m.End == s.t.Tokens[m.Hi-1].End && !strings.HasSuffix(s.w(m.Hi-1), "'") && !strings.HasSuffix(s.w(m.Hi-1), "’") && (m.Hi >= s.n || s.w(m.Hi) != "'" && s.w(m.Hi) != "’") {
			return m.Entity
		}
	}
	return -1
}

// verbAt reports whether a finite verb in the past or a form of "be" is
// at k: a subject's verb right after it.
func (s *state) verbAt(k int) bool {
	return k < s.n && !s.t.Tokens[k].Quoted && (beForms[s.w(k)] || pastVerb(s.w(k)) || irregularPast[s.w(k)] || s.presentVerb(k))
}

// presentVerb reports whether the word at k looks like a verb in the
// present with -s, as profiles narrate: "Camille glances toward the
// kitchen."
func (s *state) presentVerb(k int) bool {
	w := s.w(k)
	return len(w) > 3 && isLowerWord(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !npStop[w]
}

// apposedSubject reports whether the name m is apposed to the short noun
// phrase that opens its sentence and the sentence's verb follows the
// apposition: "Mr. Trump's running mate, Senator JD Vance of Ohio, went
// further."
func (s *state) apposedSubject(m entity.Mention) bool {
	c := m.Lo - 1
	for c > 0 && s.lex.IsTitle(s.t.Lower(c)) {
		c--
	}
	st := s.t.Sentences[s.t.Tokens[m.Lo].Sent].Lo
	if c <= st || c-st > 8 || s.w(c) != "," {
		return false
	}
	for k := st; k < c; k++ {
		w := s.w(k)
		abbrev := w == "." && k > st && s.t.Tokens[k-1].End == s.t.Tokens[k].Start // "Mr."
		if s.t.Tokens[k].Quoted || s.kind(k) == sentence.Punct && w != "'" && w != "’" && !abbrev || npStop[s.t.Lower(k)] || pastVerb(w) {
			return false
		}
	}
	e := m.Hi
	if e+1 < s.n && s.w(e) == "of" && isCapWord(s.w(e+1)) {
		for e++; e < s.n && isCapWord(s.w(e)); e++ {
		}
	}
	if e+3 < s.n && s.w(e) == "," && isDigits(s.w(e+1)) && s.w(e+2) == "," {
		e += 2 // an age: "Her great-niece, Abby Olufsen, 16, is in that choir."
	}
	return e+1 < s.n && s.w(e) == "," && s.verbAt(e+1)
}

// onlyPersonIn reports whether id is the only person named in sentence i.
func (s *state) onlyPersonIn(i, id int) bool {
	sen := s.t.Sentences[i]
	for k := sen.Lo; k < sen.Hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok {
			if m.Entity != id && s.ents.Entities[m.Entity].Type == entity.Person {
				return false
			}
			k = max(k, m.Hi-1)
		}
	}
	return true
}

// commonSubject reports whether sentence i opens with a determiner, so
// that its subject is a thing or an unnamed person, not someone named or
// a pronoun: "The award went to ...".
func (s *state) commonSubject(i int) bool {
	w := s.t.Lower(s.t.Sentences[i].Lo)
	return determiners[w] && !numeral(w) || possessivePronouns[w]
}

// sentenceEndsAt reports whether the sentence of token k-1 ends at k,
// with only its closing punctuation after.
func (s *state) sentenceEndsAt(k int) bool {
	sen := s.t.Sentences[s.t.Tokens[k-1].Sent]
	for j := k; j < sen.Hi; j++ {
		if s.kind(j) == sentence.Word {
			return false
		}
	}
	return true
}

// sentenceUnquoted reports whether sentence i holds no quotation mark:
// narration, not a quotation with its attribution.
func (s *state) sentenceUnquoted(i int) bool {
	sen := s.t.Sentences[i]
	for k := sen.Lo; k < sen.Hi; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) == sentence.OpenQuote || s.kind(k) == sentence.CloseQuote {
			return false
		}
	}
	return true
}

// namesake returns the person who fits and shares the surname that the
// one-word mention m gives ("Ashdown" for Tom and for Rachel Ashdown), or
// -1 when there is none or more than one.
func (s *state) namesake(m entity.Mention, fits func(*entity.Entity) bool) int {
	if m.Hi-m.Lo != 1 {
		return -1
	}
	w, found := s.w(m.Lo), -1
	for id, e := range s.ents.Entities {
		if id == m.Entity || e.Type != entity.Person || !fits(e) {
			continue
		}
		if i := strings.LastIndexByte(e.Name, ' '); i > 0 && e.Name[i+1:] == w {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	return found
}

// quotedUpTo reports whether nothing but a quotation stands from token lo
// up to token hi: a pronoun whose sentence follows the opening sentences of
// its own quotation ("“The truck comes twice a week. Fifty liters ...,”
// she said.") opens its paragraph as much as one that starts it.
func (s *state) quotedUpTo(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !s.t.Tokens[k].Quoted && s.kind(k) != sentence.OpenQuote && s.kind(k) != sentence.CloseQuote {
			return false
		}
	}
	return true
}

// apposedOpening reports whether the name [lo,hi) is set off by commas
// after the description that opens its sentence, so that it is the
// sentence's subject: "The Deputy Minister for Food and Agriculture, Mr
// Isaac Ayitey-Lamptey, appealed for calm."
func (s *state) apposedOpening(lo, hi int) bool {
	c := lo - 1
	if c > 0 && s.lex.IsTitle(s.t.Lower(c)) {
		c--
	}
	if c < 1 || s.w(c) != "," || hi >= s.n || s.w(hi) != "," {
		return false
	}
	st := s.t.Sentences[s.t.Tokens[lo].Sent].Lo
	if !determiners[s.t.Lower(st)] || c-st > 10 {
		return false
	}
	role := c-1 > st && s.lex.IsTitle(s.t.Lower(c-1)) // "The Knights’ captain, Sam Oduro-Kellett,", "The club captain, ..."
	for k := st + 1; k < c; k++ {
		w := s.w(k)
		if role && (w == "’" || w == "'" || s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && !npStop[w] && !relPron[w] && !pastVerb(w) && !auxWord(w)) {
			continue // (not a relative clause: "The man who attacked the club captain, ...")
		}
		if s.kind(k) != sentence.Word || !isCapWord(w) && w != "of" && w != "for" && w != "and" && w != "the" && !s.lex.IsTitle(s.t.Lower(k)) {
			return false
		}
	}
	return true
}

// introducedPerson reports whether the first mention m of a person introduces
// them with an apposition or a role before the name ("longshoreman Rickey
// Dupree, 41, stood on the picket line"): a new subject the story turns
// to, whom a pronoun in the next sentence names even after another
// speaker of the same paragraph.
func (s *state) introducedPerson(m entity.Mention) bool {
	if m.Hi < s.n && s.w(m.Hi) == "," {
		return true // "Rickey Dupree, 41,", "Alma Delgado, is"
	}
	return m.Lo > 0 && s.kind(m.Lo-1) == sentence.Word && !isCapWord(s.w(m.Lo-1)) && (s.lex.IsTitle(s.t.Lower(m.Lo-1)) || describedNouns[s.w(m.Lo-1)] || personNouns[s.w(m.Lo-1)])
}

// lastInParagraph reports whether the last speaker is named in paragraph
// para before token k: a newcomer named later there, not as a sentence's
// subject, is background to their words ("Coach Mark Dolan praised his
// players, and a goal by Jamie Reed sealed it. He said ...").
func (s *state) lastInParagraph(para, k int) bool {
	if s.last < 0 {
		return false // no one has spoken yet
	}
	for _, m := range s.ents.Entities[s.last].Mentions {
		if m.Lo < k && s.t.Tokens[m.Lo].Para == para {
			return true
		}
	}
	return false
}

// passiveAfter reports whether the clause after a name ending at k, past
// any apposition, is passive ("John Carter, 19, of Salford, was arrested"):
// someone things happen to, not the next speaker.
func (s *state) passiveAfter(k int) bool {
	for k < s.n && s.w(k) == "," {
		k++
		for k < s.n && s.w(k) != "," && s.kind(k) == sentence.Word && !beForms[s.w(k)] && s.w(k) != "has" && s.w(k) != "had" {
			k++ // an apposition or several: ", 19, of Salford,"
		}
	}
	if k+1 >= s.n {
		return false
	}
	switch s.w(k) {
	case "was", "were", "is", "are", "has", "had", "been":
		w, j := s.w(k+1), k+1
		if w == "been" && k+2 < s.n {
			w, j = s.w(k+2), k+2
		}
		if j+1 < s.n && s.w(j+1) == "to" && (w == "expected" || w == "scheduled" || w == "set" || w == "due" || w == "slated") {
			return false // "is expected to publish": what they will do, not what is done to them
		}
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
	}
	return false
}

// firstMention reports whether m is the first mention of its entity: a
// person introduced right before a quotation ("Tom Harrow, who lives next
// door, remembers it differently") is its topic, unlike one named before
// and mentioned again in passing ("Reed has now scored 12 goals").
func (s *state) firstMention(m entity.Mention) bool {
	ms := s.ents.Entities[m.Entity].Mentions
	return len(ms) > 0 && ms[0].Lo == m.Lo
}

// opensSentence reports whether the name starting at token k opens its
// sentence, after at most a title or a determiner ("Orla Harrow, reached
// by phone, ...", "Commissioner Benedikt Marsh said").
func (s *state) opensSentence(k int) bool {
	// past a fronted phrase of time: "At one point Judge Harriet Solvang"
	lo := s.afterTimeLead(s.t.Sentences[s.t.Tokens[k].Sent].Lo, k)
	role := false // "Falcons director of rugby Gareth Ellery": a role's field may follow "of"
	for j := lo; j < k; j++ {
		w := s.t.Lower(j)
		if s.lex.IsTitle(w) {
			role = true
			continue
		}
		if role && (w == "of" || w == "for") && j+1 < k {
			continue
		}
		if w != "the" && w != "." && !isCapWord(s.w(j)) && !subjectRoleWords[w] && !describedNouns[w] && !personNouns[w] && !entity.IsRelative(w) && !(role && s.kind(j) == sentence.Word && j > lo && (s.w(j-1) == "of" || s.w(j-1) == "for")) {
			return false
		}
	}
	return true
}

// subjectRoleWords may stand before a name that opens its sentence, with
// a role: "Her friend Dana Kowalczyk", "Another resident, Ramesh Kushwaha".
var subjectRoleWords = set(`her his their its friend another fellow longtime former veteran international ,`)

// afterFronted reports whether the name [k,hi) is the subject of its
// sentence's main clause after a fronted clause: "Asked whether she would
// set a deadline, Desvalles shook her head", "After the vote, Senator
// Reyes said ...". The fronted clause opens with a subordinator, a
// preposition of time or a participle, and a verb follows the name.
func (s *state) afterFronted(k, hi int) bool {
	lo := s.t.Sentences[s.t.Tokens[k].Sent].Lo
	j := k
	for j > lo && (s.lex.IsTitle(s.t.Lower(j-1)) || s.w(j-1) == "the") {
		j--
	}
	if j-2 <= lo || s.w(j-1) != "," {
		return false
	}
	w0 := s.w(lo)
	opener := subordinators[s.lower(w0)] || frontPreps[w0] || prepositions[s.lower(w0)] || frontAdverbs[w0] || isCapWord(w0) && len(w0) > 4 && (strings.HasSuffix(w0, "ing") || strings.HasSuffix(w0, "ed"))
	if !opener || hi >= s.n {
		return false
	}
	// a verb follows, past an apposition (", a 34-year-old schoolteacher,"):
	// one the lexicon knows, or any lower-case word that is not a
	// preposition or a conjunction ("Desvalles shook her head")
	if s.w(hi) == "," {
		for k := hi + 1; k < s.n && k < hi+10; k++ {
			if s.w(k) == "," {
				hi = k + 1
				break
			}
			if s.kind(k) != sentence.Word {
				break
			}
		}
		if hi >= s.n {
			return false
		}
	}
	w := s.w(hi)
	return s.verbAhead(hi) || s.kind(hi) == sentence.Word && w[0] >= 'a' && w[0] <= 'z' && !prepositions[w] && w != "and" && w != "or" && w != "of"
}

// frontAdverbs open a fronted phrase of place or time: "Back at the
// bakery, Nadia Serin ...".
var frontAdverbs = set(`Back Later Earlier Meanwhile Outside Inside Nearby Elsewhere Today Yesterday Afterwards`)

// namedPolice returns the one police force the text names ("Carrow Falls
// Police Department"), or -1 when it names none or several. A force's
// short name that a title made of it ("Linwood Police" of "Linwood Police
// Chief Ann Roe") is the same force as its full name ("Linwood Police
// Department").
func (s *state) namedPolice() int {
	id := -1
	for i, e := range s.ents.Entities {
		if e.Type != entity.Org || !policeForce(e.Name) {
			continue
		}
		switch {
		case id < 0:
			id = i
		case strings.HasPrefix(e.Name, s.ents.Entities[id].Name+" "):
			id = i // the full name after the short one
		case !strings.HasPrefix(s.ents.Entities[id].Name, e.Name+" "):
			return -1
		}
	}
	return id
}

// policeForce reports whether an organisation's name is a police force's
// ("Carrow Falls Police Department", "Kent Police", "Police Scotland"),
// not a body about the police ("Police Federation", "Independent Office for
// Police Conduct").
func policeForce(name string) bool {
	for _, suf := range []string{" Police", " Police Department", " Police Service", " Constabulary", " Police Force"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return strings.HasPrefix(name, "Police ") && strings.Count(name, " ") == 1 && !strings.HasSuffix(name, " Federation")
}

// namedSince reports whether someone else who fits the pronoun is named
// after the last mention of id before mention index lo: then the last
// speaker, whose gender is unknown, is not the only candidate ("Morrow
// said ... Halloran has not backed away. Asked ..., he said").
func (s *state) namedSince(id int, fits func(*entity.Entity) bool, lo int) bool {
	ms := s.ents.Mentions
	for k := lo - 1; k >= 0 && k >= lo-60; k-- {
		m := ms[k]
		if m.Entity == id {
			return false
		}
		if m.Lo >= s.lastLo && m.Hi <= s.lastHi {
			continue // inside the last speaker's own mention: "an analyst at Harcourt Lyle"
		}
		if m.Lo >= s.lastCLo && m.Hi <= s.lastCHi {
			continue // in what the last speaker said: "Obama criticized Donald Trump. He said ..."
		}
		if m.Kind == entity.Name && !s.t.Tokens[m.Lo].Quoted && fits(s.ents.Entities[m.Entity]) {
			return true
		}
	}
	return false
}

// unnamedPeople are the nouns of people a story describes without naming:
// "the 35-year-old man" is not whoever was named last.
var unnamedPeople = set(`man woman boy girl victim suspect driver passenger pedestrian motorist teenager child`)

// personAged returns the person whose name is followed by ", age," before
// token at ("Mark Dunn, 34, was stabbed"), or -1.
func (s *state) personAged(age string, at int) int {
	for _, m := range s.ents.Mentions[:s.mentionsBefore(s.ents.Mentions, at)] {
		if m.Kind == entity.Name && m.Hi+2 < s.n && s.w(m.Hi) == "," && s.w(m.Hi+1) == age && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity
		}
	}
	return -1
}

// parentOfN returns the sex of "the (39-year-old) mother of two", "the
// father of three" at [lo,hi), or 0 when it is no such description.
func (s *state) parentOfN(lo, hi int) byte {
	if hi-lo < 4 || s.t.Lower(lo) != "the" || s.w(hi-2) != "of" || !numeral(s.t.Lower(hi-1)) {
		return 0
	}
	switch s.t.Lower(hi - 3) {
	case "mother", "grandmother":
		return 'f'
	case "father", "grandfather":
		return 'm'
	}
	return 0
}

// justSpoke returns the person who spoke last when they were named in
// the sentence right before token at, with no one else named since: the
// one a description in the next sentence most likely means ("Tom
// Kowalski said ... . The 70-year-old said", "... . The mother of two
// said"); or -1.
func (s *state) justSpoke(at int) int {
	if s.last < 0 || s.lastLo < 0 || s.lastLo >= at {
		return -1
	}
	if s.t.Tokens[s.lastLo].Sent+1 != s.t.Tokens[at].Sent || s.personBetween(s.lastHi, at, func(*entity.Entity) bool { return true }) {
		return -1
	}
	return s.last
}

// ageOf returns the age the text gives person id beside a name mention
// of theirs: "34" of "Mark Dunn, 34," or of "34-year-old Mark Dunn", and
// an age in other units as written ("nine-day-old"); "" when none.
func (s *state) ageOf(id int) string {
	for _, m := range s.ents.Entities[id].Mentions {
		if m.Kind != entity.Name {
			continue
		}
		if m.Hi+2 < s.n && s.w(m.Hi) == "," && isAge(s.w(m.Hi+1)) {
			return s.w(m.Hi + 1)
		}
		for k := m.Lo - 1; k >= 0 && k >= m.Lo-3 && s.kind(k) == sentence.Word; k-- {
			if w := s.w(k); strings.HasSuffix(w, "-old") {
				return strings.TrimSuffix(w, "-year-old")
			}
		}
	}
	return ""
}

// recentPerson returns the person mentioned last by name before token at,
// outside quotations, who fits when fits is not nil, or -1.
func (s *state) recentPerson(at int, fits func(id int) bool) int {
	ms := s.ents.Mentions
	for k := s.mentionsBefore(ms, at) - 1; k >= 0 && ms[k].Lo >= at-400; k-- {
		if m := ms[k]; !s.t.Tokens[m.Lo].Quoted && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person && !entity.InByline(s.t, m.Lo) && (fits == nil || fits(m.Entity)) {
			return m.Entity
		}
	}
	return -1
}

// mentionsBefore returns how many of ms (in text order) start before token
// at: the index after the last mention before it.
func (s *state) mentionsBefore(ms []entity.Mention, at int) int {
	pos := s.t.Tokens[at].Start
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
}

// personOf returns the person named right before "of", "from" or "at"
// whose phrase ends at token k ("Linda Park of Channel 7", "a reporter
// from The Times"), or -1.
func (s *state) personOf(k int) int {
	for o := k; o > 0 && k-o < 6 && s.kind(o) == sentence.Word; o-- {
		if w := s.w(o); w == "of" || w == "from" || w == "at" {
			if m, ok := s.ents.MentionAt(o - 1); ok && m.Hi == o && s.ents.Entities[m.Entity].Type == entity.Person {
				return m.Entity
			}
			return -1
		}
	}
	return -1
}

// personBeforeApposition returns the person named before the comma that
// opens a description ("a truck driver", "former director", an age)
// among the commas before comma, the one that closes it, or -1.
func (s *state) personBeforeApposition(comma, k int) int {
	if k < 0 || s.w(k) == "who" || s.w(k) == "which" {
		return -1
	}
	if m, ok := s.mentionBeforeApposition(comma, 1); ok {
		return m.Entity
	}
	return -1
}

// mentionBeforeApposition returns the mention of the person named before
// the comma that opens the appositions ending at comma, looking back no
// further than stop: "Senior advocate Thenmozhi Arunachalam, appearing for
// the Kongu Farmers' Federation, an intervenor in the case,".
func (s *state) mentionBeforeApposition(comma, stop int) (entity.Mention, bool) {
	for c := comma - 1; c > stop && comma-c < 24; c-- {
		if s.t.Tokens[c].Quoted || s.kind(c) != sentence.Word && s.w(c) != "," && s.w(c) != "." && s.w(c) != "(" && s.w(c) != ")" {
			return entity.Mention{}, false
		}
		if s.w(c) != "," {
			continue
		}
		if !s.isDescriptionStart(c+1) && !isAge(s.w(c+1)) && !s.lex.IsTitle(s.t.Lower(c+1)) && !roleModifiers[s.w(c+1)] && !agentParticiples[s.w(c+1)] {
			continue
		}
		at := c - 1
		if isAge(s.w(at)) && at > 1 && s.w(at-1) == "," {
			at -= 2 // "Gary Prewitt, 44, a truck driver"
		}
		if m, ok := s.ents.MentionAt(at); ok && m.Hi == at+1 && s.ents.Entities[m.Entity].Type == entity.Person {
			return m, true
		}
		if !agentParticiples[s.w(c+1)] {
			return entity.Mention{}, false
		}
	}
	return entity.Mention{}, false
}

// agentParticiples open an apposition saying whom a person acts for:
// "appearing for the federation", "representing the family".
var agentParticiples = set(`appearing representing`)

// roleModifiers open a description of someone's role without an article:
// "Melchor Santiago, former regional director for Bicol,".
var roleModifiers = set(`former retired longtime veteran acting interim then`)

// personWithin reports whether a person's name starts in [lo,hi).
func (s *state) personWithin(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && m.Lo == k && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// sentenceConjunctions open a sentence before its subject.
var sentenceConjunctions = set(`But And Yet So`)

// afterTimes are adverbs of time that may end an inverted speaker's phrase.
var afterTimes = set(`afterwards afterward later earlier`)

// objectPronouns are the pronouns "according to" takes, by gender.
var objectPronouns = map[string]byte{"him": 'm', "her": 'f', "them": 'p'}

// speakerRoles are the people who speak for a body without being named.
var speakerRoles = set(`spokesman spokeswoman spokesperson representative`)

// roles that, without a name, usually point at the article's main actor.
var publicRoles = set(`envoy spokesman spokeswoman spokesperson ambassador minister president
	secretary governor senator mayor official diplomat negotiator`)

// memberRoles name a member of a legislature by the seat: "the Galway East
// TD", "the Labour MP for Yarrow". A story uses them for the member who has
// just spoken, whatever other role that member has.
var memberRoles = set(`td mp mla msp mep congressman congresswoman`)

// mentionWithin reports whether entity id is mentioned inside [lo,hi):
// a word of a description, not the one it describes ("The Member for
// Warringah" read as a name).
func (s *state) mentionWithin(id, lo, hi int) bool {
	if id < 0 {
		return false
	}
	for _, m := range s.ents.Entities[id].Mentions {
		if m.Lo >= lo && m.Hi <= hi {
			return true
		}
	}
	return false
}

// memberSpeaker resolves a legislator described by seat or party, [lo,hi)
// being "the" and a description holding a member's role ("The Dublin
// Central TD", "The Ulster Unionist MLA", "The Member for Melbourne",
// "The Liberal MP for Fairfax"): the person who spoke last, right before
// it with no one named between; or nobody (-1). ok is false when [lo,hi)
// is no such description. The place or party in the words is never the
// speaker.
func (s *state) memberSpeaker(lo, hi int) (id int, ok bool) {
	if hi-lo < 3 || hi-lo > 8 || s.t.Lower(lo) != "the" {
		return -1, false // (a bare "the MP" may be one the story names next)
	}
	member := false
	for k := lo + 1; k < hi; k++ {
		w := s.t.Lower(k)
		if isPossessive(s.w(k)) {
			return -1, false // "the town's MP"
		}
		if memberRoles[w] && (k == hi-1 || s.w(k+1) == "for") || w == "member" && k+1 < hi && s.w(k+1) == "for" {
			member = true
		}
		if s.kind(k) != sentence.Word {
			return -1, false
		}
	}
	if !member {
		return -1, false
	}
	if s.last >= 0 && s.lastLo >= 0 && s.lastLo < lo && s.nearAfter(s.lastLo, lo) && !s.personBetween(s.lastHi, lo, func(*entity.Entity) bool { return true }) {
		return s.last, true
	}
	if id := s.recentSubject(lo, nil); id >= 0 && s.nearAfter(s.ents.Entities[id].Mentions[0].Lo, lo) {
		return id, true
	}
	return -1, true
}

// fitsRole reports whether e may be called by the role noun head: a
// role that names a sex ("spokesman", "spokeswoman") is nobody of the
// other one ("Maria Patel said ... . The spokesman said" is someone else).
func fitsRole(e *entity.Entity, head string) bool {
	switch {
	case strings.HasSuffix(head, "woman"):
		return e.Gender != 'm'
	case strings.HasSuffix(head, "man"):
		return e.Gender != 'f'
	}
	return true
}

// formerOther reports whether the description at lo is "the former" and
// an office while the last person named holds another office by title:
// "Sen. Ada Brightwater ... the former governor" is someone else.
func (s *state) formerOther(lo int, head string) bool {
	if s.t.Lower(lo+1) != "former" || !officeHeads[head] {
		return false
	}
	for _, x := range s.ents.Entities[s.last].Roles {
		x = strings.ToLower(strings.TrimSuffix(x, "."))
		if x != head && s.lex.IsTitle(x) && !officeHeads[x] || x != head && officeHeads[x] {
			return true
		}
	}
	return false
}

// officeHeads are offices one person holds in a story, whose holder is
// someone else than a speaker with another role.
var officeHeads = set(`judge magistrate coroner mayor governor president chairman chairwoman chair
	minister senator manager coach prosecutor sheriff referee premier`)

// leadRoles are two-word descriptions of a lead official (see publicRoles).
var leadRoles = map[string]bool{
	"point person": true, "point man": true, "point woman": true,
	"top diplomat": true, "top envoy": true, "special envoy": true, "special representative": true,
	"chief negotiator": true, "lead negotiator": true, "top negotiator": true,
}

// mostMentioned returns the person with the most name mentions.
func (s *state) mostMentioned() int {
	best, n := -1, 1
	for i, e := range s.ents.Entities {
		if e.Type == entity.Person && len(e.Mentions) > n {
			best, n = i, len(e.Mentions)
		}
	}
	return best
}

// nouns that refer back to a named organisation or armed group.
var groupNouns = set(`insurgents militants rebels group movement militia organisation organization
	party company firm agency ministry department government administration association trust
	institute authority council commission committee foundation board front alliance coalition
	league federation court university hospital manufacturer maker carmaker automaker retailer label startup
	lender insurer district club union museum gallery office bureau regulator watchdog mission
	airline carrier observatory brigade studio brokerage bank bench coastguard force operator
	embassy consulate military army tribunal municipality metro forum bloc center centre network guard
	fund supermarket chain utility charity broadcaster developer publisher faction guerrillas`)

// namesBody reports whether an organisation's name mention covers the
// end of [lo,hi): "the UK government" names its body, "the government"
// refers back to one.
func (s *state) namesBody(lo, hi int) bool {
	m, ok := s.ents.MentionAt(hi - 1)
	return ok && m.Lo >= lo && m.Kind == entity.Name && orgLike(s.ents.Entities[m.Entity].Type)
}

// kinNouns are the relatives who speak for someone named after "of": "the
// family of Jamie Reid", "the parents of the victim".
var kinNouns = set(`family parents relatives mother father widow widower wife husband son daughter sons daughters children brother sister siblings`)

// kinOf returns "Jamie Reid's family" for the mention [lo,hi) "The family
// of Jamie Reid", where the relatives speak, not the person they are kin
// to; "" otherwise.
func (s *state) kinOf(lo, hi int) string {
	if hi-lo < 4 || !determiners[s.t.Lower(lo)] || !kinNouns[s.t.Lower(lo+1)] || s.w(lo+2) != "of" {
		return ""
	}
	m, ok := s.ents.MentionAt(lo + 3)
	if !ok || m.Lo != lo+3 || m.Hi != hi || s.ents.Entities[m.Entity].Type != entity.Person {
		return ""
	}
	return s.ents.Entities[m.Entity].Name + "'s " + s.t.Lower(lo+1)
}

// bareSpokesperson returns the organisation a bare "a spokesman" speaks
// for: the one named last before token lo, in its paragraph or the one
// before, with no person named in between; or -1.
func (s *state) bareSpokesperson(lo, hi int) int {
	if hi-lo != 2 || !indefinites[s.w(lo)] || !spokesRoles[s.t.Lower(lo+1)] {
		return -1
	}
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, lo) - 1; j >= 0 && s.nearAfter(ms[j].Lo, lo); j-- {
		m := ms[j]
		e := s.ents.Entities[m.Entity]
		if s.t.Tokens[m.Lo].Quoted {
			continue
		}
		if e.Type == entity.Person {
			return -1 // someone named since: whose spokesman is unclear
		}
		if e.Type == entity.Org && !mediaOutlets[e.Name] && !platforms[e.Name] && !s.mediaMention(m) {
			return m.Entity
		}
	}
	return -1
}

// spokesRoles are the nouns of those who speak for a body.
var spokesRoles = set(`spokesman spokeswoman spokesperson`)

// mediaMention reports whether the organisation mention m is a medium a
// story cites or speaks to ("told the BBC", "the Times reported"), not a
// body with a spokesperson of its own in the story.
func (s *state) mediaMention(m entity.Mention) bool {
	if m.Lo > 0 && (s.w(m.Lo-1) == "told" || s.w(m.Lo-1) == "to" || s.w(m.Lo-1) == "on") {
		return true
	}
	if m.Lo > 1 && determiners[s.t.Lower(m.Lo-1)] && (s.w(m.Lo-2) == "told" || s.w(m.Lo-2) == "to") {
		return true
	}
	return m.Hi < s.n && (s.w(m.Hi) == "reported" || s.w(m.Hi) == "reports")
}

// spokespersonOf returns the body an unnamed spokesperson named by a
// modifier speaks for: "a Meridian Pacific spokesperson" (the body of that
// name named last before), "a company spokesman", "a ministry
// spokeswoman" (the body of that kind named last); -1 otherwise.
func (s *state) spokespersonOf(lo, hi int) int {
	if hi-lo < 3 || !speakerRoles[s.t.Lower(hi-1)] {
		return -1
	}
	body := -1 // a body named in full between the article and the role
	if m, ok := s.ents.MentionAt(lo + 1); ok && m.Lo == lo+1 && m.Hi == hi-1 && s.ents.Entities[m.Entity].Type == entity.Org {
		body = m.Entity
	}
	switch s.w(lo) {
	case "a", "A", "an", "An":
	case "the", "The":
		// "the Foreign Office spokesperson": the body speaks, unless the
		// story names its spokesperson (the description is then that
		// person's)
		if d, ok := s.ents.MentionAt(lo); ok && d.Lo == lo && s.ents.Entities[d.Entity].Type == entity.Person {
			return -1
		}
		return body
	default:
		return -1
	}
	if body >= 0 {
		return body
	}
	if isCapWord(s.w(lo + 1)) {
		// a short form of a body named before: "a Meridian Pacific
		// spokesperson" after "Meridian Pacific Railroad" (the one named
		// last)
		name := s.t.Src[s.t.Tokens[lo+1].Start:s.t.Tokens[hi-2].End]
		ms := s.ents.Mentions
		from := s.mentionsBefore(ms, lo)
		for k := from - 1; k >= 0 && k >= from-200; k-- { // bounded, as recentOrg is: one scan per quotation
			if e := s.ents.Entities[ms[k].Entity]; e.Type == entity.Org && (e.Name == name || strings.HasPrefix(e.Name, name+" ")) {
				return ms[k].Entity
			}
		}
	}
	if hi-lo == 3 && groupNouns[s.t.Lower(lo+1)] && !crowdNouns[s.t.Lower(lo+1)] {
		return s.recentOrg(lo, s.t.Lower(lo+1))
	}
	return -1
}

// unknownBodyRole returns the name of the body in "a|an NAME
// spokesperson" [lo,hi) when NAME is capitalised words that no entity,
// nationality or place covers ("An Uber spokesperson", "A Savanna Mobile
// spokesperson"), or "".
func (s *state) unknownBodyRole(lo, hi int) string {
	if hi-lo < 3 || hi-lo > 5 || !indefinites[s.w(lo)] || !speakerRoles[s.t.Lower(hi-1)] {
		return ""
	}
	for k := lo + 1; k < hi-1; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || !isCapWord(w) || s.lex.IsDemonym(w) || s.lex.IsPlace(w) || s.lex.IsTitle(s.t.Lower(k)) {
			return ""
		}
		if _, ok := s.ents.MentionAt(k); ok {
			return ""
		}
	}
	return s.t.Src[s.t.Tokens[lo+1].Start:s.t.Tokens[hi-2].End]
}

// recentOrg returns the organisation mentioned last before token at,
// outside quotations, within a bounded look-back.
func (s *state) recentOrg(at int, noun string) int {
	if noun == "agency" {
		// a body named as an agency before any other public body: "the
		// IAEA ... the UN Security Council ... the agency" is the IAEA
		if id := s.recentOrgFit(at, noun, func(id int) bool { return strings.Contains(s.ents.Entities[id].Name, "Agency") }); id >= 0 {
			return id
		}
	}
	// a body the text itself called so comes first: "NetChoice, a trade
	// group representing companies including Meta, Google and TikTok.
	// The group argued" is NetChoice, though Google is a group too
	if id := s.recentOrgFit(at, noun, func(id int) bool { return s.introducedAs(id, noun) }); id >= 0 && s.nearAfter(s.ents.Entities[id].Mentions[0].Lo, at) {
		return id
	}
	if id := s.recentOrgFit(at, noun, func(id int) bool {
		name := s.ents.Entities[id].Name
		if fits, known := kindFits(noun, s.lex.OrgKind(name)); known {
			return fits // the gazetteer knows its kind: Ryanair is "the airline", Ofgem is no "company"
		}
		return orgFits(noun, name) || s.introducedAs(id, noun)
	}); id >= 0 {
		return id
	}
	// a body the text only named, of no kind known, that spoke last:
	// "Thames Water said ... . The company blamed ..."
	if id := s.lastOrg; id >= 0 && plainBodyNouns[noun] && s.lastOrgLo < at && s.lex.OrgKind(s.ents.Entities[id].Name) == "" &&
		!anyWord(s.ents.Entities[id].Name, func(w string) bool { return publicBodies[w] || mediaHeads[w] }) && s.nearAfter(s.lastOrgLo, at) {
		return id
	}
	return -1
}

// appositionGoesOn reports whether w, after the noun of an apposition,
// goes on with it or closes it, rather than opening a clause's verb.
func appositionGoesOn(w string) bool {
	switch w {
	case ",", ".", ";", "that", "which", "who", "of", "in", "for", "with", "based", "from":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// plainBodyNouns refer back to a body of any kind.
var plainBodyNouns = set(`company firm group organisation organization club body`)

// kindNouns are the nouns that refer back to a body of each kind the
// gazetteer gives ("the carrier" for an airline, "the watchdog" for a
// regulator).
var kindNouns = map[string][]string{
	"airline": {"airline", "carrier", "company", "firm", "group", "operator"},
	"bank":    {"bank", "lender", "company", "firm", "group"}, "insurer": {"insurer", "company", "firm", "group"},
	"carmaker":    {"carmaker", "automaker", "manufacturer", "maker", "company", "firm", "group"},
	"supermarket": {"supermarket", "retailer", "grocer", "chain", "company", "firm", "group"},
	"drugmaker":   {"drugmaker", "company", "firm", "group", "manufacturer", "maker"},
	"chipmaker":   {"chipmaker", "company", "firm", "group", "manufacturer", "maker"},
	"retailer":    {"retailer", "chain", "company", "firm", "group"}, "miner": {"miner", "company", "firm", "group"},
	"operator": {"operator", "company", "firm"}, "broadcaster": {"broadcaster", "company", "network", "channel"},
	"regulator": {"regulator", "watchdog", "agency", "body", "authority"}, "agency": {"agency", "organisation", "organization", "body"},
	"charity": {"charity", "group", "organisation", "organization"}, "group": {"group", "movement", "campaign"},
	"union": {"union"}, "police": {"force", "police"}, "ministry": {"ministry", "department"},
	"court": {"court", "tribunal"}, "club": {"club", "side"}, "party": {"party"},
	"commission": {"commission"}, "parliament": {"parliament"},
}

// personalContent reports whether r's content opens with a person
// speaking of themself ("he had worked there", "that she was cold"): "the
// miner said he ..." is a person, not the mining company.
func (s *state) personalContent(r raw) bool {
	for k := r.cLo; k < r.cHi && k < r.cLo+2; k++ {
		switch s.w(k) {
		case "he", "she", "I", "He", "She":
			return true
		}
	}
	return false
}

// kindOnlyNouns name a business by its trade and refer back only to a
// body the gazetteer gives that kind.
var kindOnlyNouns = set(`drugmaker chipmaker miner grocer`)

// kindFits reports whether noun refers back to a body of the gazetteer's
// kind; known is false when the gazetteer gives no kind or the noun is
// none of those the kinds list, and the name must tell.
func kindFits(noun, kind string) (fits, known bool) {
	if kind == "" {
		return false, false
	}
	if slices.Contains(kindNouns[kind], noun) {
		return true, true
	}
	for _, ns := range kindNouns {
		if slices.Contains(ns, noun) {
			return false, true
		}
	}
	return false, false
}

// introducedAs reports whether the body id was introduced with the noun or
// a near synonym right before its name: "British lender Aldgate Meridian"
// ... "the bank". It reads only that body's own mentions.
func (s *state) introducedAs(id int, noun string) bool {
	kinds := orgSynonyms[noun]
	for _, m := range s.ents.Entities[id].Mentions {
		if m.Lo > 0 {
			if w := s.t.Lower(m.Lo - 1); w == noun || slices.Contains(kinds, w) {
				return true
			}
		}
		// or in an apposition after it: "NetChoice, a trade group
		// representing ...", "Thames Water, the country's largest supplier"
		if m.Hi+2 < s.n && s.w(m.Hi) == "," && (indefinites[s.w(m.Hi+1)] || s.t.Lower(m.Hi+1) == "the") {
			for k := m.Hi + 2; k < s.n && k <= m.Hi+5 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted; k++ {
				if w := s.t.Lower(k); (w == noun || slices.Contains(kinds, w)) && k+1 < s.n && appositionGoesOn(s.t.Lower(k+1)) {
					return true // (not "..., the firm said": a clause's subject)
				}
			}
		}
	}
	return false
}

// orgSynonyms are nouns a story may use in turn for the same kind of body.
var orgSynonyms = map[string][]string{
	"bank": {"lender"}, "lender": {"bank"}, "company": {"firm", "group"}, "firm": {"company", "group"},
	"carmaker": {"automaker"}, "automaker": {"carmaker"}, "miner": {"company", "firm"}, "club": {"side"},
}

// recentOrgFit is recentOrg with the test of a body (by its entity index) given.
func (s *state) recentOrgFit(at int, noun string, fits func(id int) bool) int {
	ms := s.ents.Mentions
	lo := s.mentionsBefore(ms, at)

	para := s.t.Tokens[at].Para
	if storyCompany[noun] {
		// the company that opens the sentence whose words "the company
		// said" closes: "Halvorsen will pay a 29% premium to Pinecrest's
		// price, the company said" is Halvorsen
		first := s.t.Sentences[s.t.Tokens[at].Sent].Lo
		for k := lo - 1; k >= 0 && ms[k].Lo >= first; k-- {
			if m := ms[k]; m.Lo == first && !s.t.Tokens[m.Lo].Quoted && s.ents.Entities[m.Entity].Type == entity.Org && fits(m.Entity) && !s.dealTarget(m.Lo) {
				return m.Entity
			}
		}
	}
	for k := lo - 1; k >= 0 && k >= lo-40; k-- {
		m := ms[k]
		if companyWords[noun] && s.t.Tokens[m.Lo].Para < para-1 {
			break // "the carmaker" is a company named in this paragraph or the last
		}
		e := s.ents.Entities[m.Entity]
		if s.t.Tokens[m.Lo].Quoted || e.Type != entity.Org || !fits(m.Entity) || (noun == "company" || noun == "firm") && s.affiliation(m) {
			continue
		}
		if (companyWords[noun] || storyCompany[noun]) && s.dealTarget(m.Lo) {
			continue // "its takeover of rival Corbel Energy. The company said": not the target
		}
		if (companyWords[noun] || storyCompany[noun]) && m.Lo > 0 && (s.w(m.Lo-1) == "told" || s.w(m.Lo-1) == "tells") {
			continue // "a spokesman told The Independent ... The company said": the outlet told, not the story's company
		}
		if platforms[e.Name] && m.Lo > 0 && (s.w(m.Lo-1) == "on" || s.w(m.Lo-1) == "via" || isPossessive(s.w(m.Lo-1))) {
			continue // "we find out on Facebook", "a neighbor's Facebook post": where words were posted, not a company in the story
		}
		if (companyWords[noun] || storyCompany[noun]) && len(e.Mentions) == 1 && len(e.Name) <= 5 && isAllCapsWord(e.Name) {
			continue // a technical acronym named once ("GPS histories", "the toxic RNA"), not the story's company
		}
		if main := s.mainCompany(noun, m.Entity); storyCompany[noun] && main >= 0 && len(e.Mentions) < len(s.ents.Entities[main].Mentions) && (len(e.Mentions) == 1 || len(e.Mentions) <= 2 && s.affiliated(m.Entity)) && !s.opensSentence(m.Lo) {
			// named once in passing ("with participation from Harbour
			// Light Capital, the company said"): keep looking back for
			// the story's own company
			continue
		}
		return m.Entity
	}
	return -1
}

// storyCompany are the nouns by which a business story calls its own
// company.
var storyCompany = set(`company firm startup`)

// mainCompany returns the company, other than not, that the text names at
// least three times, or -1.
// dealTarget reports whether the company mention at k is named as a rival
// or as the object of a deal ("rival Corbel Energy", "its takeover of
// Corbel"), which a later "the company" does not refer to.
func (s *state) dealTarget(k int) bool {
	if k < 1 || s.kind(k-1) != sentence.Word {
		return false
	}
	if w := s.t.Lower(k - 1); w == "rival" || w == "rivals" || w == "competitor" {
		return true
	}
	return k >= 2 && (s.w(k-1) == "of" || s.w(k-1) == "for") && dealNouns[s.t.Lower(k-2)]
}

// dealNouns name a deal whose object is another company.
var dealNouns = set(`takeover acquisition purchase merger bid offer buyout`)

// affiliated reports whether some mention of entity id names where
// someone works ("a partner at Northgate"): a firm the story meets
// through the people in it.
func (s *state) affiliated(id int) bool {
	return slices.ContainsFunc(s.ents.Entities[id].Mentions, s.affiliation)
}

func (s *state) mainCompany(noun string, not int) int {
	for i, e := range s.ents.Entities {
		if i != not && e.Type == entity.Org && len(e.Mentions) >= 3 && orgFits(noun, e.Name) {
			return i
		}
	}
	return -1
}

// affiliation reports whether mention m names where someone works:
// "Nadia Farouk of Kestrel Capital", "an analyst at Harrowgate
// Securities", "Jefferies analyst Tom Ashby", "chief executive of the
// consultancy Tirias Insight". A business story quotes analysts by their
// firms; "the company said" after them is still the story's company.
func (s *state) affiliation(m entity.Mention) bool {
	// before a person's role and name: "Jefferies analyst Tom Ashby"
	for j := m.Hi; j < s.n && j <= m.Hi+2 && s.kind(j) == sentence.Word && isLowerWord(s.w(j)); j++ {
		if analystNouns[s.w(j)] || s.lex.IsTitle(s.w(j)) {
			if p, ok := s.ents.MentionAt(j + 1); ok && p.Lo == j+1 && s.ents.Entities[p.Entity].Type == entity.Person {
				return true
			}
		}
	}
	// or after "chief executive of the consultancy": "Ben Harlow, chief
	// executive of the consultancy Tirias Insight"
	if k := m.Lo - 1; k > 2 && s.kind(k) == sentence.Word && isLowerWord(s.w(k)) && (s.w(k-1) == "the" || s.w(k-1) == "a") && (s.w(k-2) == "of" || s.w(k-2) == "at") && (analystNouns[s.t.Lower(k-3)] || s.lex.IsTitle(s.t.Lower(k-3))) {
		return true
	}
	k := m.Lo - 1
	if k > 0 && (s.w(k) == "the" || s.w(k) == "The") {
		k--
	}
	if k < 1 || s.w(k) != "of" && s.w(k) != "at" {
		return false
	}
	if p, ok := s.ents.MentionAt(k - 1); ok && s.ents.Entities[p.Entity].Type == entity.Person {
		return true
	}
	return analystNouns[s.t.Lower(k-1)]
}

// analystNouns are the people quoted for their view of a company.
var analystNouns = set(`analyst analysts economist economists strategist strategists investor investors
	researcher researchers partner partners director directors founder co-founder executive`)

// orgFits reports whether an organisation called name can be "the noun":
// "the ministry" is a ministry, not the news agency quoted before it;
// "the company" is not the police. Armed and political groups ("the
// insurgents", "the movement") may be any organisation.
func orgFits(noun, name string) bool {
	if strings.EqualFold(name, noun) {
		return false // "Company spokesperson Nadia Orr": the word, not a name
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	switch noun {
	case "agency", "regulator", "watchdog":
		// a public body of any name: "the National Weather and Hydrology
		// Authority ... the agency", "the Markets Standards Authority ... the
		// watchdog"
		if strings.Contains(strings.ToLower(name), "agency") || agencyHeads[last] {
			return true
		}
		// (and "the Texas Office of Rural Water Planning ... the agency")
		return noun == "agency" && anyWord(name, func(w string) bool { return agencyHeads[w] && w != "Council" && w != "Board" })
	case "mission":
		return strings.Contains(name, "Mission")
	case "bench":
		// "the bench", "the division bench": the judges of the court
		return strings.Contains(name, "Court")
	case "airline", "carrier":
		// "the carrier" is an airline, not the plane-maker it buys from
		return anyWord(name, func(w string) bool {
			return w == "Air" || w == "Airways" || w == "Airlines" || w == "Airline" || w == "Aviation" || strings.HasSuffix(w, "air") || strings.HasSuffix(w, "jet")
		})
	case "movement", "insurgents", "militants", "rebels", "militia":
		// a movement is no ministry or department: "the State Department
		// ... the insurgents" are the armed group named before
		if noun == "movement" && strings.Contains(name, "Movement") {
			return true
		}
		// nor a "Ministry of Justice"
		return !anyWord(name, func(w string) bool { return publicBodies[w] || agencyHeads[w] }) && !strings.HasSuffix(name, "government")
	case "military", "army":
		// a state's armed forces, not any armed group: "the Rapid Support
		// Forces ... the military" is the army
		return strings.Contains(name, "Defence Forces") || strings.Contains(name, "Defense Forces") || strings.Contains(name, "Armed Forces") || strings.Contains(name, "Military") || noun == "army" && strings.HasSuffix(name, "Army")
	case "force":
		// "the force": a police force, not any body named before
		return strings.Contains(name, "Police") || strings.HasSuffix(name, "Force") || strings.Contains(name, "Constabulary")
	case "metro":
		// a metropolitan municipality, as South African papers call it
		return strings.Contains(name, "Metropolitan") || strings.Contains(name, "Metro ")
	case "bloc":
		// a union of states: "ECOWAS ... the regional bloc"
		return anyWord(name, func(w string) bool { return blocWords[w] })
	case "bank":
		// also a bank named as a financial group: "Ashbury Financial Group
		// ... the bank"
		return anyWord(name, func(w string) bool { return bankWords[w] }) || strings.Contains(strings.ToLower(name), noun)
	case "brigade":
		return strings.Contains(strings.ToLower(name), noun)
	case "guard":
		return strings.HasSuffix(name, "Guard") // "the coast guard" after "the Hellenic Coast Guard"
	case "studio":
		return strings.Contains(name, "Studio") || last == "Pictures" || last == "Films"
	case "party":
		return strings.Contains(strings.ToLower(name), noun) || partyName(name)
	case "ministry", "department", "administration", "government", "association", "office", "bureau",
		"trust", "institute", "authority", "council", "commission", "committee", "foundation",
		"board", "front", "alliance", "coalition", "league", "federation", "court", "university",
		"hospital", "district", "union", "museum", "gallery", "observatory", "coastguard", "embassy", "consulate", "tribunal",
		"municipality", "forum", "center", "centre", "network":
		if noun == "union" && !strings.Contains(name, "Union") {
			// a trade union named as an organisation of its members:
			// "Irish Nurses and Midwives Organisation ... the union"
			head, members := false, false
			for w := range strings.FieldsSeq(name) {
				head = head || w == "Organisation" || w == "Organization" || w == "Federation" || w == "Association" || w == "Guild" || w == "Confederation"
				members = members || len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isCapWord(w)
			}
			return head && members
		}
		if noun == "district" && last == "Schools" {
			// a school district named for its schools: "Cedar Bluff
			// Community Schools"; not a group campaigning for them
			// ("Families for Public Schools")
			return !strings.Contains(name, " for ")
		}
		return strings.Contains(strings.ToLower(name), noun)
	case "fund":
		return strings.Contains(name, "Fund") // "the International Monetary Fund ... the fund"
	case "company", "firm", "manufacturer", "maker", "carmaker", "automaker", "retailer", "startup", "lender", "insurer", "club", "operator", "supermarket", "chain":
		if newsAgencies[name] || mediaHeads[last] {
			return false
		}
		// "the Federal Office for Vehicle Safety", "United Assembly Workers" are no company
		return !anyWord(name, func(w string) bool { return publicBodies[w] || memberBodies[w] })
	case "group":
		// "the group" is not the court it went to ("High Court of Port Sable")
		// nor the platform it posted on ("on Twitter")
		return !platforms[name] && !anyWord(name, func(w string) bool { return publicBodies[w] })
	case "label":
		return last == "Records" || last == "Recordings" || last == "Entertainment" || strings.Contains(name, " Music") // "Universal Music Group"
	}
	return true
}

// partyName reports whether a body's name is a political party's that
// does not call itself one: "the Democratic Alliance ... the party",
// "Jamhuri Democratic Movement", "Liberal Democrats", "Pakistan
// Tehreek-e-Insaf" (Urdu "movement for justice"), "Janata Dal", "Shiv
// Sena", "Sinn Féin", "Fianna Fáil", "Fine Gael"; not "Congress", "the
// Arab League" or "the TaxPayers' Alliance".
func partyName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if partyLast[last] {
		return true
	}
	return partyHeads[last] && anyWord(name, func(w string) bool { return politicalWords[w] })
}

// partyLast end only parties' names.
var partyLast = set(`Labour Conservatives Tories Democrats Republicans Greens Liberals Féin Fein Fáil Fail Gael
	Likud Fidesz Syriza Podemos Dal Sena Tehreek-e-Insaf Insaf`)

// partyHeads end the names of parties and of other bodies alike, and make
// a party's name with one of politicalWords.
var partyHeads = set(`Alliance Front Movement Congress League`)

// politicalWords name a party's politics.
var politicalWords = set(`Democratic National People's Peoples Progressive Progressives Liberal Socialist
	Republican Conservative Labour Popular Patriotic Revolutionary United Nepali Indian Freedom`)

// anyWord reports whether some word of name satisfies f.
func anyWord(name string, f func(string) bool) bool {
	for w := range strings.FieldsSeq(name) {
		if f(w) {
			return true
		}
	}
	return false
}

// blocWords name unions of states: "Economic Community of West African
// States", "African Union".
var blocWords = set(`Community Union Association Cooperation Organisation Organization Bloc`)

// bankWords name banks that "bank" is not in: "Ashbury Financial Group".
var bankWords = set(`Financial Bancorp Bancshares Bankshares Banco Banque Banca`)

// platforms are where bodies post, never the body speaking.
var platforms = set(`Twitter X Facebook Telegram Instagram YouTube TikTok WhatsApp LinkedIn Threads Bluesky Weibo WeChat`)

// agencyHeads end the names of public bodies a story calls "the agency"
// ("the National Disaster Coordinating Council ... the agency").
var agencyHeads = set(`Agency Authority Office Service Administration Bureau Commission Board Regulator
	Council Directorate Department Inspectorate`)

// publicBodies are the last words of organisations that are not companies.
var publicBodies = set(`Police Ministry Department Agency Government Council Court Army Navy Party
	Parliament Senate Congress Commission Committee Authority Office Administration Union Board Tribunal
	Regulator Inspectorate Directorate Nation District University College School Institute Hospital Foundation
	Service Bureau Embassy Secretariat Legislature Assembly Reserve`)

// memberBodies name unions and associations of people, which "the
// company" never means: "United Assembly Workers", "Pilots' Association".
var memberBodies = set(`Workers Teachers Nurses Employees Drivers Pilots Engineers Miners Doctors
	Association Federation Alliance Coalition Guild Congress Syndicate Confederation`)

// companyWords describe a business by its trade; they point back only a
// paragraph or so.
var companyWords = set(`manufacturer maker carmaker automaker retailer`)

// mediaHeads are the last words of news outlets' names, which are not
// "the company" of a business story ("Corlis Business News").
var mediaHeads = set(`News Times Post Journal Herald Tribune Press Gazette Telegraph Guardian Review Magazine Wire
	Economist Mail MailOnline Observer Yorker Monitor Chronicle Courier Dispatch Inquirer Examiner Sentinel Ledger Register Bulletin FT`)

// newsAgencies are the wires a story credits, which are not "the company".
var newsAgencies = set(`Reuters AP AFP Bloomberg ANI PTI Xinhua`)

// roleOf returns the person mentioned last before token at whose role
// head is lw and whose title, as written right before a mention, holds
// both lw and the word mod: "Minister for Health Gráinne Mulcahy" for "the Health Minister";
// or -1.
func (s *state) roleOf(lw, mod string, at int) int {
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, at) - 1; j >= 0; j-- {
		m := ms[j]
		e := s.ents.Entities[m.Entity]
		if e.Type != entity.Person || !slices.ContainsFunc(e.Roles, func(ro string) bool {
			return strings.EqualFold(ro, lw) || strings.HasSuffix(strings.ToLower(ro), " "+lw)
		}) {
			continue
		}
		// the title run right before the name, holding both words
		var hasMod, hasHead bool
		for k := m.Lo - 1; k >= 0 && k >= m.Lo-8 && s.kind(k) == sentence.Word; k-- {
			if o, ok := s.ents.MentionAt(k); ok && o.Entity != m.Entity {
				// a country's name opening the title run holds the
				// nationality: "Saudi Arabia's Foreign Minister" for "the
				// Saudi minister"
				hasMod = hasMod || s.ents.Entities[o.Entity].Type == entity.GPE && strings.EqualFold(s.w(o.Lo), mod)
				break
			}
			hasMod = hasMod || strings.EqualFold(s.w(k), mod)
			hasHead = hasHead || strings.EqualFold(s.w(k), lw)
		}
		if hasMod && hasHead {
			return m.Entity
		}
	}
	return -1
}

// fitsDescription reports whether person id may be the one a description
// with role head and, when not "", a nationality's country names.
func (s *state) fitsDescription(id int, head, nation string) bool {
	if !fitsRole(s.ents.Entities[id], head) {
		return false
	}
	c := ""
	if nation != "" {
		c = s.nationOf(id)
	}
	return c == "" || c == nation
}

// commonNounsAfter reports whether the words from k to the end of the
// mention hi are the people around the one named, which the name only
// modifies: "one longtime Whitlock associate", "Whitlock aides and
// advisers" (a spokesperson speaks for the one named, and stays theirs).
func (s *state) commonNounsAfter(k, hi int) bool {
	for j := k; j < hi; j++ {
		if w := s.t.Lower(j); s.t.Tokens[j].Quoted || !entourage[w] && !(w == "and" && j > k) {
			return false
		}
	}
	return hi > k
}

// entourage are the people around a person, named after them: "Whitlock
// aides", "a Beckett ally".
var entourage = set(`associate associates aide aides adviser advisers advisor advisors ally allies
	supporter supporters staffer staffers loyalist loyalists friend friends confidant confidants
	confidante confidantes backer backers donor donors operative operatives surrogate surrogates`)

// lastPerson returns the person mentioned last before token at for whom
// fits holds, looking back while within holds for the mention's first
// token; -1 when there is none.
func (s *state) lastPerson(at int, within func(k int) bool, fits func(*entity.Entity) bool) int {
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, at) - 1; j >= 0 && within(ms[j].Lo); j-- {
		if e := s.ents.Entities[ms[j].Entity]; e.Type == entity.Person && fits(e) {
			return ms[j].Entity
		}
	}
	return -1
}

// personInSentenceBefore returns the person mentioned last before token
// at in its sentence whose gender is g (or unknown, with unknown), or -1.
func (s *state) personInSentenceBefore(at int, g byte, unknown bool) int {
	sent := s.t.Tokens[at].Sent
	return s.lastPerson(at, func(k int) bool { return s.t.Tokens[k].Sent == sent },
		func(e *entity.Entity) bool { return e.Gender == g || unknown && e.Gender == 0 })
}

// lastOfGender returns the person of gender g mentioned last before token
// at, within the paragraph and the one before it, or -1.
func (s *state) lastOfGender(at int, g byte) int {
	para := s.t.Tokens[at].Para
	return s.lastPerson(at, func(k int) bool { return s.t.Tokens[k].Para >= para-1 },
		func(e *entity.Entity) bool { return e.Gender == g })
}

// partyAdjectives map a party's adjective before a role to the party
// word the entity recogniser keeps as a role ("Republican Dale
// Kessinger", "Democrat Elaine Whitcomb").
var partyAdjectives = map[string]string{"Democratic": "democrat", "Republican": "republican", "Labour": "labour", "Conservative": "conservative"}

// partyHolder returns the person last mentioned before token at whose
// party role is party ("democrat"), or -1.
func (s *state) partyHolder(party string, at int) int {
	return s.lastPerson(at, func(int) bool { return true }, func(e *entity.Entity) bool { return partyOf(e) == party })
}

// partyOf returns the party role ("democrat", "republican", ...) the
// recogniser gave e, or "".
func partyOf(e *entity.Entity) string {
	for _, r := range e.Roles {
		p := strings.ToLower(r)
		for _, party := range partyAdjectives {
			if p == party {
				return p
			}
		}
	}
	return ""
}

// byRoleNation resolves a role with a nationality, "the Turkish
// minister", before token at: the last holder of role lw introduced as of
// that country, else the last one whose country the text does not give,
// else the last person of that country introduced with no other role or
// as a counterpart ("his Turkish counterpart Hakan Fidan"); -1 when no
// one fits.
func (s *state) byRoleNation(lw, nation string, at int) int {
	ms := s.roleHolders(lw)
	n := s.mentionsBefore(ms, at)
	for _, exact := range []bool{true, false} {
		for j := n - 1; j >= 0; j-- {
			if c := s.nationOf(ms[j].Entity); c == nation || !exact && c == "" {
				return ms[j].Entity
			}
		}
	}
	ms = s.ents.Mentions
	for j := s.mentionsBefore(ms, at) - 1; j >= 0; j-- {
		e := s.ents.Entities[ms[j].Entity]
		if e.Type == entity.Person && (len(e.Roles) == 0 || slices.Contains(e.Roles, "counterpart")) && s.nationOf(ms[j].Entity) == nation {
			return ms[j].Entity
		}
	}
	return -1
}

// bodyPossessor reports whether a country or a body owns the head of the
// speaker span [lo,hi): "Saudi Arabia's energy ministry", not "Donald
// Trump's campaign", whose "the campaign" may be another's later.
func (s *state) bodyPossessor(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && m.Hi < hi && (isPossessive(s.w(m.Hi-1)) || s.apostropheAfterS(m.Hi)) {
			t := s.ents.Entities[m.Entity].Type
			return t == entity.GPE || t == entity.Org
		}
	}
	return false
}

// bodyOfLeader returns the body that heads the speaker span [lo,hi) when
// its leader follows it with "of" and a role: "The eastern-based Libyan
// National Army (LNA) of commander Khalifa Haftar", or -1.
func (s *state) bodyOfLeader(lo, hi int) int {
	for k := lo; k < hi && k <= lo+4; k++ {
		m, ok := s.ents.MentionAt(k)
		if !ok || m.Lo != k || s.ents.Entities[m.Entity].Type != entity.Org {
			continue
		}
		j := m.Hi
		if j+2 < hi && s.w(j) == "(" && s.w(j+2) == ")" {
			j += 3 // its letters: "(LNA)"
		}
		if j+2 < hi && s.w(j) == "of" && (s.lex.IsTitle(s.t.Lower(j+1)) || isLowerWord(s.w(j+1))) {
			if p, ok := s.ents.MentionAt(j + 2); ok && s.ents.Entities[p.Entity].Type == entity.Person {
				return m.Entity
			}
		}
		return -1
	}
	return -1
}

// holderOfNation resolves role lw with the nationality nation before
// token at (see byRoleNation). It reports no decision (false) when no one
// holds the role of that country and the role's last holder is not of
// another one either; -1 and true when that holder is a person of another
// country, who is never the one described.
func (s *state) holderOfNation(lw, nation string, at int) (int, bool) {
	if id := s.byRoleNation(lw, nation, at); id >= 0 {
		return id, true
	}
	if id := s.byRole(lw, at); id >= 0 && s.ents.Entities[id].Type == entity.Person {
		if n := s.nationOf(id); n != "" && n != nation {
			return -1, true
		}
	}
	return -1, false
}

// nationBefore returns the country a capitalised nationality or country
// name among the words [lo,k) names: "The French foreign [minister]".
func (s *state) nationBefore(lo, k int) string {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if c := s.lex.Country(s.w(j)); c != "" && isCapWord(s.w(j)) {
			return c
		}
	}
	return ""
}

// nationClash reports whether a description mention, with the words
// before it from lo, names a country or nationality other than the one
// its entity was introduced with.
func (s *state) nationClash(m entity.Mention, lo int) bool {
	for k := min(lo, m.Lo); k < m.Hi; k++ {
		if c := s.lex.Country(s.w(k)); c != "" {
			n := s.nationOf(m.Entity)
			return n != "" && n != c
		}
	}
	return false
}

// nationOf returns the country person id is introduced with: a
// nationality or a country's name in the title run before a mention, also
// across the comma of an apposition ("Russian Foreign Minister Sergei
// Lavrov", "his Turkish counterpart Hakan Fidan", "Azerbaijan's Foreign
// Minister Jeyhun Bayramov", "His Armenian counterpart, Ararat
// Mirzoyan,"); "" when no mention has one.
func (s *state) nationOf(id int) string {
	if c, ok := s.nations[id]; ok {
		return c
	}
	c := ""
	for _, m := range s.ents.Mentions {
		if m.Entity != id {
			continue
		}
		k := m.Lo - 1
		if k > 0 && s.w(k) == "," {
			k-- // "His Armenian counterpart, Ararat Mirzoyan"
		}
		// the leftmost country of the run that is not a complement
		// ("US Special Envoy for Afghanistan Thomas Rearden": the US)
		for ; k >= 0 && k >= m.Lo-8 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && s.t.Tokens[k].Sent == s.t.Tokens[m.Lo].Sent; k-- {
			w := strings.TrimSuffix(strings.TrimSuffix(s.w(k), "'s"), "’s")
			if k > 0 && (w == "'s" || w == "’s" || w == "") {
				w = s.w(k - 1)
			}
			if n := s.lex.Country(w); n != "" && (k == 0 || !prepositionLike[s.t.Lower(k-1)]) {
				c = n
			}
		}
		if c != "" {
			break
		}
	}
	if s.nations == nil {
		s.nations = map[int]string{}
	}
	s.nations[id] = c
	return c
}

// byRole returns the person carrying role lw mentioned last before token
// at, or else first after it. The role index is built once per text.
func (s *state) byRole(lw string, at int) int {
	ms := s.roleHolders(lw)
	if len(ms) == 0 {
		return -1
	}
	lo := s.mentionsBefore(ms, at)
	if lo > 0 {
		return ms[lo-1].Entity
	}
	// named only later: a headline's "Envoy says ..." is the envoy the
	// story goes on to name, but once people have been named, "the
	// 29-year-old defender" is one of them, not a defender named later
	if s.recentPerson(at, nil) >= 0 {
		return -1
	}
	return ms[0].Entity
}

// namedLater reports whether the people with role lw are all named after
// token at: "A security researcher says she found ..." introduces the
// researcher the story then names, where "one senior minister" after
// ministers were named is someone else.
func (s *state) namedLater(lw string, at int) bool {
	ms := s.roleHolders(lw)
	return len(ms) > 0 && s.mentionsBefore(ms, at) == 0
}

// roleHolders returns the mentions of the people with role lw, in text
// order. The role index is built once per text.
func (s *state) roleHolders(lw string) []entity.Mention {
	if s.roleIdx == nil {
		s.roleIdx = map[string][]entity.Mention{}
		for _, m := range s.ents.Mentions {
			e := s.ents.Entities[m.Entity]
			if e.Type != entity.Person {
				continue
			}
			for _, ro := range e.Roles {
				l := strings.ToLower(ro)
				s.roleIdx[l] = append(s.roleIdx[l], m)
				if h := entity.RoleHead(l); h != l {
					s.roleIdx[h] = append(s.roleIdx[h], m) // "envoy" of "special envoy", "minister" of "minister for housing"
				}
				if d := roleNouns[l]; d != "" {
					s.roleIdx[d] = append(s.roleIdx[d], m) // "Justice Efua Mensah-Asante" ... "the judge said"
				}
			}
		}
	}
	return s.roleIdx[lw]
}

// roleNouns are the common nouns by which a story refers back to someone
// named with a title that is not that noun.
var roleNouns = map[string]string{
	"justice": "judge", "magistrate": "judge", "recorder": "judge", "chief executive": "ceo", "chief executive officer": "ceo",
	"chief financial officer": "cfo", "prime minister": "premier", "sen": "senator", "sen.": "senator",
	"chief minister": "cm", "deputy chief minister": "deputy cm",
	"rep": "congressman", "gov": "governor", "gov.": "governor", "gen": "general", "gen.": "general",
	"special representative": "envoy", "ambassador": "envoy",
	// police and military ranks: "the officer said"
	"superintendent": "officer", "inspector": "officer", "sergeant": "officer", "sgt.": "officer", "constable": "officer",
	"lieutenant": "officer", "colonel": "officer", "general": "officer", "detective": "officer", "corporal": "officer",
}

// pronoun resolves a he/she/they/it before token at: a person of the same
// sentence, else the previous speaker when compatible, else the most recent
// compatible mention outside quotations.
func (s *state) pronoun(g byte, at int) int {
	if g == 'i' || g == 'w' {
		return -1
	}
	ms := s.ents.Mentions
	lo := s.mentionsBefore(ms, at)
	fits := func(e *entity.Entity) bool {
		switch g {
		case 'm', 'f':
			return e.Type == entity.Person && (e.Gender == 0 || e.Gender == g)
		case 'p':
			return e.Type == entity.Org && e.Plural || e.Type == entity.Org
		case 'n':
			return e.Type == entity.Org || e.Type == entity.GPE
		}
		return false
	}
	if id := s.sameSentenceSubject(fits, lo, at); (g == 'm' || g == 'f') && id >= 0 {
		return id
	}
	if s.last >= 0 && fits(s.ents.Entities[s.last]) {
		if g == 'm' || g == 'f' {
			// someone else who fits, opening a sentence after the last
			// speaker was last named, is the new topic: "Orla Harrow,
			// reached by phone, remembers it differently. She says ..."
			if id := s.subjectSince(s.last, fits, lo, at); id >= 0 {
				return id
			}
		}
		if s.ents.Entities[s.last].Gender == g || g != 'm' && g != 'f' || !s.namedSince(s.last, fits, lo) {
			return s.last
		}
	}
	if g == 'm' || g == 'f' {
		// the subject that opens the paragraph, even of unknown gender,
		// before anyone further back: "In the Lyon procession, Sandrine
		// Pelletier, 58, a nurse, summed up the mood. “...,” she said."
		if id := s.subjectSince(-1, fits, lo, at); id >= 0 {
			return id
		}
	}
	// a person whose gender is known to agree beats one whose gender is
	// unknown, however recent
	unknown := -1
	for k := lo - 1; k >= 0 && k >= lo-60; k-- {
		m := ms[k]
		if s.t.Tokens[m.Lo].Quoted || entity.InByline(s.t, m.Lo) {
			continue
		}
		e := s.ents.Entities[m.Entity]
		if !fits(e) && (g == 'm' || g == 'f') && m.Kind == entity.Name && s.opensSentence(m.Lo) {
			if id := s.namesake(m, fits); id >= 0 && s.ents.Entities[id].Gender == g {
				return id // "Ashdown was unmoved. She said ...": Rachel, not Tom Ashdown
			}
		}
		if !fits(e) || s.apposedToPossessive(m.Lo, g) {
			continue
		}
		if e.Gender == g || g != 'm' && g != 'f' {
			return m.Entity
		}
		if unknown < 0 {
			unknown = m.Entity
		}
	}
	return unknown
}

// commaBeforeName reports whether a comma comes right before the name at
// k, past its titles and modifiers ("Lt. Col.", "Qari", "Toronto-based"),
// after lo.
func (s *state) commaBeforeName(lo, k int) bool {
	for j := k - 1; j > lo && j >= k-5; j-- {
		w := s.w(j)
		switch {
		case w == ",":
			return true
		case w == "." && s.kind(j-1) == sentence.Word && s.t.Tokens[j-1].End == s.t.Tokens[j].Start,
			s.kind(j) == sentence.Word && (isCapWord(w) || strings.HasSuffix(w, "-based")):
			continue
		default:
			return false
		}
	}
	return false
}

// apposedToPossessive reports whether the name at lo (after its titles)
// is in apposition to a noun phrase whose possessive pronoun has gender g:
// "through her lawyer, Advocate Tinashe Mpofu, she said" — the lawyer is
// not "she", whose "her" it is.
func (s *state) apposedToPossessive(lo int, g byte) bool {
	k := lo - 1
	for k >= 0 && k > lo-4 && isCapWord(s.w(k)) && s.lex.IsTitle(s.t.Lower(k)) {
		k--
	}
	if k < 1 || s.w(k) != "," {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := s.t.Lower(j)
		if s.kind(j) != sentence.Word || isCapWord(s.w(j)) && !(w == "her" || w == "his") {
			return false
		}
		switch w {
		case "her":
			return g == 'f'
		case "his":
			return g == 'm'
		}
	}
	return false
}

// lastWordIs reports whether the last word of name is noun, in any case:
// "Heartland Athletic Conference" ends in "conference".
func lastWordIs(name, noun string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i >= 0 && strings.EqualFold(name[i+1:], noun)
}

// placeAfterHead reports whether the place id is named in the subject
// [lo,hi) only after a preposition (and "the") that follows a common
// noun: where the speakers are, not who they are ("Stallholders at the
// market in Harare said", "A former apprentice who runs a practice in
// Glasgow recalled", "groups operating rescue ships in the
// Mediterranean").
func (s *state) placeAfterHead(lo, hi, id int) bool {
	for _, m := range s.ents.Entities[id].Mentions {
		if m.Lo <= lo+1 || m.Hi > hi || m.Kind != entity.Name {
			continue
		}
		pi := m.Lo - 1
		if s.w(pi) == "the" && pi > lo+1 {
			pi-- // "groups operating rescue ships in the Mediterranean"
		}
		if !placePreps[s.w(pi)] {
			continue
		}
		for k := lo; k < pi; k++ {
			if w := s.w(k); s.kind(k) == sentence.Word && w != "" && w[0] >= 'a' && w[0] <= 'z' && !determiners[w] {
				return true
			}
		}
	}
	return false
}

// placePreps put a place after the noun it locates.
var placePreps = set(`in at from near outside`)
