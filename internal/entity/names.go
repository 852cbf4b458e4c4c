package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/sentence"
)

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
	i := strings.IndexAny(name, "\"“‘")
	if i <= 0 {
		return name, ""
	}
	o, open := utf8.DecodeRuneInString(name[i:])
	rest := name[i+open:]
	closers := "\"”"
	if o == '‘' {
		closers = "’" // `Dorothy ‘Dot’ Kessler`
	}
	k := strings.IndexAny(rest, closers)
	if k < 0 {
		return name, ""
	}
	_, closing := utf8.DecodeRuneInString(rest[k:])
	return strings.TrimSpace(strings.TrimSpace(name[:i]) + " " + strings.TrimSpace(rest[k+closing:])), strings.TrimSpace(rest[:k])
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
		if k < j && t.Word(k) == "." {
			k++ // "Sen. Tomasz Wierzbicki of Ostrander"
		}
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

// plainSurnames is plainSurname for a rare given name too ("Jordan
// Ellery": such a name is a surname as often) and for a double-barrelled
// surname, each part plain: "Okafor-Hale" in "Jordan Okafor-Hale".
func (r *Recognizer) plainSurnames(t *sentence.Text, k int) bool {
	w := t.Word(k)
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return r.surnameWord(w, t.Lower(k), true)
	}
	b = strings.TrimRight(b[:stripPossessive(b)], "’'")
	return r.surnameWord(a, strings.ToLower(a), false) && r.surnameWord(b, strings.ToLower(b), false)
}

// plainSurname reports whether the capitalised word at k can only be a
// surname: no place, body, title or name the lexicon knows.
func (r *Recognizer) plainSurname(t *sentence.Text, k int) bool {
	return r.surnameWord(t.Word(k), t.Lower(k), false)
}

// surnameWord reports whether w (lw in lower case) can only be a surname:
// capitalised, and no place, body, title, given name (or, with weakOK,
// only a rare one) or other name the lexicon knows.
func (r *Recognizer) surnameWord(w, lw string, weakOK bool) bool {
	if !isCap(w) || isAllCaps(w) || strings.Contains(w, "-") {
		return false
	}
	_, known := r.lex.names[w]
	return !known && !r.lex.orgHead[w] && !r.lex.locHead[w] && !r.lex.titles[lw] && !notName[w] && (r.lex.given[w] == 0 || weakOK && r.lex.weakGiven[w])
}

// nameInitials returns the first letters of a body's name, without its
// connectors and "the": "National Cricket Board" -> "NCB", "Irish Nursing
// and Midwifery Union" -> "INMU".
func nameInitials(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		if connectors[strings.ToLower(w)] || w == "and" || w == "the" || w == "&" {
			continue
		}
		for i, rest := 0, w; rest != ""; i++ {
			var part string
			part, rest, _ = strings.Cut(rest, "-")
			r, _ := utf8.DecodeRuneInString(part)
			if !unicode.IsUpper(r) {
				if i == 0 {
					return ""
				}
				continue // "Tehreek-e-Nijat" -> "TN": a particle inside a hyphenated word has no letter
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// initialsMatch reports whether letters are the initials of name, or of
// name without a short prefix in capitals: "PT Halmahera Sinar Logam
// (HSL)", "US Consumer Product Safety Commission" ... "the CPSC".
func initialsMatch(name, letters string) bool {
	if nameInitials(name) == letters {
		return true
	}
	first, rest, ok := strings.Cut(name, " ")
	return ok && len(first) <= 3 && isAllCaps(first) && nameInitials(rest) == letters
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
// ("Al-Mahmoud", "El-Sayed") or an elided "d’" ("D’Aurignac") with the
// article in lower case, as it is written inside a full name; other names
// come back unchanged.
func articleLowered(name string) string {
	if i := strings.IndexByte(name, '-'); i >= 2 && i <= 3 && name[0] >= 'A' && name[0] <= 'Z' {
		switch name[:i] {
		case "Al", "El", "Ad", "As", "An", "Ar", "At", "Az", "Ash":
			return string(name[0]+'a'-'A') + name[1:]
		}
	}
	if strings.HasPrefix(name, "D’") || strings.HasPrefix(name, "D'") {
		return "d" + name[1:] // "D’Aurignac" opening a sentence, after "Bertrand d’Aurignac"
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
	Lands Works Public Relations Universities Colleges`)

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
// capitalised, as at the start of a sentence: "Van Dijkstra", "De Souza",
// also a particle of two words, the second in lower case: "Von der
// Leyen", "De la Hoya".
func particleSurname(t *sentence.Text, c *chunk) bool {
	if c.hi-c.lo != 2 && c.hi-c.lo != 3 {
		return false
	}
	w := t.Lower(c.lo)
	if !isCap(t.Word(c.lo)) || !connectors[w] || w == "of" || w == "for" {
		return false
	}
	return c.hi-c.lo == 2 || nameParticle(t.Word(c.lo+1))
}

// nameParticle reports whether w is a particle of a name in lower case:
// "van", "der", "de" ("of" and "for" join bodies' names).
func nameParticle(w string) bool {
	return connectors[w] && w != "of" && w != "for"
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
		if nameParticle(t.Word(k)) {
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
var connectors = toSet(`of de del da di van von der den ter ten la le al bin ibn bint du dos das y for ó ní nic mac ua uí arap ap ab`)

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	// Arabic-style particles glued to a capitalised name: "al-Sharaa",
	// "el-Sisi"; French and Italian elided ones: "d’Aurignac", "d'Alema"
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "ibn-", "bin-", "d’", "d'"} {
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

// placeGiven reports whether the given name at i, which is also a place
// ("Paris", "Jordan", "Charlotte"), opens a person's name of two words
// with the plain surname after it rather than naming the place before
// another word: the name has a title before it ("campaign spokesman
// Jordan Pike"), a possessive before a relative ("Jordan Mercer's
// family"), an apposition ("India Amarteifio, the actor,"), a speech verb
// whose object is not a body's ("Paris Hilton said she"; not "Georgia Tech
// said it would"), or the surname stands alone elsewhere in the text
// ("Orlando Bloom visited ... Bloom said"). After "the" or a preposition
// of place the words are a place's or a body's: "the Houston Rockets", "at
// India Gate". A saint's name after the place is a club's: "Paris
// Saint-Germain".
func (r *Recognizer) placeGiven(t *sentence.Text, i int, lone *loneCaps) bool {
	s, hi := i+1, i+2
	if !r.plainSurnames(t, s) || strings.HasPrefix(t.Word(s), "Saint-") {
		return false
	}
	if i > 0 && r.lex.titles[t.Lower(i-1)] {
		return true
	}
	if afterThe(t, i) || atPlace(t, i) {
		return false
	}
	if hi < len(t.Tokens) {
		switch w := t.Word(hi); {
		case w == ",":
			return true
		case speechVerbs[w]:
			return hi+1 >= len(t.Tokens) || !bodyObjects[t.Lower(hi+1)]
		case stripPossessive(t.Word(s)) < len(t.Word(s)) && possessedPeople[t.Lower(hi)]:
			return true
		}
	}
	return lone.has(t.Word(s)[:stripPossessive(t.Word(s))], s)
}

// bodyObjects after a speech verb say its subject is a body: "Georgia
// Tech said it would investigate", "Paris Saint-Germain said their
// captain had signed".
var bodyObjects = toSet(`it its their`)

// loneCaps knows the capitalised words the text uses alone, with no
// capitalised word next to them and no article or preposition of place
// before them: "Bloom said", as a surname is used after the full name. The
// set is built on first use, as few texts need it.
type loneCaps struct {
	t *sentence.Text
	m map[string][]int // word -> the tokens where it stands alone
}

// has reports whether w stands alone somewhere other than at token k.
func (c *loneCaps) has(w string, k int) bool {
	if c.m == nil {
		c.m = loneWords(c.t)
	}
	for _, at := range c.m[w] {
		if at != k {
			return true
		}
	}
	return false
}

// loneWords maps each capitalised word standing alone to where it stands.
func loneWords(t *sentence.Text) map[string][]int {
	out := map[string][]int{}
	capWord := func(k int) bool {
		return k >= 0 && k < len(t.Tokens) && t.Tokens[k].Kind == sentence.Word && isCap(t.Word(k))
	}
	for k := range t.Tokens {
		if !capWord(k) || capWord(k-1) || capWord(k+1) || afterThe(t, k) || atPlace(t, k) || k > 0 && placePreps[t.Word(k-1)] {
			continue
		}
		w := t.Word(k)
		w = w[:stripPossessive(w)]
		out[w] = append(out[w], k)
	}
	return out
}
