package entity

import (
	"slices"
	"strings"

	"github.com/storyline-dev/storyline/internal/sentence"
)

// build types the remaining names, merges mentions and fills res.
func (r *Recognizer) build(t *sentence.Text, res *Result, chunks []chunk) {
	toks := t.Tokens
	word := func(i int) string { return t.Src[toks[i].Start:toks[i].End] }
	type key struct {
		typ  Type
		name string
	}
	byKey := map[key]int{}
	lastNames := map[string]int{} // last token of a person's full name -> entity
	firstNames := map[string]int{}
	fullCount := map[int]int{}
	// personTails maps the last words of each person's name ("Mac Giolla Rua",
	// "Giolla Rua", "Rua" of "Fergal Mac Giolla Rua") to the person named
	// last with them: a surname of several words is that person's.
	personTails := map[string]int{}
	addEntity := func(typ Type, name string) int {
		k := key{typ, name}
		if id, ok := byKey[k]; ok {
			return id
		}
		id := -1
		if typ == Person {
			id = samePerson(res.Entities, name)
		}
		if id >= 0 {
			// the same person with or without a middle name ("Grace
			// Mbugua", "Grace Njeri Mbugua"): the longest form names her
			if e := res.Entities[id]; len(name) > len(e.Name) {
				e.Name = name
			}
		} else {
			res.Entities = append(res.Entities, &Entity{Name: name, Type: typ})
			id = len(res.Entities) - 1
		}
		byKey[k] = id
		if typ == Person {
			for i := 0; i < len(name); i++ {
				if name[i] == ' ' {
					personTails[name[i+1:]] = id
				}
			}
		}
		return id
	}
	// Surnames used alone the way people are ("Tormey, 58, is ...",
	// "Oskan said"): a full name ending in one of them is a person's even
	// when the lexicon lacks the given name ("Agnes Tormey").
	// A surname that a titled person or a full name with a known given
	// name already has is theirs ("Senator Warner", "Mark Warner" ... "Time
	// Warner").
	surnames, taken := map[string]bool{}, map[string]bool{}
	acronyms := map[string]int{} // acronym defined in brackets -> entity index + 1
	// firstSurnames maps the first of two surnames to its person ("Ibarra"
	// of "Marisol Ibarra Montoya"), weaker than any name that ends in it
	firstSurnames := map[string]int{}
	// middleNames maps a middle name to its person, for a titled mention
	// by it ("Governor Akinyi" after "Grace Akinyi Otieno"); -1 when two
	// people share it
	middleNames := map[string]int{}
	midCaps := &insideCaps{t: t}
	// namedAt maps a surname to where a person is first named in full
	// with it: a company's name before that is the company ("Disney said
	// ..." above "Walt Disney's nephew")
	namedAt := map[string]int{}
	// articleLessNames are the surnames registered without their Arabic
	// article ("Houthi" of "Abdul-Malik al-Houthi"): a group the
	// gazetteer knows by that word is the group, not the person ("Houthi
	// rebels")
	articleLessNames := map[string]bool{}
	// holders maps a surname to every person named in full with it, for a
	// titled mention by the surname alone to pick the one with that title
	holders := map[string][]int{}
	// names a story calls a town or a city somewhere ("the Lomarian town
	// of Kisari") are places wherever they stand ("What Kisari said")
	placeNamed := map[string]bool{}
	for ci := range chunks {
		if c := &chunks[ci]; c.typ == "" && !c.titled && c.lo >= 2 && word(c.lo-1) == "of" && settlementNouns[t.Lower(c.lo-2)] {
			placeNamed[t.Src[c.start:c.end]] = true
		}
	}
	for ci := range chunks {
		c := &chunks[ci]
		last := t.Src[toks[c.hi-1].Start:c.end]
		switch {
		case c.hi-c.lo == 1 && c.typ == "" && c.canon == "" && honorific(c.roles):
			surnames[last] = true // "Ms Karunadasa" is someone's surname
		case c.titled || c.hi-c.lo >= 2 && r.lex.given[word(c.lo)] != 0:
			taken[last] = true
		case c.typ == "" && c.canon == "" && c.hi-c.lo == 1 && (r.speechSubject(t, c.hi) && !afterPrep(t, c.lo) || r.apposed(t, c.hi) || invertedSpeaker(t, c.lo, c.hi)):
			surnames[last] = true
		case c.typ == "" && c.canon == "" && c.hi-c.lo == 1 && c.lo == t.Sentences[toks[c.lo].Sent].Lo && c.end == toks[c.lo].End && pastSubject(t, c.hi):
			surnames[last] = true // "Trong had led the party", after "Nguyen Phu Trong died"
		}
	}
	// first pass: type every chunk
	for ci := range chunks {
		c := &chunks[ci]
		if c.typ != "" {
			continue
		}
		first := word(c.lo)
		last := t.Src[toks[c.hi-1].Start:c.end]
		nt := c.hi - c.lo
		switch {
		case placeNamed[t.Src[c.start:c.end]] && !c.titled:
			c.typ = Loc
		case nt == 1 && !c.titled && c.canon == "" && c.end == toks[c.lo].End && bodySpeaks(t, c.hi):
			c.typ = Org // "Ford said it would cut 3,000 jobs": a company named after someone, not the person
		case r.ampersand(t, c):
			c.typ = Org // "Pellow & Finch", "Procter & Gamble"
		case nt == 2 && r.lex.IsPlace(first) && !c.titled && (len(last) >= 3 && isAllCaps(last) && !r.lex.titles[strings.ToLower(last)] || isField(last) && !partyFields[last]):
			// a body's local branch by its letters ("Manitoba RCMP"), a
			// state's department by its field ("Queensland Health")
			c.typ = Org
		case nt >= 3 && first == "Port" && word(c.lo+1) == "of" && !c.titled:
			c.typ = Org // a port's authority: "the Port of Antwerp reported growth"
		case orgApposed(t, c.hi) && (r.lex.given[first] == 0 || r.lex.weakGiven[first]) && !honorific(c.roles):
			// (not after a form of address: "its spokesman, Mr. Efosa
			// Idahosa, the authority urged")
			c.typ = Org // "Tessellate, the medical transcription startup whose ..."
		case namedBefore(t, c.lo):
			c.typ = Loc // "St. Anselm's Hospital", "Hurricane Milton": a saint's or a storm's name
		case nt >= 2 && r.lex.given[first] == 0 && r.roleOf(t, c.lo):
			c.typ = Org // "president of Jatiya Garment Sramik Sanghati": the body a role is held in
		case c.lo >= 2 && word(c.lo-1) == "on" && r.lex.orgHead[word(c.lo-2)] && r.lex.given[first] == 0:
			c.typ = Org // "the Committee on Foreign Affairs": the field of a body's name, no person
		case c.hi+1 < len(toks) && r.lex.titles[t.Lower(c.hi)] && isCap(word(c.hi+1)) && toks[c.hi+1].Sent == toks[c.lo].Sent &&
			(r.lex.given[first] == 0 || r.lex.weakGiven[first]) && (nt >= 2 || !roleAdjectives[strings.ToLower(first)]):
			// (a lone word before a role may be an adjective: "Lead author
			// Dr. Ottoline Rivers")
			// the body or place a role belongs to, before the role and its
			// holder: "Estrella del Sur president Joaquín Ferreyra",
			// "Harris County Judge Lina Hidalgo", "Tory MP Jacob Rees-Mogg"
			c.typ = Org
		case nt >= 4 && strings.ContainsAny(t.Src[c.start:c.end], "\"“”"):
			c.typ = Person // a nickname in quotation marks inside a name: Clement "Spider" Auguste
		case nt >= 3 && r.lex.orgHead[word(c.lo+1)] && !r.lex.companyHead[word(c.lo+1)] && !r.hasGivenName(t, c) && !c.titled:
			c.typ = Org // "Independent Commission Against Corruption": a body's head inside its name
		case nt >= 2 && paperFirsts[first] && r.lex.given[first] == 0:
			c.typ = Org // a newspaper: "told Daily Maverick", "the Evening Standard"
		case r.lex.given[first] != 0 && nt == 2 && !orgOf(t, c, r.lex) && !strongOrgHeads[last] && !r.placeWord(t, c) && r.givenFits(t, c):
			c.typ = Person // "Emily Post", "Margaret Court"; not "Howard University"
		case r.lex.orgHead[last] && (nt > 1 || !r.lex.companyHead[last]) || orgOf(t, c, r.lex):
			c.typ = Org // also after a title: "a deputy Health Ministry official"
		case c.lo > 0 && orgNouns[t.Word(c.lo-1)] && !r.hasGivenName(t, c):
			c.typ = Org // "anti-corruption group Clear Harbour", "the lender Brightwell"
		case nt >= 2 && c.hi+2 < len(toks) && word(c.hi) == "(" && word(c.hi+2) == ")" && len(word(c.hi+1)) >= 3 && initialsMatch(t.Src[c.start:c.end], word(c.hi+1)):
			c.typ = Org // a name its initials abbreviate: "Tehreek-e-Nijat Kharistan (TNK)"
		case c.hi < len(toks) && dataNouns[t.Word(c.hi)] && !r.hasGivenName(t, c) && !c.titled:
			c.typ = Org // "according to Tidemark data", "LSEG calculations": a data provider
		case c.titled:
			c.typ = Person
		case nt == 2 && pinyinSurnames[first] && pinyinGiven(last) && c.end == toks[c.hi-1].End && !afterThe(t, c.lo) && !r.lex.locHead[last] && !r.lex.orgHead[last] &&
			!(c.lo > 0 && placePreps[t.Word(c.lo-1)]) && (c.hi >= len(toks) || toks[c.hi].Kind != sentence.Word || pastSubject(t, c.hi) || speechVerbs[t.Word(c.hi)] || isCap(t.Word(c.hi))):
			// (not a place or a thing: "at Long Tan", "Fan Zone venues",
			// "Wu Tang fans", where a noun follows, not a verb)
			c.typ = Person // "Li Qiang met the visitors", "He Lifeng met": a Chinese surname and a given name of pinyin syllables
		case patronymic(t, c) && !r.lex.orgHead[last]:
			c.typ = Person // "Tamim bin Hamad Al Thani hosted the talks": a son's name with his father's
		case initialsOpen(t, c) && !(r.speechSubject(t, c.hi) && c.hi+1 < len(toks) && bodyObjects[t.Word(c.hi+1)]):
			// initials before one or two names: "M. K. Stalin", "K. P.
			// Sharma Oli", "J. K. Rowling" (not a company named so that
			// speaks for itself: "J. Crew said it would")
			c.typ = Person
		case nt == 2 && placeFirst[first] && (afterThe(t, c.lo) || c.lo > 0 && (placePreps[word(c.lo-1)] || word(c.lo-1) == "on") || !r.speechSubject(t, c.hi) && !r.hasGivenName(t, c)):
			c.typ = Loc // "the River Cale", "Mount Kessel": the place's kind comes first (not "River Jones said")
		case r.lex.locHead[last] && nt >= 2 && !r.hasGivenName(t, c) && (!r.speechSubject(t, c.hi) || afterThe(t, c.lo) && c.lo > 1 && placePreps[t.Word(c.lo-2)]):
			// "the Green Zone", "Times Square"; not "Actor Randall Park
			// said", where the verb decides
			c.typ = Loc
		case r.lex.orgHead[first] && nt > 1 || isAllCaps(last) && nt == 1 && len(last) >= 2 && !ticker(t, c) && !dateline(t, c) && !r.placeLabel(t, c) && !timeZones[last] && !modelNumber(last) && !amount(last) && !(c.hi < len(toks) && moneyUnits[word(c.hi)]):
			// an acronym ("NWS", "EUROPOL"); not a dateline ("TESSELMARK
			// (Reuters) -") or a page label ("ADVERTISEMENT")
			c.typ = Org
		case r.lex.given[first] != 0 && nt >= 2 && !r.placeWord(t, c) && r.givenFits(t, c):
			c.typ = Person
		case nt >= 2 && nt <= 3 && syllableGiven(last) && allTitle(t, c.lo, c.hi-1):
			c.typ = Person // "Tsang Wai-hung", "Agnes Chiu Mei-ling": a given name of two syllables
		case nt >= 2 && nt <= 3 && surnames[last] && !taken[last] && allTitle(t, c.lo, c.hi) && !r.lex.locHead[last] && !namedBefore(t, c.lo+1) &&
			!(c.lo > 0 && (word(c.lo-1) == "the" || word(c.lo-1) == "The")) && !afterPrep(t, c.lo):
			c.typ = Person // "Agnes Tormey" ... "Tormey, 58,"; not "Typhoon Dalisay" ... "Dalisay made landfall"
		case nt >= 2 && (nt <= 4 || nt <= 6 && r.particleName(t, c)) && allTitle(t, c.lo, c.hi) && !atPlace(t, c.lo) && !(afterThe(t, c.lo) && c.lo >= 2 && word(c.lo-2) == "of") && (r.speechSubject(t, c.hi) || verbAt(t, c.hi, fullNameVerbs, nil) && !afterThe(t, c.lo) || r.apposed(t, c.hi) || r.describedSpeaker(t, c.hi) || speakingAside(t, c.hi) || relativeSpeaks(t, c.hi, "whose") || c.lo > 0 && speechVerbs[word(c.lo-1)] || r.titleApposed(t, c.lo, c.hi) || c.lo > 0 && strings.HasSuffix(word(c.lo-1), "-year-old") && (r.lex.given[word(c.lo)] != 0 || c.lo >= 2 && word(c.lo-2) == ",")):
			c.typ = Person
		case nt >= 2 && nt <= 5 && allTitle(t, c.lo, c.hi) && !atPlace(t, c.lo) && relativeSpeaks(t, c.hi, "which"):
			c.typ = Org // "Harbour Aid International, which runs two field clinics in the province, said"
		case nt == 2 && allTitle(t, c.lo, c.hi) && c.lo == t.Sentences[toks[c.lo].Sent].Lo && !r.lex.locHead[last] && !r.lex.orgHead[last] && !r.placeWord(t, c) && pastSubject(t, c.hi) && pronounNext(t, c.hi):
			// an unknown full name that opens a sentence as the subject of
			// a past verb and is taken up by "she" or "he" in the next
			// sentence: "Thandiwe Nkosi arrived in Leeds on Monday. She
			// said ..."
			c.typ = Person
		default:
			c.typ = "" // decided after merging
		}
	}
	r.coordinatedPeople(t, chunks)
	r.sharedSurnames(t, chunks)
	chunks = ownedBodies(t, chunks)
	chunks = r.saintNamed(t, chunks)
	for ci := range chunks {
		// an office named by its holder's title: "the Chief Minister's
		// Office", "the Prime Minister's Office"; the title before the
		// possessive belongs to the name
		c := &chunks[ci]
		if c.typ != Org || len(c.roles) == 0 || c.lo < len(c.roles) {
			continue
		}
		first := t.Word(c.lo)
		if base := strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s"); base == first || !r.lex.titles[strings.ToLower(base)] {
			continue
		}
		lo := c.lo - len(c.roles)
		if t.Word(lo) != c.roles[0] {
			continue
		}
		c.lo, c.start, c.roles, c.titled = lo, toks[lo].Start, nil, false
	}
	// A company's first word alone is the company, even before the text
	// gives its full name: the headline's "Brightwell recalls ..." before
	// "Brightwell Home Appliances is recalling ...".
	companyShort := map[string]string{}
	var clubShort map[string]bool
	for ci := range chunks {
		c := &chunks[ci]
		if c.typ != Org || c.hi-c.lo < 2 || c.canon != "" {
			continue
		}
		last := t.Src[toks[c.hi-1].Start:c.end]
		if first := word(c.lo); c.hi-c.lo == 2 && clubPrefixes[first] && companyShort[last] == "" && !r.lex.IsPlace(last) {
			companyShort[last] = t.Src[c.start:c.end] // "Almaraz" for Deportivo Almaraz
			if clubShort == nil {
				clubShort = map[string]bool{}
			}
			clubShort[last] = true // the city it is named after, too: not "the mayor of Bilbao"
			continue
		}
		full := t.Src[c.start:c.end]
		// (a longer name of the same company wins: the headline's
		// "Northfield Power" is "Northfield Power & Light")
		longer := func(short string) bool {
			return companyShort[short] == "" || strings.HasPrefix(full, companyShort[short]+" ")
		}
		// (a given name is the company's short form only after a legal
		// name, "Harlan Appliance Co.", and when no one in the text is
		// named with it)
		if first := word(c.lo); (r.lex.given[first] == 0 || legalSuffixes[last] && !namedPerson(t, chunks, first)) && longer(first) && (r.lex.companyHead[last] || legalSuffixes[last] || companyApposed(t, c.hi)) {
			companyShort[first] = full
			// and its longer short forms: "Vale Rider" of "Vale Rider Buses"
			for k := c.lo + 2; k < c.hi; k++ {
				if p := t.Src[c.start:toks[k-1].End]; longer(p) {
					companyShort[p] = full
				}
			}
		}
	}
	for ci := range chunks {
		c := &chunks[ci]
		if w := word(c.lo); c.hi-c.lo == 1 && !c.titled && c.canon == "" && companyShort[w] != "" && c.end == toks[c.lo].End && !(clubShort[w] && afterPrep(t, c.lo)) {
			c.typ = Org
		}
		if full := companyShort[t.Src[c.start:c.end]]; c.hi-c.lo >= 2 && !c.titled && c.canon == "" && full != "" && full != t.Src[c.start:c.end] {
			c.typ, c.canon = Org, full // "Vale Rider says" after (or before) "Vale Rider Buses"
		}
	}
	// the letters of bodies' names of two words or more, for an acronym the
	// story never defines in brackets: "National Cricket Board" ... "the
	// NCB", "Health Service Authority" ... "The HSA said"
	orgLetters := map[string]string{}
	for ci := range chunks {
		c := &chunks[ci]
		if c.typ != Org || c.hi-c.lo < 2 {
			continue
		}
		name := t.Src[c.start:c.end]
		_, unprefixed, _ := strings.Cut(name, " ")
		if f := name[:len(name)-len(unprefixed)]; len(f) > 4 || !isAllCaps(strings.TrimSpace(f)) {
			unprefixed = ""
		}
		for _, part := range [3]string{name, name[:max(strings.LastIndex(name, " of "), 0)], unprefixed} {
			// (also the letters of the name before its place: "American
			// Civil Liberties Union of Ohio" ... "the ACLU"; and without a
			// country's letters: "US Consumer Product Safety Commission"
			// ... "the CPSC")
			if a := nameInitials(part); len(a) >= 2 {
				if cur, ok := orgLetters[a]; ok && cur != name {
					orgLetters[a] = "" // two bodies: the letters name neither
				} else {
					orgLetters[a] = name
				}
			}
		}
	}
	// register full person names, and the letters of their roles of two
	// words or more ("Additional Solicitor General Kaveri Deshpande" ...
	// "the ASG", "Chief Minister X" ... "CM says")
	roleAcronyms := map[string]int{} // letters -> entity index + 1, or -1 for several holders
	nicknames := map[string]int{}    // a nickname given inside a full name -> its person
	var orgNames map[string]bool     // made only when the text has a body's name
	for ci := range chunks {
		if c := &chunks[ci]; c.typ == Org {
			if orgNames == nil {
				orgNames = map[string]bool{}
			}
			orgNames[t.Src[c.start:c.end]] = true
		}
	}
	for ci := range chunks {
		if c := &chunks[ci]; c.typ == Person && !c.titled && orgNames[t.Src[c.start:c.end]] && !r.hasGivenName(t, c) {
			c.typ = Org // "Aldgate Meridian said" after "British lender Aldgate Meridian": the body again
		}
	}
	for ci := range chunks {
		c := &chunks[ci]
		if c.typ == Person && c.hi-c.lo == 1 && c.canon != "" && !c.weak {
			// a given name that shares the surname of the full name after
			// it: "Bill" of "Bill and Hillary Clinton" is Bill Clinton
			id := addEntity(Person, c.canon)
			ln := c.canon[strings.LastIndexByte(c.canon, ' ')+1:]
			if !has(lastNames, ln) {
				lastNames[ln] = id
			}
			if !slices.Contains(holders[ln], id) {
				holders[ln] = append(holders[ln], id)
			}
			if !has(firstNames, word(c.lo)) {
				firstNames[word(c.lo)] = id
			}
			continue
		}
		if c.typ != Person || c.hi-c.lo < 2 || c.weak || particleSurname(t, c) && particleFullName(t, chunks, word(c.hi-1)) {
			continue
		}
		name, nick := splitNickname(t.Src[c.start:c.end])
		if _, tail := tailOf(personTails, name); tail && (c.titled || r.lex.given[word(c.lo)] == 0 || surnameOpeners[word(c.lo)]) {
			continue // "Mr Mac Giolla Rua", "Te Whetū": the surname of someone named before
		}
		id := addEntity(Person, name)
		if nick != "" && !strings.Contains(nick, " ") {
			nicknames[nick] = id // `Dae-ho "Ravel" Shin` ... "Ravel said"
		}
		if _, ok := lastNames[t.Src[toks[c.hi-1].Start:c.end]]; !ok {
			lastNames[t.Src[toks[c.hi-1].Start:c.end]] = id
			namedAt[t.Src[toks[c.hi-1].Start:c.end]] = c.lo
		}
		if ln := t.Src[toks[c.hi-1].Start:c.end]; !slices.Contains(holders[ln], id) {
			holders[ln] = append(holders[ln], id)
		}
		if ln := articleLess(t.Src[toks[c.hi-1].Start:c.end]); ln != "" && !has(lastNames, ln) {
			lastNames[ln] = id // "Sisi" of "Abdel Fattah al-Sisi"
			articleLessNames[ln] = true
		}
		if k := c.hi - 2; k > c.lo && nameAbbreviations[word(c.hi-1)] == Person && isCap(word(k)) && !has(lastNames, word(k)) {
			lastNames[word(k)] = id // "King" of "Martin Luther King Jr.": the surname before "Jr."
		}
		if k := c.hi - 3; k >= c.lo && chineseSurnames[word(k)] && len(word(c.hi-2)) <= 4 && len(word(c.hi-1)) <= 4 && !has(lastNames, word(k)) {
			// a Chinese name with its surname before a given name of two
			// syllables, as Singapore and Malaysia write it: "Wilson Teo
			// Kah Hwee" ... "Teo", "Tan Mei Ling" ... "Ms Tan"
			lastNames[word(k)] = id
		}
		// the first of two surnames is the short form in Spanish and
		// Portuguese names: "Marisol Ibarra Montoya" ... "Ibarra";
		// "Lucía Fernández de la Vega" ... "Fernández"
		for k := c.lo + 1; k < c.hi-1 && c.hi-c.lo >= 3; k++ {
			w := word(k)
			if isCap(w) && !connectors[w] && (r.lex.given[w] == 0 || r.lex.weakGiven[w] && k >= c.lo+2) && !has(firstSurnames, w) && (!has(r.lex.names, w) || r.lex.names[w].city) && (k+1 == c.hi-1 || connectors[word(k+1)]) {
				// (a rare given name after two others is a surname: "José
				// Pablo Mora Castillo" ... "Mora"; so is a GeoNames city,
				// "Ibarra")
				firstSurnames[w] = id
			}
			if pid, ok := middleNames[w]; ok && pid != id {
				middleNames[w] = -1
			} else if isCap(w) && !connectors[w] {
				middleNames[w] = id
			}
		}
		if _, ok := firstNames[word(c.lo)]; !ok {
			firstNames[word(c.lo)] = id
		}
		for _, ro := range c.roles {
			if a := roleInitials(ro); a != "" {
				if cur, ok := roleAcronyms[a]; ok && cur != id+1 {
					roleAcronyms[a] = -1 // two holders: the letters name no one
				} else {
					roleAcronyms[a] = id + 1
				}
			}
		}
	}
	for ci := range chunks {
		c := &chunks[ci]
		if c.demo {
			continue
		}
		if c.typ != Org && r.lex.IsPluralTitle(word(c.hi-1)) {
			continue // "Two Progressive Unity MPs", "Republican Senators": a group, no one's name
		}
		if c.typ != Org && c.typ != Loc && r.roleInside(t, c) {
			continue // "the Fianna Fáil TD for Cork North-West": a description of someone, not a name
		}
		name := withoutNickname(t.Src[c.start:c.end])
		// a company named after someone speaks for itself, and is not
		// the person of that surname: "Ford said it would cut 3,000 jobs";
		// only a company the gazetteer knows, or letters, since anyone's
		// surname may say "it would" ("Musk said it would cost billions")
		companySpeaks := c.typ == Org && c.hi-c.lo == 1 && (c.canon != "" || isAllCaps(name)) && bodySpeaks(t, c.hi)
		var id int
		switch {
		case acronyms[name] > 0:
			id = acronyms[name] - 1 // "the WRA", defined after its full name
		case c.hi-c.lo == 1 && c.typ == Org && !c.titled && c.canon == "" && companyShort[name] != "" && companyShort[name] != name:
			id = addEntity(Org, companyShort[name]) // "Bramblewood said" for Bramblewood Baby Co.
		case c.hi-c.lo == 1 && isAllCaps(name) && len(name) <= 6 && orgLetters[name] != "" && c.canon == "":
			id = addEntity(Org, orgLetters[name]) // "the NCB" for the National Cricket Board named in the story
		case c.hi-c.lo == 1 && isAllCaps(name) && roleAcronyms[name] > 0:
			id = roleAcronyms[name] - 1 // "the ASG said", "CM says": the holder of the role the letters abbreviate
		case c.hi-c.lo == 2 && isAllCaps(word(c.hi-1)) && roleAcronyms[word(c.hi-1)] > 0 && r.lex.given[word(c.lo)] == 0 && !legalSuffixes[word(c.hi-1)] && headlineStart(t, c.lo):
			id = roleAcronyms[word(c.hi-1)] - 1 // a headline's "Tavanu PM says": the story's holder of the role (not "Siemens AG said")
		case particleSurname(t, c) && particleFullName(t, chunks, word(c.hi-1)) && has(lastNames, word(c.hi-1)):
			id = lastNames[word(c.hi-1)] // "Van Dijkstra said" after "Erik van Dijkstra"
		case c.hi-c.lo == 1 && c.typ == "" && c.canon == "" && !c.titled && !has(lastNames, name) && r.speaks(t, c) && orgPrefix(res.Entities, name, r.lex) >= 0:
			// "Maddox said" after "Maddox Pharmaceuticals": the short form
			// (not a place or a known body, "Kenya" after "Kenya Airways",
			// nor someone's surname, "Johnson" after "House Speaker Mike
			// Johnson")
			id = orgPrefix(res.Entities, name, r.lex)
		case c.canon != "":
			// a gazetteer entry may also be a person's surname
			if pid, ok := lastNames[name]; ok && c.hi-c.lo == 1 && !(c.lo > 0 && placePreps[word(c.lo-1)]) && !(c.typ == Org && (namedAt[name] > c.lo || articleLessNames[name])) {
				id = pid
			} else if pid, ok := firstSurnames[name]; ok && c.hi-c.lo == 1 && r.lex.names[name].city && !(c.lo > 0 && placePreps[word(c.lo-1)]) {
				id = pid // a GeoNames city that is someone's first surname: "Ibarra said" after "Marisol Ibarra Montoya"
			} else {
				id = addEntity(c.typ, c.canon)
			}
		case c.typ == Person && c.hi-c.lo >= 2 && !c.weak:
			var ok bool
			if id, ok = byKey[key{Person, name}]; !ok {
				if pid, tail := tailOf(personTails, name); tail && (c.titled || r.lex.given[word(c.lo)] == 0 || surnameOpeners[word(c.lo)]) {
					id = pid // a surname of several words: "Mr Mac Giolla Rua" after "Fergal Mac Giolla Rua"
				} else {
					id = addEntity(Person, name) // not registered above ("Del Monte" beside "Fresh del Monte")
				}
			}
			// short forms that follow go to the person of that surname named
			// most often so far (ties: the most recent)
			fullCount[id]++
			ln := t.Src[toks[c.hi-1].Start:c.end]
			if cur, ok := lastNames[ln]; !ok || fullCount[id] >= fullCount[cur] && !(cur != id && r.relativeApposed(t, c.hi)) {
				// (a relative named after the story's subject, "Birgitta
				// Lindqvist, the novelist's mother,", leaves the bare
				// surname to the subject)
				lastNames[ln] = id
			}
			if cur, ok := firstNames[word(c.lo)]; !ok || fullCount[id] >= fullCount[cur] {
				firstNames[word(c.lo)] = id
			}
		case c.weak:
			if eid, ok := byKey[key{Person, name}]; ok {
				id = eid
			} else if pid, ok := lastNames[name]; ok {
				id = pid
			} else if pid, ok := firstNames[name]; ok && c.hi-c.lo == 1 && r.lex.given[name] != 0 {
				id = pid // a headline's "Ridwan" for Ridwan Latuconsina, as Indonesian papers name people
			} else if eid, ok := byKey[key{Org, name}]; ok {
				id = eid
			} else {
				continue
			}
		default:
			if pid, ok := byKey[key{Person, name}]; ok && c.hi-c.lo >= 2 {
				id = pid // "Aroha Tane has confirmed ...", named in full before
			} else if pid, ok := personTails[name]; ok && c.hi-c.lo >= 2 && (nameAbbreviations[word(c.hi-1)] == Person || r.lex.given[word(c.lo)] == 0 && c.typ == "" && r.lex.given[strings.Fields(res.Entities[pid].Name)[0]] != 0) {
				// "Trump Jr. spoke" after "Donald J. Trump Jr."; a double
				// surname alone, "Valdés Herrera did not address the court"
				// after "Rodrigo Valdés Herrera" (a name that opens with a
				// given name: not "East Marlow" after a "City of East
				// Marlow" taken for a person)
				id = pid
			} else if pid, ok := nicknames[name]; ok && c.hi-c.lo == 1 {
				id = pid // "Ravel said" after `Dae-ho "Ravel" Shin`
			} else if pid, ok := firstNames[name]; ok && c.hi-c.lo == 1 && givenTitled(c.roles) {
				id = pid // "Sheikh Hamdan" is Hamdan bin Saif, not Mansour bin Hamdan
			} else if pid, ok := titleHolder(res.Entities, holders[name], c); ok {
				id = pid // "Sen. Brennan" is State Senator Linda Brennan, not Mayor Tom Brennan
			} else if pid, ok := genderHolder(res.Entities, holders[name], c); ok {
				id = pid // "Mr Cole" is Ryan Cole, not his partner Leah Cole
			} else if pid, ok := lastNames[name]; ok && c.hi-c.lo == 1 && honorific(c.roles) && addressGender(c.roles) != 0 && addressGender(c.roles) != res.Entities[pid].Gender && kinApposed(t, c.hi) {
				// "Okafor said ... Mrs Okafor, his wife, said": the
				// relative of the Okafor named before, someone else
				id = addEntity(Person, c.roles[0]+" "+name)
				for _, h := range [2]int{pid, id} {
					if !slices.Contains(holders[name], h) {
						holders[name] = append(holders[name], h)
					}
				}
			} else if pid, ok := chineseOrder(res.Entities, lastNames, firstNames, name); ok && c.hi-c.lo == 1 {
				id = pid // "Wei said" is Wei Li, not Li Wei, when both names are written surname first
			} else if pid, ok := lastNames[name]; ok && !companySpeaks {
				id = pid
			} else if pid, ok := lastNames[articleLowered(name)]; ok && c.hi-c.lo == 1 && !companySpeaks {
				id = pid // "Al-Mahmoud said" after "Khalid bin Nasser al-Mahmoud"
			} else if pid, ok := firstSurnames[name]; ok && c.hi-c.lo == 1 && !c.titled {
				id = pid
			} else if pid, ok := middleNames[name]; ok && pid >= 0 && c.hi-c.lo == 1 && c.titled && !has(firstNames, name) {
				id = pid // "Governor Akinyi" after "Grace Akinyi Otieno", as Kenyan papers write
			} else if pid, ok := firstNames[name]; ok && c.hi-c.lo == 1 && (!c.titled || !has(lastNames, name) && (r.lex.given[name] != 0 && honorific(c.roles) || r.lex.given[name] == 0 && (!surnames[name] || honorific(c.roles)))) {
				// (and "Dr. Yonas", "Engineer Alemitu": a title with a given
				// name the lexicon lacks, as Ethiopian usage has it)
				// (also "Dr Priya" for Priya Ramanathan-Goh: in Malaysian
				// and Singaporean style the title goes with the given name,
				// and "Mr Thanakorn" for Thanakorn Sirirat in Thai style,
				// when nobody in the story has that surname)
				id = pid
			} else if c.typ == Org && c.hi-c.lo == 1 && r.lex.orgHead[name] && !c.titled && c.lo > 0 && (word(c.lo-1) == "the" || word(c.lo-1) == "The") &&
				!(c.hi < len(toks) && connectors[word(c.hi)]) {
				// "the Front": the short form of an organisation named
				// before ("Sefir Liberation Front"), or else a common noun
				// ("The Company said"); not "Police said", not the head of
				// "the Bank of England"
				if id = shortFormOf(res.Entities, name); id < 0 {
					continue
				}
			} else if c.typ == Org {
				// before the speech-verb test: "The Port Avel Harbour
				// Authority says ..." is an organisation speaking;
				// "Kellen Institute" after "Kellen Institute for Polar
				// Research" is its short form
				if id = longFormOf(res.Entities, name); id < 0 && c.hi-c.lo == 1 {
					// "Halvard shares" after "Halvard Financial Corp": the
					// company's short name, kept for its later mentions
					if id = orgPrefix(res.Entities, name, r.lex); id < 0 && companyShort[name] != "" {
						id = addEntity(Org, companyShort[name]) // named in full only later
					}
					if id >= 0 {
						byKey[key{Org, name}] = id
					}
				}
				if id < 0 {
					if id = legalFormOf(res.Entities, name); id >= 0 {
						// "Halvard Financial" in the headline, "Halvard
						// Financial Corp" in the text: one company, named
						// by its longer form
						if len(name) > len(res.Entities[id].Name) {
							res.Entities[id].Name = name
						}
						byKey[key{Org, name}] = id
					} else {
						id = addEntity(Org, name)
					}
				}
			} else if c.typ == Loc {
				id = addEntity(Loc, name)
			} else if oid, ok := byKey[key{Org, name}]; ok && !c.titled {
				id = oid // "Tessellate said", after "Tessellate, the startup ..."; a body's full name again
			} else if c.hi-c.lo == 1 && (groupWords[strings.ToLower(name)] || groupWords[strings.ToLower(name)+"s"]) {
				continue // "Analysts said ...", "Lawmaker says": a common noun opening the sentence
			} else if c.typ == Person || c.titled || r.lex.given[name] != 0 && !atPlace(t, c.lo) && !(c.hi-c.lo == 1 && afterThe(t, c.lo)) || r.speechSubject(t, c.hi) && !afterPrep(t, c.lo) && !afterThe(t, c.lo) && !r.titleComplement(t, c.lo) ||
				r.stanceSubject(t, c, midCaps) || r.wordsOf(t, c) || c.hi-c.lo == 1 && r.describedPerson(t, c.hi) && !afterPrep(t, c.lo) {
				id = addEntity(Person, name)
				if c.hi-c.lo == 1 {
					lastNames[name] = id
				}
			} else {
				continue
			}
		}
		e := res.Entities[id]
		if e.Type == Org && c.hi-c.lo >= 2 && c.hi+2 < len(toks) && word(c.hi) == "(" && word(c.hi+2) == ")" && shortName(word(c.hi+1), e.Name) {
			acronyms[word(c.hi+1)] = id + 1 // "The United Nations World Relief Agency (WRA)", "National Electricity Supply Company (Nesco)"
		}
		if e.Type == Person && e.Gender == 0 {
			e.Gender = r.genderOf(t, c)
		}
		for _, ro := range c.roles {
			e.addRole(ro)
		}
		if c.hi-c.lo == 1 && e.Type == Person {
			fullCount[id]++ // a bare surname counts too: the profile's subject keeps it after a relative of the same name
		}
		res.Mentions = append(res.Mentions, Mention{Start: c.start, End: c.end, Lo: c.lo, Hi: c.hi, Kind: Name, Entity: id})
	}
	// an acronym used before the text defines it (a headline's "NLC
	// tells FG ..." above "the Nigeria Labour Congress (NLC)") is the
	// body it stands for
	for i, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if id := acronyms[e.Name] - 1; id >= 0 && id != m.Entity && e.Type == Org && isAllCaps(e.Name) {
			res.Mentions[i].Entity = id
		}
	}
	r.appositions(t, res)
	kinRoles(t, res)
	r.descriptions(t, res)
	sortMentions(res.Mentions)
	for mi, m := range res.Mentions {
		for k := m.Lo; k < m.Hi; k++ {
			res.tokMention[k] = int32(mi)
		}
		e := res.Entities[m.Entity]
		e.Mentions = append(e.Mentions, m)
	}
	for _, e := range res.Entities {
		if e.Type == Org && (e.Name == "Taliban" || strings.HasSuffix(e.Name, "s")) {
			e.Plural = true
		}
	}
	inferGender(t, res)
	abbreviatedEnds(t, res)
	// drop entities without mentions (registered but every chunk was a demonym)
	keep := res.Entities[:0]
	remap := make([]int, len(res.Entities))
	for i, e := range res.Entities {
		if len(e.Mentions) == 0 {
			remap[i] = -1
			continue
		}
		remap[i] = len(keep)
		keep = append(keep, e)
	}
	res.Entities = keep
	for i := range res.Mentions {
		res.Mentions[i].Entity = remap[res.Mentions[i].Entity]
	}
	for _, e := range res.Entities {
		for i := range e.Mentions {
			e.Mentions[i].Entity = remap[e.Mentions[i].Entity]
		}
	}
}

// patronymic reports whether the chunk is an Arabic name that gives the
// father's after "bin", "ibn" or "bint" ("Tamim bin Hamad Al Thani",
// "Khalid bin Nasser al-Mahmoud"): a person's, whatever the verb.
// namedPerson reports whether a chunk of two words or more that is no
// organisation holds the word w: someone named with it ("Harlan Voss").
func namedPerson(t *sentence.Text, chunks []chunk, w string) bool {
	for _, c := range chunks {
		if c.hi-c.lo < 2 || c.typ == Org {
			continue
		}
		for k := c.lo; k < c.hi; k++ {
			if t.Word(k) == w {
				return true
			}
		}
	}
	return false
}

func patronymic(t *sentence.Text, c *chunk) bool {
	if c.hi-c.lo < 3 || !isCap(t.Word(c.lo)) {
		return false
	}
	for k := c.lo + 1; k < c.hi-1; k++ {
		if w := t.Word(k); (w == "bin" || w == "ibn" || w == "bint") && isCap(t.Word(k+1)) {
			return true
		}
	}
	return false
}

// articleLess returns a surname written with a lower-case Arabic article
// without it ("Sisi" of "al-Sisi", "el-Sisi"), as stories then use it, or
// "".
func articleLess(w string) string {
	for _, p := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && isCap(rest) && len(rest) > 2 {
			return rest
		}
	}
	return ""
}

// initialsOpen reports whether the chunk is one or more initials, each a
// capital and a full stop, before one or two capitalised words that name
// no body or place: "M. K. Stalin", "K. P. Sharma Oli".
func initialsOpen(t *sentence.Text, c *chunk) bool {
	k := c.lo
	for k+1 < c.hi && len(t.Word(k)) == 1 && isCap(t.Word(k)) && t.Word(k+1) == "." {
		k += 2
	}
	if k == c.lo || c.hi-k < 1 || c.hi-k > 2 {
		return false
	}
	for j := k; j < c.hi; j++ {
		if w := t.Word(j); t.Tokens[j].Kind != sentence.Word || !isCap(w) || len(w) == 1 {
			return false
		}
	}
	return true
}

// invertedSpeaker reports whether the chunk [lo,hi) stands alone after a
// speech verb at the end of its clause, as a speaker named after the
// quotation does: "“...,” said Frank."
func invertedSpeaker(t *sentence.Text, lo, hi int) bool {
	if lo == 0 || !speechVerbs[t.Word(lo-1)] {
		return false
	}
	return hi >= len(t.Tokens) || t.Word(hi) == "." || t.Word(hi) == ","
}

// chineseSurnames are common surnames of Chinese Singaporeans and
// Malaysians, written before the given name.
var chineseSurnames = toSet(`Tan Lim Lee Ng Teo Goh Ong Wong Chan Lau Koh Chua Yeo Low Chong Ho Ang Tay Sim Toh Chew
	Liew Seah Quek Heng Foo Poh Yap Leong Chia`)

// clubPrefixes open football clubs' names, whose last word alone is the
// club: "Deportivo Almaraz" ... "Almaraz".
var clubPrefixes = toSet(`Deportivo Real Atlético Atletico Sporting Racing Olympique Dynamo Dinamo Athletic`)

// roleInside reports whether a title stands inside the chunk c, after its
// first word, with no name after it: "Fianna Fáil TD for Cork North-West",
// "Dublin South-Central TD". Such a run describes someone by party, office
// or constituency.
func (r *Recognizer) roleInside(t *sentence.Text, c *chunk) bool {
	if c.titled {
		return false
	}
	for k := c.lo + 1; k < c.hi; k++ {
		if w := t.Word(k); isAllCaps(w) && r.lex.titles[t.Lower(k)] && (k == c.hi-1 || t.Word(k+1) == "for" && !r.givenAfter(t, k+2, c.hi)) {
			return true
		}
	}
	return false
}

// givenAfter reports whether a given name stands in [lo,hi): the run names
// someone after the seat ("Independent MP for Yarrawood Sophie Tan").
func (r *Recognizer) givenAfter(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.lex.given[t.Word(k)] != 0 {
			return true
		}
	}
	return false
}

// placeFirst are the kinds of place written before the place's name.
var placeFirst = toSet(`River Lake Mount Mt Mt.`)

// nameAbbreviations end names of people (Jr, Sr) and of companies (Inc,
// Co, ...) and are written with a full stop that the tokens leave out:
// "Teodoro Bautista Jr.", "Northmere Systems Inc.".
var nameAbbreviations = map[string]Type{"Jr": Person, "Sr": Person, "Inc": Org, "Co": Org, "Corp": Org, "Ltd": Org, "Bros": Org}

// abbreviatedEnds gives a name that ends with one of nameAbbreviations its
// full stop when the text writes one after it (not a person whose surname
// is Co: "Zaldy Co.", at a sentence's end).
func abbreviatedEnds(t *sentence.Text, res *Result) {
	for _, e := range res.Entities {
		last := e.Name[strings.LastIndexByte(e.Name, ' ')+1:]
		if typ, ok := nameAbbreviations[last]; !ok || typ != e.Type {
			continue
		}
		for _, m := range e.Mentions {
			if m.Kind == Name && t.Word(m.Hi-1) == last && m.Hi < len(t.Tokens) && t.Word(m.Hi) == "." && t.Tokens[m.Hi].Start == t.Tokens[m.Hi-1].End {
				e.Name += "."
				break
			}
		}
	}
}

// malayShort reports whether one of a and b is a name of two words that
// opens the other, of four, whose third word repeats its first: "Nik
// Amran" of "Nik Amran Nik Yusof", as Malaysian papers shorten it.
func malayShort(a, b string) bool {
	if strings.Count(a, " ") > strings.Count(b, " ") {
		a, b = b, a
	}
	if strings.Count(a, " ") != 1 || strings.Count(b, " ") != 3 {
		return false
	}
	first, rest, _ := strings.Cut(b, " ")
	_, rest, _ = strings.Cut(rest, " ")
	third, _, _ := strings.Cut(rest, " ")
	return first == third
}

// samePerson returns the person among es whose name has the same first
// and last words as name and differs only by the middle names one of them
// leaves out ("Grace Mbugua" and "Grace Njeri Mbugua"), or whose name of
// three words opens with name's two (or the reverse), or -1.
func samePerson(es []*Entity, name string) int {
	words := strings.Count(name, " ") + 1
	if words < 2 {
		return -1
	}
	first, last := name[:strings.IndexByte(name, ' ')], name[strings.LastIndexByte(name, ' ')+1:]
	for id, e := range es {
		n := e.Name
		if e.Type != Person || len(n) < len(first)+len(last)+1 || n[:len(first)] != first || n[len(first)] != ' ' || n[len(n)-len(last):] != last || n[len(n)-len(last)-1] != ' ' {
			continue
		}
		if k := strings.Count(n, " ") + 1; k != words && min(k, words) == 2 {
			return id
		}
	}
	// a name of two words that opens the one name of three, as South Asian
	// papers shorten one ("Shamsul Arefin" of "Shamsul Arefin Bhuiyan")
	found := -1
	for id, e := range es {
		n := e.Name
		if e.Type != Person || (strings.Count(n, " ")+words != 4 || words != 2 && words != 3) && !malayShort(n, name) {
			continue
		}
		if short, long := min(len(n), len(name)), max(len(n), len(name)); n[:short] == name[:short] && (len(n) == long && n[short] == ' ' || len(name) == long && name[short] == ' ') &&
			!namedAfter[n[strings.LastIndexByte(n, ' ')+1:]] && !namedAfter[name[strings.LastIndexByte(name, ' ')+1:]] {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	return found
}

// coordinatedPeople types as a person an untyped name of two or three
// capitalised words joined by "and" to a person's name: "Founded by Ritika
// Sharma and Anand Venkatraman" (the given-name lexicon knows Anand, not
// Ritika).
func (r *Recognizer) coordinatedPeople(t *sentence.Text, chunks []chunk) {
	for i := range chunks {
		c := &chunks[i]
		if w := t.Word(c.lo); c.typ != "" || c.canon != "" || c.hi-c.lo < 2 || c.hi-c.lo > 3 || !allTitle(t, c.lo, c.hi) || r.lex.titles[strings.ToLower(w)] || r.lex.IsPluralTitle(w) {
			continue
		}
		if i+1 < len(chunks) && chunks[i+1].typ == Person && chunks[i+1].lo == c.hi+1 && t.Word(c.hi) == "and" ||
			i > 0 && chunks[i-1].typ == Person && chunks[i-1].hi == c.lo-1 && t.Word(c.lo-1) == "and" {
			c.typ = Person
		}
	}
}

// sharedSurnames names a lone given name joined by "and" to a person's
// full name with that person's surname ("Bill and Hillary Clinton", "Bill
// and Melinda Gates"): a couple or siblings named together share the
// surname written once. The given name keeps its own mention.
func (r *Recognizer) sharedSurnames(t *sentence.Text, chunks []chunk) {
	for i := 0; i+1 < len(chunks); i++ {
		c, n := &chunks[i], &chunks[i+1]
		if c.hi-c.lo != 1 || c.typ != "" && c.typ != Person || c.canon != "" || c.titled || c.end != t.Tokens[c.lo].End || r.lex.given[t.Word(c.lo)] == 0 {
			continue
		}
		if n.typ != Person || n.canon != "" || n.hi-n.lo < 2 || n.lo != c.hi+1 || t.Word(c.hi) != "and" || r.lex.given[t.Word(n.lo)] == 0 {
			continue
		}
		c.typ, c.canon = Person, t.Word(c.lo)+" "+t.Src[t.Tokens[n.hi-1].Start:n.end]
	}
}

// kinApposed reports whether an apposition at k says whose relative the
// name before it is, with a possessive and a relative's noun: ", his
// wife,", ", her son,".
func kinApposed(t *sentence.Text, k int) bool {
	if k+2 >= len(t.Tokens) || t.Word(k) != "," {
		return false
	}
	return possessives[t.Word(k+1)] && relatives[t.Lower(k+2)]
}

// tailOf looks a surname of several words up in tails as written, then
// with its particle lowered.
func tailOf(tails map[string]int, name string) (int, bool) {
	if id, ok := tails[name]; ok {
		return id, true
	}
	id, ok := tails[particleLowered(name)]
	return id, ok
}

// particleLowered returns a surname that opens with a particle ("Van der
// Meulen", "Ter Horst", opening a sentence) with the particle in lower
// case, as it is written inside a full name; other names come back
// unchanged.
func particleLowered(name string) string {
	k := strings.IndexByte(name, ' ')
	if k < 1 || k > 4 || name[0] < 'A' || name[0] > 'Z' { // particles are short: "Van", "Ter", "Mac"
		return name
	}
	p := string(name[0]+'a'-'A') + name[1:k]
	if !connectors[p] {
		return name
	}
	return p + name[k:]
}

// paperFirsts open newspapers' names, never a person's: "Daily Maverick",
// "Evening Standard", "Morning Star".
var paperFirsts = toSet(`Daily Weekly Evening Morning`)

// settlementNouns name a place after "of": "the town of Kisari".
var settlementNouns = toSet(`town city village hamlet township municipality port district province region county`)

// namedAfter are the words of things named after a person ("The Buck
// Hanrahan Show"), which a person's name does not end in.
var namedAfter = toSet(`Show Podcast Hour Report Foundation Trust Fund Institute Centre Center Prize Award
	Cup Trophy Stadium Arena Hall Park Street Road Bridge Airport School College University Hospital`)

// surnameOpeners open Arabic and Berber compound surnames that a story
// uses alone after the full name: "Abdel Ghaffar" of "Sherif Abdel
// Ghaffar", "Ait Lahcen".
var surnameOpeners = toSet(`Abdel Abdul Abd Abu Ait Ould El`)

// pastSubject reports whether token i is a past verb in lower case, a
// clause's verb after its subject: "arrived", "grew", "has lived".
func pastSubject(t *sentence.Text, i int) bool {
	if i >= len(t.Tokens) || t.Tokens[i].Kind != sentence.Word {
		return false
	}
	w := t.Word(i)
	if w == "has" || w == "had" || w == "was" {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' || pastForms[w]
}

// pastForms are irregular past verbs that open a person's story: "Nkosi
// grew up", "Okafor left".
var pastForms = toSet(`grew left came went spent took began ran won lost met made found became`)

// pronounNext reports whether the sentence after the one holding token i
// opens with "She" or "He".
func pronounNext(t *sentence.Text, i int) bool {
	sent := t.Tokens[i].Sent
	if sent+1 >= len(t.Sentences) {
		return false
	}
	w := t.Word(t.Sentences[sent+1].Lo)
	return w == "She" || w == "He"
}

// genderHolder returns, among the people ids who share a surname, the
// only one of the gender that the form of address of the bare-surname
// mention c gives: "Mr Cole" after "Ryan Cole" and "Leah Cole" is Ryan.
func genderHolder(es []*Entity, ids []int, c *chunk) (int, bool) {
	g := addressGender(c.roles)
	if len(ids) < 2 || c.hi-c.lo != 1 || g == 0 {
		return -1, false
	}
	return onlyHolder(es, ids, func(e *Entity) bool { return e.Gender == g }) // (two men called Cole: "Mr" tells neither)
}

// onlyHolder returns the one person among ids that fits, or false when
// none or several do.
func onlyHolder(es []*Entity, ids []int, fits func(*Entity) bool) (int, bool) {
	found := -1
	for _, id := range ids {
		if !fits(es[id]) {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = id
	}
	return found, found >= 0
}

// addressGender returns the gender a form of address among roles gives:
// 'm' for "Mr" and "Sir", 'f' for "Mrs", "Ms", "Miss", "Madam" and
// "Dame", or 0.
func addressGender(roles []string) byte {
	for _, ro := range roles {
		switch strings.ToLower(strings.TrimSuffix(ro, ".")) {
		case "mr", "sir":
			return 'm'
		case "mrs", "ms", "miss", "madam", "mdm", "dame":
			return 'f'
		}
	}
	return 0
}

// titleHolder returns, among the people ids who share a surname, the only
// one whose roles agree with the title of the bare-surname mention c:
// "Sen. Brennan" after "Mayor Tom Brennan" and "State Senator Linda
// Brennan" is the senator. The most recent or most named person is no
// guide when the story names two relatives. Forms of address ("Ms.")
// tell no one apart.
func titleHolder(es []*Entity, ids []int, c *chunk) (int, bool) {
	if len(ids) < 2 || c.hi-c.lo != 1 || !c.titled || honorific(c.roles) {
		return -1, false
	}
	return onlyHolder(es, ids, func(e *Entity) bool { return rolesAgree(e.Roles, c.roles) }) // (two senators Brennan: the title tells neither)
}

// rolesAgree reports whether one of the titles has the head of one of the
// roles, abbreviations spelt out: "Sen." agrees with "State Senator".
func rolesAgree(roles, titles []string) bool {
	for _, ti := range titles {
		th := titleWord(ti)
		for _, ro := range roles {
			if titleWord(RoleHead(ro)) == th {
				return true
			}
		}
	}
	return false
}

// titleWord is the last word of a title in lower case, its abbreviation
// spelt out.
func titleWord(ti string) string {
	ti = strings.ToLower(strings.TrimSuffix(ti, "."))
	ti = ti[strings.LastIndexByte(ti, ' ')+1:]
	if full, ok := titleAbbreviations[ti]; ok {
		return full
	}
	return ti
}

// titleAbbreviations spell out the abbreviated titles of the AP
// Stylebook's "titles" and "military titles" entries.
var titleAbbreviations = map[string]string{
	"sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
	"gov": "governor", "lt": "lieutenant", "gen": "general", "col": "colonel", "maj": "major",
	"capt": "captain", "cmdr": "commander", "adm": "admiral", "sgt": "sergeant", "supt": "superintendent",
	"insp": "inspector", "det": "detective", "pres": "president", "atty": "attorney", "amb": "ambassador",
	"cllr": "councillor", "rev": "reverend",
}

// pinyinSurnames are the commonest surnames of mainland China in pinyin
// (the Ministry of Public Security's 2020 ranking, as listed by
// Wikipedia's "List of common Chinese surnames"), written before the
// given name.
var pinyinSurnames = toSet(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
	Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
	Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Fan Qian Jia Xia Tan Yin Shi Qiu Hou Bai Meng Qin Xue Yan Mao Duan Lei Long`)

// pinyinGiven reports whether w is a Chinese given name in pinyin, one
// or two syllables written as one capitalised word ("Qiang", "Lifeng",
// "Jinping"), which no English word of the same letters is likely to be
// ("Dynasty", "Island", "Bell" are no syllables).
func pinyinGiven(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lw := strings.ToLower(w)
	for i := 1; i < len(lw); i++ {
		if lw[i] < 'a' || lw[i] > 'z' {
			return false
		}
	}
	if pinyinSyllable(lw) {
		return true
	}
	for k := 1; k < len(lw); k++ {
		if pinyinSyllable(lw[:k]) && pinyinSyllable(lw[k:]) {
			return true
		}
	}
	return false
}

// pinyinSyllable reports whether s is a syllable of Hanyu Pinyin without
// its tone: an initial ("zh", "x", or none) and a final ("iang", "ong").
func pinyinSyllable(s string) bool {
	for _, in := range pinyinInitials {
		if f, ok := strings.CutPrefix(s, in); ok && pinyinFinals[f] && (in != "" || f[0] == 'a' || f[0] == 'e' || f[0] == 'o') {
			return true // (a syllable with no initial opens with a, e or o: "an", "ou"; "i" and "u" are written "y" and "w")
		}
	}
	return false
}

// pinyinInitials are the initials of Hanyu Pinyin, the two-letter ones
// first, and "y" and "w" as they are written before "i" and "u".
var pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}

// pinyinFinals are the finals of Hanyu Pinyin, "ü" written "u" or "v".
var pinyinFinals = toSet(`a o e i u v ai ei ui ao ou iu ie ue ve er an en in un ang eng ing ong ia iao ian iang iong
	ua uo uai uan uang ueng`)

// chineseOrder returns the person named in full with name first, when
// name is also the last word of another person's name and both names are
// two words opening with a Chinese surname: in "Li Wei" and "Wei Li" the
// surnames are Li and Wei, so "Wei said" is Wei Li.
func chineseOrder(es []*Entity, lastNames, firstNames map[string]int, name string) (int, bool) {
	a, okA := lastNames[name]
	b, okB := firstNames[name]
	if !okA || !okB || a == b || !pinyinSurnames[name] {
		return -1, false
	}
	fa, _, _ := strings.Cut(es[a].Name, " ")
	if strings.Count(es[a].Name, " ") != 1 || strings.Count(es[b].Name, " ") != 1 || !pinyinSurnames[fa] {
		return -1, false
	}
	return b, true
}
