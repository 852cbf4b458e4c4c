package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// bareSource reports whether the plural noun at k opens its noun phrase
// within the sentence from lo, after capitalised words at most ("People
// familiar with the matter said", "U.S. officials briefed on the plan
// said"): the wires' commonest unnamed source, with no article.
func (s *state) bareSource(lo, k int) bool {
	if !strings.HasSuffix(s.w(k), "s") && s.t.Lower(k) != "people" {
		return false
	}
	for j := k - 1; j >= lo; j-- {
		w := s.w(j)
		if w == "." && j > lo && s.t.Tokens[j-1].End == s.t.Tokens[j].Start {
			continue // "U.S."
		}
		if !isCapWord(w) {
			// "according to people familiar with ...", after the
			// content's comma ("Corbel may walk away, people familiar
			// with the matter said") or a conjunction ("..., but people
			// familiar with the plans said")
			return w == "to" && j > lo && s.t.Lower(j-1) == "according" || (w == "," || w == "but" || w == "and" || w == "though" || w == "although" || w == "while") && j == k-1
		}
		if lw := s.lower(w); determiners[lw] || quantifiers[lw] {
			return false // "Many people involved in the talks assumed ..."
		}
	}
	return true
}

// quantifiers, with determiners, open a noun phrase that is no bare plural.
var quantifiers = set(`other such no any every`)

// wishForms ask for anonymity in "did not wish to be named", "declined to
// be named".
var wishForms = set(`wish wished want wanted declined declines refused refuses`)

// anonymity reports whether the words from k ask for the source not to be
// named: "not to be named / identified", "(on condition of) anonymity".
func (s *state) anonymity(k, hi int) bool {
	if k+3 < hi && s.w(k) == "not" && s.w(k+1) == "to" && s.w(k+2) == "be" {
		switch s.w(k + 3) {
		case "named", "identified", "quoted":
			return true
		}
	}
	for j := k; j < hi && j <= k+4; j++ {
		if s.w(j) == "anonymity" {
			return true
		}
	}
	return false
}

// indefiniteBefore reports whether the noun at k has an indefinite
// determiner within the three words before it ("a person", "two senior
// officials").
func (s *state) indefiniteBefore(lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if indefinites[s.w(j)] {
			return true
		}
		if s.kind(j) != sentence.Word {
			return false
		}
	}
	return false
}

// unnamedSource returns the description of the unnamed source in the
// speaker mention [lo,hi), or "". An indefinite description ("a senior
// official said") introduces someone new, whom no earlier name fits; the
// analyst needs to see that the words come from an anonymous source, not
// from the person the story is about. A definite one with the same head
// ("the official added") refers back to it. The description runs to the
// first comma, with a relative clause ("a person who saw the arrest":
// another witness is "a woman who ..."), its article lower-cased.
func (s *state) unnamedSource(lo, hi int) string {
	for k := lo; k+1 < hi; k++ {
		if s.w(k) == "surnamed" && isCapWord(s.w(k+1)) {
			return s.w(k + 1) // "a 58-year-old cleaner surnamed Wong", as Hong Kong papers name a witness
		}
	}
	if hi-lo >= 4 && hi-lo <= 6 && s.t.Lower(lo) == "one" && s.w(lo+1) == "of" && (s.w(lo+2) == "the" || s.w(lo+2) == "those") && strings.HasSuffix(s.w(hi-1), "s") && !s.personAt(lo+3) {
		return s.described(lo, hi) // "one of the MPs": one member of a crowd named before, not all of it
	}
	end := lo
	head, headAt := "", -1
	for ; end < hi; end++ {
		w := s.w(end)
		if w == "." && end > lo && s.t.Tokens[end-1].End == s.t.Tokens[end].Start && len(s.w(end-1)) <= 3 {
			continue // "a U.S. official"
		}
		if w == "&" && end+1 < hi && isCapWord(s.w(end+1)) || w == "+" && end > lo && s.t.Tokens[end-1].End == s.t.Tokens[end].Start {
			continue // "an analyst at Brenner & Vos", "three OPEC+ sources"
		}
		if s.kind(end) != sentence.Word || s.t.Tokens[end].Quoted || (w == "who" || w == "which") && head == "" {
			break
		}
		if head == "" && isCapWord(w) && end > lo && end+1 < hi && unnamedNouns[s.lower(s.w(end+1))] {
			continue // a body's name before the noun: "a senior Executive source"
		}
		if head == "" && partyMembers[w] && end+1 < hi && s.kind(end+1) == sentence.Word && isLowerWord(s.w(end+1)) && !sourcePostmods[s.w(end+1)] && !afterSource[s.w(end+1)] && !phrasePreps[s.w(end+1)] {
			continue // a party before the noun: "One Republican senator"
		}
		if head == "" && !s.inOrgName(end) && (unnamedNouns[s.lower(w)] || indefinites[s.w(lo)] && end > lo && (!isCapWord(w) || s.lex.IsPluralTitle(w) || isAllCapsWord(w) && s.lex.IsTitle(s.lower(w))) && s.describedHead(s.lower(w)) || (s.w(lo) == "the" || s.w(lo) == "The") && (s.sources[strings.TrimSuffix(w, "s")] != "" || s.sources[s.lower(w)] != "")) {
			w = s.lower(w)
			if end+1 < hi && s.kind(end+1) == sentence.Word {
				if nw := s.w(end + 1); !sourcePostmods[nw] && !sourcePreps[nw] && !afterSource[nw] && !phrasePreps[nw] && nw != "down" && !(len(nw) > 5 && strings.HasSuffix(nw, "ing") && nw[0] >= 'a' && nw[0] <= 'z') {
					return "" // "an official statement", "a source document"
				}
			}
			head, headAt = w, end
		}
		if speakerRoles[s.lower(w)] && end+1 < hi && s.w(end+1) == "for" {
			return "" // "a spokeswoman for the trust" speaks for the trust
		}
		if speakerRoles[s.lower(w)] && end > lo {
			if m, ok := s.ents.MentionAt(end - 1); ok && m.Lo > lo && orgLike(s.ents.Entities[m.Entity].Type) {
				return "" // "A Kremlin spokesman", "a Pellow & Finch spokeswoman": the body speaks
			}
		}
	}
	for end > lo && (s.w(end-1) == "who" || s.w(end-1) == "which" || s.w(end-1) == "that") {
		end-- // "a Western diplomat in Doha who": the relative pronoun opens a clause cut off before
	}
	if head == "" || end-lo < 2 {
		return ""
	}
	// named in an apposition: "an aide, Jane Roe, said" (a name inside
	// the description is someone else: "a person close to Trump")
	for k := end + 1; end < hi && s.w(end) == "," && k < hi && k <= end+3; k++ {
		if m, ok := s.ents.MentionAt(k); ok && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person {
			return ""
		}
	}
	if !unnamedNouns[head] && (s.named(lo, headAt+1) || s.namedLater(head, lo)) {
		return "" // "a former Calloway & Finch executive" is unnamed; "a former minister, Jo Roe," is not
	}
	key := strings.TrimSuffix(head, "s") // official(s), source(s)
	if head == "person" || head == "people" {
		key = "person"
	}
	first := s.w(lo)
	if first == "the" || first == "The" || (first == "this" || first == "This") && hi-lo == 2 {
		// (also "this person says", as the Economist refers back to its
		// unnamed source)
		if s.w(lo+1) == "same" && s.lastSource != "" {
			return s.lastSource // "the same source said": whoever was unnamed last
		}
		if d, ok := s.sources[head]; ok && head != key {
			return d // "the sources": the crowd of sources described last
		}
		if d, ok := s.sources[key]; ok {
			return d
		}
		if d, ok := s.sources[sourceSynonyms[key]]; ok {
			return d // "a source close to the couple ... the insider"
		}
		if partyMembers[titleCased(key)] {
			return "" // "Rep. Ann Kerr, a Democrat, voted no. The Democrat said ...": the member named
		}
		return s.introduced(key, lo) // "a source close to the chancellor painted ... . “...,” the source said."
	}
	if !indefinites[first] {
		// a bare plural described by what they know: "People familiar
		// with the matter", "U.S. officials briefed on the plan"
		if k := headAt; k+1 >= end || !sourcePostmods[s.w(k+1)] || !s.bareSource(lo, k) {
			return ""
		}
		if headAt > lo {
			return s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[end-1].End] // "U.S. officials briefed on ..."
		}
	}
	d := s.lower(first) + s.t.Src[s.t.Tokens[lo].End:s.t.Tokens[end-1].End]
	if !unnamedNouns[head] && len(s.roleHolders(head)) > 0 {
		return d // "the minister" later is more likely the minister named than this one
	}
	if head != key && !unnamedNouns[key] {
		// "Two Republican senators" are "the senators" later, not "the
		// senator", who is one person (a source or an official of a
		// group may be)
		s.remember(head, d)
		return d
	}
	s.remember(key, d)
	return d
}

// inOrgName reports whether token k lies inside an organisation's name
// ("Ministers" in "the Council of Ministers", "Friends" in "Friends of
// the Earth"), which heads no description.
func (s *state) inOrgName(k int) bool {
	m, ok := s.ents.MentionAt(k)
	return ok && (m.Lo < k || m.Hi > k+1) && orgLike(s.ents.Entities[m.Entity].Type)
}

// sourceSynonyms are the nouns a story alternates for one unnamed source.
var sourceSynonyms = map[string]string{"insider": "source", "source": "insider"}

// describedHead reports whether w, after "a" or "one", heads the
// description of a person the story does not name: a role ("one senior
// minister"), a sportsperson, or one of describedNouns.
func (s *state) describedHead(w string) bool {
	return s.lex.IsTitle(w) && !speakerRoles[w] || personNouns[w] || describedNouns[w] || s.lex.IsPluralTitle(w) || scholarNoun(w)
}

// scholarNoun reports whether w names a scholar or practitioner by its
// suffix: "a senior virologist", "an epidemiologist", "two physicians".
func scholarNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > 6 && (strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ician")) || w == "postdoc" || w == "academic" || w == "physicist" || w == "chemist"
}

// describedNouns are ordinary people's nouns that head an unnamed
// person's description: "one former Pocketly engineer", "a doctor who
// asked not to be named".
var describedNouns = set(`staffer staffers engineer engineers doctor doctors nurse nurses worker workers
	resident residents lawyer lawyers teacher teachers schoolteacher schoolteachers manager managers executive executives
	witness witnesses neighbour neighbours neighbor neighbors colleague colleagues relative relatives
	friend friends insider insiders researcher researchers scientist scientists meteorologist
	meteorologists forecaster forecasters expert experts specialist specialists consultant consultants
	investor investors donor donors critic observer associate associates confidant confidants ally allies
	fan fans supporter supporters user users viewer viewers follower followers reader readers listener listeners
	housemaid housemaids maid maids driver drivers labourer labourers laborer laborers cleaner cleaners nanny
	caller callers man woman legislator legislators lawmaker lawmakers member members banker bankers
	broker brokers dealer dealers farmer farmers shopkeeper shopkeepers owner owners opponents
	proponents backers parent parents mother mothers father fathers student students patient patients
	passenger passengers survivor survivors voter voters customer customers tenant tenants
	homeowner homeowners commuter commuters villager villagers protester protesters activist activists
	mourner mourners attendee attendees midwife midwives pharmacist pharmacists paramedic paramedics
	guest guests pal pals onlooker onlookers partygoer partygoers bystander bystanders spectator spectators
	figure figures intermediary intermediaries stranger strangers heckler hecklers`)

// named reports whether a person's name stands in [lo,hi).
func (s *state) named(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// unknownName reports whether [lo,hi) is one capitalised word that no
// entity covers: a name the recogniser did not know.
func (s *state) unknownName(lo, hi int) bool {
	if hi != lo+1 || s.kind(lo) != sentence.Word || !isCapWord(s.w(lo)) {
		return false
	}
	_, ok := s.ents.MentionAt(lo)
	return !ok
}

// crowdNouns are the plural nouns of groups of people who are quoted
// together without names: "Analysts said", "Traders said", "Critics
// argue".
var crowdNouns = set(`analysts critics traders dealers observers diplomats officials prosecutors
	investigators parents users residents voters experts economists lawyers campaigners protesters
	activists participants investors workers teachers doctors nurses students fans supporters
	opponents lawmakers legislators leaders scientists researchers witnesses sources
	negotiators delegates mediators specialists advocates families relatives neighbours neighbors
	locals shoppers commuters passengers patients villagers farmers shareholders employees members
	agencies charities unions owners operators drivers vendors retailers merchants landlords tenants
	miners fishermen pilots picketers strikers demonstrators marchers commentators pals friends insiders
	groups deputies senators backbenchers councillors councilors mps representatives attorneys allies
	advisers advisors spokespeople spokesmen meps engineers inspectors auditors academics historians
	scholars physicians epidemiologists officers soldiers staffers aides consumers motorists homeowners elders
	authorities organisations organizations firefighters paramedics midwives survivors mourners customers
	onlookers bystanders spectators guests stewards organisers organizers bosses chiefs managers executives
	climbers hikers players clinicians people governors mayors ministers`)

// capsBefore returns the token after the capitalised words that start at
// k (at most three, within [k,hi)), or k.
func (s *state) capsBefore(k, hi int) int {
	j := k
	for j < hi-1 && j < k+3 && s.kind(j) == sentence.Word && isCapWord(s.w(j)) {
		j++
	}
	return j
}

// agentNouns are the crowds who act for someone named after "for":
// "Lawyers for Tom Hale", "Representatives for Kiki".
var agentNouns = set(`lawyers attorneys representatives spokespeople spokesmen advisers advisors`)

// timeUnits follow "last" or "this" in a time phrase after a source.
var timeUnits = set(`night week month year weekend morning evening`)

// lastOrThis reports whether the words at k and k+1 are "last" or "this"
// and a unit of time: "last week", "this morning".
func (s *state) lastOrThis(k int) bool {
	return (s.w(k) == "last" || s.w(k) == "this") && timeUnits[s.w(k+1)]
}

// crowdQuantifiers may open a crowd's description: "Some critics",
// "Several parents", "Many economists".
var crowdQuantifiers = set(`some several many most both other few`)

// crowd returns the description of a speaker mention [lo,hi) that names a
// group of people by their plural noun ("Analysts", "Some critics",
// "Diplomats in Port Sabel", "Lawyers for two users"), with its first
// letter in lower case, as an unnamed source's; or "". A definite group
// ("The analysts") refers back and is left alone.
func (s *state) crowd(lo, hi int) (string, int) {
	limit := 6
	for k := lo + 1; k < hi && k < lo+4; k++ {
		if s.w(k) == "who" || aimParticiples[s.w(k)] {
			limit = 16 // "Parents who gathered in the school parking lot Tuesday morning", "Mediators trying to broker a truce"
		}
	}
	if hi-lo > limit || hi <= lo || s.kind(lo) != sentence.Word {
		return "", -1
	}
	for k := lo; k < hi && k < lo+4 && bodyNouns[s.t.Lower(hi-1)]; k++ {
		if w := s.w(k); w == "'s" || w == "’s" || isPossessive(w) || (w == "'" || w == "’") && k > lo {
			return "", -1 // "Okafor's allies", "her aides": the possessor's people (possessedSpeaker)
		}
	}
	for hi-lo > 2 && (whenWords[s.w(hi-1)] || hi-lo > 3 && s.lastOrThis(hi-2)) {
		// "Government sources last night", "officials on Monday": when,
		// not who
		if whenWords[s.w(hi-1)] {
			hi--
			if s.w(hi-1) == "on" {
				hi--
			}
			continue
		}
		hi -= 2
	}
	if l := s.t.Lower(lo); (l == "organisers" || l == "organizers") && lo+2 < hi && (s.w(lo+1) == "from" || s.w(lo+1) == "of" || s.w(lo+1) == "with") {
		for k := lo + 2; k < hi && k <= lo+3; k++ {
			if m, ok := s.ents.MentionAt(k); ok && s.ents.Entities[m.Entity].Type == entity.Org {
				return "", -1 // "Organisers from the Fair Rent Coalition said": the body organised it
			}
		}
	}
	head := lo
	if hi-lo > 4 && s.t.Lower(lo) == "a" && s.t.Lower(lo+1) == "number" && s.w(lo+2) == "of" {
		head = lo + 3 // "A number of Fianna Fáil backbenchers"
	}
	if crowdQuantifiers[s.t.Lower(head)] && head+1 < hi {
		head++
	}
	for head+1 < hi && (s.kind(head) == sentence.Word || s.w(head) == "+" && head > lo) && !crowdNouns[s.t.Lower(head)] && (head == lo || !isCapWord(s.w(head)) || crowdNouns[s.t.Lower(s.capsBefore(head, hi))]) {
		if w := s.t.Lower(head); sourcePreps[w] || w == "by" || w == "from" || w == "the" || w == "his" || w == "her" || w == "their" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return "", -1 // "A survey of 2,000 parents", "The union representing nurses", "The analysts"
		}
		head++ // "Industry observers", "Market participants"
	}
	if !crowdNouns[s.t.Lower(head)] && !(head > lo && crowdQuantifiers[s.t.Lower(lo)] && partyMembers[strings.TrimSuffix(s.w(head), "s")]) {
		return "", -1
	}
	for k := head + 1; k < hi; k++ {
		if k == head+1 && (s.w(k) == "who" || aimParticiples[s.w(k)] || closeWords[s.w(k)] && k+1 < hi && s.w(k+1) == "to") {
			break // a relative clause, a participle or a tie says which of them: "Leaders close to the chair"
		}
		if k == head+1 && s.reachedBy(k, hi) {
			continue // "Residents reached by phone in Halim"
		}
		if s.w(k) == "." && k > head+2 && s.t.Tokens[k-1].End == s.t.Tokens[k].Start && s.lex.IsTitle(s.t.Lower(k-1)+".") {
			continue // "Aides to Mrs. Marsh"
		}
		if s.kind(k) != sentence.Word || k == head+1 && !sourcePreps[s.w(k)] && s.w(k) != "for" && s.w(k) != "at" && s.w(k) != "from" {
			return "", -1 // only a short phrase after the noun: "in Port Sabel", "for two users"
		}
	}
	d := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	m, named := s.ents.MentionAt(lo)
	named = named && s.ents.Entities[m.Entity].Type == entity.Person // "Tom Hale's lawyers"
	_, n := utf8.DecodeRuneInString(s.w(lo))
	if w := s.w(lo); w == "A" || !named && len(w) > n && s.lower(w[n:]) == w[n:] && !s.lex.IsDemonym(w) && !s.capitalisedInside(w) && !s.properOpening(lo, hi) {
		// (nor the first word of a longer proper name: "South Korean officials")
		d = lowerFirst(d) // capitalised only as the sentence opens; not "U.S. officials", "Israeli officials"
	}
	return d, head
}

// noteSource remembers d as the description of the unnamed sources headed
// by the plural at head ("diplomatic sources in Doha"), so that "the
// sources" later are these; the latest such description wins, as in
// unnamedSource.
func (s *state) noteSource(d string, head int) {
	w := s.t.Lower(head)
	if unnamedNouns[w] {
		s.remember(w, d) // under the plural: "the official" is not one of "officials in ..."
	}
}

// remember notes d as the unnamed source that "the NOUN" refers back to.
func (s *state) remember(noun, d string) {
	if s.sources == nil {
		s.sources = make(map[string]string)
	}
	s.sources[noun] = d
	s.lastSource, s.lastSourcePara = d, s.curPara
}

// rememberSpokesperson notes the body whose spokesperson the role noun
// ("spokesman") names, for "the spokesman" later.
func (s *state) rememberSpokesperson(role string, id int) {
	if s.spokesFor == nil {
		s.spokesFor = map[string]int{}
	}
	s.spokesFor[role] = id
}

// passiveCue reports whether r's cue is a passive participle ("Parents
// were told that ..."): its subject heard the words, it did not say them.
func (s *state) passiveCue(r *raw) bool {
	if r.cueLo <= 0 || r.sLo > r.cueLo {
		return false // (the agent after "by" told: "were told by managers")
	}
	switch s.w(r.cueLo - 1) {
	case "was", "were", "been", "be", "is", "are":
		return true
	}
	return false
}

// crowdFirst reports whether the mention [lo,hi) names a crowd by where
// it is or whom it is about ("Diplomats in Brussels", "Critics of Keir
// Starmer", "Leaders close to the chair", "Residents who returned to
// Khiam"), which the place or person after it must not take over;
// "Economists at Capital Economics" speak for their firm, and a body's
// name that opens with such a noun is the body ("Friends of the Earth").
func (s *state) crowdFirst(lo, hi int) bool {
	k := lo
	if k+3 < hi && s.t.Lower(k) == "a" && s.t.Lower(k+1) == "number" && s.w(k+2) == "of" {
		k += 3 // "A number of Fianna Fáil backbenchers"
	}
	if crowdQuantifiers[s.t.Lower(k)] {
		k++
		if k == hi-1 && (crowdNouns[s.t.Lower(k)] || partyMembers[strings.TrimSuffix(s.w(k), "s")]) {
			return true // "some Democrats": some of the party's people, not the party
		}
	}
	if j := s.capsBefore(k, hi); j > k && crowdNouns[s.t.Lower(j)] && j == hi-1 {
		return true // "Fianna Fáil backbenchers said": the crowd, not the party
	}
	if k+2 < hi && !crowdNouns[s.t.Lower(k)] && !determiners[s.t.Lower(k)] && crowdNouns[s.t.Lower(k+1)] && s.kind(k) == sentence.Word {
		if _, named := s.ents.MentionAt(k); !named || !isCapWord(s.w(k)) {
			k++ // "diplomatic sources in Doha", "Western diplomats in Cairo"
		}
	}
	if k+3 < hi && crowdNouns[s.t.Lower(k)] && s.reachedBy(k+1, hi) {
		return true // "Residents reached by phone in Halim"
	}
	return k+1 < hi && crowdNouns[s.t.Lower(k)] && !s.inOrgName(k) && (s.w(k+1) == "in" || s.w(k+1) == "of" || s.w(k+1) == "from" || s.w(k+1) == "on" || s.w(k+1) == "near" || s.w(k+1) == "along" || s.w(k+1) == "for" && agentNouns[s.t.Lower(k)] || s.w(k+1) == "to" && aidesTo[s.t.Lower(k)] || aimParticiples[s.w(k+1)] || closeWords[s.w(k+1)] && k+2 < hi && s.w(k+2) == "to" || s.w(k+1) == "who")
}

// loneName returns the speaker mention [lo,hi) when it is one proper noun
// the entity recogniser did not know, such as a surname used alone for
// someone famous ("Halvorsen pointed out that ..."): a capitalised word
// that is no pronoun or common noun of sources, and that the text
// capitalises somewhere other than at a sentence's start. It returns ""
// otherwise.
func (s *state) loneName(lo, hi int) string {
	if hi-lo != 1 || s.kind(lo) != sentence.Word {
		return ""
	}
	w := s.w(lo)
	name := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if !isCapWord(name) || isAllCapsWord(name) && len(name) > 1 || pronouns[name] != 0 || strings.ContainsAny(name, "'’") || s.lex.CommonCapital(name) {
		return ""
	}
	if l := s.lower(name); groupNouns[l] || unnamedNouns[l] || sourceNouns[l] || mediaNouns[l] || determiners[l] {
		return ""
	}
	// a surname that is also a title ("Bishop said" after "coach Lonnie
	// Bishop") is the person's
	for _, e := range s.ents.Entities {
		if e.Type == entity.Person && strings.HasSuffix(e.Name, " "+name) {
			return e.Name
		}
	}
	if !s.capitalisedInside(name) {
		return ""
	}
	return name
}

// capitalisedInside reports whether the text capitalises w somewhere other
// than at a sentence's start: a proper noun, most likely.
func (s *state) capitalisedInside(w string) bool {
	if s.midCaps == nil {
		s.midCaps = map[string]bool{}
		for k := 1; k < s.n; k++ {
			tk := s.t.Tokens[k]
			if tk.Kind != sentence.Word || tk.Quoted || s.t.Sentences[tk.Sent].Lo == k || s.kind(k-1) != sentence.Word && s.w(k-1) != "," {
				continue
			}
			if x := s.w(k); isCapWord(x) {
				s.midCaps[strings.TrimSuffix(strings.TrimSuffix(x, "’s"), "'s")] = true
			}
		}
	}
	return s.midCaps[w]
}

// possessedSpeaker names a speaker given as someone's body or spokesman
// ("Ghani’s administration says"), which is not the possessor and has no
// entity of its own, by the possessor's canonical name: "Ashraf Ghani's
// administration". It returns "" for any other mention.
func (s *state) possessedSpeaker(lo, hi int) string {
	if hi-lo == 3 && determiners[s.t.Lower(lo)] && isPossessive(s.w(lo+1)) && !isCapWord(s.w(lo+1)) && describedNouns[s.t.Lower(hi-1)] {
		return s.described(lo, hi) // "The restaurant’s owner", "the bill’s opponents": people no name fits
	}
	if hi-lo < 2 || hi-lo > 5 || !bodyNouns[s.t.Lower(hi-1)] {
		return ""
	}
	if hi-lo == 2 {
		// "Her campaign said", "his lawyers argued": the possessor is
		// whom the pronoun points at
		g := byte(0)
		switch s.w(lo) {
		case "his", "His":
			g = 'm'
		case "her", "Her":
			g = 'f'
		}
		if g != 0 {
			if id := s.pronoun(g, lo); id >= 0 {
				return s.ents.Entities[id].Name + "'s " + s.t.Lower(hi-1)
			}
			return ""
		}
	}
	if m, ok := s.ents.MentionAt(hi - 3); ok && hi-lo >= 3 && m.Hi == hi-2 && m.End < s.t.Tokens[hi-3].End && isPossessive(s.w(hi-3)) && !isCapWord(s.w(hi-2)) {
		return s.ents.Entities[m.Entity].Name + "'s " + s.t.Lower(hi-2) + " " + s.t.Lower(hi-1) // "Saqria's foreign ministry"
	}
	if hi-lo >= 3 && s.apostropheAfterS(hi-2) {
		// "Jamal Reyes' lawyer": the apostrophe is a token of its own
		if m, ok := s.ents.MentionAt(hi - 3); ok && m.Hi == hi-2 {
			return s.ents.Entities[m.Entity].Name + "'s " + s.t.Lower(hi-1)
		}
	}
	m, ok := s.ents.MentionAt(hi - 2)
	if !ok || m.Hi != hi-1 || m.End >= s.t.Tokens[hi-2].End || !isPossessive(s.w(hi-2)) {
		if hi-lo == 3 && determiners[s.t.Lower(lo)] && isPossessive(s.w(lo+1)) && s.lex.IsTitle(s.lower(strings.TrimRight(s.w(lo+1), "'’s"))) {
			return s.described(lo, hi) // "the governor's office" when no governor is named
		}
		return ""
	}
	return s.ents.Entities[m.Entity].Name + "'s " + s.t.Lower(hi-1)
}

// apostropheAfterS reports whether token k is an apostrophe glued to a
// word in -s before it: the possessive of "Jamal Reyes' lawyer", which the
// segmenter leaves a token of its own.
func (s *state) apostropheAfterS(k int) bool {
	if k < 1 || k >= s.n || s.t.Tokens[k].Quoted || s.kind(k-1) != sentence.Word || s.t.Tokens[k-1].End != s.t.Tokens[k].Start {
		return false
	}
	w := s.w(k)
	return (w == "'" || w == "’") && strings.HasSuffix(s.w(k-1), "s")
}

// bodyNouns are the people and bodies that speak for someone: "Ghani's
// administration", "Khalilzad's office", "her lawyers".
var bodyNouns = set(`administration government office campaign team staff aides spokesman
	spokeswoman spokesperson lawyer lawyers attorney attorneys family allies ministry party
	adviser advisers advisor advisors army military navy police guard embassy parliament`)

// unnamedNouns head the descriptions of unnamed sources: "a senior
// official", "a person briefed on the matter", "two people familiar with
// the talks", "a federal government source".
var unnamedNouns = set(`official officials source sources person people diplomat diplomats aide aides delegate delegates
	adviser advisers advisor advisors insider insiders spokesman spokeswoman spokesperson
	analyst economist strategist trader officer employee figure intermediary agent producer executive
	firefighter lawmaker banker staffer democrat democrats republican republicans`)

// indefinites open the first description of an unnamed source.
var indefinites = set(`a an A An one One two Two three Three several Several another Another`)

// reachedBy reports whether a past participle at k, followed by an agent or
// a place, says which members of a crowd speak: "Residents reached by phone
// in Halim".
func (s *state) reachedBy(k, hi int) bool {
	return strings.HasSuffix(s.w(k), "ed") && k+1 < hi && (s.w(k+1) == "by" || sourcePreps[s.w(k+1)])
}

// lowerFirst returns d with its first letter in lower case.
func lowerFirst(d string) string {
	r, n := utf8.DecodeRuneInString(d)
	return string(unicode.ToLower(r)) + d[n:]
}

// properOpening reports whether the capitalised word at lo, opening the
// mention [lo,hi), belongs to a proper name with the word after it: a
// name the recogniser found there ("Federal Reserve officials"), a
// two-word place or nationality ("New York officials", "South Korean
// officials"); not an adjective that opens the sentence ("Senior White
// House officials").
func (s *state) properOpening(lo, hi int) bool {
	if lo+1 >= hi || !isCapWord(s.w(lo+1)) {
		return false
	}
	if m, ok := s.ents.MentionAt(lo); ok && m.Lo == lo {
		return true
	}
	two := s.w(lo) + " " + s.w(lo+1)
	return s.lex.IsPlace(two) || s.lex.IsDemonym(two) || compassWords[s.w(lo)] && s.lex.IsDemonym(s.w(lo+1))
}

// compassWords open the names of regions and their peoples: "South Korean".
var compassWords = set(`North South East West Northern Southern Eastern Western`)
