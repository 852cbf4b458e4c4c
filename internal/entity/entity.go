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
// who carries that role. The gazetteers ship inside the binary.
//
// The package is pure: no I/O beyond its embedded data, no logging.
package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// IsDemonym reports whether s names a people ("Italian", "Japanese").
func (l *Lexicon) IsDemonym(s string) bool {
	e, ok := l.names[s]
	return ok && e.demonym
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
	Rival Fellow Everyone Everybody Nobody Someone Somebody Anyone Anybody None Nothing Everything
	Something Often Sometimes Usually Rarely Seldom See Note Former Veteran Acting Interim Outgoing
	Incoming Longtime Retired Disgraced Embattled Ousted Jailed Exiled Newly Reacting Responding
	Commenting Addressing Confirming Explaining Describing Welcoming Announcing Insisting Arguing
	Recalling Noting Defending Citing Quoting Referring`)

// marketNouns open sentences before "of" and a company: "Shares of Procter
// & Gamble fell".
var marketNouns = toSet(`shares stocks prices sales profits fans members residents customers`)

var weekdays = toSet(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// words that make a weekday part of a name: "Black Friday", "Super Tuesday".
var dayNames = toSet(`Black Good Cyber Super Holy Easter Palm Bloody Ash Maundy Shrove Giving Small Fat Ruby`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// prepositions after which a name that is both a surname and a place is
// the place: "in Jordan".
var placePreps = toSet(`in to from at across into near throughout towards toward via`)

// withoutNickname drops a nickname in quotation marks from a name:
// `Ernesto "Boy" Villaruel` is Ernesto Villaruel.
func withoutNickname(name string) string {
	name, _ = splitNickname(name)
	return name
}

// splitNickname returns a name without the nickname in quotation marks
// inside it, and the nickname ("" when there is none): `Ernesto "Boy"
// Villaruel` is Ernesto Villaruel, called Boy.
func splitNickname(name string) (string, string) {
	i := strings.IndexAny(name, "\"“")
	if i <= 0 {
		return name, ""
	}
	_, open := utf8.DecodeRuneInString(name[i:])
	rest := name[i+open:]
	k := strings.IndexAny(rest, "\"”")
	if k < 0 {
		return name, ""
	}
	_, closing := utf8.DecodeRuneInString(rest[k:])
	return strings.TrimSpace(name[:i]) + " " + strings.TrimSpace(rest[k+closing:]), strings.TrimSpace(rest[:k])
}

// titleOfThe reports whether the words from i to the "of the" at j and the
// word after make a title: "Leader of the Opposition", "Speaker of the
// House".
func (r *Recognizer) titleOfThe(t *sentence.Text, i, j int) bool {
	if j+2 >= len(t.Tokens) {
		return false
	}
	return r.lex.titles[strings.ToLower(t.Word(j-1)+" of the "+t.Word(j+2))]
}

// titledName reports whether the run [i,j) is titles and then a name of
// two or three words, as a person's is before "of" and where they work:
// "Datuk Chong Mei Ling of Parti Harapan Progresif".
func (r *Recognizer) titledName(t *sentence.Text, i, j int) bool {
	k := i
	for k < j && r.lex.titles[t.Lower(k)] {
		k++
	}
	if k == i || j-k < 2 || j-k > 3 {
		return false
	}
	for ; k < j; k++ {
		if w := t.Word(k); !isCap(w) || connectors[t.Lower(k)] || r.lex.titles[t.Lower(k)] || r.lex.orgHead[w] {
			return false // "Minister of State for Petroleum Resources": a title's own words
		}
	}
	return true
}

// plainSurname reports whether the capitalised word at k can only be a
// surname: no place, body, title or name the lexicon knows.
func (r *Recognizer) plainSurname(t *sentence.Text, k int) bool {
	w := t.Word(k)
	if !isCap(w) || isAllCaps(w) || strings.Contains(w, "-") {
		return false
	}
	_, known := r.lex.names[w]
	return !known && !r.lex.orgHead[w] && !r.lex.locHead[w] && !r.lex.titles[t.Lower(k)] && r.lex.given[w] == 0 && !notName[w]
}

// nameInitials returns the first letters of a body's name, without its
// connectors and "the": "National Cricket Board" -> "NCB", "Irish Nursing
// and Midwifery Union" -> "INMU".
func nameInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if connectors[strings.ToLower(w)] || w == "and" || w == "the" || w == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// roleInitials returns the capital letters of a role of two to four
// words ("Additional Solicitor General" -> "ASG", "managing director" ->
// "MD"), or "" for a shorter or longer one.
func roleInitials(role string) string {
	f := strings.Fields(role)
	if len(f) < 2 || len(f) > 4 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		if connectors[strings.ToLower(w)] {
			continue // "Secretary of State" -> "SS": the letters skip "of", as abbreviations do
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// articleLowered returns a surname that opens with an Arabic article
// ("Al-Mahmoud", "El-Sayed") with the article in lower case, as it is
// written inside a full name; other names come back unchanged.
func articleLowered(name string) string {
	if i := strings.IndexByte(name, '-'); i >= 2 && i <= 3 && name[0] >= 'A' && name[0] <= 'Z' {
		switch name[:i] {
		case "Al", "El", "Ad", "As", "An", "Ar", "At", "Az", "Ash":
			return string(name[0]+'a'-'A') + name[1:]
		}
	}
	return name
}

// givenTitled reports whether the titles before a one-word name take a
// given name rather than a surname: "Sheikh Hamdan", "Prince Harry".
func givenTitled(roles []string) bool {
	for _, ro := range roles {
		switch strings.ToLower(ro) {
		case "sheikh", "sheikha", "emir", "prince", "princess", "king", "queen", "sultan", "crown prince":
			return true
		}
	}
	return false
}

// relativeApposed reports whether the apposition after a name at k makes
// the person someone's relative: ", the novelist's mother,", ", her son,".
func (r *Recognizer) relativeApposed(t *sentence.Text, k int) bool {
	if k+2 >= len(t.Tokens) || t.Word(k) != "," {
		return false
	}
	for j := k + 1; j < len(t.Tokens) && j <= k+5; j++ {
		if t.Word(j) == "," || t.Tokens[j].Kind != sentence.Word {
			return false
		}
		if relatives[t.Lower(j)] {
			return true
		}
	}
	return false
}

// roleOf reports whether the name at lo follows "ROLE of": "president of
// Jatiya Garment Sramik Sanghati", "chairperson of the Mooiwater
// Residents' Association".
func (r *Recognizer) roleOf(t *sentence.Text, lo int) bool {
	k := lo - 1
	if k >= 1 && t.Word(k) == "the" {
		k--
	}
	return k >= 1 && t.Word(k) == "of" && t.Tokens[k-1].Kind == sentence.Word && !isCap(t.Word(k-1)) && r.lex.titles[t.Word(k-1)]
}

// titleComplement reports whether the word at lo completes a role before
// it: "the envoy for Dastavia said" is the envoy speaking, not Dastavia.
func (r *Recognizer) titleComplement(t *sentence.Text, lo int) bool {
	if lo < 2 || t.Word(lo-1) != "for" && t.Word(lo-1) != "to" {
		return false
	}
	w := t.Lower(lo - 2)
	// (a spokesperson's body speaks through her: "a spokesman for Halvek said")
	return r.lex.titles[w] && !strings.HasPrefix(w, "spokes") && w != "representative"
}

// titleField reports whether the capitalised words ending at k are the
// field of a title: "Minister for Labour", "Secretary of State for
// Health".
func (r *Recognizer) titleField(t *sentence.Text, k int) bool {
	for j := k; j > 0 && j >= k-5 && isCap(t.Word(j)); j-- {
		if w := t.Word(j - 1); (w == "for" || w == "of") && j >= 2 && r.lex.titles[t.Lower(j-2)] {
			return true
		}
	}
	return false
}

// publicFields are fields that public bodies and offices deal with, in
// both fieldNouns and fieldWords.
const publicFields = `Commerce Culture Defence Defense Education Energy Environment Food Health Housing
	Industry Justice Planning Science Security Sport Sports Technology Trade Transport Water`

// fieldNouns are the words of a ministry's or a minister's field that
// follow "and": "Labour and Employment", "Lands and Natural Resources".
var fieldNouns = toSet(publicFields + ` Employment Natural Resources Social Care Affairs Development
	Welfare Services Human Rural Urban Regional Local Government Investment Tourism Youth Women
	Family Families Children Climate Change Sanitation Infrastructure Communications Innovation
	Research Skills Training Finance Economy Economic Fisheries Forestry Agriculture Mining Mines
	Lands Works Public`)

// stateNouns after a nationality name a country's body: "the Afghan
// government", "Pakistani authorities", "the Chinese embassy".
var stateNouns = toSet(`government authorities administration military army navy police embassy
	parliament cabinet regime presidency judiciary coastguard`)

// stateBodyWords make up the names every country has for its bodies:
// "Foreign Ministry", "Defence Ministry", "Interior Ministry", "Foreign
// Office", "Army", "Supreme Court".
var stateBodyWords = toSet(`Foreign Defence Defense Interior Home Finance Health Justice Education Trade
	Commerce Economy Energy Information Culture Agriculture Ministry Ministries Office Department
	Army Navy Air Force Forces Police Parliament Senate Supreme Court Central Bank Embassy Consulate
	Government Cabinet Presidency Mission Military Coast Guard Intelligence Service Services Affairs
	External Internal Security National Assembly Prime Minister's Ministry's`)

// ownedBodies joins a country named with a possessive, or right before,
// to the body that follows when that body's name is one every country
// has ("Pakistan's Foreign Ministry", "India Foreign Ministry"): two
// countries' foreign ministries in one story are two bodies, and the name
// keeps the country as the text gives it.
func ownedBodies(t *sentence.Text, chunks []chunk) []chunk {
	out := chunks[:0]
	for ci := 0; ci < len(chunks); ci++ {
		c := chunks[ci]
		if ci+1 < len(chunks) && c.typ == GPE && !c.demo {
			n := chunks[ci+1]
			if n.typ == Org && n.lo == c.hi && n.canon == "" && t.Tokens[n.lo].Sent == t.Tokens[c.lo].Sent && stateBody(t, n) {
				n.lo, n.start = c.lo, c.start
				out = append(out, n)
				ci++
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// saintHeads end the names of bodies named after saints.
// (hospitals and clinics are organisation heads already)
var saintHeads = toSet(`Church Cathedral Chapel Parish Abbey Seminary Priory`)

// saintNamed joins "St." to the name of the hospital, school or church it
// opens ("St. Agnes Regional Medical Center", "St. Mary's Hospital"):
// one body, named after a saint, not a person or a place named Agnes.
func (r *Recognizer) saintNamed(t *sentence.Text, chunks []chunk) []chunk {
	toks := t.Tokens
	saint := func(lo int) bool { return lo >= 2 && t.Word(lo-2) == "St" && t.Word(lo-1) == "." }
	head := func(c chunk) bool {
		w := t.Src[toks[c.hi-1].Start:c.end]
		return r.lex.orgHead[w] || r.lex.locHead[w] || saintHeads[w]
	}
	out := chunks[:0]
	for ci := 0; ci < len(chunks); ci++ {
		c := chunks[ci]
		if !saint(c.lo) {
			out = append(out, c)
			continue
		}
		if c.end < toks[c.hi-1].End && ci+1 < len(chunks) && chunks[ci+1].lo == c.hi && head(chunks[ci+1]) {
			n := chunks[ci+1] // "St. Mary's Hospital"
			n.lo, n.start, n.typ, n.canon, n.roles, n.titled = c.lo-2, toks[c.lo-2].Start, Org, "", nil, false
			out = append(out, n)
			ci++
			continue
		}
		if c.hi-c.lo >= 2 && head(c) {
			c.lo, c.start, c.typ, c.canon = c.lo-2, toks[c.lo-2].Start, Org, "" // "St. Agnes Regional Medical Center"
		}
		out = append(out, c)
	}
	return out
}

// stateRun reports whether the words from lo to hi all name a state's
// body ("Supreme Court", "Foreign Ministry"): after a country they are
// the country's body, not a name of their own ("U.S. Supreme Court"), while
// "Zimbabwe Informal Traders' Association" is one name.
func stateRun(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := t.Src[t.Tokens[k].Start : t.Tokens[k].Start+stripPossessive(t.Word(k))]
		if !stateBodyWords[w] && !fieldNouns[w] {
			return false
		}
	}
	return true
}

// stateBody reports whether every word of the chunk, as written, is a
// stateBodyWords word (not "Court's": "the U.S. Supreme Court's ruling"
// keeps the Supreme Court one body).
func stateBody(t *sentence.Text, c chunk) bool {
	for k := c.lo; k < c.hi; k++ {
		if !stateBodyWords[t.Word(k)] {
			return false
		}
	}
	return true
}

// orgOf reports whether the chunk names an organisation by a head before
// "of" or "for": "Bank of Calvera", "Chamber of Commerce", "Kellen
// Institute for Polar Research".
func orgOf(t *sentence.Text, c *chunk, lex *Lexicon) bool {
	for k := c.lo + 1; k < c.hi; k++ {
		if w := t.Word(k); (w == "of" || w == "for") && lex.orgHead[t.Word(k-1)] {
			return true
		}
	}
	return false
}

// afterPrep reports whether the word before token lo is a preposition: a
// name there is the object of the preposition, not the subject of the verb
// after it ("The Environment Ministry in Estrava said ...").
func afterPrep(t *sentence.Text, lo int) bool {
	return lo > 0 && (placePreps[t.Word(lo-1)] || t.Word(lo-1) == "of")
}

// particleSurname reports whether the chunk is a surname with its particle
// capitalised, as at the start of a sentence: "Van Dijkstra", "De Souza".
func particleSurname(t *sentence.Text, c *chunk) bool {
	if c.hi-c.lo != 2 {
		return false
	}
	w := t.Lower(c.lo)
	return isCap(t.Word(c.lo)) && connectors[w] && w != "of" && w != "for"
}

// afterThe reports whether the word before lo is "the": "the Dutchman
// said" describes someone; names rarely take the article.
func afterThe(t *sentence.Text, lo int) bool {
	return lo > 0 && (t.Word(lo-1) == "the" || t.Word(lo-1) == "The")
}

// particleName reports whether the chunk holds a lower-case name particle
// ("Lucía Fernández de la Vega", "Pieter van der Kolk"), which makes a
// longer name a person's.
func (r *Recognizer) particleName(t *sentence.Text, c *chunk) bool {
	for k := c.lo + 1; k < c.hi-1; k++ {
		if w := t.Word(k); connectors[w] && w != "of" && w != "for" {
			return true
		}
	}
	return false
}

// particleFullName reports whether a chunk of the text is a full name
// whose surname is last with a lower-case particle: "Erik van Dijkstra".
// ("Van Morrison" alone is someone's given name and surname.)
func particleFullName(t *sentence.Text, chunks []chunk, last string) bool {
	for i := range chunks {
		c := &chunks[i]
		if c.hi-c.lo >= 3 && t.Word(c.hi-1) == last && connectors[t.Lower(c.hi-2)] {
			return true
		}
	}
	return false
}

// connectors may join capitalised words inside a name; the Irish
// particles ("Bríd Ó Catháin", "Úna Ní Bhriain") are written capitalised.
var connectors = toSet(`of de del da di van von der den la le al bin ibn bint du dos das y for ó ní nic mac ua uí arap`)

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	// Arabic-style particles glued to a capitalised name: "al-Sharaa", "el-Sisi"
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ibn-", "bin-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r2, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r2)
		}
	}
	return false
}

// lowerCompound reports whether w is a hyphenated modifier whose last part
// is lower case ("US-backed", "Afghan-born"), which does not start a name.
func lowerCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 0 || k+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsLower(r)
}

// pluralPossessive reports whether w is an irregular plural's
// possessive, as in a body's name: "Patrolmen's Association", "Women's
// Institute", "Children's Hospital".
func pluralPossessive(w string) bool {
	k := stripPossessive(w)
	if k == len(w) || !strings.HasSuffix(w[k:], "s") {
		return false // not "'s": "Workers'" is handled as a plural in -s
	}
	base := strings.ToLower(w[:k])
	return strings.HasSuffix(base, "men") || strings.HasSuffix(base, "people") || strings.HasSuffix(base, "children")
}

// syllableGiven reports whether w is a given name of two short syllables
// joined by a hyphen, the second in lower case ("Ka-man", "Wai-hung",
// "Jong-un"), unlike a modifier ("Afghan-born", "US-backed").
func syllableGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(a) > 5 || len(b) < 2 || len(b) > 5 || strings.Contains(b, "-") {
		return false
	}
	for _, r := range a[1:] + b {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return !strings.HasSuffix(b, "ed") && b != "born" && b != "led" && b != "run" && b != "era"
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 0
}

// stripPossessive returns the length of w without a trailing 's or ’s.
func stripPossessive(w string) int {
	if strings.HasSuffix(w, "'s") {
		return len(w) - 2
	}
	if strings.HasSuffix(w, "’s") {
		return len(w) - len("’s")
	}
	if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return len(w) - len(w[strings.LastIndexAny(w, "'’"):])
	}
	return len(w)
}

// beforeApostrophe returns w up to its first apostrophe: "It" of "It’s",
// "You" of "You’re".
func beforeApostrophe(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}

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
					j-1 > i && len(word(j-1)) == 1 && capAt(j+1) && toks[j+1].Sent == toks[i].Sent) {
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
				j++
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
			if (word(j) == "'" || word(j) == "’") && toks[j].Start == toks[j-1].End && pluralNoun(word(j-1)) && capAt(j+1) && toks[j+1].Sent == toks[i].Sent && r.orgHeadAhead(t, j+1) {
				j++ // a plural possessive inside a name: "Workers' Union"
				continue
			}
			if word(j) == "and" && j > i && r.orgWithAnd(t, i, j) {
				j++ // "Department of Health and Human Services"
				continue
			}
			if j > i && !r.lex.titles[t.Lower(j-1)] && j+3 < n && (toks[j].Kind == sentence.OpenQuote || word(j) == "\"") && capAt(j+1) &&
				(toks[j+2].Kind == sentence.CloseQuote || word(j+2) == "\"") && capAt(j+3) && toks[j+3].Sent == toks[i].Sent {
				j += 3 // a nickname in quotation marks inside a name: Ernesto "Boy" Villaruel
				continue
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
		chunks = r.cutRun(t, i, j, chunks)
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
	titleCase := titleCaseParagraphs(t)
	for i := range chunks {
		chunks[i].weak = titleCase[toks[chunks[i].lo].Para]
	}
	r.build(t, res, chunks)
	return res
}

// insideCaps knows the words capitalised somewhere other than at the start
// of a sentence: proper nouns, most likely. The set is built on first use,
// as few texts need it.
type insideCaps struct {
	t *sentence.Text
	m map[string]bool
}

func (c *insideCaps) has(w string) bool {
	if c.m == nil {
		c.m = capitalisedInside(c.t)
	}
	return c.m[w]
}

func capitalisedInside(t *sentence.Text) map[string]bool {
	out := map[string]bool{}
	for k := 1; k < len(t.Tokens); k++ {
		tk := t.Tokens[k]
		if tk.Kind != sentence.Word || t.Sentences[tk.Sent].Lo == k || t.Tokens[k-1].Kind != sentence.Word && t.Word(k-1) != "," {
			continue
		}
		if w := t.Word(k); isCap(w) {
			out[w[:stripPossessive(w)]] = true
		}
	}
	return out
}

// titleCaseParagraphs marks paragraphs written in title case ("Hillary
// Clinton Was Headed to ER"), where capitals do not signal names.
func titleCaseParagraphs(t *sentence.Text) []bool {
	out := make([]bool, len(t.Paragraphs))
	for pi, p := range t.Paragraphs {
		caps, lower := 0, 0
		for k := p.Lo; k < p.Hi; k++ {
			if t.Tokens[k].Kind != sentence.Word {
				continue
			}
			w := t.Word(k)
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsUpper(r):
				caps++
			case unicode.IsLower(r) && !connectors[w] && w != "the" && w != "a" && w != "an" && w != "and" && w != "or" && w != "to" && w != "in" && w != "on" && w != "at" && w != "with":
				lower++
			}
		}
		out[pi] = caps >= 4 && lower*5 <= caps
	}
	return out
}

// cutRun splits the capitalised run [lo,hi) into gazetteer matches, titles
// and names.
func (r *Recognizer) cutRun(t *sentence.Text, lo, hi int, out []chunk) []chunk {
	toks := t.Tokens
	word := func(i int) string { return t.Src[toks[i].Start:toks[i].End] }
	i := lo
	// sentence-initial function words
	for i < hi && (notName[word(i)] || notName[beforeApostrophe(word(i))] || toks[i].Kind != sentence.Word ||
		i+1 < hi && word(i+1) == "of" && (groupWords[t.Lower(i)] || marketNouns[t.Lower(i)]) ||
		i > lo && word(i) == "of" && (groupWords[t.Lower(i-1)] || marketNouns[t.Lower(i-1)])) {
		if toks[i].Kind == sentence.Word && vietSurnames[word(i)] && i+2 < hi && !notName[word(i+1)] && !notName[word(i+2)] {
			break // "Do Minh Khoa": a Vietnamese family name, not the verb
		}
		if toks[i].Kind == sentence.Word && r.lex.titles[t.Lower(i)] && i+1 < hi {
			break // "Mr. Smith endorsed ...": a title, not a function word
		}
		if monthNames[word(i)] && r.lex.given[word(i)] != 0 && i+1 < hi && !dayNumber(word(i+1)) && isCap(word(i+1)) && !monthNames[word(i+1)] &&
			(i == 0 || !timePreps[t.Lower(i-1)] && !dayNumber(word(i-1))) {
			break // "Her neighbor, June Okafor,": a given name, not the month
		}
		if r.lex.wholeName(t, i, hi) {
			break // "The Times", "The Hague": the article is part of the name
		}
		i++
	}
	if i == lo && i+2 < hi && lo >= 2 && word(lo-1) == "on" && (r.lex.titles[t.Lower(lo-2)] || r.lex.orgHead[word(lo-2)]) {
		// a title's or a committee's field after "on": "Opposition
		// Spokesman on National Security Lenworth Barrett", "Chairman of
		// the Committee on International Affairs Leonid Markelov"; the
		// name is its last two words unless a given name starts it earlier
		k := i
		for k < hi-2 && r.lex.given[word(k)] == 0 {
			k++
		}
		i = k
	}
	if i == lo && i+1 < hi && lo >= 3 && word(lo-1) == "and" && r.titleField(t, lo-2) {
		// the rest of a title's field before the holder's name: "Minister
		// for Labour and Employment Monowar Hossain Talukder", "Minister
		// for Health and Social Care Ann Cole"
		k := i
		for k < hi-1 && r.lex.given[word(k)] == 0 {
			k++
		}
		if k < hi-1 {
			i = k // the name starts at its given name
		} else {
			for i < hi-2 && fieldNouns[word(i)] {
				i++
			}
		}
	}
	var pendingTitles []string
	// lower-case role words just before the run: "spokesman Ned Price"
	if lo > 0 && toks[lo-1].Kind == sentence.Word && r.lex.titles[word(lo-1)] && word(lo-1) != "miss" && toks[lo-1].Sent == toks[lo].Sent {
		ro := word(lo - 1)
		if lo > 1 && toks[lo-2].Kind == sentence.Word && toks[lo-2].End+1 == toks[lo-1].Start && r.lex.titles[t.Src[toks[lo-2].Start:toks[lo-1].End]] {
			ro = t.Src[toks[lo-2].Start:toks[lo-1].End] // "managing director Sanjay Kulkarni"
		}
		pendingTitles = append(pendingTitles, ro)
	}
	nameStart := -1
	flush := func(end int) {
		if nameStart < 0 || end <= nameStart {
			nameStart = -1
			return
		}
		// drop trailing connectors
		for end > nameStart && connectors[word(end-1)] {
			end--
		}
		// letters after a full name are a role: "Priyanka Sethi KC"
		if end-nameStart >= 3 && postNominals[word(end-1)] {
			pendingTitles = append(pendingTitles, word(end-1))
			end--
		}
		if end <= nameStart {
			nameStart = -1
			return
		}
		c := chunk{lo: nameStart, hi: end, start: toks[nameStart].Start, end: toks[end-1].End}
		w := word(end - 1)
		c.end = toks[end-1].Start + stripPossessive(w)
		c.roles = pendingTitles
		c.titled = len(pendingTitles) > 0
		pendingTitles = nil
		out = append(out, c)
		nameStart = -1
	}
	for i < hi {
		w := word(i)
		if toks[i].Kind != sentence.Word {
			i++
			continue
		}
		// longest gazetteer or title match at i
		matched := false
		for L := min(r.lex.maxLen, hi-i); L >= 1; L-- {
			key := r.phrase(t, i, i+L)
			e, ok := r.lex.names[key]
			if ok && L == 1 && nameStart >= 0 && i-nameStart <= 2 && r.lex.given[word(nameStart)] != 0 && e.typ != Org {
				ok = false // a surname that is also a place: "Jim Jordan", "Chuck Jordan"
			}
			if ok && L == 1 && nameStart < 0 && e.typ != Org && !e.demonym && r.lex.given[key] != 0 && !r.lex.weakGiven[key] && i+2 == hi && r.plainSurname(t, i+1) &&
				hi < len(toks) && (word(hi) == "," || speechVerbs[word(hi)]) {
				ok = false // a given name that is also a place, before a surname: "Santiago Ferreyra"
			}
			if i >= 3 && i-nameStart >= 3 && word(i-1) == "the" && word(i-2) == "of" && r.lex.orgHead[word(i-3)] {
				ok = ok && (e.demonym || nameStart < 0) // "Bank of the Philippines": the country is part of the name
			}
			if ok && !e.demonym && nameStart >= 0 && i-nameStart >= 2 && (word(i-1) == "of" || word(i-1) == "for") && r.lex.orgHead[word(i-2)] && !r.lex.companyHead[word(i-2)] {
				// the body's country or field is part of its name: "Law
				// Society of Kenya", "Ministry of Labour and Employment",
				// "Centre for Labour and Livelihood Studies"
				ok = false
			}
			if ok && L == 1 && nameStart < 0 && e.typ != Org && honorific(pendingTitles) {
				ok = false // a form of address takes a surname: "Mr. English", "Ms. Jordan"
			}
			if ok && e.demonym && i+L < hi && r.lex.orgHead[t.Src[toks[hi-1].Start:toks[hi-1].Start+stripPossessive(word(hi-1))]] {
				ok = false // "Asian Lite News": a demonym inside an organisation's name
			}
			if ok && e.demonym && nameStart < 0 && i+L == hi && hi < len(toks) && toks[hi].Sent == toks[i].Sent && stateNouns[strings.ToLower(t.Src[toks[hi].Start:toks[hi].Start+stripPossessive(word(hi))])] {
				// "the Afghan government", "Pakistani authorities": a
				// country's body, named by its nationality
				out = append(out, chunk{lo: i, hi: hi + 1, start: toks[i].Start, end: toks[hi].Start + stripPossessive(word(hi)), typ: Org})
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && e.demonym && nameStart < 0 && i+L+1 == hi && L == 1 && r.lex.given[word(hi-1)] == 0 && !r.lex.titles[t.Lower(hi-1)] && !notName[word(hi-1)] {
				// "British Gas", "American Express": a demonym and one
				// more word make a company's name, not a nationality and
				// a surname
				out = append(out, chunk{lo: i, hi: hi, start: toks[i].Start, end: toks[hi-1].Start + stripPossessive(word(hi-1)), typ: Org})
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && (e.typ == Org || e.typ == GPE && (!e.country || !stateRun(t, i+L, hi))) && !e.demonym && nameStart < 0 && i+L < hi && r.lex.orgHead[t.Src[toks[hi-1].Start:toks[hi-1].Start+stripPossessive(word(hi-1))]] && r.plainRun(t, i+L, hi) {
				// a known organisation or a city opening a longer one's
				// name: "United Nations World Relief Agency", "Chicago
				// Police Department" (a country does not: "U.S. Supreme
				// Court" is the Supreme Court)
				out = append(out, chunk{lo: i, hi: hi, start: toks[i].Start, end: toks[hi-1].Start + stripPossessive(word(hi-1)), typ: Org})
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok || (L == 1 && r.possessiveName(t, i, &e)) {
				// a given name followed by a gazetteer word is a person: "Jordan Peterson"
				flush(i)
				hiTok := i + L
				c := chunk{lo: i, hi: hiTok, start: toks[i].Start, end: toks[hiTok-1].Start + stripPossessive(word(hiTok-1)), typ: e.typ, canon: e.canonical, demo: e.demonym}
				out = append(out, c)
				pendingTitles = nil
				i = hiTok
				matched = true
				break
			}
			// a plain noun for a person before a full name works as a title:
			// "Parent Darnell Phipps said", "Resident Mary Okoro said"
			if nameStart < 0 && !(i+L < hi && r.lex.orgHead[word(i+L)]) && (r.lex.titles[lowerPhrase(t, i, i+L, key)] || L == 1 && (r.acronymRole(t, i, hi) || i+2 < hi && personHeads[t.Lower(i)] && isCap(word(i+1)) && isCap(word(i+2)) && !r.orgHeadIn(t, i+1, hi))) {
				// a title: attribute of the name that follows
				pendingTitles = append(pendingTitles, key)
				i += L
				if i < hi && word(i) == "." {
					i++
				}
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if nameStart < 0 && i+2 < hi && headTitles[t.Lower(i+1)] && r.lex.given[w] == 0 && stripPossessive(w) == len(w) {
			// a department before a title, then the name: "Commerce
			// Secretary Gina Raimondo", "Treasury Secretary Janet Yellen"
			pendingTitles = append(pendingTitles, w+" "+word(i+1))
			i += 2
			continue
		}
		if nameStart < 0 && connectors[w] {
			// "the MP for Ashcombe", "Secretary of Defense Mark Esper":
			// the words after "of" or "for" belong to the title, up to a
			// given name that starts the person's name, if any
			i++
			for i < hi && r.lex.given[word(i)] == 0 {
				i++
			}
			continue
		}
		if nameStart >= 0 && (r.lex.titles[t.Lower(i)] && i+1 < hi && isCap(word(i+1)) && !r.lex.orgHead[word(i+1)] || r.acronymRole(t, i, hi)) {
			// "Harlow Springs Police Chief Rosalind Marquez-Whitfield",
			// "External Affairs Minister Anirudh Mahapatra": the words
			// before the title are its own name, the person follows it
			flush(i)
			pendingTitles = append(pendingTitles, w)
			i++
			continue
		}
		if nameStart >= 0 && i+2 < hi && word(i+1) == "." && r.lex.titles[strings.ToLower(w)+"."] && isCap(word(i+2)) {
			flush(i) // the same with an abbreviation: "Republican Sen. Ted Cruz"
			pendingTitles = append(pendingTitles, w+".")
			i += 2
			continue
		}
		if nameStart < 0 {
			nameStart = i
		}
		i++
		if stripPossessive(w) != len(w) && !(i < hi && r.lex.orgHead[word(i)] && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") || pluralPossessive(w) || i+1 == hi && r.lex.titles[strings.ToLower(w[:stripPossessive(w)])])) &&
			!(pluralPossessive(w) && i < hi && r.orgHeadAhead(t, i)) { // "Women's Professional Tennis Federation"
			flush(i) // but "Distribution Workers' Union" and "the Prime Minister's Office" are one name
		}
	}
	flush(hi)
	return out
}

// plainLeft reports whether the words [i,j) before "and" are no given
// name, organisation word, title, day or known name: the first half of a
// name like "Allied Port and Transport Workers' Union".
func (r *Recognizer) plainLeft(t *sentence.Text, i, j int) bool {
	for k := i; k < j; k++ {
		w := t.Word(k)
		if _, known := r.lex.names[w]; known || r.lex.given[w] != 0 || r.lex.orgHead[w] || r.lex.titles[strings.ToLower(w)] || notName[w] {
			return false
		}
	}
	return true
}

// orgWithAnd reports whether "and" at token j continues the capitalised
// run [i,j) as one organisation's name, in the two forms names take:
// "Department of Health and Human Services" (an organisation word, "of",
// and a field of two parts) and "Bill and Melinda Gates Foundation" (a
// given name, then a full name and an organisation word). Anything else
// is two names: "President Joe Biden and Justice Department officials",
// "Harvard and Brown University".
func (r *Recognizer) orgWithAnd(t *sentence.Text, i, j int) bool {
	toks := t.Tokens
	if i < j && (t.Word(i) == "The" || t.Word(i) == "the") {
		i++
	}
	if e, ok := r.lex.names[t.Word(i)]; ok && i+1 < j && e.typ == GPE {
		i++ // "U.S. Securities and Exchange Commission"
	}
	// the capitalised words after "and", within the sentence
	k := j + 1
	right := make([]string, 0, 4)
	for k < len(toks) && k <= j+5 && toks[k].Sent == toks[j].Sent {
		if w := t.Word(k); (w == "'" || w == "’") && toks[k].Start == toks[k-1].End {
			k++ // "Workers' Union"
			continue
		}
		if toks[k].Kind != sentence.Word || !isCap(t.Word(k)) {
			break
		}
		right = append(right, t.Word(k))
		k++
	}
	if len(right) == 0 || len(right) > 4 {
		return false
	}
	if j-i == 1 && r.lex.given[t.Word(i)] != 0 && len(right) >= 3 && r.lex.orgHead[right[len(right)-1]] {
		return true // "Bill and Melinda Gates Foundation"
	}
	if j-i == 1 && r.lex.orgHead[t.Word(i)] && strings.HasSuffix(t.Word(i), "s") && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] {
		return true // "Securities and Exchange Commission"
	}
	if left := t.Word(j - 1); j-i <= 2 && len(right) >= 3 && r.lex.orgHead[right[len(right)-1]] && r.plainLeft(t, i, j) &&
		!strings.HasSuffix(left, "s") && t.Sentences[toks[i].Sent].Lo != i {
		// (not a role, a plural or a day: "The Mayor and Greater London
		// Authority", "Doctors and British Medical Association ...")
		_, knownRight := r.lex.names[right[0]]
		if !knownRight {
			return true // "Retail and Distribution Workers' Union", "Allied Port and Transport Workers' Union"
		}
	}
	if left := t.Word(j - 1); j-i <= 2 && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] && strings.HasSuffix(left, "s") && strings.HasSuffix(right[0], "s") &&
		!r.lex.orgHead[right[0]] && r.lex.given[t.Word(i)] == 0 {
		if _, known := r.lex.names[right[0]]; !known {
			return true // two plural nouns of members: "Victorian Nurses and Midwives Union"
		}
	}
	for k := i; k < j && k <= i+2; k++ {
		if r.lex.orgHead[t.Word(k)] && k+1 < j && t.Word(k+1) == "of" {
			i = k // a place before the head: "Highveld Chamber of Commerce and Industry", "Binh Lam Department of Industry and Trade"
			break
		}
	}
	if j-i == 2 && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] && !r.lex.orgHead[t.Word(i+1)] &&
		(nameOpeners[t.Word(i)] && r.plainLeft(t, i, j) || fieldWords[t.Word(i+1)] && r.lex.given[t.Word(i)] == 0 && !r.lex.titles[t.Lower(i)]) {
		return true // "National Weather and Hydrology Authority", "Calderbrook Fire and Rescue Service"
	}
	if j-i < 3 || !r.lex.orgHead[t.Word(i)] || t.Word(i+1) != "of" && t.Word(i+1) != "for" || len(right) > 3 {
		return false
	}
	for x, w := range right {
		// a plural head closes the field ("Human Services"); any other
		// head starts a second organisation ("and Foreign Office")
		if r.lex.orgHead[w] && !(x == len(right)-1 && strings.HasSuffix(w, "s")) || isAllCaps(w) {
			return false // "Department of Justice and FBI officials"
		}
	}
	return true // "Department of Health and Human Services"
}

// groupWords are plural nouns for groups of people that open sentences as
// speakers ("Analysts said", "Residents say") and are never names.
var groupWords = toSet(`analysts officials residents critics experts economists investors protesters
	witnesses lawmakers voters observers diplomats researchers scientists doctors teachers workers
	students parents leaders sources authorities activists campaigners supporters opponents
	organisers organizers prosecutors investigators officers executives traders negotiators
	mediators delegates members staff`)

// honorific reports whether the titles before a lone surname are only a
// form of address ("Ms", "Mr", "Dr"), which says the word is a surname,
// unlike an office ("Senator Warner").
func honorific(roles []string) bool {
	if len(roles) == 0 {
		return false
	}
	for _, ro := range roles {
		if !honorificWord(ro) {
			return false
		}
	}
	return true
}

// honorificWord reports whether one title is a form of address: "Mr",
// "Dr.", "Prof".
func honorificWord(ro string) bool {
	switch strings.ToLower(strings.TrimSuffix(ro, ".")) {
	case "mr", "mrs", "ms", "dr", "sir", "dame", "prof":
		return true
	}
	return false
}

// postNominals are letters written after a person's name.
var postNominals = toSet(`KC QC SC BL MP MEP MBE OBE CBE KBE DBE PhD MD`)

// strongOrgHeads are organisation words no surname is: after a given name
// they still make an organisation ("Howard University").
var strongOrgHeads = toSet(`Institute University Foundation Ministry Department Council Committee
	Association Commission Agency Corporation Company Institution Authority Party`)

// ticker reports whether chunk c is part of a stock listing in brackets,
// "(NASDAQ: NMRS)": the exchange or the symbol, neither a name of its own.
func ticker(t *sentence.Text, c *chunk) bool {
	symbol := c.lo > 2 && t.Word(c.lo-1) == ":" && t.Word(c.lo-3) == "("
	exchange := c.lo > 0 && t.Word(c.lo-1) == "(" && c.hi+1 < len(t.Tokens) && t.Word(c.hi) == ":"
	return symbol || exchange
}

// dateline reports whether the word in capitals of chunk c opens a
// dateline ("TESSELMARK (Reuters) -", "BRENNANPORT —") or is a page label.
func dateline(t *sentence.Text, c *chunk) bool {
	if pageWords[t.Word(c.lo)] {
		return true
	}
	if c.hi >= len(t.Tokens) {
		return false
	}
	paraStart := c.lo == t.Paragraphs[t.Tokens[c.lo].Para].Lo
	if paraStart && t.Word(c.hi) == "," {
		// "VALMORA, July 24 (Nordwire) -", "KHARKIV, Ukraine, March 3",
		// "JOHANNESBURG, 12 March": a month within the next words
		for k := c.hi + 1; k+1 < len(t.Tokens) && k <= c.hi+6; k++ {
			if monthNames[t.Word(k)] && (dayNumber(t.Word(k+1)) || dayNumber(t.Word(k-1))) {
				return true
			}
		}
	}
	if paraStart && t.Word(c.hi) == "(" && c.hi+3 < len(t.Tokens) && t.Word(c.hi+2) == ")" && isDash(t.Word(c.hi+3)) {
		return true // "MOSCOW (AP) -"
	}
	if utf8.RuneCountInString(t.Word(c.lo)) <= 6 {
		return false // acronyms are short: an agency before its story ("AP -") stays one
	}
	if paraStart && c.hi-c.lo == 1 && capsLeadNext[t.Word(c.hi)] {
		return true // a tabloid's opening word in capitals: "ISLANDERS on Skarda have been left ..."
	}
	return t.Word(c.hi) == "(" || isDash(t.Word(c.hi))
}

// capsLeadNext are the words after a tabloid's capitalised opening noun
// ("ISLANDERS on Skarda", "SHOPPERS across the region"); after an
// acronym a verb follows ("CENTCOM said").
var capsLeadNext = toSet(`on in at of from across for near who and with`)

// placeLabel reports whether the chunk is a place in capitals opening a
// paragraph before a colon: "LAHORE: The council ...", as South Asian
// papers open a story. (A transcript's "WALLACE:" is a person.)
func (r *Recognizer) placeLabel(t *sentence.Text, c *chunk) bool {
	w := t.Word(c.lo)
	if c.hi-c.lo != 1 || c.hi >= len(t.Tokens) || t.Word(c.hi) != ":" || c.lo != t.Paragraphs[t.Tokens[c.lo].Para].Lo || len(w) < 3 {
		return false
	}
	return r.lex.IsPlaceInCapitals(w)
}

func isDash(w string) bool { return w == "-" || w == "—" || w == "–" }

// shortName reports whether w, in brackets after the organisation name,
// is its short name: an acronym ("WRA"), or a word made of its initials
// and syllables that starts as the name does ("Nesco" for "National
// Electricity Supply Company").
func shortName(w, name string) bool {
	if len(w) < 2 || !isCap(w) {
		return false
	}
	if isAllCaps(w) {
		return true
	}
	return len(w) >= 3 && len(w) <= 8 && !strings.Contains(name, w) && w[0] == name[0]
}

// amount reports whether w is a sum written with a currency's letter
// ("N25,000" naira, "R300" rand, "K500" kwacha).
func amount(w string) bool {
	if len(w) < 3 || !strings.ContainsRune("NRKP", rune(w[0])) {
		return false
	}
	for _, r := range w[1:] {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// moneyUnits follow an amount written with a currency letter: "R2
// billion", "E5 million".
var moneyUnits = toSet(`million billion trillion bn mn`)

// modelNumber reports whether w is a product's model number ("CP-6",
// "A-320"): capitals, a hyphen, digits. ("G7" is a group of nations.)
func modelNumber(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && w[k+1] >= '0' && w[k+1] <= '9'
}

// dayNumber reports whether w is a day of the month: one or two digits.
func dayNumber(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && w[0] >= '0' && w[0] <= '9' && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// timePreps come before a month in a date: "in June", "since April".
var timePreps = toSet(`in on since until by from through before after last next early late mid this of`)

// monthNames are the months, as datelines write them.
var monthNames = toSet(`January February March April May June July August September October November
	December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// timeZones are the abbreviations of a time ("10:42 GMT"), not
// organisations.
var timeZones = toSet(`GMT UTC BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT IST JST AEST AEDT`)

// pageWords are labels in capitals that pages print above or between
// stories.
var pageWords = toSet(`ADVERTISEMENT ADVERTISING SPONSORED BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE PHOTOS VIDEO`)

// shortFormOf returns the organisation named last among es whose name ends
// in the word head ("Front" for "Sefir Liberation Front"), or -1.
func shortFormOf(es []*Entity, head string) int {
	for i := len(es) - 1; i >= 0; i-- {
		if e := es[i]; e.Type == Org && strings.HasSuffix(e.Name, " "+head) {
			return i
		}
	}
	return -1
}

// longFormOf returns the organisation among es whose name is name and a
// "for" phrase ("Kellen Institute for Polar Research" for "Kellen
// Institute"), or -1. ("Royal Society" is not "Royal Society of
// Chemistry".)
func longFormOf(es []*Entity, name string) int {
	for i, e := range es {
		if e.Type == Org && strings.HasPrefix(e.Name, name+" for ") {
			return i
		}
	}
	return -1
}

// has reports whether m holds the key k.
func has[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// speaks reports whether the chunk is the subject of a verb of saying or
// stance, or a possessor ("Maddox's statement"): where a company's short
// name stands for the company.
func (r *Recognizer) speaks(t *sentence.Text, c *chunk) bool {
	return c.end < t.Tokens[c.hi-1].End || verbAt(t, c.hi, speechVerbs, stanceVerbs) // or possessive
}

// orgPrefix returns the organisation of several words whose name starts
// with the one word name ("Maddox Pharmaceuticals" for "Maddox"), or -1.
func orgPrefix(es []*Entity, name string, lex *Lexicon) int {
	best := -1
	for i, e := range es {
		if e.Type == Org && len(e.Name) > len(name)+1 && strings.HasPrefix(e.Name, name) && e.Name[len(name)] == ' ' &&
			(lex.companyHead[e.Name[strings.LastIndexByte(e.Name, ' ')+1:]] || legalSuffixes[e.Name[strings.LastIndexByte(e.Name, ' ')+1:]]) {
			// a company's ("Maddox Pharmaceuticals", "Halvard Financial
			// Corp"), not "Trump Organization", "Clinton Foundation"
			if best < 0 || len(e.Name) > len(es[best].Name) {
				best = i
			}
		}
	}
	return best
}

// legalFormOf returns the organisation among es whose name is name with a
// legal suffix added or taken away ("Halvard Financial" and "Halvard
// Financial Corp"), or -1.
func legalFormOf(es []*Entity, name string) int {
	for i, e := range es {
		if e.Type != Org {
			continue
		}
		long, short := e.Name, name
		if len(short) > len(long) {
			long, short = short, long
		}
		if rest, ok := strings.CutPrefix(long, short+" "); ok && legalSuffixes[rest] {
			return i
		}
	}
	return -1
}

// legalSuffixes end the registered names of companies, which the press
// then shortens to their first word.
var legalSuffixes = toSet(`Corp Corp. Corporation Inc Inc. Ltd Ltd. PLC plc LLC Holdings Group Co Co. AG SA SE NV`)

// hasGivenName reports whether a word of chunk c is a given name.
func (r *Recognizer) hasGivenName(t *sentence.Text, c *chunk) bool {
	for k := c.lo; k < c.hi; k++ {
		if r.lex.given[t.Word(k)] != 0 {
			return true
		}
	}
	return false
}

// wholeName reports whether the run [i,hi) is a gazetteer name of two or
// more words.
func (l *Lexicon) wholeName(t *sentence.Text, i, hi int) bool {
	var b strings.Builder
	b.WriteString(t.Word(i))
	for k := i + 1; k < hi && k-i < l.maxLen; k++ {
		b.WriteByte(' ')
		b.WriteString(t.Word(k))
	}
	// the name must be the whole run: "The Times", but not in "The Times
	// Square ball drop" or "The Times of India"
	_, ok := l.names[b.String()]
	return ok && hi-i <= l.maxLen
}

// headTitles are titles that a department or country may qualify, one
// capitalised word before them, in front of a name.
var headTitles = toSet(`secretary minister spokesman spokeswoman spokesperson ambassador envoy director commissioner adviser advisor`)

// possessiveName matches a gazetteer name with a possessive suffix ("Taliban’s").
func (r *Recognizer) possessiveName(t *sentence.Text, i int, e *entry) bool {
	w := t.Word(i)
	k := stripPossessive(w)
	if k == len(w) {
		return false
	}
	x, ok := r.lex.names[w[:k]]
	if ok {
		*e = x
	}
	return ok
}

func (r *Recognizer) phrase(t *sentence.Text, lo, hi int) string {
	if hi == lo+1 {
		return t.Word(lo)
	}
	// Words one space apart are the text itself: no copy needed.
	toks := t.Tokens
	plain := true
	for k := lo + 1; k < hi && plain; k++ {
		plain = toks[k].Start == toks[k-1].End+1 && t.Src[toks[k-1].End] == ' '
	}
	if plain {
		return t.Src[toks[lo].Start:toks[hi-1].End]
	}
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo {
			b.WriteByte(' ')
		}
		b.WriteString(t.Word(k))
	}
	return b.String()
}

// acronymRole reports whether the all-capital word at i is an office's
// abbreviation before a person's full name, as titles are used: "Finance
// CEC Dennis Mutua Kilonzo", "Ward MCA Omar Abdalla Bakari". The lexicon
// cannot list every country's abbreviations; a known given name after it
// and one more capitalised word tell it from an organisation's.
func (r *Recognizer) acronymRole(t *sentence.Text, i, hi int) bool {
	w := t.Word(i)
	if i+2 >= hi || len(w) < 2 || len(w) > 4 || !isAllCaps(w) || r.lex.given[t.Word(i+1)] == 0 || !isCap(t.Word(i+2)) {
		return false
	}
	if _, known := r.lex.names[w]; known {
		return false // a body the gazetteer knows: "NYPD John Miller"
	}
	capsWord := func(w string) bool { return isAllCaps(w) && utf8.RuneCountInString(w) > 1 } // "Ó" is a particle
	return !capsWord(t.Word(i+1)) && !capsWord(t.Word(i+2))
}

// lowerPhrase is strings.ToLower(key) for key = phrase(t, lo, hi), without
// a copy for one word.
func lowerPhrase(t *sentence.Text, lo, hi int, key string) string {
	if hi == lo+1 {
		return t.Lower(lo)
	}
	return strings.ToLower(key)
}

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
		res.Entities = append(res.Entities, &Entity{Name: name, Type: typ})
		id := len(res.Entities) - 1
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
	midCaps := &insideCaps{t: t}
	for ci := range chunks {
		c := &chunks[ci]
		last := t.Src[toks[c.hi-1].Start:c.end]
		switch {
		case c.hi-c.lo == 1 && c.typ == "" && c.canon == "" && honorific(c.roles):
			surnames[last] = true // "Ms Karunadasa" is someone's surname
		case c.titled || c.hi-c.lo >= 2 && r.lex.given[word(c.lo)] != 0:
			taken[last] = true
		case c.typ == "" && c.canon == "" && c.hi-c.lo == 1 && (r.speechSubject(t, c.hi) && !afterPrep(t, c.lo) || r.apposed(t, c.hi)):
			surnames[last] = true
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
		case r.ampersand(t, c):
			c.typ = Org // "Pellow & Finch", "Procter & Gamble"
		case orgApposed(t, c.hi) && (r.lex.given[first] == 0 || r.lex.weakGiven[first]):
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
		case r.lex.given[first] != 0 && nt == 2 && !orgOf(t, c, r.lex) && !strongOrgHeads[last] && !r.placeWord(t, c) && r.givenFits(t, c):
			c.typ = Person // "Emily Post", "Margaret Court"; not "Howard University"
		case r.lex.orgHead[last] && (nt > 1 || !r.lex.companyHead[last]) || orgOf(t, c, r.lex):
			c.typ = Org // also after a title: "a deputy Health Ministry official"
		case c.lo > 0 && orgNouns[t.Word(c.lo-1)] && !r.hasGivenName(t, c):
			c.typ = Org // "anti-corruption group Clear Harbour", "the lender Brightwell"
		case c.hi < len(toks) && dataNouns[t.Word(c.hi)] && !r.hasGivenName(t, c) && !c.titled:
			c.typ = Org // "according to Tidemark data", "LSEG calculations": a data provider
		case c.titled:
			c.typ = Person
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
		case nt >= 2 && nt <= 3 && surnames[last] && !taken[last] && allTitle(t, c.lo, c.hi) && !r.lex.locHead[last] &&
			!(c.lo > 0 && (word(c.lo-1) == "the" || word(c.lo-1) == "The")) && !afterPrep(t, c.lo):
			c.typ = Person // "Agnes Tormey" ... "Tormey, 58,"
		case nt >= 2 && (nt <= 4 || nt <= 6 && r.particleName(t, c)) && allTitle(t, c.lo, c.hi) && !atPlace(t, c.lo) && (r.speechSubject(t, c.hi) || r.apposed(t, c.hi) || r.describedSpeaker(t, c.hi) || speakingAside(t, c.hi) || c.lo > 0 && speechVerbs[word(c.lo-1)] || r.titleApposed(t, c.lo, c.hi)):
			c.typ = Person
		default:
			c.typ = "" // decided after merging
		}
	}
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
	for ci := range chunks {
		c := &chunks[ci]
		if c.typ != Org || c.hi-c.lo < 2 || c.canon != "" {
			continue
		}
		last := t.Src[toks[c.hi-1].Start:c.end]
		if first := word(c.lo); (r.lex.companyHead[last] || legalSuffixes[last]) && r.lex.given[first] == 0 && companyShort[first] == "" {
			companyShort[first] = t.Src[c.start:c.end]
			// and its longer short forms: "Vale Rider" of "Vale Rider Buses"
			for k := c.lo + 2; k < c.hi; k++ {
				if p := t.Src[c.start:toks[k-1].End]; companyShort[p] == "" {
					companyShort[p] = t.Src[c.start:c.end]
				}
			}
		}
	}
	for ci := range chunks {
		c := &chunks[ci]
		if w := word(c.lo); c.hi-c.lo == 1 && !c.titled && c.canon == "" && companyShort[w] != "" && c.end == toks[c.lo].End {
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
		if a := nameInitials(name); len(a) >= 2 {
			if cur, ok := orgLetters[a]; ok && cur != name {
				orgLetters[a] = "" // two bodies: the letters name neither
			} else {
				orgLetters[a] = name
			}
		}
	}
	// register full person names, and the letters of their roles of two
	// words or more ("Additional Solicitor General Kaveri Deshpande" ...
	// "the ASG", "Chief Minister X" ... "CM says")
	roleAcronyms := map[string]int{} // letters -> entity index + 1, or -1 for several holders
	nicknames := map[string]int{}    // a nickname given inside a full name -> its person
	for ci := range chunks {
		c := &chunks[ci]
		if c.typ != Person || c.hi-c.lo < 2 || c.weak || particleSurname(t, c) && particleFullName(t, chunks, word(c.hi-1)) {
			continue
		}
		name, nick := splitNickname(t.Src[c.start:c.end])
		if _, tail := personTails[name]; tail && (c.titled || r.lex.given[word(c.lo)] == 0) {
			continue // "Mr Mac Giolla Rua", "Te Whetū": the surname of someone named before
		}
		id := addEntity(Person, name)
		if nick != "" && !strings.Contains(nick, " ") {
			nicknames[nick] = id // `Dae-ho "Ravel" Shin` ... "Ravel said"
		}
		if _, ok := lastNames[t.Src[toks[c.hi-1].Start:c.end]]; !ok {
			lastNames[t.Src[toks[c.hi-1].Start:c.end]] = id
		}
		// the first of two surnames is the short form in Spanish and
		// Portuguese names: "Marisol Ibarra Montoya" ... "Ibarra";
		// "Lucía Fernández de la Vega" ... "Fernández"
		for k := c.lo + 1; k < c.hi-1 && c.hi-c.lo >= 3; k++ {
			if w := word(k); isCap(w) && !connectors[w] && r.lex.given[w] == 0 && !has(firstSurnames, w) && !has(r.lex.names, w) && (k+1 == c.hi-1 || connectors[word(k+1)]) {
				firstSurnames[w] = id
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
		name := withoutNickname(t.Src[c.start:c.end])
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
			if pid, ok := lastNames[name]; ok && c.hi-c.lo == 1 && !(c.lo > 0 && placePreps[word(c.lo-1)]) {
				id = pid
			} else {
				id = addEntity(c.typ, c.canon)
			}
		case c.typ == Person && c.hi-c.lo >= 2 && !c.weak:
			var ok bool
			if id, ok = byKey[key{Person, name}]; !ok {
				if pid, tail := personTails[name]; tail && (c.titled || r.lex.given[word(c.lo)] == 0) {
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
			} else if eid, ok := byKey[key{Org, name}]; ok {
				id = eid
			} else {
				continue
			}
		default:
			if pid, ok := byKey[key{Person, name}]; ok && c.hi-c.lo >= 2 {
				id = pid // "Aroha Tane has confirmed ...", named in full before
			} else if pid, ok := nicknames[name]; ok && c.hi-c.lo == 1 {
				id = pid // "Ravel said" after `Dae-ho "Ravel" Shin`
			} else if pid, ok := firstNames[name]; ok && c.hi-c.lo == 1 && givenTitled(c.roles) {
				id = pid // "Sheikh Hamdan" is Hamdan bin Saif, not Mansour bin Hamdan
			} else if pid, ok := lastNames[name]; ok {
				id = pid
			} else if pid, ok := lastNames[articleLowered(name)]; ok && c.hi-c.lo == 1 {
				id = pid // "Al-Mahmoud said" after "Khalid bin Nasser al-Mahmoud"
			} else if pid, ok := firstSurnames[name]; ok && c.hi-c.lo == 1 && !c.titled {
				id = pid
			} else if pid, ok := firstNames[name]; ok && c.hi-c.lo == 1 && (!c.titled || !has(lastNames, name) && (r.lex.given[name] != 0 && honorific(c.roles) || r.lex.given[name] == 0 && !surnames[name])) {
				// (and "Dr. Yonas", "Engineer Alemitu": a title with a given
				// name the lexicon lacks, as Ethiopian usage has it)
				// (also "Dr Priya" for Priya Ramanathan-Goh: in Malaysian
				// and Singaporean style the title goes with the given name)
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
			} else if oid, ok := byKey[key{Org, name}]; ok && c.hi-c.lo == 1 && !c.titled {
				id = oid // "Tessellate said", after "Tessellate, the startup ..."
			} else if c.hi-c.lo == 1 && (groupWords[strings.ToLower(name)] || groupWords[strings.ToLower(name)+"s"]) {
				continue // "Analysts said ...", "Lawmaker says": a common noun opening the sentence
			} else if c.typ == Person || c.titled || r.lex.given[name] != 0 && !atPlace(t, c.lo) || r.speechSubject(t, c.hi) && !afterPrep(t, c.lo) && !afterThe(t, c.lo) && !r.titleComplement(t, c.lo) ||
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
		res.Mentions = append(res.Mentions, Mention{Start: c.start, End: c.end, Lo: c.lo, Hi: c.hi, Kind: Name, Entity: id})
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

// OtherOffice reports whether the entity holds an office (a title such as
// "senator"; forms of address like "Mr" do not count) and none of them is
// role.
func (e *Entity) OtherOffice(role string) bool {
	other := false
	for _, x := range e.Roles {
		switch {
		case strings.EqualFold(x, role):
			return false
		case !honorificWord(x):
			other = true
		}
	}
	return other
}

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
	// a title after a word or two of its field: ", energy campaigner at ..."
	for k := i + 2; k < len(t.Tokens) && k <= i+3 && t.Tokens[k].Kind == sentence.Word && !isCap(t.Word(k-1)); k++ {
		if r.lex.titles[t.Word(k)] {
			return true
		}
	}
	// a body's role: ", Renewal's campaign director,"
	if isCap(w) && stripPossessive(w) < len(w) {
		for k := i + 2; k < len(t.Tokens) && k <= i+4 && t.Tokens[k].Kind == sentence.Word && !isCap(t.Word(k)); k++ {
			if r.lex.titles[t.Word(k)] && k+1 < len(t.Tokens) && t.Word(k+1) == "," {
				return true
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
				return j < len(t.Tokens) && t.Word(k+1) == "of" && legislatures[t.Lower(j)]
			}
			if r.lex.titles[x] || personHeads[x] || strings.HasSuffix(x, "year-old") || compoundPerson(x) {
				return true // ", a 67-year-old retired machinist,"
			}
			if appositionEnds[x] || t.Tokens[k].Kind != sentence.Word {
				break // the head is past: "a charity that helps student nurses"
			}
		}
	}
	return false
}

// describedPerson reports whether an apposition at i gives an age or
// describes a person with an article ("Okafor, 61, a retired teacher,"),
// not only a title, which may open the next subject ("At 10:42 GMT, MP
// Aroha Tane ...").
func (r *Recognizer) describedPerson(t *sentence.Text, i int) bool {
	if i+1 >= len(t.Tokens) || t.Word(i) != "," {
		return false
	}
	w := t.Word(i + 1)
	return w[0] >= '0' && w[0] <= '9' && i+2 < len(t.Tokens) && t.Word(i+2) == "," || (w == "a" || w == "an" || w == "the") && r.apposed(t, i)
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
	cyclist pedestrian motorcyclist runner swimmer climber hiker commuter`)

// sexNouns are the plainest nouns for a person, which a story names in an
// apposition: "The woman, Gulshan Temirova, said".
var sexNouns = toSet(`woman man girl boy`)

// legislatures whose members are people: "a member of parliament".
var legislatures = toSet(`parliament congress house senate assembly legislature`)

// speechSubject reports whether the tokens after i start with a speech or
// reporting verb, which makes a lone capitalised word a speaker.
func (r *Recognizer) speechSubject(t *sentence.Text, i int) bool {
	return verbAt(t, i, speechVerbs, nil)
}

// speakingAside reports whether an aside at i that says how the words were
// given is followed by a speech verb: "Dariusz Wróbel, speaking earlier on
// Friday, said", "Amara Diallo, writing in the Sentinel, warned".
func speakingAside(t *sentence.Text, i int) bool {
	if i+2 >= len(t.Tokens) || t.Word(i) != "," || !asideParticiples[t.Word(i+1)] {
		return false
	}
	for k := i + 2; k < len(t.Tokens) && k < i+14; k++ {
		if t.Tokens[k].Sent != t.Tokens[i].Sent {
			return false
		}
		if t.Word(k) == "," {
			return k+1 < len(t.Tokens) && speechVerbs[t.Word(k+1)]
		}
	}
	return false
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
	if i+2 >= len(t.Tokens) || t.Word(i) != "," {
		return false
	}
	if w := t.Word(i + 1); w != "a" && w != "an" && w != "the" {
		return false
	}
	head := ""
	for k := i + 2; k < len(t.Tokens) && k < i+7 && t.Tokens[k].Kind == sentence.Word; k++ {
		x := t.Lower(k)
		if appositionEnds[x] || head != "" && len(x) > 4 && (strings.HasSuffix(x, "ing") || strings.HasSuffix(x, "ed")) {
			break // "the company building the turbines": the participle modifies the head
		}
		head = x
	}
	// the head, not a modifier: "a National Party member" is a person
	return orgNouns[head] || len(head) > 6 && strings.HasSuffix(head, "maker") // "the drugmaker"
}

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
		if w := t.Lower(k); !r.lex.titles[w] && !r.lex.titles[w+"."] && w != "." && !(k == lo && r.partyWord(t.Word(k))) {
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
		if t.Tokens[k].Kind != sentence.Word || !isCap(w) || r.lex.titles[strings.ToLower(w)] {
			return false
		}
		if _, ok := r.lex.names[w]; ok {
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
	if lo < 2 || t.Word(lo-1) != "," || hi >= len(t.Tokens) || t.Word(hi) != "," {
		return false // the name closes its apposition with a comma
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

var speechVerbs = toSet(`said says told tells added adds warned warns argued argues noted notes wrote writes
	insisted insists emphasized stressed explained claimed claims asked replied responded continued
	announced declared acknowledged admitted recalled suggested believes thinks urged`)

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
		switch strings.ToLower(strings.TrimSuffix(ro, ".")) {
		case "mr", "king", "prince", "father", "congressman", "spokesman", "chairman", "sheikh", "sir", "councilman", "alderman":
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
	if c.hi-c.lo < 2 {
		return 0 // a surname alone: "Jackson", "Harris" are given names too
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
var vietSurnames = toSet(`Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly`)

// inferGender gives a person whose given name the lexicon lacks the gender
// of the first personal pronoun after a name mention of theirs, when no
// other person is named in between and it comes within the sentence or the
// next: "Agnes Tormey has guarded the archive. Now she fears ...". Without
// it, "she" could only go to whoever was named last.
func inferGender(t *sentence.Text, res *Result) {
	// Each name mention votes with the first pronoun after it; the pronoun
	// after one mention may be someone else's ("since Mayor Adaeze Morrow
	// took office, and he has repeated ..."), so the majority decides and
	// a tie leaves the gender unknown.
	votes := map[int]*[2]int{}
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person || e.Gender != 0 || m.Kind != Name {
			continue
		}
		if g := kinGender(t, m); g != 0 {
			e.Gender = g // "His daughter, Aino Rautio, said he died ..."
			delete(votes, m.Entity)
			continue
		}
		v := votes[m.Entity]
		if v == nil {
			v = new([2]int)
			votes[m.Entity] = v
		}
		sent := t.Tokens[m.Lo].Sent
	scan:
		for k := m.Hi; k < len(t.Tokens) && t.Tokens[k].Sent <= sent+1; k++ {
			if o := res.tokMention[k]; o >= 0 && res.Mentions[o].Entity != m.Entity && res.Entities[res.Mentions[o].Entity].Type == Person {
				break // someone else was named first
			}
			if t.Tokens[k].Quoted {
				continue
			}
			switch t.Word(k) {
			case "he", "He", "his", "His", "him":
				v[0]++
				break scan
			case "she", "She", "her", "Her":
				v[1]++
				break scan
			}
		}
	}
	for id, v := range votes {
		if e := res.Entities[id]; e.Gender == 0 {
			switch {
			case v[0] > v[1]:
				e.Gender = 'm'
			case v[1] > v[0]:
				e.Gender = 'f'
			}
		}
	}
}

// orgNouns are common nouns for an organisation that, right before a name,
// say what it is: "rights group Clear Harbour", "the carmaker Veltro".
// dataNouns after a name make it a data provider: "Tidemark data".
var dataNouns = toSet(`data calculations estimates`)

var orgNouns = toSet(`group groups charity organisation organization coalition movement network
	foundation association union company firm club party alliance agency lender bank carmaker
	retailer broadcaster newspaper startup label insurer watchdog regulator broker brokerage
	consultancy fund airline carrier daily weekly tabloid magazine channel website outlet app platform
	service manufacturer chain supermarket utility conglomerate subsidiary brand studio corporation`)

// kinGender returns the gender of a word for a relative or a gendered
// role right before a name mention, or apposed to it: "His daughter, Aino
// Rautio,", "widow Mary Kerr", "Tom Hale, her husband,". It beats the
// pronoun after the name, which may be the relative's ("said he died").
func kinGender(t *sentence.Text, m Mention) byte {
	k := m.Lo - 1
	if k >= 0 && t.Word(k) == "," {
		k--
	}
	if k >= 0 {
		if g := kinWords[t.Lower(k)]; g != 0 {
			return g
		}
	}
	if k = m.Hi; k+2 < len(t.Tokens) && t.Word(k) == "," {
		switch t.Lower(k + 1) {
		case "his", "her", "their", "the", "a":
			return kinWords[t.Lower(k+2)]
		}
	}
	return 0
}

// kinRoles gives a person named right after a relative's noun that noun
// as a role ("his daughter, Marguerite Tate-Oyelaran," ... "according to
// his daughter"), so that the noun alone can refer back to them.
func kinRoles(t *sentence.Text, res *Result) {
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person || m.Kind != Name {
			continue
		}
		k := m.Lo - 1
		if k >= 1 && t.Word(k) == "," {
			if m.Hi >= len(t.Tokens) || t.Word(m.Hi) != "," {
				continue // not an apposition: "In addition to his daughter, Tate is survived by ..."
			}
			k--
		}
		if w := t.Lower(max(k, 0)); k >= 1 && relatives[w] && possessives[t.Word(k-1)] {
			e.addRole(w)
		}
	}
}

// nameOpeners open the names of national bodies, whose fields may be
// joined by "and": "National Weather and Hydrology Authority".
var nameOpeners = toSet(`National Federal State Royal International Central Regional Provincial`)

// IsRelative reports whether w, in lower case, is a noun for a relative
// ("daughter", "husband"), by which stories refer to someone named
// beside it ("his daughter, Marguerite Tate-Oyelaran,").
func IsRelative(w string) bool { return relatives[w] }

// fieldWords name what a public body deals with, and may be joined to a
// second field by "and" inside its name: "Calderbrook Fire and Rescue
// Service", "Financial Conduct and Standards Authority".
var fieldWords = toSet(publicFields + ` Fire Weather Conduct Safety Drug Drugs Media Arts Labour
	Labor Heritage Marine Wildlife Land Police`)

// relatives are the family nouns among kinWords.
var relatives = toSet(`daughter wife mother sister widow grandmother granddaughter aunt niece stepdaughter
	stepmother son husband father brother widower grandfather grandson uncle nephew stepson stepfather`)

// possessives open a relative's noun: "his daughter".
var possessives = toSet(`his His her Her their Their`)

// kinWords are nouns for a relative or a role that tell a person's gender.
var kinWords = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range strings.Fields(`daughter wife mother sister widow grandmother granddaughter aunt niece
		girlfriend fiancee stepdaughter stepmother businesswoman spokeswoman chairwoman congresswoman
		councilwoman sportswoman actress`) {
		m[w] = 'f'
	}
	for _, w := range strings.Fields(`son husband father brother widower grandfather grandson uncle nephew
		boyfriend fiance stepson stepfather businessman spokesman chairman congressman councilman
		sportsman`) {
		m[w] = 'm'
	}
	return m
}()

// appositions adds roles from ", the former US commander in the country,"
// after a person's name.
func (r *Recognizer) appositions(t *sentence.Text, res *Result) {
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person {
			continue
		}
		k := m.Hi
		if k >= len(t.Tokens) || t.Word(k) != "," {
			continue
		}
		k++
		if k >= len(t.Tokens) {
			continue
		}
		if w := t.Lower(k); r.lex.titles[w] && !honorificWord(w) && k+1 < len(t.Tokens) && (t.Word(k+1) == "of" || t.Word(k+1) == "for" || t.Word(k+1) == "at") {
			e.addRole(w) // ", chairman of the provincial People's Committee,"
			continue
		}
		if w := t.Word(k); w != "the" && w != "a" && w != "an" {
			continue
		}
		for j := k + 1; j < len(t.Tokens) && j < k+7; j++ {
			w := t.Lower(j)
			if w == "of" && j+1 < len(t.Tokens) && isCap(t.Word(j-1)) && isCap(t.Word(j+1)) {
				continue // "the Concord of Nations special envoy": a name inside
			}
			if t.Tokens[j].Kind != sentence.Word || appositionEnds[w] {
				break
			}
			if r.lex.titles[w] || occupation(w) {
				e.addRole(w) // also "a 34-year-old nurse", "a glaciologist": "the nurse said"
				break
			}
		}
	}
	// and as a predicate: "Calloway, 52, has been mayor for three years",
	// "Okafor is the club's captain"
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person {
			continue
		}
		if w, ok := r.predicateRole(t, m.Hi); ok {
			e.addRole(w)
		}
	}
	// and before the name: "an independent security researcher, Jonas
	// Whitlock, said"
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		lo := r.titlesBefore(t, m.Lo)
		if e.Type != Person || lo < 2 || t.Word(lo-1) != "," {
			continue
		}
		// the role may carry its field: "the Minister for Lands and
		// Natural Resources, Kwame Adjei-Mensah,"
		for k := lo - 2; k >= 0 && k >= lo-9 && t.Tokens[k].Kind == sentence.Word; k-- {
			w := t.Lower(k)
			if (occupation(w) || r.lex.titles[w]) && r.describedBefore(t, k) {
				e.addRole(w)
				break
			}
			if k < lo-2 && !isCap(t.Word(k)) && w != "for" && w != "of" && w != "and" {
				break
			}
		}
	}
}

// predicateRole returns the title or occupation that a copula after a
// name's end k gives the person: "has been mayor", "is the chief
// executive", "became the club's captain". An age in commas may come
// first ("Calloway, 52, has been mayor").
func (r *Recognizer) predicateRole(t *sentence.Text, k int) (string, bool) {
	n := len(t.Tokens)
	if k+2 < n && t.Word(k) == "," && strings.Trim(t.Word(k+1), "0123456789") == "" && t.Word(k+2) == "," {
		k += 3
	}
	switch {
	case k+1 < n && t.Word(k) == "has" && t.Word(k+1) == "been", k+1 < n && t.Word(k) == "had" && t.Word(k+1) == "been":
		k += 2
	case k < n && (t.Word(k) == "is" || t.Word(k) == "was" || t.Word(k) == "became" || t.Word(k) == "becomes"):
		k++
	default:
		return "", false
	}
	for j := k; j < n && j < k+4; j++ {
		if t.Tokens[j].Kind != sentence.Word {
			return "", false
		}
		w := t.Lower(j)
		if r.lex.titles[w] || occupation(w) {
			// the whole role: "chief executive", "chief curator"
			e := j + 1
			for e < n && e < j+3 && t.Tokens[e].Kind == sentence.Word && (r.lex.titles[t.Lower(e)] || occupation(t.Lower(e))) {
				e++
			}
			return strings.ToLower(t.Src[t.Tokens[j].Start:t.Tokens[e-1].End]), true
		}
		if appositionEnds[w] || !predicateFiller[w] && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			return "", false
		}
	}
	return "", false
}

// predicateFiller are the words that may stand between a copula and the
// role it gives: "is the chief executive", "was a former ...".
var predicateFiller = map[string]bool{"the": true, "a": true, "an": true, "now": true, "its": true, "their": true,
	"his": true, "her": true, "senior": true, "club": true, "team": true}

// describedBefore reports whether the noun at k ends a description opened
// by an article that is not a preposition's object: "an independent
// security researcher, Jonas Whitlock," but not "According to the
// witness, Daniel Okafor ...".
func (r *Recognizer) describedBefore(t *sentence.Text, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch w := t.Lower(j); w {
		case "a", "an", "the", "his", "her", "their", "its":
			if j == 0 {
				return true
			}
			switch t.Word(j - 1) {
			case "to", "about", "told", "asked":
				return false // "According to the witness, Daniel Okafor punched ..."
			}
			return true
		}
		if t.Tokens[j].Kind != sentence.Word {
			return false
		}
	}
	return false
}

// occupation reports whether w is a noun for what an ordinary person does
// ("nurse", "researcher", "glaciologist"), which a story may later use
// for them ("the researcher said").
func occupation(w string) bool {
	return personHeads[w] && w != "member" || strings.HasSuffix(w, "ologist") || compoundPerson(w)
}

// descriptions links "the envoy", "the special US envoy", "the former
// president" to the most recent person with that role, or, before any
// has been named, to the document's only person with it. It keeps, while
// walking the text once, the latest person carrying each role word.
func (r *Recognizer) descriptions(t *sentence.Text, res *Result) {
	toks := t.Tokens
	sortMentions(res.Mentions)
	latest := map[string]int{}
	// holders maps each role word to the one person carrying it, or -1
	// when several do.
	holders := map[string]int{}
	for id, e := range res.Entities {
		if e.Type != Person {
			continue
		}
		for _, ro := range e.Roles {
			l := strings.ToLower(ro)
			if k := strings.LastIndexByte(l, ' '); k >= 0 {
				l = l[k+1:]
			}
			if cur, ok := holders[l]; ok && cur != id {
				holders[l] = -1
			} else {
				holders[l] = id
			}
		}
	}
	mi := 0
	var added []Mention
	for i := 0; i < len(toks); i++ {
		for mi < len(res.Mentions) && res.Mentions[mi].Start < toks[i].Start {
			m := res.Mentions[mi]
			if e := res.Entities[m.Entity]; e.Type == Person {
				for _, ro := range e.Roles {
					l := strings.ToLower(ro)
					latest[l] = m.Entity
					if k := strings.LastIndexByte(l, ' '); k >= 0 {
						latest[l[k+1:]] = m.Entity
					}
				}
			}
			mi++
		}
		w := t.Word(i)
		if w != "the" && w != "The" {
			continue
		}
		// the (modifiers) ROLE, not followed by a name
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].Kind != sentence.Word {
				break
			}
			lw := t.Lower(j)
			if lw == "the" || lw == "a" || lw == "an" || speechVerbs[lw] || stanceVerbs[lw] {
				break // "The trust said the nurse ...": the description ended
			}
			_, held := holders[lw] // a role the lexicon lacks but a person here has: "Ward MCA Omar Bakari" ... "the MCA"
			if !r.lex.titles[lw] && !occupation(lw) && !held || lw == "mr" || lw == "mrs" || lw == "ms" {
				continue
			}
			if !r.lex.titles[lw] && j+1 < len(toks) && (orgNouns[t.Lower(j+1)] || t.Word(j+1) == "of") {
				break // "The student union", "the owner of the florist": someone else
			}
			if j+1 < len(toks) && toks[j+1].Kind == sentence.Word && isCap(t.Word(j+1)) {
				break // a title before a name
			}
			id, ok := latest[lw]
			if !ok && plainDescription(t, i+1, j) {
				// before the person is named ("the special envoy has
				// said" in the lead, her name in the next paragraph): the
				// one person of the document with that role, if only one
				id, ok = holders[lw]
				ok = ok && id >= 0
			}
			if !ok && toks[i].Para <= 2 && r.lex.titles[lw] {
				// the lead's "The U.S. special envoy for Afghanistan said",
				// and the next paragraph names him: "..., Ambassador Charles
				// Whitmore told reporters"; he holds the role from then on
				id, ok = r.namedNext(t, res, j, toks[i].Para+1)
				if ok {
					res.Entities[id].addRole(lw)
				}
			}
			if ok {
				added = append(added, Mention{Start: toks[i].Start, End: toks[j].End, Lo: i, Hi: j + 1, Kind: Description, Entity: id})
			}
			i = j
			break
		}
	}
	// a headline or standfirst that opens with the role alone: "CEO says
	// growth only beginning", "Indigenous leader says ...": the
	// document's one holder of the role
	for _, p := range t.Paragraphs {
		if p.Hi-p.Lo > 30 || !isCap(t.Word(p.Lo)) {
			continue
		}
		if _, named := res.MentionAt(p.Lo); named {
			continue
		}
		for j := p.Lo; j < p.Hi-1 && j < p.Lo+2 && toks[j].Kind == sentence.Word; j++ {
			if !speechVerbs[t.Word(j+1)] {
				continue
			}
			if m := t.Word(p.Lo); j > p.Lo && (notName[m] || fieldNouns[m] || fieldWords[m]) {
				break // "The finance minister said": an article or a field tells another holder
			}
			lw := t.Lower(j)
			if id, ok := holders[lw]; ok && id >= 0 && (r.lex.titles[lw] || occupation(lw)) {
				added = append(added, Mention{Start: toks[p.Lo].Start, End: toks[j].End, Lo: p.Lo, Hi: j + 1, Kind: Description, Entity: id})
			}
			break
		}
	}
	res.Mentions = append(res.Mentions, added...)
}

// headlineStart reports whether token k opens a short paragraph, as a
// headline or a standfirst does.
func headlineStart(t *sentence.Text, k int) bool {
	p := t.Paragraphs[t.Tokens[k].Para]
	return p.Lo == k && p.Hi-p.Lo <= 30
}

// titlesBefore returns where a name starting at lo begins with its own
// capitalised titles: "the Speaker, [Sardar] Nadeem Akhtar Bhutta,".
func (r *Recognizer) titlesBefore(t *sentence.Text, lo int) int {
	for lo > 2 && isCap(t.Word(lo-1)) && r.lex.titles[t.Lower(lo-1)] {
		lo--
	}
	return lo
}

// orgHeadIn reports whether a word of [lo,hi) heads a body's name: "Driver
// Safety Council" is no driver named Safety Council.
func (r *Recognizer) orgHeadIn(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.lex.orgHead[t.Word(k)] {
			return true
		}
	}
	return false
}

// InByline reports whether the name at token lo is a byline's: a short
// paragraph of "By" and names only ("By Clare Holloway", "By Clare
// Holloway and Tom Reyes"). The writer is no one the story's descriptions
// and pronouns refer to.
func InByline(t *sentence.Text, lo int) bool {
	p := t.Paragraphs[t.Tokens[lo].Para]
	if p.Hi-p.Lo > 12 || lo == p.Lo {
		return false
	}
	switch t.Word(p.Lo) {
	case "By", "BY", "by":
	default:
		return false
	}
	// only names, "and" and commas follow: "By Friday, Maria Ortega had
	// resigned." is no byline
	for k := p.Lo + 1; k < p.Hi; k++ {
		if w := t.Word(k); !isCap(w) && w != "and" && w != "," && w != "&" && w != "." {
			return false
		}
	}
	return true
}

// namedNext returns the first person named after token k, up to the end
// of paragraph para, if that person has no role yet or only a form of
// address or an ambassador's title.
func (r *Recognizer) namedNext(t *sentence.Text, res *Result, k, para int) (int, bool) {
	ms := res.Mentions // sorted by start (descriptions sorts them)
	from, _ := slices.BinarySearchFunc(ms, k+1, func(m Mention, lo int) int { return cmp.Compare(m.Lo, lo) })
	for _, m := range ms[from:] {
		if m.Kind != Name {
			continue
		}
		if t.Tokens[m.Lo].Para > para {
			break
		}
		e := res.Entities[m.Entity]
		if e.Type != Person || InByline(t, m.Lo) {
			continue
		}
		for _, ro := range e.Roles {
			if l := strings.ToLower(strings.TrimSuffix(ro, ".")); l != "ambassador" && l != "amb" && !honorificWord(ro) {
				return 0, false // someone with another role: "Taliban spokesman X"
			}
		}
		return m.Entity, true
	}
	return 0, false
}

// plainDescription reports whether the words [lo,hi) between "the" and a
// role word are generic ("the special envoy", "the top envoy"), so that
// the description may name the document's only holder of the role before
// she is named. Other words tell a different person: "the finance
// minister" is not Foreign Minister Jane Doe, "the company's president" is
// not President Biden.
func plainDescription(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch t.Lower(k) {
		case "special", "top", "senior", "veteran", "chief":
		default:
			return false
		}
	}
	return true
}

func sortMentions(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
}
