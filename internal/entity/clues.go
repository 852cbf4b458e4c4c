package entity

import (
	"strings"

	"github.com/storyline-dev/storyline/internal/sentence"
)

// OtherOffice reports whether the entity holds an office (a title such as
// "senator"; forms of address like "Mr" and the nonOffices do not count)
// and none of them is role.
func (e *Entity) OtherOffice(role string) bool {
	other := false
	for _, x := range e.Roles {
		switch {
		case strings.EqualFold(x, role):
			return false
		case !honorificWord(x) && !nonOffices[strings.ToLower(x)]:
			other = true
		}
	}
	return other
}

// nonOffices are roles held alongside an office, or before one: a
// candidate may be a former councillor, an agent a former player.
var nonOffices = toSet(`candidate nominee challenger contender agent`)

func (e *Entity) addRole(ro string) {
	ro = strings.TrimSuffix(ro, ".")
	for _, x := range e.Roles {
		if strings.EqualFold(x, ro) {
			return
		}
	}
	e.Roles = append(e.Roles, ro)
}

func allTitle(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := t.Word(k)
		if connectors[w] || w == "." {
			continue // "of", the period of a middle initial
		}
		if !isCap(w) || isAllCaps(w) && len(w) > 1 {
			return false
		}
	}
	return true
}

// apposed reports whether a name ending at i is followed by an apposition
// that describes a person: ", 25," / ", a lawyer" / ", who".
func (r *Recognizer) apposed(t *sentence.Text, i int) bool {
	if i+1 >= len(t.Tokens) || t.Word(i) != "," {
		return false
	}
	w := t.Word(i + 1)
	if w == "who" || w[0] >= '0' && w[0] <= '9' || r.lex.titles[strings.ToLower(w)] || w == "head" && i+2 < len(t.Tokens) && t.Word(i+2) == "of" {
		return true // (", head of emerging-market strategy at ...,")
	}
	if r.fieldTitle(t, i+1) >= 0 {
		return true // ", Union Minister for Tourism,"
	}
	// a title after a word or two of its field: ", energy campaigner at ..."
	for k := i + 2; k < len(t.Tokens) && k <= i+3 && t.Tokens[k].Kind == sentence.Word && !isCap(t.Word(k-1)); k++ {
		if r.lex.titles[t.Word(k)] || r.lex.titles[t.Word(k-1)+" "+t.Word(k)] {
			return true // (or a title of two words: ", managing partner of ...,")
		}
	}
	// a body's role: ", Renewal's campaign director,"
	if isCap(w) && stripPossessive(w) < len(w) || i+2 < len(t.Tokens) && isCap(t.Word(i+2)) && stripPossessive(t.Word(i+2)) < len(t.Word(i+2)) {
		// (of a body of two words: ", Sound Transit’s deputy CEO for
		// operations.")
		for k := i + 2; k < len(t.Tokens) && k <= i+5 && t.Tokens[k].Kind == sentence.Word; k++ {
			if (r.lex.titles[t.Lower(k)] || r.lex.titles[t.Word(k)]) && k > i+1 && stripPossessive(t.Word(k)) == len(t.Word(k)) && k+1 < len(t.Tokens) && (t.Word(k+1) == "," || t.Word(k+1) == "for" || t.Word(k+1) == "of" || t.Word(k+1) == ".") {
				return true
			}
			if isCap(t.Word(k)) && k > i+2 && stripPossessive(t.Word(k-1)) < len(t.Word(k-1)) {
				break // past the body's name
			}
		}
	}
	if (w == "a" || w == "an" || w == "the") && i+2 < len(t.Tokens) {
		for k := i + 2; k < len(t.Tokens) && k < i+7; k++ {
			x := t.Lower(k)
			if x == "member" {
				// of a legislature, not of an index or a federation
				j := k + 2
				if j < len(t.Tokens) && t.Word(j) == "the" {
					j++
				}
				if k+1 >= len(t.Tokens) || t.Word(k+1) != "of" || j >= len(t.Tokens) {
					return false
				}
				if legislatures[t.Lower(j)] {
					return true // "a member of parliament", "a member of the Assembly"
				}
				// (the legislature may be named: "a member of the Jakarta
				// Provincial Legislative Council")
				for ; j < len(t.Tokens) && j < k+8 && isCap(t.Word(j)); j++ {
					if legislatures[t.Lower(j)] || t.Word(j) == "Council" && j > k+3 {
						return true
					}
				}
				return false
			}
			if cut := strings.Index(x, "-in-"); cut > 0 {
				x = x[:cut] // a role in charge of something: "the nurse-in-charge", "the editor-in-chief"
			}
			if r.lex.titles[x] || personHeads[x] || strings.HasSuffix(x, "year-old") || compoundPerson(x) {
				// (not a clause's subject after a fronted phrase: "In a
				// post on X, the president said")
				return k+1 >= len(t.Tokens) || !speechVerbs[t.Word(k+1)] // ", a 67-year-old retired machinist,"
			}
			if x == "head" && k+1 < len(t.Tokens) && t.Word(k+1) == "of" {
				return true // ", the head of the regional military administration"
			}
			if appositionEnds[x] || t.Tokens[k].Kind != sentence.Word {
				break // the head is past: "a charity that helps student nurses"
			}
		}
	}
	return false
}

// describedPerson reports whether an apposition at i gives an age or
// describes a person with an article or a possessive ("Okafor, 61, a
// retired teacher,", "Lindqvist, his deputy,"),
// not only a title, which may open the next subject ("At 10:42 GMT, MP
// Aroha Tane ...").
func (r *Recognizer) describedPerson(t *sentence.Text, i int) bool {
	if i+1 >= len(t.Tokens) || t.Word(i) != "," {
		return false
	}
	w := t.Word(i + 1)
	return w[0] >= '0' && w[0] <= '9' && i+2 < len(t.Tokens) && t.Word(i+2) == "," || (w == "a" || w == "an" || w == "the" || possessives[w]) && r.apposed(t, i)
}

// compoundPerson reports whether w is a compound ending in a noun for a
// person: "schoolteacher", "steelworker", "shopkeeper" (not "-maker",
// "-owner": "the carmaker", "a shipowner" are companies as often).
func compoundPerson(w string) bool {
	for _, h := range []string{"teacher", "worker", "driver", "keeper", "farmer"} {
		if len(w) > len(h)+2 && strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// appositionEnds close the head of an apposition: what follows them
// modifies it.
var appositionEnds = toSet(`of for that who which whose to with in at from on by`)

// personHeads are nouns for ordinary people that head an apposition to a
// name: "Dale Petrakis, a retired machinist, said". Offices and roles are
// in the title lexicon.
var personHeads = toSet(`machinist driver teacher nurse farmer worker owner resident student engineer
	retiree veteran mother father grandmother grandfather voter volunteer shopkeeper mechanic
	electrician plumber carpenter nurse accountant lawyer pastor priest firefighter contractor
	homeowner businessman businesswoman entrepreneur waitress bartender cashier clerk librarian
	scientist researcher professor lecturer economist analyst historian activist organizer organiser
	welder miner fisherman truck trucker rancher caregiver pensioner widow widower grandparent member
	neighbour neighbor survivor witness victim motorist passenger shopper fan customer patient parent
	deckhand farmhand skipper crewman teammate classmate roommate flatmate colleague partner
	cyclist pedestrian motorcyclist runner swimmer climber hiker commuter mum dad mom agent
	cabbie cabdriver whistleblower challenger chef baker butcher grocer vendor trader
	hairdresser barber tailor designer architect photographer journalist reporter writer author
	novelist poet artist painter singer musician guitarist drummer actor actress comedian dancer
	athlete striker goalkeeper midfielder batsman bowler spinner seamer left-armer sprinter
	pilot sailor soldier ranger teenager pupil schoolgirl schoolboy nanny midwife paramedic
	pharmacist dentist surgeon physician vet veterinarian landlord tenant crofter beekeeper
	counterpart successor predecessor`)

// sexNouns are the plainest nouns for a person, which a story names in an
// apposition: "The woman, Gulshan Temirova, said".
var sexNouns = toSet(`woman man girl boy`)

// legislatures whose members are people: "a member of parliament".
var legislatures = toSet(`parliament congress house senate assembly legislature`)

// speechSubject reports whether the tokens after i start with a speech or
// reporting verb, which makes a lone capitalised word a speaker.
func (r *Recognizer) speechSubject(t *sentence.Text, i int) bool {
	if i+2 < len(t.Tokens) && (t.Word(i) == "was" || t.Word(i) == "is") && t.Word(i+1) == "quoted" {
		switch t.Word(i + 2) {
		case "by", "as", "in", "saying":
			return true // "Smith was quoted by Reuters as saying"; not "Nickel is quoted at $18,000"
		}
	}
	return verbAt(t, i, speechVerbs, nil)
}

// bodySpeaks reports whether a speech verb at i has a body's pronoun for
// its subject after it: "said its", "said it would cut", "said it had
// agreed", "said it expected", as a company speaks ("Ford said it would cut 3,000 jobs"); not
// "said it was", "said it would be", which people say as often.
func bodySpeaks(t *sentence.Text, i int) bool {
	for k := i; k < len(t.Tokens) && k < i+2 && subjectAdverbs[t.Word(k)]; k++ {
		i = k + 1 // "Eskom also said its engineers ..."
	}
	if i+2 >= len(t.Tokens) || !speechVerbs[t.Word(i)] {
		return false
	}
	// past an adjunct and "that": "said in a statement that its", "said on
	// Friday that it had"
	k := i + 1
	if k+2 < len(t.Tokens) && (t.Word(k) == "in" && (t.Word(k+1) == "a" || t.Word(k+1) == "an") && statementWords[t.Word(k+2)] || t.Word(k) == "on" && weekdays[t.Word(k+1)]) {
		k += 2
		if t.Word(k-1) == "a" || t.Word(k-1) == "an" {
			k++
		}
	}
	if k < len(t.Tokens) && t.Word(k) == "that" {
		k++
	}
	i = k - 1
	if i+2 >= len(t.Tokens) {
		return false
	}
	switch t.Word(i + 1) {
	case "its":
		return true
	case "it":
		if bodyPlans[t.Word(i+2)] {
			return true // "said it expected a loss", "said it plans to"
		}
		if !bodyModals[t.Word(i+2)] || i+3 >= len(t.Tokens) {
			return false
		}
		next := t.Word(i + 3)
		return t.Tokens[i+3].Kind == sentence.Word && !isCap(next) && next != "be" && next != "been" && next != "not" && next != "have" && next != "a" && next != "an" && next != "the"
	}
	return false
}

// statementWords are the media of a body's words: "said in a statement".
var statementWords = toSet(`statement filing release notice`)

// bodyModals follow "it" in a body's plans and deeds: "said it would
// cut", "said it had agreed".
var bodyModals = toSet(`would will had has`)

// bodyPlans follow "it" in a body's forecasts and plans, never a
// person's dummy "it": "said it expected a loss".
var bodyPlans = toSet(`plans planned expects expected intends intended`)

// speakingAside reports whether an aside at i that says how the words were
// given is followed by a speech verb: "Dariusz Wróbel, speaking earlier on
// Friday, said", "Amara Diallo, writing in the Sentinel, warned".
func speakingAside(t *sentence.Text, i int) bool {
	return i+2 < len(t.Tokens) && t.Word(i) == "," && asideParticiples[t.Word(i+1)] && speechAfterAside(t, i, i+14)
}

// speechAfterAside reports whether the aside opened by the comma at i
// closes with a comma, in its sentence and before token limit, followed by
// a verb of saying.
func speechAfterAside(t *sentence.Text, i, limit int) bool {
	for k := i + 2; k < len(t.Tokens) && k < limit; k++ {
		if t.Tokens[k].Sent != t.Tokens[i].Sent {
			return false
		}
		if t.Word(k) == "," {
			return k+1 < len(t.Tokens) && speechVerbs[t.Word(k+1)]
		}
	}
	return false
}

// relativeSpeaks reports whether a relative clause opened by ", pron" at i
// closes with a comma before a verb of saying: "Yossi Ben-Ami, whose
// daughter was taken captive, told the crowd", "Harbour Aid International,
// which runs two clinics, said". "whose" tells of a person, "which" of a
// body.
func relativeSpeaks(t *sentence.Text, i int, pron string) bool {
	return i+2 < len(t.Tokens) && t.Word(i) == "," && t.Word(i+1) == pron && speechAfterAside(t, i, i+25)
}

// asideParticiples open an aside on the occasion of a statement.
var asideParticiples = toSet(`speaking talking writing addressing responding replying appearing`)

// describedSpeaker reports whether an apposition with an article at i
// that describes its name in lower-case words is followed by a speech
// verb: "Sello Mokgethi, a rock drill operator who has worked at the mine
// for 16 years, said". Only people are described so and then speak; a
// company's description names its trade with its own capitalised words
// rarely, but its name carries an organisation's head, which is decided
// before this.
func (r *Recognizer) describedSpeaker(t *sentence.Text, i int) bool {
	if i+2 >= len(t.Tokens) || t.Word(i) != "," || (t.Word(i+1) != "a" && t.Word(i+1) != "an") {
		return false
	}
	head := true // still in the description's head, before "who", "at", ...
	for k := i + 2; k < len(t.Tokens) && k < i+20; k++ {
		w := t.Word(k)
		if w == "," {
			return k > i+2 && k+1 < len(t.Tokens) && speechVerbs[t.Word(k+1)]
		}
		if t.Tokens[k].Kind != sentence.Word || t.Tokens[k].Para != t.Tokens[i].Para {
			return false
		}
		if appositionEnds[strings.ToLower(w)] {
			head = false
		}
		if head && isCap(w) {
			return false // "a unit of Halvek Group": a company's description
		}
	}
	return false
}

// verbAt reports whether the tokens from i start with a verb of one of the
// sets, after at most two subjectAdverbs ("also said", "has long argued").
func verbAt(t *sentence.Text, i int, verbs, more map[string]bool) bool {
	if i > 0 && i+1 < len(t.Tokens) && t.Word(i) == "." && nameAbbreviations[t.Word(i-1)] == Person {
		i++ // "Cal Ripken Jr. said": the abbreviation's full stop
	}
	if i+2 < len(t.Tokens) && t.Word(i) == "on" && weekdays[t.Word(i+1)] {
		i += 2 // AP style: "Acme on Monday said"
	}
	for k := i; k < len(t.Tokens) && k < i+3; k++ {
		w := t.Word(k)
		if verbs[w] || more[w] {
			return true
		}
		if !subjectAdverbs[w] {
			return false
		}
	}
	return false
}

// roleAdjectives qualify a role rather than name its body: "Lead author
// Dr. Rivers", "Senior advocate Shri ...".
var roleAdjectives = toSet(`lead senior junior top joint principal associate assistant managing special
	general chief deputy head co acting former longtime veteran then`)

// namedBefore reports whether the word before token i makes the name
// after it a saint's or a storm's ("St. Anselm's", "Hurricane Milton"):
// places and events, though the names are people's.
func namedBefore(t *sentence.Text, i int) bool {
	if i >= 2 && t.Word(i-1) == "." && t.Word(i-2) == "St" {
		return true
	}
	if i >= 1 {
		switch t.Word(i - 1) {
		case "St", "St.", "Saint", "San", "Santa", "Sainte", "Hurricane", "Typhoon", "Cyclone", "Storm":
			return true
		}
	}
	return false
}

// orgApposed reports whether the comma at i opens an apposition headed by
// a noun for an organisation: ", the medical transcription startup",
// ", a Seattle-based retailer".
func orgApposed(t *sentence.Text, i int) bool {
	head, end := apposedHeadAt(t, i)
	if end < len(t.Tokens) && t.Tokens[end].Kind == sentence.Word && !appositionGoesOn(t, end) {
		return false // a clause's subject and verb, no apposition: "After meeting Okwudili Nnaji, the committee decided"
	}
	// the head, not a modifier: "a National Party member" is a person
	return orgNouns[head] || companyMaker(head)
}

// companyApposed reports whether the comma at i opens an apposition
// headed by a noun for a business: "Severnmoor Water, the privately owned
// company that ...". Such a name's first word alone is the company.
func companyApposed(t *sentence.Text, i int) bool {
	head := apposedHead(t, i)
	return companyNouns[head] || companyMaker(head)
}

// companyMaker reports whether head is a noun in -maker for a company:
// "the drugmaker", not "a lawmaker".
func companyMaker(head string) bool {
	return len(head) > 6 && strings.HasSuffix(head, "maker") && !peopleMakers[head]
}

// companyNouns are the orgNouns for businesses.
var companyNouns = toSet(`company firm lender bank carmaker retailer broadcaster startup insurer broker
	brokerage consultancy airline carrier manufacturer chain supermarket utility conglomerate subsidiary
	corporation miner producer supplier operator developer`)

// apposedHead returns the head noun of an apposition with an article
// opened by the comma at i, or "".
func apposedHead(t *sentence.Text, i int) string {
	head, _ := apposedHeadAt(t, i)
	return head
}

// apposedHeadAt is apposedHead with the token after the head.
func apposedHeadAt(t *sentence.Text, i int) (string, int) {
	if i+2 >= len(t.Tokens) || t.Word(i) != "," {
		return "", i
	}
	if w := t.Word(i + 1); w != "a" && w != "an" && w != "the" {
		return "", i
	}
	head, end := "", i+2
	for k := i + 2; k < len(t.Tokens) && k < i+8 && (t.Tokens[k].Kind == sentence.Word || isApostrophe(t.Word(k)) && t.Tokens[k-1].End == t.Tokens[k].Start); k++ {
		if t.Tokens[k].Kind != sentence.Word {
			continue // a plural possessive: "a Dutch port workers' union"
		}
		x := t.Lower(k)
		if appositionEnds[x] || head != "" && len(x) > 4 && (strings.HasSuffix(x, "ing") || strings.HasSuffix(x, "ed")) && !strings.HasSuffix(head, "ly") {
			// "the company building the turbines": the participle modifies
			// the head (after an adverb it is an adjective: "the privately
			// owned company")
			break
		}
		head, end = x, k+1
	}
	return head, end
}

// appositionGoesOn reports whether the word at k, right after an
// apposition's head, continues the apposition: a relative pronoun or a
// preposition ("the startup whose ...", "the regional authority that
// runs ..."), a participle in -ing ("the company building the
// turbines") or a passive one before its agent or place ("the company
// owned by ...", "based in ..."). A verb of its own ("the authority urged
// Nigerians ...") makes the words a clause's subject instead.
func appositionGoesOn(t *sentence.Text, k int) bool {
	x := t.Lower(k)
	if appositionEnds[x] || x == "where" || len(x) > 4 && strings.HasSuffix(x, "ing") {
		return true
	}
	return k+1 < len(t.Tokens) && (strings.HasSuffix(x, "ed") || irregularParticiples[x]) && (t.Word(k+1) == "by" || t.Word(k+1) == "in")
}

// irregularParticiples are passive participles not in -ed that follow an
// apposition's head: "the firm run by", "the group set up in".
var irregularParticiples = toSet(`run led known set held`)

// isApostrophe reports whether w is a straight or curly apostrophe token.
func isApostrophe(w string) bool { return w == "'" || w == "’" }

// peopleMakers are the nouns in -maker that name people, not companies.
var peopleMakers = toSet(`lawmaker policymaker filmmaker peacemaker dressmaker kingmaker playmaker
	homemaker matchmaker troublemaker moviemaker shoemaker watchmaker cabinetmaker`)

// ampersand reports whether "&" joins two words of the chunk.
func (r *Recognizer) ampersand(t *sentence.Text, c *chunk) bool {
	for k := c.lo + 1; k < c.hi-1; k++ {
		if t.Word(k) == "&" {
			return true
		}
	}
	return false
}

// titlesOnly reports whether the tokens [lo,hi) are titles (or none).
func (r *Recognizer) titlesOnly(t *sentence.Text, lo, hi int) bool {
	if hi > lo && r.lex.titles[strings.ToLower(t.Src[t.Tokens[lo].Start:t.Tokens[hi-1].End])] {
		return true // "Prime Minister"
	}
	for k := lo; k < hi; k++ {
		if w := t.Lower(k); !r.lex.titles[w] && !r.lex.titles[w+"."] && w != "." && !(k == lo && r.partyWord(t.Word(k))) && !(k+1 < hi && r.fieldWord(t.Word(k))) {
			// (a field before a title is part of it: "Deputy Foreign Minister")
			return false
		}
	}
	return true
}

// partyWord reports whether w names a party or a nation before a title:
// "Republican Sen. Ted Cruz", "Labour MP ...", "French President ...".
func (r *Recognizer) partyWord(w string) bool {
	switch w {
	case "Republican", "Democratic", "Democrat", "Labour", "Conservative", "Tory", "Liberal", "Green", "Independent":
		return true
	}
	return r.lex.IsDemonym(w)
}

// pluralNoun reports whether a capitalised word is a plural common noun
// ("Workers", "Governors", "Nurses"), which a body's name may own, unlike
// a surname ("Davies' Senedd Group colleagues") or a club ("Spurs'").
func pluralNoun(w string) bool {
	for _, suf := range []string{"ers", "ors", "ans", "ists", "ents", "ses"} {
		if len(w) >= len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	switch w {
	case "Lords", "Commons", "Peoples", "Citizens", "Families", "Parties", "Nations":
		return true
	}
	return false
}

// orgHeadAhead reports whether the capitalised words from k reach an
// organisation's head within three words: "Governors' Recovery Council".
func (r *Recognizer) orgHeadAhead(t *sentence.Text, k int) bool {
	for j := k; j < len(t.Tokens) && j < k+3 && t.Tokens[j].Kind == sentence.Word && isCap(t.Word(j)); j++ {
		if r.lex.orgHead[t.Word(j)] {
			return true
		}
	}
	return false
}

// plainRun reports whether the tokens [lo,hi) are capitalised words that
// are neither titles nor gazetteer names of their own.
func (r *Recognizer) plainRun(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := t.Word(k)
		if (w == "’" || w == "'") && k > lo && strings.HasSuffix(t.Word(k-1), "s") {
			continue // a plural possessive inside the name: "Informal Traders’ Association"
		}
		if w == "plc" && k == hi-1 {
			continue // the company suffix in lower case: "Tesco plc"
		}
		if t.Tokens[k].Kind != sentence.Word || !isCap(w) || r.lex.titles[strings.ToLower(w)] {
			return false
		}
		if e, ok := r.lex.names[w]; ok && (e.typ != Org || hi-lo < 2) {
			// (a known body's one word may be part of a longer name,
			// "Nigeria Labour Congress"; alone after a place it is that
			// body: "U.S. Congress", "Texas Senate")
			return false
		}
	}
	return true
}

// givenFits reports whether the chunk's given name may make it a person:
// a name of the larger, weaker list does not before an organisation's head
// ("Kent Police", "Bentley Motors") or after a preposition of place ("a
// rally in Ashby Crossing").
func (r *Recognizer) givenFits(t *sentence.Text, c *chunk) bool {
	if !r.lex.weakGiven[t.Word(c.lo)] {
		return true
	}
	last := t.Src[t.Tokens[c.hi-1].Start:c.end]
	return !r.lex.orgHead[last] && !atPlace(t, c.lo)
}

// atPlace reports whether the token before lo is a preposition of place
// that takes a place more often than a person: "a rally in Ashby
// Crossing", "Police in Austin". ("to", "from", "into", "with" and "by"
// take people as often: "an inquiry into Pete Hegseth".)
func atPlace(t *sentence.Text, lo int) bool {
	if lo == 0 {
		return false
	}
	switch t.Word(lo - 1) {
	case "in", "at", "near", "across", "throughout", "via", "outside", "around":
		return true
	}
	return false
}

// placeWord reports whether a word of the chunk after its first is the
// head of a place name: "Logan Airport", "Madison Square Garden" are not
// people although they open with a given name.
func (r *Recognizer) placeWord(t *sentence.Text, c *chunk) bool {
	for k := c.lo + 1; k < c.hi; k++ {
		if r.lex.locHead[t.Word(k)] {
			return true
		}
	}
	return false
}

// titleApposed reports whether the name [lo,hi) is apposed, between
// commas, to a description with a title: "The finance minister, Aksel
// Berg, said" (not "As a teacher, Maple Grove parents ...").
func (r *Recognizer) titleApposed(t *sentence.Text, lo, hi int) bool {
	lo = r.titlesBefore(t, lo)
	if lo < 2 || t.Word(lo-1) != "," || hi >= len(t.Tokens) || t.Word(hi) != "," && t.Word(hi) != "." {
		return false // the name closes its apposition with a comma, or ends the sentence
	}
	// the title may carry a complement: "Vindhara's envoy to Kesaria,
	// Arvind Raghunathan, ..."
	for k := lo - 2; k >= 0 && k >= lo-7 && t.Tokens[k].Kind == sentence.Word; k-- {
		if k < lo-5 && t.Word(k+1) != "for" {
			continue // further back only a role for a body: "a spokeswoman for the Marsh campaign, Keisha Dunmore,"
		}
		if w := t.Word(k); r.lex.titles[w] || personHeads[t.Lower(k)] || kinWords[t.Lower(k)] != 0 || k == lo-2 && sexNouns[w] {
			return true // lower case: a role, not part of a name; "Another resident, Ramesh Kushwaha,", "The woman, Gulshan Temirova,"
		}
		if l := t.Lower(k); (l == "the" || l == "a" || l == "an") && k > 0 && k < lo-2 && speechVerbs[t.Word(k-1)] && !isCap(t.Word(lo-2)) &&
			!orgNouns[t.Word(lo-2)] && !bodyDescriptions[t.Word(lo-2)] && !r.lex.orgHead[t.Word(hi-1)] && !r.lex.locHead[t.Word(hi-1)] {
			// a description of the one who speaks, whatever its noun:
			// "said the Calveran stroke, Emil Sandvik." (not a body's: "said
			// the airline, Skyward Air.", "said the visiting side, Harlow
			// Town.")
			return true
		}
		if w := t.Word(k); k == lo-2 && k > 0 && r.lex.titles[strings.ToLower(w)] {
			j := k - 1
			for j > 0 && j > k-4 && isCap(t.Word(j)) && t.Word(j) != "The" {
				j-- // "the Parliamentary Budget Officer, Anand Ramkissoon,"
			}
			if t.Word(j) == "the" || t.Word(j) == "The" {
				return true // a capitalised office after "the": "the Speaker, Sardar Nadeem Akhtar Bhutta,"
			}
		}
	}
	return false
}

// wordsOf reports whether the chunk is a lone name owning someone's words:
// "Karzai's words came days after ...". Companies make remarks and
// comments too ("Tesla's remarks"), but words are a person's.
func (r *Recognizer) wordsOf(t *sentence.Text, c *chunk) bool {
	if c.hi-c.lo != 1 || c.hi >= len(t.Tokens) || c.end == t.Tokens[c.lo].End {
		return false // not one word with a possessive suffix
	}
	return t.Word(c.hi) == "words" && !isAllCaps(t.Src[t.Tokens[c.lo].Start:c.end])
}

// bodyDescriptions are nouns that describe a team, a body or a place
// rather than a person, beyond orgNouns.
var bodyDescriptions = toSet(`side team squad government ministry department board court city town
	village country state region province`)

var speechVerbs = toSet(`said says told tells added adds warned warns argued argues noted notes wrote writes
	insisted insists emphasized stressed explained claimed claims asked replied responded continued
	announced declared acknowledged admitted recalled suggested believes thinks urged`)

// fullNameVerbs make two or more capitalised words before them a person's
// full name even when the given name is unknown ("Jurgis Valaitis
// testified"); alone, a capitalised word before them is as often a body
// ("Downing Street denied", "Nvidia denied").
var fullNameVerbs = toSet(`testified stated confirmed denied revealed tweeted conceded countered alleged contended
	cautioned predicted vowed pledged promised`)

// stanceSubject reports whether the chunk is one capitalised word before a
// verb of stance (stanceVerbs), which makes it a speaker ("Haddad denied
// the report"), when it is capitalised inside a sentence somewhere in the
// text too: at the start of a sentence a common noun is capitalised as
// well ("Farmers blasted the tax", "Ministers denied ...").
func (r *Recognizer) stanceSubject(t *sentence.Text, c *chunk, midCaps *insideCaps) bool {
	if c.hi-c.lo != 1 || afterPrep(t, c.lo) {
		return false
	}
	if !verbAt(t, c.hi, stanceVerbs, nil) {
		return false
	}
	w := t.Src[t.Tokens[c.lo].Start:c.end]
	return t.Sentences[t.Tokens[c.lo].Sent].Lo != c.lo || midCaps.has(w)
}

// stanceVerbs are further verbs of saying and stance whose subject is
// nearly always a person or a body: a lone capitalised word before one is
// a speaker ("Clinton laid out her plan", "Haddad denied the report"). Not
// used after a name, where "said" inverts and these do not ("criticized
// Acme Corp").
// Only past forms and the third-person forms that are not also plural
// nouns ("fears", "hopes", "calls" head noun phrases: "Covid fears kept
// shoppers away").
var stanceVerbs = toSet(`criticized criticised criticizes criticises denied denies praised accused
	accuses urged urges promised vowed slammed blasted attacked defended defends rejected rejects
	dismissed dismisses blamed conceded concedes predicted predicts pledged touted mocked tweeted laid
	proposed proposes demanded maintained maintains contended contends asserted asserts alleged
	alleges agreed agrees disagreed disagrees complained complains lamented confirmed confirms
	revealed reveals disclosed discloses estimated expects expected hoped feared wanted believed
	testified countered questioned recounted recalls reiterated reiterates called announced
	threatened signaled signalled acknowledges admits`)

// subjectAdverbs may stand between a subject and its verb: "Haddad also
// said", "Haddad has long argued".
var subjectAdverbs = toSet(`also has had have later then previously repeatedly recently again
	publicly privately often never long once earlier first last further`)

func (r *Recognizer) genderOf(t *sentence.Text, c *chunk) byte {
	for _, ro := range c.roles {
		if ro == "MS" || ro == "MP" {
			continue // a member of the Senedd or of parliament, not "Ms"
		}
		switch strings.ToLower(strings.TrimSuffix(ro, ".")) {
		case "mr", "king", "prince", "father", "congressman", "spokesman", "chairman", "sheikh", "sir", "lord", "councilman", "alderman", "ayatollah",
			"mawlawi", "maulvi", "maulana", "mullah", "mufti", "imam":
			return 'm'
		case "mrs", "ms", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "dame", "baroness", "councilwoman", "alderwoman", "madam", "mme", "mlle":
			return 'f'
		}
	}
	if c.lo > 0 {
		switch t.Word(c.lo - 1) {
		case "Mr", "Mr.":
			return 'm'
		case "Mrs", "Ms", "Mrs.", "Ms.":
			return 'f'
		}
	}
	if c.hi-c.lo < 2 && c.canon == "" {
		return 0 // a surname alone: "Jackson", "Harris" are given names too (not "Bill" of "Bill and Hillary Clinton")
	}
	if koreanSurnames[t.Word(c.lo)] && (c.hi-c.lo >= 3 || c.hi-c.lo == 2 && strings.Contains(t.Word(c.lo+1), "-")) {
		return 0 // the family name first: "Kim Yo Jong", "Kim Jong Un", "Lee Jae-myung" (not "Kim Clijsters")
	}
	if g := r.lex.given[t.Word(c.lo)]; g != 'u' && g != 0 {
		return g
	}
	if c.hi-c.lo >= 3 && vietSurnames[t.Word(c.lo)] {
		// Vietnamese middle names tell the gender: "Nguyen Thi Thu Ha",
		// "Tran Van Minh"
		switch t.Word(c.lo + 1) {
		case "Thi":
			return 'f'
		case "Van":
			return 'm'
		}
	}
	return 0 // a name given to both: the pronouns decide (inferGender)
}

// vietSurnames are the commonest Vietnamese family names, which open a
// full name.
// koreanSurnames are the commonest Korean family names, written first.
var koreanSurnames = toSet(`Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Moon Yang Ko Bae Baek Nam`)

var vietSurnames = toSet(`Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
	Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Đoàn`)
