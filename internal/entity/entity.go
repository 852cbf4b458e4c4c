// Package entity finds the people, organisations and places named in a news
// text and merges their mentions within the document.
//
// It is a rule-based recogniser in the tradition of gazetteer-plus-rules
// named-entity systems (e.g. Mikheev, Moens & Grover, "Named Entity
// Recognition without Gazetteers", EACL 1999, for the capitalisation and
// document-level "one sense per name" heuristics): runs of capitalised words
// are cut into gazetteer matches (countries, places, organisations, titles)
// and remaining names, which are typed by given-name lexicon, titles, role
// words and organisation head words. Within a document a short form is
// merged with the longer name it ends with ("Khalilzad" → "Zalmay
// Khalilzad"), and role descriptions ("the envoy") are linked to the person
// who carries that role. The gazetteers ship inside the binary; besides
// the hand-compiled lists, data/cities.txt holds some 5,000 cities from
// GeoNames (https://www.geonames.org/, CC BY 4.0), written by
// tools/citygen, weaker than the hand-compiled places: a city's name
// inside a person's or a body's name is part of that name.
//
// The package is pure: no I/O beyond its embedded data, no logging.
//
// The files follow the recogniser's steps: chunks.go cuts the capitalised
// runs into candidate names, with the name-word tests of names.go and the
// context clues of clues.go; build.go types the names and merges their
// mentions into entities; descriptions.go links appositions and role
// descriptions to people; gender.go infers a person's gender for pronoun
// resolution; lexicon.go loads the embedded gazetteers.
package entity

import (
	"strings"

	"github.com/storyline-dev/storyline/internal/sentence"
)

// MentionKind says how an entity is mentioned.
type MentionKind uint8

// Mention kinds.
const (
	// Name is a proper name ("Zalmay Khalilzad", "Khalilzad", "the Taliban").
	Name MentionKind = iota
	// Description is a role noun phrase ("the envoy", "the special US envoy").
	Description
)

// Mention is one place where an entity is named.
type Mention struct {
	// Start and End are byte offsets into the text, half-open.
	Start, End int
	// Lo and Hi are the token range of the mention.
	Lo, Hi int
	// Kind says whether this is a name or a description.
	Kind MentionKind
	// Entity is the index of the entity in Result.Entities.
	Entity int
}

// Entity is one person, organisation or place of a document.
type Entity struct {
	// Name is the canonical name: the longest form the document uses, or
	// the gazetteer's name.
	Name string
	// Type is PERSON, ORG, GPE or LOC.
	Type Type
	// Gender is 'm', 'f' or 0 when unknown (persons only).
	Gender byte
	// Roles are the titles and roles the document gives the entity
	// ("envoy", "spokesman", "State Department spokesman").
	Roles []string
	// Mentions are the mentions in text order.
	Mentions []Mention
	// Plural is true for groups referred to as "they" (the Taliban, Democrats).
	Plural bool
}

// Result is the analysis of one document.
type Result struct {
	// Entities are the entities in order of first mention.
	Entities []*Entity
	// Mentions are all mentions in text order.
	Mentions []Mention
	// tokEnt maps a token index to the mention index covering it, or -1.
	tokMention []int32
}

// MentionAt returns the mention covering token i, if any.
func (r *Result) MentionAt(i int) (Mention, bool) {
	if i < 0 || i >= len(r.tokMention) || r.tokMention[i] < 0 {
		return Mention{}, false
	}
	return r.Mentions[r.tokMention[i]], true
}

// Recognizer finds entities. It is safe for concurrent use.
type Recognizer struct {
	lex *Lexicon
}

// New returns a Recognizer using the embedded lexicon.
func New() (*Recognizer, error) {
	l, err := NewLexicon()
	if err != nil {
		return nil, err
	}
	return &Recognizer{lex: l}, nil
}

// Lexicon returns the recogniser's lexicon.
func (r *Recognizer) Lexicon() *Lexicon { return r.lex }

// IsTitle reports whether the lower-cased phrase is a title or role word.
func (l *Lexicon) IsTitle(s string) bool { return l.titles[s] }

// IsOrgHead reports whether the capitalised word w ends organisations'
// names ("Commission", "Conference", "Council").
func (l *Lexicon) IsOrgHead(w string) bool { return l.orgHead[w] }

// IsPluralTitle reports whether w is a title in the plural, in any case:
// "MPs", "senators" (a group, not a person).
func (l *Lexicon) IsPluralTitle(w string) bool {
	return len(w) > 2 && strings.HasSuffix(w, "s") && l.titles[strings.ToLower(w[:len(w)-1])]
}

// IsPlaceInCapitals reports whether w, written in capitals as a dateline
// writes it ("LAHORE"), is a place the gazetteer knows.
func (l *Lexicon) IsPlaceInCapitals(w string) bool {
	if len(w) < 3 || !isAllCaps(w) {
		return false
	}
	return l.IsPlace(w[:1] + strings.ToLower(w[1:]))
}

// GivenGender returns 'm' or 'f' for a given name, 'u' for a name given
// to men and women, and 0 for a word that is not a given name.
func (l *Lexicon) GivenGender(s string) byte { return l.given[s] }

// CommonCapital reports whether w, capitalised, is a function word or a
// common noun for a group of people ("However", "Everyone", "Teachers"),
// capitalised only because it opens a sentence, and so never a name.
func (l *Lexicon) CommonCapital(w string) bool {
	lw := strings.ToLower(w)
	return notName[w] || groupWords[lw] || groupWords[lw+"s"]
}

// IsPlace reports whether s is a place the gazetteer knows ("Yorkshire").
func (l *Lexicon) IsPlace(s string) bool {
	e, ok := l.names[s]
	return ok && !e.demonym && (e.typ == GPE || e.typ == Loc)
}

// Country returns the canonical name of the country s names or whose
// people it names ("Turkish" and "Türkiye" give "Turkey"), or "".
func (l *Lexicon) Country(s string) string {
	if e, ok := l.names[s]; ok && (e.country || e.demonym) {
		return e.canonical
	}
	return ""
}

// IsDemonym reports whether s names a people ("Italian", "Japanese").
func (l *Lexicon) IsDemonym(s string) bool {
	e, ok := l.names[s]
	return ok && e.demonym
}

// initialOpens reports whether the single capital at i, with its full
// stop, opens a name as South Indian names do ("K. Ponnurangam", "E.
// Paramasivam"): the word after it is a name's, not a sentence's start
// ("Plan B. The vote").
func (r *Recognizer) initialOpens(t *sentence.Text, i int) bool {
	if i+2 >= len(t.Tokens) {
		return false
	}
	w := t.Word(i)
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && !notName[t.Word(i+2)] && !r.lex.titles[t.Lower(i+2)]
}

// postHeads end the names of bodies posted abroad, whose names go on
// with the country they are in.
var postHeads = toSet(`Mission Embassy Consulate Delegation embassy consulate mission`)

// postedAbroad joins a body posted abroad and the country after "in" (a
// place, or one word the gazetteer does not know) into one organisation: "UN Support Mission in Libya", "Chinese Embassy in
// Laos".
func postedAbroad(t *sentence.Text, chunks []chunk) []chunk {
	out := chunks[:0]
	for i := 0; i < len(chunks); i++ {
		c := chunks[i]
		if i+1 < len(chunks) && c.typ == Org && postHeads[t.Word(c.hi-1)] && c.end == t.Tokens[c.hi-1].End {
			if n := chunks[i+1]; (n.typ == GPE || n.typ == "" && n.hi == n.lo+1) && !n.demo && n.lo == c.hi+1 && t.Word(c.hi) == "in" {
				c.hi, c.end, c.canon = n.hi, n.end, ""
				i++
			}
		}
		out = append(out, c)
	}
	return out
}

// function words that are capitalised only because they start a sentence
// or a headline, and never start a name.
var notName = toSet(`The THE A An And But Or If In On At Of For To From By With As When While After Before
	Since Until He She It They We I You His Her Its Their Our My Your This That These Those There Here
	What Who Whom Whose Which Why How Where Some Many Most More Much Several Any All Both Each Every
	No Not Nor So Yet Still Also Even Just Only Then Now Today Yesterday Tomorrow However Meanwhile
	Instead Indeed Although Though Because Despite During Under Over Into About Against Between Among
	Through Without Within According Asked Even Latest Previous Next Read Also Don't Let Do Does Did
	Is Are Was Were Be Been Has Have Had Will Would Can Could Should May Might Must Shall Mr Mrs Ms
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
	August September October November December Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec Photo Image
	Source Sources Click Share Follow Subscribe Advertisement Related Updated Posted Published Video
	Listen Watch Sign Log Top News More Home Like Well Yes Oh One Two Three Four Five Six Seven Eight
	Nine Ten First Second Third Last Other Another Such Sure Once Twice Never Always Perhaps Maybe
	Though Unless Whether Rather Thus Hence Therefore Otherwise Overall Already Again Back Out Up Down
	Later Earlier Afterwards Afterward Separately Additionally Moreover Furthermore Nevertheless
	Nonetheless Similarly Likewise Ultimately Finally Initially Recently Currently Previously Speaking
	Specifically Notably Importantly Interestingly Clearly Obviously Apparently Reportedly Elsewhere
	Consequently Accordingly Publicly Privately Officially Unfortunately Fortunately Surprisingly
	Rival Fellow Everyone Everybody Nobody Someone Somebody Anyone Anybody None Nothing Everything Others Few
	Something Often Sometimes Usually Rarely Seldom See Note Former Veteran Acting Interim Outgoing
	Incoming Longtime Retired Disgraced Embattled Ousted Jailed Exiled Newly Reacting Responding
	Commenting Addressing Confirming Explaining Describing Welcoming Announcing Insisting Arguing
	Recalling Noting Defending Citing Quoting Referring Senior Angry Frustrated Prominent`)

// marketNouns open sentences before "of" and a company: "Shares of Procter
// & Gamble fell".
var marketNouns = toSet(`shares stocks prices sales profits fans members residents customers`)

var weekdays = toSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// words that make a weekday part of a name: "Black Friday", "Super Tuesday".
var dayNames = toSet(`Black Good Cyber Super Holy Easter Palm Bloody Ash Maundy Shrove Giving Small Fat Ruby`)

// chunk is a candidate name inside a capitalised run.
type chunk struct {
	lo, hi int // token range
	start  int // byte start
	end    int // byte end (possessive stripped)
	typ    Type
	canon  string
	titled bool // preceded by a person title
	roles  []string
	demo   bool
	weak   bool // inside a title-case headline: names there only join known entities
}

// Analyze finds the entities of an analysed text.
func (r *Recognizer) Analyze(t *sentence.Text) *Result {
	res := &Result{tokMention: make([]int32, len(t.Tokens))}
	for i := range res.tokMention {
		res.tokMention[i] = -1
	}
	var chunks []chunk
	toks := t.Tokens
	n := len(toks)
	word := func(i int) string { return t.Src[toks[i].Start:toks[i].End] }
	capAt := func(i int) bool {
		if i > 0 && i < n && word(i) == "plc" && toks[i-1].Kind == sentence.Word && isCap(word(i-1)) {
			return true // British house style writes the company suffix in lower case: "Tesco plc"
		}
		if i >= n || toks[i].Kind != sentence.Word || !isCap(word(i)) {
			return false
		}
		// "Ka-man", "Jong-un" after a name are given names written as
		// Hong Kong and Korean papers do; "US-backed" is a modifier
		return !lowerCompound(word(i)) || i > 0 && toks[i-1].Kind == sentence.Word && toks[i-1].Sent == toks[i].Sent && isCap(word(i-1)) && !lowerCompound(word(i-1)) && syllableGiven(word(i)) ||
			// a given name of two syllables before the family name, as
			// Korean names are written in English: "Dae-ho Shin"
			syllableGiven(word(i)) && i+1 < n && toks[i+1].Sent == toks[i].Sent &&
				(toks[i+1].Kind == sentence.Word && isCap(word(i+1)) && !lowerCompound(word(i+1)) || // "Dae-ho Shin"
					i+3 < n && (toks[i+1].Kind == sentence.OpenQuote || word(i+1) == "\"") && isCap(word(i+2))) // `Dae-ho "Ravel" Shin`
	}
	affiliation := -1 // the token after "of" in "Nadia Farouk of Kestrel Capital"
	tails := r.functionWordSurnames(t)
	lone := &loneCaps{t: t}
	for i := 0; i < n; {
		if !capAt(i) {
			i++
			continue
		}
		// a capitalised run, with title periods ("Mr.") and connectors
		j := i
		for j < n && toks[j].Sent == toks[i].Sent {
			if capAt(j) {
				j++
				if j < n && word(j) == "." && toks[j].Start == toks[j-1].End && (r.lex.titles[t.Lower(j-1)+"."] && j+1 < n && toks[j+1].Sent == toks[i].Sent ||
					len(word(j-1)) == 1 && capAt(j+1) && toks[j+1].Sent == toks[i].Sent && (j-1 > i || r.initialOpens(t, i))) {
					j++ // "Mr.", a middle initial: "Leonard E. Burman"
				}
				continue
			}
			if (toks[j].Kind == sentence.Word && connectors[word(j)] || word(j) == "&" && toks[j-1].End < toks[j].Start) && capAt(j+1) && toks[j+1].Sent == toks[i].Sent {
				if (word(j) == "of" || word(j) == "for") && !r.lex.orgHead[word(j-1)] && !r.lex.titles[t.Lower(j-1)] &&
					(j-2 >= i && r.titlesOnly(t, i, j-2) && r.lex.given[word(j-2)] != 0 || r.titledName(t, i, j)) {
					// (after titles too: "Prime Minister Adriana Solcani of Kalmora")
					affiliation = j + 1
					break // a person and where they work: "Nadia Farouk of Kestrel Capital"
				}
				if word(j) == "for" && !r.lex.orgHead[word(j-1)] && r.lex.given[word(j+1)] != 0 && j+2 < n && capAt(j+2) && toks[j+2].Sent == toks[i].Sent {
					break // a bid for a person: "an offer from Deportivo Valdoria for Kwame Adjei-Brandt"
				}
				j++
				continue
			}
			if j > i && numberedStations[word(j-1)] && isNumber(stripPossessiveWord(word(j))) && len(stripPossessiveWord(word(j))) <= 3 {
				j++ // a broadcaster named by its number: "Channel 12", "Channel 4's"
				continue
			}
			if j > i && (word(j) == "’" || word(j) == "'") && toks[j].Start == toks[j-1].End && strings.HasSuffix(word(j-1), "s") && capAt(j+1) && (r.lex.orgHead[word(j+1)] || pluralNoun(word(j-1)) && r.orgHeadAhead(t, j+1)) && toks[j+1].Sent == toks[i].Sent {
				j++ // "Mobile Users’ Forum": a plural possessive inside a body's name
				continue
			}
			if toks[j].Kind == sentence.Word && connectors[word(j)] && j+1 < n && connectors[word(j+1)] && capAt(j+2) && toks[j+2].Sent == toks[i].Sent {
				j += 2 // "Pieter van der Kolk", "Maria de los Angeles"
				continue
			}
			if j+2 < n && word(j) == "for" && word(j+1) == "a" && r.lex.orgHead[word(j-1)] && capAt(j+2) && toks[j+2].Sent == toks[i].Sent {
				j += 2 // "Committee for a Responsible Federal Budget", "Campaign for a Fair Society"
				continue
			}
			if (word(j) == "'" || word(j) == "’") && toks[j].Start == toks[j-1].End && pluralNoun(word(j-1)) && capAt(j+1) && toks[j+1].Sent == toks[i].Sent && r.orgHeadAhead(t, j+1) {
				j++ // a plural possessive inside a name: "Workers' Union"
				continue
			}
			if word(j) == "(" && j > i && j+3 < n && retiredMarks[strings.ToLower(word(j+1))] && word(j+2) == ")" && capAt(j+3) && r.lex.titles[t.Lower(j-1)] {
				j += 3 // a retired officer: "Brigadier (retd) Saad Mehmood Qazi"
				continue
			}
			if word(j) == "," && j > i+2 && j+3 < n && capAt(j+1) && word(j+2) == "and" && capAt(j+3) && toks[j+3].Sent == toks[i].Sent && r.fieldList(t, i, j) {
				j += 4 // a list of fields in a body's name: "Ministry of Economy, Trade and Industry"
				continue
			}
			if j > i && word(j-1) == "Co" && j+2 < n && (word(j) == "," || word(j) == "." && word(j+1) == ",") {
				k := j + 1
				if word(j) == "." {
					k++ // "Co." then ", Ltd"
				}
				if k < n && companySuffix[word(k)] && toks[k].Sent == toks[i].Sent {
					j = k // "Dong Tien Garment Co., Ltd": one company
					continue
				}
			}
			if word(j) == "and" && j > i && r.initialsAhead(t, i, j) {
				j++ // a name its initials in brackets spell: "Rally for Democracy and Progress (RDP)"
				continue
			}
			if word(j) == "and" && j > i && (r.orgWithAnd(t, i, j) || r.knownAcross(t, i, j)) {
				j++ // "Department of Health and Human Services"
				continue
			}
			if j > i && toks[j].Kind == sentence.Word && !isCap(word(j)) && (word(j) == "the" || word(j) == "of" || word(j) == "for" || italianArticles[word(j)]) && r.knownAcross(t, i, j) {
				// a known name with a lower-case word inside: "Save the
				// Children", "Friends of the Earth", "Corriere dello Sport"
				j++
				continue
			}
			if word(j) == "on" && j > i && r.lex.orgHead[word(j-1)] && r.fieldAfterOn(t, j+1) {
				j++ // "Commission on Human Rights", "Commission on Audit"
				continue
			}
			if j > i && !r.lex.titles[t.Lower(j-1)] && j+3 < n && (toks[j].Kind == sentence.OpenQuote || word(j) == "\"") && capAt(j+1) {
				// a nickname of one or two words in quotation marks inside a
				// name: Ernesto "Boy" Villaruel, Ernesto "Ka Erning" Salcedo
				c := j + 2
				if e, place := r.lex.names[word(j-1)]; c+1 < n && capAt(c) && toks[c].Kind == sentence.Word && r.lex.given[word(j-1)] != 0 && !(place && e.typ != Org) &&
					!r.lex.titles[t.Lower(j+1)] && !r.lex.titles[t.Lower(c)] {
					c++ // (two words only after a given name that is no place, neither a title: not Julius "Doctor J" Erving)
				}
				if c+1 < n && (toks[c].Kind == sentence.CloseQuote || word(c) == "\"") && capAt(c+1) && toks[c+1].Sent == toks[i].Sent {
					j = c + 1
					continue
				}
			}
			if (word(j) == "of" || word(j) == "for" && r.lex.orgHead[word(j-1)]) && j+2 < n && word(j+1) == "the" && j > i && (r.lex.orgHead[word(j-1)] || r.titleOfThe(t, i, j)) && capAt(j+2) && toks[j+2].Sent == toks[i].Sent {
				j += 2 // "Office of the Water Services Commissioner", "Office of the Director of National Intelligence"
				continue
			}
			break
		}
		// a day after a name is the news-style date of the verb that
		// follows ("Envoy Lena Varga Friday told ..."), unless it ends the
		// name of a day ("Black Friday", "Super Tuesday")
		if j-i >= 2 && weekdays[word(j-1)] && !dayNames[word(j-2)] {
			j--
		}
		first := len(chunks)
		chunks = r.cutRun(t, i, j, chunks, tails, lone)
		if i == affiliation {
			// where a person works is an organisation ("Michael Smith of
			// Morgan Stanley"), unless the gazetteer knows it ("John
			// Cornyn of Texas") or its last word makes it a place
			for k := first; k < len(chunks); k++ {
				switch {
				case chunks[k].typ != "":
				case r.lex.locHead[word(chunks[k].hi-1)]:
					chunks[k].typ = Loc // "Jane Smith of Harrow Bay"
				default:
					chunks[k].typ = Org
				}
			}
		}
		i = j
	}
	chunks = postedAbroad(t, chunks)
	titleCase := titleCaseParagraphs(t)
	for i := range chunks {
		chunks[i].weak = titleCase[toks[chunks[i].lo].Para]
	}
	r.build(t, res, chunks)
	return res
}

// knownAcross reports whether a name the gazetteer knows starts at i and
// runs past the lower-case word at j: "U.S. Immigration and Customs
// Enforcement", "Save the Children".
func (r *Recognizer) knownAcross(t *sentence.Text, i, j int) bool {
	if t.Word(i) == "The" && i+1 < j {
		i++ // opening a sentence: "The Centers for Disease Control and Prevention said"
	}
	if !r.lex.innerFirst[t.Word(i)] {
		return false
	}
	for L := j - i + 2; L <= r.lex.maxLen && i+L <= len(t.Tokens); L++ {
		if _, ok := r.lex.names[r.phrase(t, i, i+L)]; ok {
			return true
		}
	}
	return false
}

// italianArticles join the words of Italian names: "Corriere dello Sport".
var italianArticles = toSet(`dello della delle degli dei`)

// numberedStations are the words before a broadcaster's number: "Channel
// 4", "Israel's Channel 12". (Not "Radio": "BBC Radio 4" would be cut
// into the BBC and "Radio 4".)
var numberedStations = toSet(`Channel`)

// isNumber reports whether w is all digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// retiredMarks follow a rank in brackets: "Brigadier (retd)".
var retiredMarks = toSet(`retd rtd retired`)

// companySuffix are the legal forms that follow "Co.," in a company's
// name: "Dong Tien Garment Co., Ltd".
var companySuffix = toSet(`Ltd Limited Inc LLC`)
