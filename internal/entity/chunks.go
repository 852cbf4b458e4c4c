package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/sentence"
)

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
			case unicode.IsLower(r) && !connectors[w] && !headlineLower[w]:
				lower++
			}
		}
		// A paragraph that ends in a full stop is prose, whatever its
		// capitals: a roll call of titled names ("Voting against were Ward
		// 5 Council Member Dwayne Kowalczyk, ...") has few lower-case
		// words, but title case has none beyond headlineLower.
		if lower > 0 && p.Hi > p.Lo && t.Word(p.Hi-1) == "." {
			continue
		}
		out[pi] = caps >= 4 && lower*5 <= caps
	}
	return out
}

// holderName finds a person's name of two or three words ending the run
// [lo,hi) after a title inside it, or after a title's field: "Florida
// Division of Emergency Management Director Curtis Vandermolen", "Vice
// Finance Minister for International Affairs Takeshi Noguchi". It returns
// where the name starts and where its title (with any field) starts, or
// -1. The name opens with a given name the lexicon knows, or is two words
// that can only be names; no word of it names a body or place.
func (r *Recognizer) holderName(t *sentence.Text, lo, hi int) (int, int) {
	for s := max(lo+2, hi-3); s <= hi-2; s++ {
		first := t.Word(s)
		if r.lex.given[first] == 0 && (s < hi-2 || !r.surnameWord(first, t.Lower(s), true) || r.fieldWord(first) || !r.plainSurnames(t, hi-1)) {
			continue // (an unknown given name only in a name of two words)
		}
		name := true
		for k := s; k < hi && name; k++ {
			w := t.Word(k)
			_, known := r.lex.names[w]
			name = t.Tokens[k].Kind == sentence.Word && isCap(w) && !connectors[w] && !r.lex.titles[t.Lower(k)] &&
				!r.lex.orgHead[w] && !r.lex.locHead[w] && (!known || r.lex.given[w] != 0 && k == s)
		}
		if !name {
			continue
		}
		if r.holderTitle(t, s-1) {
			ts := s - 1
			for ts > lo && r.lex.titles[strings.ToLower(t.Src[t.Tokens[ts-1].Start:t.Tokens[s-1].End])] {
				ts-- // "Board Member", "Executive Committee Member"
			}
			return s, ts
		}
		// a title's field: "Minister for International Affairs"
		for j := s - 1; j > lo && j >= s-5 && isCap(t.Word(j)); j-- {
			if w := t.Word(j - 1); (w == "for" || w == "of") && j-2 >= lo && r.holderTitle(t, j-2) {
				return s, j - 2
			}
		}
	}
	return -1, -1
}

// roleOpening reports whether the run [i,hi) of three or four words is an
// unknown word and a full name that opens with a given name the lexicon
// knows and ends in a word that can only be a surname. The first word is
// no name, title, place or body the lexicon knows.
func (r *Recognizer) roleOpening(t *sentence.Text, i, hi int) bool {
	w := t.Word(i)
	if _, known := r.lex.names[w]; known || r.lex.given[w] != 0 || r.lex.titles[t.Lower(i)] || r.lex.orgHead[w] || r.lex.locHead[w] || notName[w] || isAllCaps(w) || strings.ContainsAny(w, "-'’.") {
		return false
	}
	// a noun for someone by what they do ("-er", "-or", "-ist"), or a
	// year or standing: an unknown first word with no such ending is as
	// likely a given name ("Farid Ahmad Mohmand", "Tran Minh Khoa")
	if lw := t.Lower(i); headlineLower[lw] || openingWords[lw] || !standingWords[lw] && !(len(lw) > 5 && (strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "or") || strings.HasSuffix(lw, "ist"))) {
		return false
	}
	if g := t.Word(i + 1); r.lex.given[g] == 0 || !r.plainSurnames(t, hi-1) {
		return false
	}
	for k := i + 1; k < hi; k++ {
		if t.Tokens[k].Kind != sentence.Word || !isCap(t.Word(k)) {
			return false
		}
	}
	return true
}

// openingWords are words in -er or -or that open sentences, not roles:
// "Neither Tom Reyes nor ...", "Whenever Tom Reyes spoke".
var openingWords = toSet(`neither whenever however whatever wherever whichever whoever together either
	whether rather further later earlier never ever under after over inner outer former latter`)

// standingWords name a person's year or standing before a name.
var standingWords = toSet(`rookie freshman sophomore veteran newcomer`)

// holderTitle reports whether the word at k is a title inside a run of
// capitalised words. "Member" is one there ("Board Member", "Member for
// Macquarie Downs") but not in lower case, where "a member of" describes
// bodies as often as people.
func (r *Recognizer) holderTitle(t *sentence.Text, k int) bool {
	return r.lex.titles[t.Lower(k)] || t.Word(k) == "Member"
}

// titleBefore reports whether the run at lo follows a title and "of" or
// "for", with or without "the": "Comptroller of the [Currency ...]".
func (r *Recognizer) titleBefore(t *sentence.Text, lo int) bool {
	k := lo - 1
	if k >= 0 && t.Word(k) == "the" {
		k--
	}
	return k >= 1 && (t.Word(k) == "of" || t.Word(k) == "for") && t.Tokens[k-1].Kind == sentence.Word && r.lex.titles[t.Lower(k-1)]
}

// headlineLower are the short words title case leaves in lower case:
// articles, conjunctions and prepositions ("Mayor Says City Will Sue State
// over Water Rules").
var headlineLower = toSet(`the a an and or but nor to in on at with over after from for by into about as
	than up out off vs via amid against before under near without during per`)

// numberWords open names of organisations as well as sentences.
var numberWords = toSet(`First Second Third One`)

// numberedBody reports whether the number word at i opens the name of an
// organisation: one to three more capitalised words of the run [i,hi), the
// last an organisation's head ("First National Bank", "First Nation").
func (r *Recognizer) numberedBody(t *sentence.Text, i, hi int) bool {
	if !numberWords[t.Word(i)] && t.Word(i) != "Home" {
		return false // (and "Home Front Command", "Home Office")
	}
	for j := i + 1; j < hi && j <= i+3 && isCap(t.Word(j)); j++ {
		if r.lex.orgHead[t.Word(j)] {
			return true
		}
	}
	return false
}

// cutRun splits the capitalised run [lo,hi) into gazetteer matches, titles
// and names.
func (r *Recognizer) cutRun(t *sentence.Text, lo, hi int, out []chunk, tails map[string]bool, lone *loneCaps) []chunk {
	n := len(out)
	out = r.cutNames(t, lo, hi, out, tails, lone)
	s, ts := r.holderName(t, lo, hi)
	if s < 0 {
		return out
	}
	for _, c := range out[n:] {
		if c.hi == hi && c.lo > ts && c.lo <= s {
			return out // the name was found, with or without its title
		}
	}
	// A long run of body, title and field words ending in the holder's
	// name that the rules above took as one name or none: the words before
	// the title go on their own, the title is the person's role.
	out = out[:n]
	if ts > lo {
		out = r.cutRun(t, lo, ts, out, tails, lone)
	}
	n = len(out)
	out = r.cutRun(t, s, hi, out, tails, lone)
	if len(out) == n+1 && out[n].lo == s && out[n].typ == "" {
		out[n].roles = append(out[n].roles, strings.ToLower(t.Src[t.Tokens[ts].Start:t.Tokens[s-1].End]))
		out[n].titled = true
	}
	return out
}

// cutNames is cutRun's first pass, by the rules for each kind of name.
func (r *Recognizer) cutNames(t *sentence.Text, lo, hi int, out []chunk, tails map[string]bool, lone *loneCaps) []chunk {
	toks := t.Tokens
	word := func(i int) string { return t.Src[toks[i].Start:toks[i].End] }
	// bodyTo is the body whose name runs from token from to the run's
	// end, without a final possessive
	bodyTo := func(from int) chunk {
		return chunk{lo: from, hi: hi, start: toks[from].Start, end: toks[hi-1].Start + stripPossessive(word(hi-1)), typ: Org}
	}
	i := lo
	if hi == lo+1 && tails[word(lo)] && (hi < len(toks) && speechVerbs[word(hi)] || invertedSpeaker(t, lo, hi)) && !(lo > 0 && timePreps[t.Lower(lo-1)]) {
		// "Theresa May ... May said": the surname, not the modal
		return append(out, chunk{lo: lo, hi: hi, start: toks[lo].Start, end: toks[lo].End})
	}
	// sentence-initial function words
	for i < hi && (notName[word(i)] || notName[beforeApostrophe(word(i))] || toks[i].Kind != sentence.Word ||
		i+1 < hi && (word(i+1) == "of" && (groupWords[t.Lower(i)] || marketNouns[t.Lower(i)]) || (word(i+1) == "for" || word(i+1) == "of") && agentWords[t.Lower(i)]) ||
		i > lo && (word(i) == "of" && (groupWords[t.Lower(i-1)] || marketNouns[t.Lower(i-1)]) || (word(i) == "for" || word(i) == "of") && agentWords[t.Lower(i-1)])) {
		if toks[i].Kind == sentence.Word && vietSurnames[word(i)] && i+2 < hi && !notName[word(i+1)] && !notName[word(i+2)] {
			break // "Do Minh Khoa": a Vietnamese family name, not the verb
		}
		if i+2 == hi && pinyinSurnames[word(i)] && !notName[word(i+1)] && pinyinGiven(word(i+1)) {
			break // "He Lifeng": a Chinese family name, not the pronoun
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
		if i == lo && i+2 == hi && weekdays[word(i)] && lo > 0 && toks[lo-1].Kind == sentence.Word && toks[lo-1].Sent == toks[lo].Sent && r.lex.titles[t.Lower(lo-1)] &&
			!notName[word(i+1)] && !monthNames[word(i+1)] {
			break // a role, then a day name as a given name before the surname: "captain Sunday Oliseh"
		}
		if i == lo && lo > 0 && i+1 < hi && orgNouns[t.Word(lo-1)] && isCap(word(i+1)) {
			break // "the homelessness charity Home Ground": named by its kind
		}
		if r.numberedBody(t, i, hi) {
			break // "First Capital Holdings", "One Nation": the number is part of the name
		}
		if i+2 < hi && word(i+1) == "." && r.initialOpens(t, i) {
			break // "A. Vanniarasu": an initial, not the article
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
	if i == lo && i+2 < hi && r.titleBefore(t, lo) {
		// the field of a title that the run did not take in, before the
		// holder's name: "Comptroller of the Currency Esther Langat",
		// "Controller of Budget Esther Langat"; the name starts at a
		// given name the lexicon is sure of, and the field stays out
		// ("a spokesperson for Inverclyde Marine Engineering" is a body:
		// the name must end in a word that can only be a surname)
		for k := max(i+1, hi-3); k <= hi-2 && r.plainSurnames(t, hi-1); k++ {
			if r.lex.given[word(k)] != 0 && !r.lex.weakGiven[word(k)] {
				i = k
				break
			}
		}
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
	if i == lo && i+2 < hi && fronted[word(i)] && r.lex.given[word(i+1)] != 0 && toks[i].Start == t.Sentences[toks[i].Sent].Start {
		i++ // a fronted reporting verb before the name: "Said Dorothy Poynter, who ..."
	}
	var pendingTitles []string
	if i == lo && (hi-i == 3 || hi-i == 4) && toks[i].Start == t.Sentences[toks[i].Sent].Start && r.roleOpening(t, i, hi) {
		// a role the lexicon lacks, capitalised only because it opens
		// the sentence, before a full name: "Crossbencher Hannah
		// Delacroix", "Legspinner Arjun Pillai", "Renter Mia Castellano"
		pendingTitles = append(pendingTitles, t.Lower(i))
		i++
	}
	// lower-case role words just before the run: "spokesman Ned Price",
	// also with the role's letters in brackets: "deputy commissioner (DC)
	// Mohammad Karim"
	rl := lo
	if lo >= 4 && word(lo-1) == ")" && word(lo-3) == "(" && isAllCaps(word(lo-2)) {
		rl = lo - 3
	}
	if rl > 0 && toks[rl-1].Kind == sentence.Word && r.lex.titles[word(rl-1)] && word(rl-1) != "miss" && toks[rl-1].Sent == toks[lo].Sent {
		ro := word(rl - 1)
		if rl > 1 && toks[rl-2].Kind == sentence.Word && toks[rl-2].End+1 == toks[rl-1].Start && r.lex.titles[strings.ToLower(t.Src[toks[rl-2].Start:toks[rl-1].End])] {
			ro = t.Src[toks[rl-2].Start:toks[rl-1].End] // "managing director Sanjay Kulkarni"
			if k := len(out) - 1; k >= 0 && out[k].lo == rl-2 && out[k].hi == rl-1 && out[k].canon == "" && !out[k].titled {
				// the capital opens the title, it names no body of its
				// own: "Ministry spokesperson Mao Ning", "Patient advocate
				// Sarah Jones"
				out = out[:k]
			}
		}
		if rl == lo || roleInitials(ro) == word(lo-2) {
			pendingTitles = append(pendingTitles, ro)
		}
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
		if end-nameStart >= 3 && (postNominals[word(end-1)] || word(end-1) == "TD" && r.lex.given[word(nameStart)] != 0) {
			// (TD only after a given name: "Niamh Garvey TD", not "the
			// Galway East TD")
			pendingTitles = append(pendingTitles, word(end-1))
			end--
		}
		if end <= nameStart {
			nameStart = -1
			return
		}
		c := chunk{lo: nameStart, hi: end, start: toks[nameStart].Start, end: toks[end-1].End}
		w := word(end - 1)
		if end >= len(toks) || !possessiveVerbs[word(end)] || r.hasContraction(t, nameStart, end) {
			c.end = toks[end-1].Start + stripPossessive(w)
		} else if stripPossessive(w) < len(w) {
			c.typ = Org // "McDonald's said": a business named for its founder, no person's name
		}
		c.roles = pendingTitles
		c.titled = len(pendingTitles) > 0
		pendingTitles = nil
		out = append(out, c)
		nameStart = -1
	}
	for i < hi {
		w := word(i)
		if toks[i].Kind != sentence.Word || retiredMarks[w] && i > lo && word(i-1) == "(" {
			i++ // (and the bracketed "retd" after a rank)
			continue
		}
		if nameStart < 0 && w == "Ato" && hi-i >= 3 && isCap(word(i+1)) && isCap(word(i+2)) {
			// the Amharic "Mr" before a given and a father's name ("Ato
			// Kebede Woldemichael"); before one name it may be a Ghanaian
			// given name ("Ato Forson")
			pendingTitles = append(pendingTitles, w)
			i++
			continue
		}
		if nameStart < 0 && i == lo && hi-i >= 4 && w == "New" && word(i+1) == "Democrat" && r.lex.given[word(i+2)] != 0 {
			pendingTitles = append(pendingTitles, "New Democrat") // Canada's NDP: "New Democrat Aisha Bello-Grant"
			i += 2
			continue
		}
		if nameStart < 0 && (i == lo || i == lo+1 && r.lex.IsPlace(word(lo))) && hi-i >= 3 && (occupation(strings.ToLower(w)) || partyMembers[w]) && r.lex.given[word(i+1)] != 0 && isCap(word(i+2)) {
			// an occupation or a party before a full name works as a
			// title: "Meteorologist Alexander Tsai said", "Republican
			// Trent Dawkins"
			pendingTitles = append(pendingTitles, w)
			i++
			continue
		}
		// longest gazetteer or title match at i
		matched := false
		through := -1 // the end of a place of several words inside a body's name
		for L := min(r.lex.maxLen, hi-i); L >= 1; L-- {
			key := r.phrase(t, i, i+L)
			e, ok := r.lex.names[key]
			if lw := word(i + L - 1); !ok && L >= 2 && stripPossessive(lw) < len(lw) {
				// a name of several words with a possessive: "South
				// Africa's" is South Africa, not "Africa's" after "South"
				e, ok = r.lex.names[key[:len(key)-(len(lw)-stripPossessive(lw))]]
			}
			if ok && L == 1 && nameStart >= 0 && i-nameStart <= 2 && (r.lex.given[word(nameStart)] != 0 || len(pendingTitles) > 0 && !e.demonym) && e.typ != Org {
				// a surname that is also a place: "Jim Jordan", "Chuck
				// Jordan", after a title also with a given name the
				// lexicon lacks: "Atty. Melchor Santiago"
				ok = false
			}
			if ok && L >= 2 && e.typ == Org && r.lex.orgHead[stripPossessiveWord(word(i+L-1))] && (nameStart >= 0 && !notName[word(nameStart)] && !isAllCaps(word(nameStart)) || nameStart < 0 && len(pendingTitles) > 0 && i > lo ||
				i+L+1 < hi && (word(i+L) == "of" || word(i+L) == "for") && (isCap(word(i+L+1)) || word(i+L+1) == "the" && i+L+2 < hi)) {
				// a known body's generic name inside a longer one: "General
				// Civil Aviation Authority", "Electoral Commission of South
				// Africa", "Supreme Court of India", "Democratic Alliance for
				// the Betterment and Progress of Hong Kong"
				ok = false
			}
			if ok && L == 1 && e.typ == Org && r.companySurname(t, i, hi, nameStart, len(pendingTitles) > 0 && i > lo) {
				ok = false
			}
			if ok && L == 1 && e.typ == Org && nameStart < 0 && i+1 < hi && tails[key+" "+word(i+1)] {
				ok = false // a double surname named in full before or after: "Ferrari Oyhanarte said"
			}
			if ok && L == 1 && e.typ == Org && nameStart < 0 && i+2 == hi && (r.lex.given[key] != 0 || r.lex.kinds[e.canonical] == "club") && r.plainSurnames(t, i+1) {
				// a club's or a company's name that is also a given name,
				// before a surname: "Chelsea Manning", "Everton Soares"
				ok = false
			}
			if ok && L == 1 && e.city && nameStart >= 0 && i+1 == hi && (i-nameStart == 1 && (r.unknownBeforeCity(t, nameStart) || r.lex.orgHead[word(nameStart)] || clubFirsts[word(nameStart)]) || r.lex.given[word(nameStart)] != 0) {
				// a city of the GeoNames list ending a name is part of it:
				// after an unknown name it is a surname, "Natsuo Toyama"
				// (the list is too long to know every surname in it), and
				// so after a given name however far, `Ernesto "Ka Erning"
				// Salcedo`; after a club's word it names the club,
				// "Athletic Bilbao"
				ok = false
			}
			if ok && e.city && r.cityInName(t, nameStart, i, i+L, hi) {
				ok = false
			}
			if ok && e.city && i+L < len(toks) && clubRoles[t.Lower(i+L)] {
				ok = false // a club named after its town: "Crawley manager Dean Pritchard", "St Helens boss"
			}
			if ok && L == 1 && e.city && nameStart < 0 && i+1 == hi && hi+1 < len(toks) && speechVerbs[word(hi)] && word(hi+1) != "it" && word(hi+1) != "its" &&
				!(i > 0 && (placePreps[t.Lower(i-1)] || t.Lower(i-1) == "the" || t.Lower(i-1) == "of")) {
				// a GeoNames city alone before a speech verb is someone's
				// surname: "Preston told reporters", "Mendoza said" (not
				// "The mayor of Bilbao said", nor "Sheffield said it would
				// appeal", a body; the hand-compiled places, capitals among
				// them, still speak for their governments: "Kabul said")
				ok = false
			}
			if ok && L == 1 && nameStart < 0 && e.typ != Org && !e.demonym && r.lex.given[key] != 0 && !r.lex.weakGiven[key] && i+2 == hi && r.placeGiven(t, i, lone) {
				// a given name that is also a place, before a surname:
				// "Santiago Ferreyra", "campaign spokesman Jordan Pike",
				// "Jordan Mercer's family"
				ok = false
			}
			if i >= 3 && i-nameStart >= 3 && word(i-1) == "the" && word(i-2) == "of" && r.lex.orgHead[word(i-3)] {
				// "Bank of the Philippines": the country is part of the name,
				// and so is a nationality that more of the name follows:
				// "Association of the British Pharmaceutical Industry"
				ok = ok && (e.demonym && i+L == hi || nameStart < 0)
			}
			pre := i // a compass word before the place: "University of South Florida"
			if pre-1 > nameStart && nameStart >= 0 && compassWords[word(pre-1)] {
				pre--
			}
			if ok && !e.demonym && nameStart >= 0 && pre-nameStart >= 2 && (word(pre-1) == "of" || word(pre-1) == "for") && r.lex.orgHead[word(pre-2)] && !r.lex.companyHead[word(pre-2)] {
				// the body's country or field is part of its name: "Law
				// Society of Kenya", "Ministry of Labour and Employment",
				// "Centre for Labour and Livelihood Studies"
				ok = false
				if L >= 2 && through < 0 {
					through = i + L // "Electoral Commission of South Africa"
				}
			}
			if ok && L == 1 && nameStart >= 0 && e.typ == Org && i+1 == hi && r.lex.orgHead[key] {
				ok = false // a known body's word ending a longer name: "Trade Union Congress"
			}
			if ok && L == 1 && nameStart < 0 && e.typ != Org && honorific(pendingTitles) {
				ok = false // a form of address takes a surname: "Mr. English", "Ms. Jordan"
			}
			if ok && e.demonym && i+L < hi && (r.lex.orgHead[t.Src[toks[hi-1].Start:toks[hi-1].Start+stripPossessive(word(hi-1))]] ||
				i+L+1 < hi && r.orgHeadIn(t, i+L, hi)) {
				ok = false // "Asian Lite News", "Qatari Ministry of Foreign Affairs", "American Civil Liberties Union of Ohio": a demonym inside an organisation's name
			}
			if ok && e.demonym && L == 1 && nameStart < 0 && r.lex.given[w] != 0 && i+1 < hi && isCap(word(i+1)) && !r.orgHeadIn(t, i+1, hi) {
				ok = false // "Finn Rawiri-Doyle", "Dane Whitlock": a given name before a surname, not a nationality
			}
			if ok && (e.demonym || e.typ == GPE && e.country && i > 0 && (word(i-1) == "the" || word(i-1) == "The")) && nameStart < 0 && i+L == hi && hi < len(toks) && toks[hi].Sent == toks[i].Sent && stateNouns[strings.ToLower(t.Src[toks[hi].Start:toks[hi].Start+stripPossessive(word(hi))])] {
				// "the Afghan government", "Pakistani authorities", "the UK
				// government": a country's body, named by its nationality or
				// its name
				out = append(out, chunk{lo: i, hi: hi + 1, start: toks[i].Start, end: toks[hi].Start + stripPossessive(word(hi)), typ: Org})
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && e.demonym && nameStart < 0 && i+L+1 == hi && L == 1 && !orgPlaces[word(hi-1)] && r.lex.given[word(hi-1)] == 0 && r.lex.given[w] == 0 && !r.lex.titles[t.Lower(hi-1)] && !notName[word(hi-1)] {
				// "British Gas", "American Express": a demonym and one
				// more word make a company's name, not a nationality and
				// a surname
				out = append(out, bodyTo(i))
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && e.typ == GPE && !e.demonym && nameStart < 0 && i+L+2 < hi && word(i+L) == "and" && r.lex.orgHead[word(hi-1)] && bodyTail(t, i+L+1, hi) {
				// two places opening one body's name: "England and Wales
				// Cricket Board"
				out = append(out, bodyTo(i))
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && (e.typ == GPE || e.typ == Loc) && !e.demonym && nameStart >= 0 && nameStart == i-1 && word(nameStart) == "Greater" && len(pendingTitles) == 0 {
				// "Greater" and a place make a larger place, "Greater
				// Manchester", which may open a body's name: "Greater
				// Manchester Police", "Greater London Authority"
				c := chunk{lo: nameStart, hi: i + L, start: toks[nameStart].Start, end: toks[i+L-1].Start + stripPossessive(word(i+L-1)), typ: e.typ}
				c.canon = t.Src[c.start:c.end]
				if i+L < hi && r.lex.orgHead[stripPossessiveWord(word(hi-1))] && r.plainRun(t, i+L, hi) {
					c = bodyTo(nameStart)
				}
				out = append(out, c)
				nameStart = -1
				i = c.hi
				matched = true
				break
			}
			if ok && (e.typ == Org || e.typ == Loc || e.typ == GPE && (!e.country || !stateRun(t, i+L, hi))) && !e.demonym && nameStart < 0 && i+L < hi &&
				(r.lex.orgHead[t.Src[toks[hi-1].Start:toks[hi-1].Start+stripPossessive(word(hi-1))]] && r.plainRun(t, i+L, hi) ||
					(e.typ == Org || !e.country || !stateRun(t, i+L, hi)) && i+L+1 < hi && r.lex.orgHead[word(i+L)] && (connectors[word(i+L+1)] || word(i+L+1) == "on") && bodyTail(t, i+L, hi)) {
				// a known organisation or a city opening a longer one's
				// name: "United Nations World Relief Agency", "Chicago
				// Police Department", "U.N. Office for the Coordination of
				// Humanitarian Affairs" (a country does not: "U.S. Supreme
				// Court" is the Supreme Court)
				out = append(out, bodyTo(i))
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && !e.demonym && nameStart >= 0 && i+L == hi && len(pendingTitles) == 0 &&
				(e.typ == GPE && e.country && (r.agencyFields(t, nameStart, i) || i-nameStart >= 2 && r.plainLeft(t, nameStart, i) && branchWords(t, nameStart, i)) ||
					(e.typ == GPE || e.typ == Loc) && (word(i-1) == "College" && i-nameStart >= 2 || i-nameStart == 2 && word(nameStart) == "Port" && word(i-1) == "of" && !e.country)) {
				// a national agency named for its field and its country, as
				// Canada names them: "Public Safety Canada", "Environment
				// and Climate Change Canada", "Statistics Canada"; a body's
				// national branch: "Clean Rivers Ireland"; a college named
				// with its city, a port's authority by its city: "King's
				// College London", "the Port of Rotterdam" (not "Port of
				// Spain", a country)
				out = append(out, bodyTo(nameStart))
				nameStart = -1
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok && L == 1 && e.typ == Org && !e.demonym && nameStart >= 0 && nameStart == i-1 && i+1 == hi && len(pendingTitles) == 0 {
				if p, known := r.lex.names[word(nameStart)]; known && p.city && !p.demonym {
					// a known body's branch in a city: "the Minneapolis Fed"
					out = append(out, bodyTo(nameStart))
					nameStart = -1
					i = hi
					matched = true
					break
				}
			}
			if ok && e.typ == Org && nameStart < 0 && i+L < hi && r.countryRun(t, i+L, hi) {
				// a known body's national branch: "Greenpeace UK", "Oxfam
				// GB", "Amnesty International UK"
				out = append(out, bodyTo(i))
				pendingTitles = nil
				i = hi
				matched = true
				break
			}
			if ok || (L == 1 && r.possessiveName(t, i, &e) && !(e.typ == Org && r.companySurname(t, i, hi, nameStart, len(pendingTitles) > 0 && i > lo))) {
				// a given name followed by a gazetteer word is a person: "Jordan Peterson"
				flush(i)
				hiTok := i + L
				if (e.typ == GPE || e.typ == Loc) && hiTok+1 < hi && compassWords[word(hiTok)] && r.lex.given[word(hiTok+1)] != 0 {
					hiTok++ // a constituency named by a compass word after its place: "South Wales West Gareth Bevan"
				}
				c := chunk{lo: i, hi: hiTok, start: toks[i].Start, end: toks[hiTok-1].Start + stripPossessive(word(hiTok-1)), typ: e.typ, canon: e.canonical, demo: e.demonym}
				if e.typ == Org && orgPlaces[c.canon] && r.placeSense(t, i, hiTok) {
					c.typ = Loc // "the Amazon rainforest", "the Brazilian Amazon"
				}
				if hiTok == i+L && e.typ == Org && strings.HasSuffix(e.canonical, word(hiTok-1)) {
					c.end = toks[hiTok-1].End // the possessive is the name's own: "Moody's", "Sainsbury's"
				}
				out = append(out, c)
				pendingTitles = nil
				i = hiTok
				matched = true
				break
			}
			// a plain noun for a person before a full name works as a title:
			// "Parent Darnell Phipps said", "Resident Mary Okoro said"
			if nameStart < 0 && !(i+L < hi && r.lex.orgHead[word(i+L)]) && !(key == "General" && r.lex.orgHead[word(hi-1)] && !r.hasGivenIn(t, i+1, hi)) &&
				!(stripPossessive(word(i+L-1)) != len(word(i+L-1)) && i+L < hi && hi-i-L <= 3 && r.lex.orgHead[word(hi-1)] && !r.hasGivenIn(t, i+L, hi)) && // "the President's Media Division"
				(r.lex.titles[lowerPhrase(t, i, i+L, key)] && !(L == 1 && particleInName(key)) || L == 1 && (r.acronymRole(t, i, hi) || i+2 < hi && personHeads[t.Lower(i)] && isCap(word(i+1)) && isCap(word(i+2)) && !r.orgHeadIn(t, i+1, hi))) {
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
		if through > i {
			i = through
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
			from := i
			i++
			noGiven := !r.hasGivenIn(t, i, hi)
			for i < hi && r.lex.given[word(i)] == 0 {
				if i > from+1 && i+1 < hi && r.lex.titles[t.Lower(i)] {
					break // a form of address starts the name: "Minister of Agriculture Dr. Girma Tesfaye"
				}
				if noGiven && i > from+1 && i+1 < hi && !r.fieldWord(word(i)) && !r.fieldWord(word(i+1)) && !connectors[word(i)] && word(i) != "and" && word(i) != "the" {
					break // the field ends at a word no field has, the name follows: "Minister of Finance Aliya Kenzhebayeva"
				}
				if e, ok := r.lex.names[word(i)]; ok && e.typ == GPE && i+2 < hi {
					if placeNouns[word(i+1)] || r.lex.locHead[word(i+1)] {
						if i+3 < hi {
							i += 2 // "Governor of Lagos State Babajide Sanwo-Olu"
							break
						}
					} else if compassWords[word(i+1)] && i+4 < hi {
						i += 2 // "member for South Wales West Gareth Bevan"
						break
					} else if !(i+3 < hi && r.fieldWord(word(i+1))) {
						// (a field word after the country goes on: "Special
						// Representative for Afghanistan Reconciliation Zalmay
						// Khalilzad")
						i++ // the field ends with a country, the name follows: "Chief Justice of Pakistan Qazi Ahsan Farooqui"
						break
					}
				}
				i++
			}
			if k := from; len(pendingTitles) > 0 && i > from+1 && i < hi {
				// the title with its field is a role too, whose letters may
				// name its holder later: "the CJP", "the AGP"
				for k > lo && isCap(word(k-1)) {
					k--
				}
				if k < from {
					pendingTitles = append(pendingTitles, t.Src[toks[k].Start:toks[i-1].End])
				}
			}
			continue
		}
		if nameStart >= 0 && i > nameStart+1 && r.lex.orgHead[stripPossessiveWord(word(i-1))] && (r.lex.given[w] != 0 || vietSurnames[w]) && i+1 < hi && isCap(word(i+1)) && !r.lex.orgHead[word(hi-1)] {
			flush(i) // a body, then its person: "the Sarhad Movement Abdul Rauf Hotak"
		}
		if nameStart >= 0 && i+2 < hi && isCap(word(i+2)) && r.lex.titles[t.Lower(i+1)] && r.lex.titles[strings.ToLower(r.phrase(t, i, i+2))] {
			flush(i) // a title of two words after a field: "Agriculture Cabinet Secretary Daniel Rono"
			pendingTitles = append(pendingTitles, r.phrase(t, i, i+2))
			i += 2
			continue
		}
		if nameStart >= 0 && (r.lex.titles[t.Lower(i)] && !nameTitles[t.Lower(i)] && !particleInName(w) && i+1 < hi && isCap(word(i+1)) && !r.lex.orgHead[word(i+1)] && nameAbbreviations[word(i+1)] != Person || r.acronymRole(t, i, hi)) {
			// (not a surname before "Jr": "Martin Luther King Jr.")
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
		if nameStart >= 0 && i+1 < hi && r.fieldsOnly(t, nameStart, i) && (r.lex.given[w] != 0 && !r.lex.weakGiven[w] ||
			nameStart == lo && lo > 1 && word(lo-1) == "and" && r.fieldWord(word(lo-2)) && !r.fieldWord(w)) {
			// (or after "and" ending a field: "Minister of State for
			// Digital Development and Information Tan Kah Meng")
			nameStart = i // the end of an office's list of fields: "Minister of Youth, Culture and Communication Hicham Ouazzani"
		}
		if nameStart < 0 {
			nameStart = i
		}
		i++
		if stripPossessive(w) != len(w) && !(i < hi && r.lex.orgHead[word(i)] && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") || pluralPossessive(w) || i+1 == hi && r.lex.titles[strings.ToLower(w[:stripPossessive(w)])])) &&
			!(i < hi && namedInstitutions[word(i)]) && // "St Mary's Hospital", "King's College London", "the Alzheimer's Society"
			!(pluralPossessive(w) && i < hi && r.orgHeadAhead(t, i)) && // "Women's Professional Tennis Federation"
			!(r.lex.titles[strings.ToLower(w[:stripPossessive(w)])] && i+1 < hi && hi-i <= 3 && r.lex.orgHead[word(hi-1)] && !r.hasGivenIn(t, i, hi)) { // "the President's Media Division"
			flush(i) // but "Distribution Workers' Union" and "the Prime Minister's Office" are one name
		}
	}
	flush(hi)
	return out
}

// particleInName reports whether w, inside a name, is a surname's
// particle rather than the title it spells in capitals: "Angel Di Maria",
// "Ángel di María" (but "DI Jane Hollis", a detective inspector).
func particleInName(w string) bool {
	return connectors[strings.ToLower(w)] && !isAllCaps(w)
}

// clubRoles follow a club's name before its people: "Crawley manager
// Dean Pritchard", "St Helens boss Paul Wellens".
var clubRoles = toSet(`manager boss coach captain skipper chairman striker midfielder defender goalkeeper winger`)

// namedInstitutions are the heads of institutions named in the possessive
// after a saint, a founder or a cause: "St Mary's Hospital", "King's
// College", "the Alzheimer's Society", "St Paul's Cathedral".
var namedInstitutions = toSet(`Hospital Hospitals College Society School Church Cathedral Infirmary University Academy Chapel Hall`)

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
	if i+2 < j && compassWords[t.Word(i)] {
		i++ // "West African Economic and Security Community"
	}
	if e, ok := r.lex.names[t.Word(i)]; ok && i+1 < j && (e.typ == GPE || e.typ == Loc) {
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
	if left := t.Word(j - 1); (j-i <= 2 || j-i == 3 && afterThe(t, i)) && len(right) >= 3 && r.lex.orgHead[right[len(right)-1]] && r.plainLeft(t, i, j) &&
		!strings.HasSuffix(left, "s") && t.Sentences[toks[i].Sent].Lo != i {
		// (not a role, a plural or a day: "The Mayor and Greater London
		// Authority", "Doctors and British Medical Association ...")
		_, knownRight := r.lex.names[right[0]]
		if !knownRight {
			// "Retail and Distribution Workers' Union", "Allied Port and
			// Transport Workers' Union", and, three words after "the", "the
			// Armed Conflict Location and Event Data Project"
			return true
		}
	}
	if left := t.Word(j - 1); j-i <= 2 && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] && strings.HasSuffix(left, "s") && strings.HasSuffix(right[0], "s") &&
		!r.lex.orgHead[right[0]] && r.lex.given[t.Word(i)] == 0 {
		if _, known := r.lex.names[right[0]]; !known {
			return true // two plural nouns of members: "Victorian Nurses and Midwives Union"
		}
	}
	if left := t.Word(i); j-i == 1 && len(right) >= 3 && r.lex.orgHead[right[len(right)-1]] && strings.HasSuffix(left, "s") && r.lex.given[left] == 0 &&
		strings.HasSuffix(right[len(right)-2], "s") && t.Sentences[toks[i].Sent].Lo != i {
		if _, known := r.lex.names[right[0]]; !known {
			return true // two fields, plural: "Medicines and Therapeutic Products Agency"
		}
	}
	for k := i; k < j && k <= i+3; k++ {
		if r.lex.orgHead[t.Word(k)] && k+1 < j && (t.Word(k+1) == "of" || t.Word(k+1) == "for") {
			i = k // a place before the head: "Highveld Chamber of Commerce and Industry", "Binh Lam Department of Industry and Trade", "National Centre for Statistics and Information"
			break
		}
	}
	if j-i >= 3 && j-i <= 4 && nameOpeners[t.Word(i)] && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] && r.plainLeft(t, i+1, j) && !r.lex.orgHead[right[0]] {
		return true // "National Disaster Risk Reduction and Management Authority"
	}
	if j-i == 2 && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] && !r.lex.orgHead[t.Word(i+1)] &&
		(nameOpeners[t.Word(i)] && r.plainLeft(t, i, j) || isField(t.Word(i+1)) && r.lex.given[t.Word(i)] == 0 && !r.lex.titles[t.Lower(i)]) {
		return true // "National Weather and Hydrology Authority", "Calderbrook Fire and Rescue Service", "Flood Forecasting and Warning Centre"
	}
	if e, ok := r.lex.names[right[len(right)-1]]; ok && e.typ == GPE && e.country && len(right) >= 2 && r.agencyFields(t, i, j) && r.agencyFields(t, j+1, j+len(right)) {
		return true // "Environment and Climate Change Canada"
	}
	if j-i == 1 && len(right) == 2 && right[1] == "Council" && r.plainLeft(t, i, j) && r.lex.given[right[0]] == 0 && !r.lex.orgHead[right[0]] && t.Sentences[toks[i].Sent].Lo != i {
		if _, known := r.lex.names[right[0]]; !known {
			return true // two districts that name one council: "Ryedale and Wolds Council"
		}
	}
	if l, ok := r.lex.names[t.Word(i)]; ok && j-i == 1 && l.typ == GPE && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] {
		if rt, ok := r.lex.names[right[0]]; ok && rt.typ == GPE {
			return true // two places that name one body: "England and Wales Cricket Board"
		}
	}
	if j-i == 1 && len(right) >= 2 && r.lex.orgHead[right[len(right)-1]] && isField(t.Word(i)) && (!r.lex.orgHead[right[0]] || fieldActivities[right[0]]) &&
		!nameOpeners[right[0]] && !partyFields[t.Word(i)] && r.plainLeft(t, i, j) {
		return true // "Ethics and Anti-Corruption Commission", "Fire and Rescue Service"
	}
	if j-i < 3 || !r.lex.orgHead[t.Word(i)] || t.Word(i+1) != "of" && t.Word(i+1) != "for" || len(right) > 3 {
		return false
	}
	for x, w := range right {
		// a plural head or a field closes the field ("Human Services",
		// "Water and Energy"); any other head starts a second
		// organisation ("and Foreign Office")
		if r.lex.orgHead[w] && !(x == len(right)-1 && (strings.HasSuffix(w, "s") || isField(w))) || isAllCaps(w) {
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

// agentWords are the people who act or speak for someone, before "for" or
// "of" and the name: "Representatives for Kiki", "Lawyers for Tom Hale".
var agentWords = toSet(`representatives lawyers attorneys aides spokesmen spokespeople advisers
	advisors relatives allies`)

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
	case "mr", "mrs", "ms", "madam", "mdm", "dr", "sir", "dame", "prof":
		return true
	}
	return false
}

// postNominals are letters written after a person's name.
var postNominals = toSet(`KC QC SC BL MP MEP MS MSP MLA MPP MHA MBE OBE CBE KBE DBE PhD MD`)

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
	if paraStart && t.Word(c.hi) == "(" {
		// "MOSCOW (AP) -", "LUNE (Meridian Wire) -": an agency of up to
		// four words in brackets, then a dash
		for k := c.hi + 2; k+1 < len(t.Tokens) && k <= c.hi+5; k++ {
			if t.Word(k) == ")" {
				if isDash(t.Word(k + 1)) {
					return true
				}
				break
			}
		}
	}
	if paraStart && t.Word(c.hi) == "," && isAllCaps(t.Word(c.lo)) {
		// "HARLOW, Tenn. —", "QALJAR, Kovastan (AP) —": a place, its
		// region and a dash or an agency in brackets
		for k := c.hi + 1; k+2 < len(t.Tokens) && k <= c.hi+6; k++ {
			if isDash(t.Word(k)) || t.Word(k) == "(" && t.Word(k+2) == ")" {
				return true
			}
		}
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
// paragraph before a colon or a dash: "LAHORE: The council ...", as South
// Asian papers open a story, "TOKYO -- Tosei Devices will ...". (A
// transcript's "WALLACE:" is a person.)
func (r *Recognizer) placeLabel(t *sentence.Text, c *chunk) bool {
	w := t.Word(c.lo)
	if c.hi-c.lo != 1 || c.hi >= len(t.Tokens) || t.Word(c.hi) != ":" && !isDash(t.Word(c.hi)) || c.lo != t.Paragraphs[t.Tokens[c.lo].Para].Lo || len(w) < 3 {
		return false
	}
	return r.lex.IsPlaceInCapitals(w)
}

func isDash(w string) bool { return w == "-" || w == "—" || w == "–" || w == "--" }

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

// partyMembers are the words for a party's member that American papers
// put before a candidate's name.
var partyMembers = toSet(`Democrat Republican Independent Libertarian Conservative Liberal`)

// branchWords reports whether [lo,hi) can open a body's name before its
// country: capitalised words, with "of" or "for" inside ("Alternative for
// Germany", "Articulation of Indigenous Peoples of Brazil"), but not a
// field and "of", which names a country's ministry or its document ("the
// Defense of Japan white paper").
func branchWords(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := t.Word(k)
		if t.Tokens[k].Kind != sentence.Word || !isCap(w) && !(k > lo && (w == "of" || w == "for") && !isField(t.Word(lo))) {
			return false
		}
	}
	return true
}

// agencyFields reports whether the words [lo,hi) are only an agency's
// fields, joined by "and": "Public Safety", "Environment and Climate
// Change", "Statistics".
func (r *Recognizer) agencyFields(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := t.Word(k); !isField(w) && !fieldNouns[w] && !agencyWords[w] && !sports[w] && !(k > lo && w == "and") {
			return false
		}
	}
	return hi > lo && t.Word(hi-1) != "and"
}

// agencyWords are the words of national agencies' fields that the
// field lists (fieldWords, fieldNouns) lack.
var agencyWords = toSet(`Statistics Parks Immigration Refugees Citizenship Revenue Elections Oceans
	Veterans Indigenous Library Archives Standards Export`)

// sports name national governing bodies with their country after them:
// "Swimming Australia", "Athletics Kenya", "Cycling Canada".
var sports = toSet(`Swimming Athletics Cricket Rugby Football Tennis Cycling Hockey Golf Netball
	Rowing Triathlon Basketball Boxing Gymnastics Sailing Volleyball Baseball Softball Squash
	Badminton Bowls Judo Taekwondo Wrestling Archery Canoe Surfing Skiing Snowsports Fencing
	Equestrian Diving Weightlifting Skateboarding Climbing Shooting Paralympics`)

// fieldAfterOn reports whether the capitalised words from k are a body's
// field after "on" ("Commission on Human Rights", "Committee on Foreign
// Relations"): one to three words, no day or month, no given name (not
// "Committee on International Affairs Leonid Markelov", where a person's
// name follows the field).
func (r *Recognizer) fieldAfterOn(t *sentence.Text, k int) bool {
	toks := t.Tokens
	n := 0
	for j := k; j < len(toks) && toks[j].Sent == toks[k].Sent && toks[j].Kind == sentence.Word && isCap(t.Word(j)); j++ {
		w := t.Word(j)
		_, known := r.lex.names[w]
		if weekdays[w] || monthNames[w] || holidayWords[w] || known || r.lex.given[w] != 0 || r.lex.titles[strings.ToLower(w)] {
			return false // (nor a platform, a place or a day: "The Government on Twitter", "The Court on Christmas Eve")
		}
		n++
	}
	return n >= 1 && n <= 3
}

// hasContraction reports whether the 's ending the name [lo,hi) before a
// verb is "has" rather than part of the name: the name holds a known given
// name ("Boris Johnson's told reporters") or is used without it elsewhere
// in the text ("Trump's said ..." after "Trump").
func (r *Recognizer) hasContraction(t *sentence.Text, lo, hi int) bool {
	if hi-lo >= 2 && r.lex.given[t.Word(lo)] != 0 {
		return true
	}
	w := t.Word(hi - 1)
	bare := w[:stripPossessive(w)]
	// (within a window, so that a text of many such names stays linear)
	for k := max(0, hi-3000); k < len(t.Tokens) && k < hi+3000; k++ {
		if k != hi-1 && t.Word(k) == bare {
			return true
		}
	}
	return false
}

// possessiveVerbs are verb forms that are never nouns: a name with 's
// before them is no possessive ("McDonald's said", "Moody's warned").
var possessiveVerbs = toSet(`said says told tells added adds warned warns`)

// possessedPeople follow a person's possessive name: "Jordan Mercer's
// family" (not "Georgia Tech's coach").
var possessedPeople = toSet(`family lawyer lawyers attorney attorneys mother father wife husband son daughter
	brother sister parents relatives friends agent spokesman spokeswoman spokesperson`)

// holidayWords name days, which "on" introduces as a time.
var holidayWords = toSet(`Christmas Easter Eve Day Boxing Independence Thanksgiving`)

// initialsAhead reports whether the run [i,j), "and" at j and the
// capitalised words after it form a name whose initials the bracket after
// them spells: "Rally for Democracy and Progress (RDP)".
func (r *Recognizer) initialsAhead(t *sentence.Text, i, j int) bool {
	toks := t.Tokens
	if i < j && (t.Word(i) == "The" || t.Word(i) == "the") {
		i++
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].Kind == sentence.Word && isCap(t.Word(k)) {
		k++
	}
	if k == j+1 || k+2 >= len(toks) || t.Word(k) != "(" || t.Word(k+2) != ")" || j-i < 2 {
		return false
	}
	a := t.Word(k + 1)
	return len(a) >= 3 && isAllCaps(a) && nameInitials(t.Src[toks[i].Start:toks[k-1].End]) == a
}

// fieldsOnly reports whether every word of [lo,hi) is a word of an
// office's field.
func (r *Recognizer) fieldsOnly(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := t.Word(k); !r.fieldWord(w) && !(k > lo && (w == "and" || w == "&")) {
			return false
		}
	}
	return hi > lo
}

// fieldList reports whether the run [i,j) is a body's head, "of" or
// "for", and one field word, before a comma that lists more fields:
// "Ministry of Economy, Trade and Industry".
func (r *Recognizer) fieldList(t *sentence.Text, i, j int) bool {
	if _, known := r.lex.names[t.Word(j+1)]; known {
		return false // "Ministry of Health, Labour and Welfare": a party's name breaks the run
	}
	if _, known := r.lex.names[t.Word(j+3)]; known {
		return false
	}
	return j-i >= 3 && (t.Word(j-2) == "of" || t.Word(j-2) == "for") && r.lex.orgHead[t.Word(j-3)] && r.fieldWord(t.Word(j-1)) && r.fieldWord(t.Word(j+1))
}

// longFormOf returns the organisation among es whose name is name and a
// "for" phrase ("Kellen Institute for Polar Research" for "Kellen
// Institute"), or the one organisation whose name ends with a name of two
// words or more ("Dong Lam People's Committee" for "People's Committee");
// or -1. ("Royal Society" is not "Royal Society of Chemistry".)
func longFormOf(es []*Entity, name string) int {
	for i, e := range es {
		if e.Type == Org && strings.HasPrefix(e.Name, name+" for ") {
			return i
		}
	}
	if !strings.Contains(name, " ") {
		return -1
	}
	// the body's name without its place: "the provincial People's
	// Committee" after "Dong Lam People's Committee", when one body ends so
	found := -1
	for i, e := range es {
		if e.Type == Org && strings.HasSuffix(e.Name, " "+name) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
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
			(lex.companyHead[e.Name[strings.LastIndexByte(e.Name, ' ')+1:]] || legalSuffixes[e.Name[strings.LastIndexByte(e.Name, ' ')+1:]] || lex.kinds[e.Name] != "" && lex.given[name] == 0) {
			// a company's ("Maddox Pharmaceuticals", "Halvard Financial
			// Corp"), or a body's the gazetteer knows ("Goldman" of
			// "Goldman Sachs", "Transparency" of "Transparency
			// International"; not "Morgan" of "Morgan Stanley", a given
			// name); not "Trump Organization", "Clinton Foundation"
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
var legalSuffixes = toSet(`Corp Corp. Corporation Inc Inc. Ltd Ltd. PLC plc Plc LLC Holdings Group Co Co. AG SA SE NV
	Industries Enterprises Motors Airlines Partners`)

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

// companySurname reports whether the one-word organisation's name at i,
// in the run [i,hi) or a person's name started at nameStart, is a
// surname: after a given name ("Michael Bloomberg", "Henry Ford",
// "Walt Disney's", "Leandro Ferrari Oyhanarte"), after one unknown word
// that is no common noun opening the sentence ("Keisuke Honda"), or after
// a capitalised title in its run (titled: "Premier Ford"; not a role word
// before the run, "its official Twitter account"). A group's plural
// name is none ("the Christian Democrats"), nor an acronym or a body's
// head word. "Fed" before "up" is the verb ("Fed up with delays, ...").
func (r *Recognizer) companySurname(t *sentence.Text, i, hi, nameStart int, titled bool) bool {
	w := t.Word(i)
	base := w[:stripPossessive(w)]
	if base == "Fed" && hi < len(t.Tokens) && (t.Word(hi) == "up" || t.Word(hi) == "by") {
		return true // "Fed up with ...", "Fed by melting snow, ...": the verb
	}
	if isAllCaps(base) || r.lex.orgHead[base] || strings.HasSuffix(base, "s") {
		return false
	}
	if nameStart >= 0 {
		if i-nameStart == 1 && i+1 == hi && r.unknownBeforeCity(t, nameStart) && !r.nounOpening(t, nameStart) {
			return true // after a given name the lexicon lacks: "Keisuke Honda"
		}
		return i-nameStart <= 2 && r.lex.given[t.Word(nameStart)] != 0 && (i+1 == hi || !r.lex.orgHead[t.Word(i+1)])
	}
	return i+1 == hi && titled
}

// nounOpening reports whether the capitalised word at k opens its
// sentence and may be a common noun there, one for a business or for
// someone by what they do ("Carmaker Toyota said", "Retailer Tesco",
// "Broker Nomura").
func (r *Recognizer) nounOpening(t *sentence.Text, k int) bool {
	if t.Sentences[t.Tokens[k].Sent].Lo != k {
		return false
	}
	lw := t.Lower(k)
	return orgNouns[lw] || companyNouns[lw] || companyMaker(lw) || len(lw) > 4 && (strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "or") || strings.HasSuffix(lw, "ist"))
}

// countryRun reports whether the words [lo,hi) are one country's name
// ("UK", "Scotland", "South Africa"), or "GB" as charities write it.
func (r *Recognizer) countryRun(t *sentence.Text, lo, hi int) bool {
	if hi == lo+1 && t.Word(lo) == "GB" {
		return true
	}
	name := r.phrase(t, lo, hi)
	e, ok := r.lex.names[name[:len(name)-(len(t.Word(hi-1))-stripPossessive(t.Word(hi-1)))]]
	return ok && e.typ == GPE && e.country && !e.demonym
}

// orgPlaces are organisations named after a place, which they are not
// where the text means the place: "the Amazon rainforest", "a Chelsea
// neighborhood", "speaking at Downing Street".
var orgPlaces = map[string]bool{"Amazon": true, "Chelsea": true, "Tottenham": true, "Downing Street": true}

// placeSense reports whether the name [i,hi) stands for the place it is
// also: after a demonym ("the Brazilian Amazon") or "in", before a
// neighbourhood's noun ("a Chelsea neighborhood"), or after "the" before
// a kind of place, a preposition or punctuation ("the Amazon rainforest",
// "deforestation in the Amazon.").
func (r *Recognizer) placeSense(t *sentence.Text, i, hi int) bool {
	if i == 0 {
		return false
	}
	if r.lex.IsDemonym(t.Word(i-1)) || t.Word(i-1) == "in" || hi < len(t.Tokens) && districtNouns[t.Lower(hi)] {
		return true
	}
	if r.lex.locHead[t.Word(hi-1)] && (t.Word(i-1) == "at" || t.Word(i-1) == "outside" || t.Word(i-1) == "to") {
		return true // "speaking at Downing Street", "protesters outside Downing Street"
	}
	if t.Lower(i-1) != "the" {
		return false
	}
	return hi >= len(t.Tokens) || t.Tokens[hi].Kind != sentence.Word || placeAfter[t.Lower(hi)]
}

// districtNouns follow a place's name that is a part of a city: "a
// Chelsea neighborhood".
var districtNouns = toSet(`neighborhood neighbourhood district area borough residents`)

// placeAfter follow a place's name after "the": its kind, or a
// preposition or conjunction.
var placeAfter = toSet(`rainforest rainforests basin river region jungle forest forests delta in of and or where to from`)

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
	if i+2 >= hi || len(w) < 2 || len(w) > 4 || !isAllCaps(w) || strings.Contains(w, ".") || r.lex.given[t.Word(i+1)] == 0 || !isCap(t.Word(i+2)) {
		return false // (initials are a name's: "Harvard T.H. Chan School of Public Health")
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

// dataNouns after a name make it a data provider: "Tidemark data".
var dataNouns = toSet(`data calculations estimates`)

// orgNouns are common nouns for an organisation that, right before a name,
// say what it is: "rights group Clear Harbour", "the carmaker Veltro".
var orgNouns = toSet(`group groups charity organisation organization coalition movement network
	foundation association union company firm club party alliance agency lender bank carmaker
	retailer broadcaster newspaper startup label insurer watchdog regulator broker brokerage
	consultancy fund airline carrier daily weekly tabloid magazine channel website outlet app platform
	service manufacturer chain supermarket utility conglomerate subsidiary brand studio corporation
	authority trust commission council committee institute hospital university`)

// nameOpeners open the names of national bodies, whose fields may be
// joined by "and": "National Weather and Hydrology Authority".
var nameOpeners = toSet(`National Federal State Royal International Central Regional Provincial`)

// fieldWords name what a public body deals with, and may be joined to a
// second field by "and" inside its name: "Calderbrook Fire and Rescue
// Service", "Financial Conduct and Standards Authority".
var fieldWords = toSet(publicFields + ` Fire Weather Conduct Safety Drug Drugs Media Arts Labour
	Labor Heritage Marine Wildlife Land Police Ethics Competition Consumer Markets Economic Monetary Social Affairs Communications`)

// isField reports whether w names a public body's field: one of fieldWords
// or of the activities in -ing bodies are named for ("Forecasting",
// "Planning"); not any word in -ing ("Deng Xiaoping").
func isField(w string) bool {
	return fieldWords[w] || fieldActivities[w]
}

// fieldActivities are the activities in -ing that public bodies' names
// join with "and": "Flood Forecasting and Warning Centre".
var fieldActivities = toSet(`Forecasting Planning Housing Mining Banking Shipping Broadcasting Betting
	Accounting Engineering Nursing Marketing Trading Farming Fishing Licensing Policing Monitoring
	Publishing Manufacturing Building Training Testing Funding Lending Gaming Sentencing Charging`)

// partyFields are field words that also name parties, which "and" joins to
// another party rather than to a second field: "Labour and Green Party
// leaders".
var partyFields = toSet(`Labour Labor`)

// bodyTail reports whether [lo,hi) is the rest of a body's name after a
// known organisation: capitalised words joined by "of", "for", "the" and
// "and" ("Office for the Coordination of Humanitarian Affairs").
func bodyTail(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch w := t.Word(k); {
		case t.Tokens[k].Kind != sentence.Word:
			return false
		case w == "of" || w == "for" || w == "the" || w == "and" || w == "on":
		case !isCap(w):
			return false
		}
	}
	return isCap(t.Word(hi - 1))
}

// compassWords open places the gazetteer lists without them.
var compassWords = toSet(`North South East West Central Northern Southern Eastern Western Upper Lower`)

// placeNouns continue a place's name after the gazetteer's word: "Kansas
// City", "Lagos State".
var placeNouns = toSet(`City State County Province Region Territory District Island Islands`)

// hasGivenIn reports whether a word of [lo,hi) is a given name: "General
// Civil Aviation Authority" has none, so "General" is no rank there.
func (r *Recognizer) hasGivenIn(t *sentence.Text, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.lex.given[t.Word(k)] != 0 {
			return true
		}
	}
	return false
}

// stripPossessiveWord returns w without a possessive ending: "Committee"
// of "People's Committee" is "Committee".
func stripPossessiveWord(w string) string { return w[:stripPossessive(w)] }

// nameTitles are forms of address that are also names: a title before a
// name ("Mzee Athumani Selemani"), a name inside one ("Abdallah Mzee
// Juma").
var nameTitles = toSet(`mzee`)

// titleFields are the words of a minister's or an office's field that
// fieldNouns lacks: "Minister of National Economy", "Minister of
// Foreign Affairs", "Minister of Emergency Situations".
var titleFields = toSet(`National Foreign Internal Interior Home External Supply Information
	Petroleum Oil Gas Power Electricity Irrigation Aviation Ports Religious Parliamentary Legal
	Constitutional State Federal Digital Veterans Refugees Migration Immigration Statistics
	Emergency Situations Ecology Culture Transport Territorial Administration Human Rights Justice
	Reconciliation Reconstruction Peacebuilding Communication`)

// fieldWord reports whether w may be a word of an office's field.
func (r *Recognizer) fieldWord(w string) bool {
	return isField(w) || fieldNouns[w] || titleFields[w]
}

// fronted are reporting verbs that may open a sentence before their
// speaker's name: "Said Dorothy Poynter, “...”", "Stated Stone:".
var fronted = map[string]bool{"Said": true, "Says": true, "Added": true, "Stated": true, "Continued": true, "Wrote": true}

// functionWordSurnames returns the function words ("May", "Can", "Will")
// and titles ("King") that the text uses as surnames after a known given
// name ("Theresa May", "Emre Can", "Martin Luther King Jr."), so that the
// surname alone can name them later; and, as keys of two words, the double
// surnames that open with a company's name after a given name ("Ferrari
// Oyhanarte" of "Leandro Ferrari Oyhanarte"), so that the pair alone stays
// a surname.
func (r *Recognizer) functionWordSurnames(t *sentence.Text) map[string]bool {
	var tails map[string]bool
	for k := 1; k < len(t.Tokens); k++ {
		if t.Tokens[k].Kind != sentence.Word || t.Tokens[k-1].Kind != sentence.Word {
			continue
		}
		w := t.Word(k)
		if e, ok := r.lex.names[w]; ok && e.typ == Org && k+1 < len(t.Tokens) && t.Tokens[k+1].Kind == sentence.Word && isCap(t.Word(k+1)) &&
			r.lex.given[t.Word(k-1)] != 0 && !r.lex.weakGiven[t.Word(k-1)] && !isAllCaps(w) {
			if tails == nil {
				tails = map[string]bool{}
			}
			tails[w+" "+t.Word(k+1)] = true
			continue
		}
		if c := w[0]; c < 'A' || c > 'Z' || !notName[w] && !r.titleSurname(t, k) || r.lex.given[t.Word(k-1)] == 0 {
			continue // (the byte test first: most words are no capitalised function word)
		}
		if tails == nil {
			tails = map[string]bool{}
		}
		tails[w] = true
	}
	return tails
}

// titleSurname reports whether the title at k ends a name rather than
// opening the next: "King" of "Martin Luther King Jr." or "Carole King
// said" (not "Prime Minister", "King Charles").
func (r *Recognizer) titleSurname(t *sentence.Text, k int) bool {
	if !r.lex.titles[t.Lower(k)] {
		return false
	}
	n := k + 1
	return n >= len(t.Tokens) || t.Tokens[n].Kind != sentence.Word || !isCap(t.Word(n)) || nameAbbreviations[t.Word(n)] == Person
}

// cityInName reports whether the GeoNames city at [i,j), inside the
// capitalised run [lo,hi) whose name started at nameStart (or -1), is
// part of a longer name rather than a place: a surname after words that
// may be given names ("Natsuo Toyama", "Le Quang Vinh", "Octavio Lerma
// Ibarra", `Ernesto "Ka Erning" Salcedo`), a club's or a body's ("Athletic
// Bilbao", "House Benghazi Committee"), a longer place's ("Bristol
// Bay", "Kiambu County"), or the first words of a name
// the lexicon does not know ("Minas Gerais", "Santa Rosa de Ayni",
// "Odessa Jean Merriweather"). The list is too long to know every
// surname and name in it; the hand-compiled places keep their own rules.
func (r *Recognizer) cityInName(t *sentence.Text, nameStart, i, j, hi int) bool {
	if j < hi && (r.lex.orgHead[t.Word(hi-1)] && r.plainRun(t, j, hi) || r.lex.locHead[t.Word(j)] || placeNouns[t.Word(j)]) {
		return true // (also a longer place's name: "Suez Canal", "Kiambu County")
	}
	if nameStart < 0 && j+1 == hi && len(t.Word(j)) >= 3 && isAllCaps(t.Word(j)) && !r.lex.titles[t.Lower(j)] {
		return true // a body's local branch by its letters: "Manitoba RCMP"
	}
	if nameStart < 0 && j+1 == hi {
		if e, ok := r.lex.names[t.Word(j)]; ok && e.typ == Org && !e.demonym {
			return true // a known body's branch in the city: "Minneapolis Fed"
		}
	}
	if nameStart >= 0 && i-nameStart >= 3 && t.Word(i-1) == "of" {
		for k := nameStart; k < i-1; k++ {
			if r.lex.orgHead[t.Word(k)] {
				return true // a body's region or city: "High Court of Justice of Catalonia"
			}
		}
	}
	if nameStart >= 0 {
		if r.lex.given[t.Word(nameStart)] != 0 || i-nameStart == 1 && (r.lex.orgHead[t.Word(nameStart)] || clubFirsts[t.Word(nameStart)]) {
			return true
		}
		for k := nameStart; k < i; k++ {
			if !r.unknownBeforeCity(t, k) && r.lex.given[t.Word(k)] == 0 {
				return false
			}
		}
		return i-nameStart <= 3
	}
	return j < hi && (r.unknownAfterCity(t, j) || r.lex.given[t.Word(j)] != 0 || connectors[t.Word(j)])
}

// unknownBeforeCity reports whether the word at i, before a city's name,
// is one the lexicon does not know and could be a given name: not a
// name, title or head word, nor a word that says where in the city
// ("Greater Manchester", "Downtown Dayton", "Outside Kano").
func (r *Recognizer) unknownBeforeCity(t *sentence.Text, i int) bool {
	w := t.Word(i)
	if _, known := r.lex.names[w]; known || r.lex.given[w] != 0 && !r.lex.weakGiven[w] || r.lex.titles[t.Lower(i)] || r.lex.orgHead[w] || r.lex.locHead[w] ||
		notName[w] || compassWords[w] || cityModifiers[w] || isAllCaps(w) || strings.HasSuffix(w, "ern") || stripPossessive(w) < len(w) {
		return false
	}
	return true
}

// unknownAfterCity reports whether the capitalised word at i, after a
// city's name, is one the lexicon does not know, nor a word that goes
// with a city ("Kano State", "Pune Mayor").
func (r *Recognizer) unknownAfterCity(t *sentence.Text, i int) bool {
	w := t.Src[t.Tokens[i].Start : t.Tokens[i].Start+stripPossessive(t.Word(i))]
	_, known := r.lex.names[w]
	return !known && !r.lex.titles[strings.ToLower(w)] && !r.lex.orgHead[w] && !r.lex.locHead[w] &&
		!notName[w] && !placeNouns[w] && !compassWords[w] && !weekdays[w] && !isAllCaps(w) && !r.lex.IsPluralTitle(w)
}

// clubFirsts open the names of sports clubs named after their city:
// "Athletic Bilbao", "Dynamo Kyiv", "Sporting Lisbon".
var clubFirsts = toSet(`Athletic Atletico Atlético Real Sporting Dynamo Dinamo Lokomotiv Spartak Olympique
	Racing Inter Borussia Hertha Eintracht Fortuna Standard Shakhtar Zenit Galatasaray Al`)

// cityModifiers open a run before a city's name without being a name:
// "Greater Manchester", "Metro Manila", "Outside Kano".
var cityModifiers = toSet(`Greater Metro Metropolitan Downtown Old Inner Outer Rural Urban Suburban Coastal
	Across Outside Inside Near Around Beyond Toward Towards Via Throughout Along Amid Amidst Beside Behind
	Below Above Like Unlike Besides Upon Within Central Mid Port Fort Saint St San Santa Lake Mount`)
