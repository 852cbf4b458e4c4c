package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline-dev/storyline/internal/sentence"
)

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
		if j := r.fieldTitle(t, k); j >= 0 {
			e.addRole(r.fullRole(t, j)) // ", chairman of the provincial People's Committee,", ", Union Minister for Tourism,"
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
				if j+1 < len(t.Tokens) && speechVerbs[t.Word(j+1)] {
					break // a clause's subject after a fronted phrase: "In a post on X, the president said"
				}
				e.addRole(r.fullRole(t, j)) // also "a 34-year-old nurse", "a glaciologist": "the nurse said"
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
	// and a title with its area in brackets before the name: "DCP (South
	// West) Meenakshi Rathore"
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person || m.Lo < 3 || t.Word(m.Lo-1) != ")" {
			continue
		}
		for k := m.Lo - 2; k > 0 && k >= m.Lo-6; k-- {
			if t.Word(k) == "(" {
				if w := t.Lower(k - 1); r.lex.titles[w] && isCap(t.Word(k-1)) {
					e.addRole(t.Word(k - 1))
				}
				break
			}
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
		start := lo - 2
		if start >= 2 && t.Word(start) == ")" && t.Word(start-2) == "(" {
			start -= 3 // the body's letters in brackets: "the Secretary of the Cocoa Farmers Alliance of Ghana (CFAG), Madam ..."
		}
		for k := start; k >= 0 && k >= start-7 && t.Tokens[k].Kind == sentence.Word; k-- {
			w := t.Lower(k)
			if (occupation(w) || r.lex.titles[w]) && r.describedBefore(t, k) {
				e.addRole(r.fullRole(t, k))
				break
			}
			if k < start && !isCap(t.Word(k)) && w != "for" && w != "of" && w != "and" && !(w == "the" && k > 0 && t.Word(k-1) == "of") {
				break // (the field may name its body: "the National Chairman of the union,")
			}
		}
	}
}

// nationalHolder returns, for a description "the Saudi minister" [i,j]
// whose modifiers hold a nationality, the person named last before it
// with role lw whose name follows that country's name or its demonym
// ("Saudi Arabia's Foreign Minister Prince Abdulrahman"): the most recent
// minister may be another country's ("Portugal's Foreign Minister Inês
// Cardoso Valente ... she told reporters").
func (r *Recognizer) nationalHolder(t *sentence.Text, res *Result, i, j int, lw string) (int, bool) {
	country := ""
	for k := i + 1; k < j; k++ {
		if e, ok := r.lex.names[t.Word(k)]; ok && e.demonym {
			country = e.canonical
		}
	}
	if country == "" {
		return -1, false
	}
	found := -1
	for _, m := range res.Mentions {
		if m.Start >= t.Tokens[i].Start {
			break
		}
		e := res.Entities[m.Entity]
		if e.Type != Person || !slices.ContainsFunc(e.Roles, func(ro string) bool {
			l := strings.ToLower(ro)
			return l == lw || RoleHead(l) == lw
		}) {
			continue
		}
		for k := m.Lo - 1; k >= 0 && k >= m.Lo-5; k-- {
			w := t.Word(k)
			bare := w[:stripPossessive(w)]
			if x, ok := r.lex.names[bare]; ok && x.canonical == country ||
				k > 0 && r.lex.names[t.Word(k-1)+" "+bare].canonical == country {
				// the person's country, as a demonym or its name ("Portugal's
				// Foreign Minister"), or two words ("Saudi Arabia's")
				found = m.Entity
				break
			}
			if x, ok := r.lex.names[bare]; ok && x.typ == GPE && x.canonical != country ||
				t.Tokens[k].Kind != sentence.Word || !isCap(w) && !r.lex.titles[w] && w != "of" && w != "for" {
				// another country's ("Portugal's Foreign Minister"), or
				// words that are no title: the country is not the person's
				break
			}
		}
	}
	return found, found >= 0
}

// roleAliases are the role nouns a story uses for a longer title (the
// quote package's roleNouns map the same).
var roleAliases = map[string]string{"special representative": "envoy"}

// fullRole returns the role word at token k with the words around it that
// make a longer title of the lexicon: "special representative", not
// "representative", of "The U.S. special representative, Thomas West,";
// "chief technology officer", not "chief". Role descriptions match on the
// whole role ("special representative" is an envoy) as on its head.
func (r *Recognizer) fullRole(t *sentence.Text, k int) string {
	best, bestLen := t.Lower(k), 1
	var buf [64]byte // the candidate title, joined without allocating: the map lookup by string(b) does not copy
	for a := max(k-2, 0); a <= k; a++ {
		for b := min(k+3, len(t.Tokens)); b > k && b-a > bestLen; b-- {
			plain := true
			for x := a; x < b; x++ {
				plain = plain && t.Tokens[x].Kind == sentence.Word && t.Tokens[x].Sent == t.Tokens[k].Sent
			}
			if !plain {
				continue
			}
			p := buf[:0]
			for x := a; x < b; x++ {
				if x > a {
					p = append(p, ' ')
				}
				p = append(p, t.Lower(x)...)
			}
			if r.lex.titles[string(p)] {
				best, bestLen = string(p), b-a
			}
		}
	}
	return best
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
// witness, Daniel Okafor ...". A body's name inside the description is
// not counted against its length: "the Obiora State Police Command
// spokesman, Superintendent Emeka Nwachukwu,".
func (r *Recognizer) describedBefore(t *sentence.Text, k int) bool {
	names := 0
	for j := k - 1; j >= 0 && j >= k-4-names && j >= k-10; j-- {
		if j < k-1 && isCap(t.Word(j)) && t.Tokens[j].Kind == sentence.Word {
			names++
		}
		w := t.Lower(j)
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
			w = "its" // a possessor opens it too: "Ferreyra’s agent, Gustavo Lanari,"
		}
		switch w {
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
			l := RoleHead(strings.ToLower(ro))
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
					latest[RoleHead(l)] = m.Entity
					if a := roleAliases[l]; a != "" {
						latest[a] = m.Entity // "the envoy" after "the U.S. special representative, Thomas West,"
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
			if j+2 < len(toks) && t.Word(j+1) == "," && r.apposedName(t, res, j+2) {
				break // "the TUC President, Comrade Bayo Ogundipe,": the apposition names the holder
			}
			if t.Lower(i+1) == "shadow" && j > i+1 {
				lw = strings.ToLower(r.phrase(t, i+1, j+1)) // "the shadow defence secretary" is no defence secretary
			}
			id, ok := r.nationalHolder(t, res, i, j, lw)
			if !ok {
				id, ok = latest[lw]
			}
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

// fieldTitle returns the token of a title that opens an apposition at k
// and is followed by its field, after at most two capitalised modifiers
// ("chairman of the committee", "Union Minister for Tourism", "Deputy
// Minister of Finance"), or -1.
func (r *Recognizer) fieldTitle(t *sentence.Text, k int) int {
	for j := k; j < len(t.Tokens)-1 && j <= k+2 && t.Tokens[j].Kind == sentence.Word; j++ {
		w := t.Lower(j)
		if r.lex.titles[w] && !honorificWord(w) {
			if f := t.Word(j + 1); f == "of" || f == "for" || f == "at" {
				return j
			}
			return -1
		}
		if !isCap(t.Word(j)) {
			return -1
		}
	}
	return -1
}

// RoleHead returns the head noun of a role: its last word, or the last
// word before its field ("minister" of "Minister for Housing", "justice"
// of "Chief Justice of Pakistan"). An office named "X General" keeps both
// words ("attorney general" of "Attorney General of Canada"): its holder
// is no general, as a major general is.
func RoleHead(role string) string {
	if strings.HasPrefix(role, "shadow ") {
		return role // the shadow chancellor is no chancellor
	}
	if k := strings.Index(role, " of "); k >= 0 {
		role = role[:k]
	}
	if k := strings.Index(role, " for "); k >= 0 {
		role = role[:k]
	}
	head := strings.LastIndexByte(role, ' ')
	if role[head+1:] == "general" && head > 0 {
		prev := role[strings.LastIndexByte(role[:head], ' ')+1 : head]
		if !militaryRanks[strings.TrimSuffix(prev, ".")] {
			return prev + " general"
		}
	}
	return role[head+1:]
}

// militaryRanks are the words before "general" in a general's rank.
var militaryRanks = toSet(`major maj lieutenant lt brigadier brig`)

// apposedName reports whether a person's name, after at most two titles,
// starts at token k: the name an apposition gives a description.
func (r *Recognizer) apposedName(t *sentence.Text, res *Result, k int) bool {
	for n := 0; n < 3 && k < len(t.Tokens); n++ {
		// res.Mentions is sorted here, but not yet indexed by token
		if x, ok := slices.BinarySearchFunc(res.Mentions, k, func(m Mention, lo int) int { return cmp.Compare(m.Lo, lo) }); ok {
			return res.Entities[res.Mentions[x].Entity].Type == Person
		}
		if !r.lex.titles[t.Lower(k)] {
			return false
		}
		k++
	}
	return false
}
