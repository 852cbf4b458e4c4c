package story

import (
	"iter"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Story is the record of a story: what it is about, who is in it, when and
// where it was reported, and what happened in it.
type Story struct {
	// ID is the story's identifier ("s-17").
	ID string `json:"id"`
	// Label is a headline-like name: the member headline closest to the
	// story's centroid.
	Label string `json:"label"`
	// Keywords are the centroid's strongest terms.
	Keywords []string `json:"keywords"`
	// People are capitalised names that appear as speakers or as
	// multi-word names, most frequent first.
	People []string `json:"people"`
	// Places are capitalised names after "in", "at", "from" or "to".
	Places []string `json:"places"`
	// FirstSeen and LastSeen are the earliest and latest publication times
	// of the members (zero when undated).
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Outlets are the distinct outlets that reported the story.
	Outlets []string `json:"outlets"`
	// Documents are the member article IDs in arrival order (at most
	// maxMembers; Size counts all).
	Documents []string `json:"documents"`
	// Size is the number of member articles.
	Size int `json:"size"`
	// Timeline holds the new facts, in arrival order, each with the earliest
	// article that reported it.
	Timeline []Event `json:"timeline"`
	// Statements holds sentences with a reporting verb, by speaker.
	Statements []Statement `json:"statements"`
}

// Event is a fact first reported in a story by one article.
type Event struct {
	// Time is the article's publication time (zero when undated).
	Time time.Time `json:"time"`
	// Text is the sentence.
	Text string `json:"text"`
	// Source is the ID of the earliest article with the sentence.
	Source string `json:"source"`
}

// Statement is a sentence with a reporting verb.
type Statement struct {
	// Speaker is the capitalised name next to the reporting verb, or empty.
	Speaker string `json:"speaker"`
	// Text is the sentence.
	Text string `json:"text"`
	// Time is the publication time of Source.
	Time time.Time `json:"time"`
	// Source is the ID of the earliest article with the statement.
	Source string `json:"source"`
}

// Limits that keep one story's record bounded however long it runs.
const (
	maxMembers       = 1000
	maxEvents        = 200
	maxStatements    = 200
	leadSentences    = 2 // new facts taken from the top of each article
	statementsPerDoc = 6 // statements examined per article
	// seenBits sizes the one-hash Bloom filter of sentence trigrams that
	// decides novelty (Bloom 1970): 2 KiB per story, so only a story of
	// several hundred articles, whose timeline is long anyway, starts to
	// get false "already reported" answers.
	seenBits   = 1 << 14
	maxTitles  = 50
	maxCounted = 500
)

// recorder accumulates a story's record as articles join.
type recorder struct {
	titles     []string
	docs       []string
	size       int
	first      time.Time
	last       time.Time
	outlets    map[string]struct{}
	outletList []string
	people     map[string]int
	places     map[string]int
	events     []Event
	statements []Statement
	seen       *[seenBits / 64]uint64 // Bloom-style set of sentence trigrams
	centroid   func() map[string]float64
}

func newRecorder() *recorder {
	return &recorder{
		outlets: make(map[string]struct{}),
		people:  make(map[string]int),
		places:  make(map[string]int),
		seen:    new([seenBits / 64]uint64),
	}
}

// add records an article of the story. scratch is the caller's word
// buffer, returned grown; its words point into the article's text.
func (r *recorder) add(in Input, scratch []word) []word {
	r.size++
	id := strings.Clone(in.ID) // kept by the record: not the input's memory
	if len(r.docs) < maxMembers {
		r.docs = append(r.docs, id)
	}
	if t := strings.TrimSpace(in.Title); t != "" && len(r.titles) < maxTitles {
		r.titles = append(r.titles, strings.Clone(t)) // not the article's memory
	}
	if !in.Time.IsZero() {
		if r.first.IsZero() || in.Time.Before(r.first) {
			r.first = in.Time
		}
		if in.Time.After(r.last) {
			r.last = in.Time
		}
	}
	if o := strings.TrimSpace(in.Outlet); o != "" {
		if _, ok := r.outlets[o]; !ok && len(r.outlets) < maxCounted {
			o = strings.Clone(o) // not the input's memory
			r.outlets[o] = struct{}{}
			r.outletList = append(r.outletList, o)
		}
	}

	lead, stated := 0, 0
	// The dateline goes before the text is cut into sentences, which would
	// cut "ST. LOUIS (AP) —" after "ST.".
	for sent := range sentences(dropDateline(in.Text)) {
		isLead := lead < leadSentences
		if !isLead && (stated >= statementsPerDoc || !hasCue(sent)) {
			continue
		}
		scratch = splitWords(scratch[:0], sent)
		ws := scratch
		speaker, isStatement := reported(ws)
		if !isLead && !isStatement {
			continue
		}
		r.countNames(ws, speaker)
		if !r.novel(ws) {
			continue
		}
		if isStatement {
			stated++
		}
		if isStatement && len(r.statements) < maxStatements {
			r.statements = append(r.statements, Statement{Speaker: titleCase(speaker), Text: strings.Clone(sent), Time: in.Time, Source: id})
		}
		if isLead {
			lead++
			if len(r.events) < maxEvents {
				r.events = append(r.events, Event{Time: in.Time, Text: strings.Clone(sent), Source: id})
			}
		}
	}
	return scratch
}

// dropDateline removes a wire dateline from the start of an article
// ("SAINT OREN (Meridian Wire) - The talks ...", "NEW YORK, Aug. 4 (Reuters)
// - ...", "LONDON: ..."), which would otherwise open the story's timeline:
// a place whose every word is in capitals, then perhaps a date or region
// after a comma and a credit in brackets, then a dash or a colon, within
// the first 60 bytes. ("WHO chief: ..." keeps its words: "chief" is not
// in capitals.)
func dropDateline(sent string) string {
	head := sent[:min(len(sent), 60)]
	end, rest := -1, 0
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if i := strings.Index(head, sep); i > 0 && (end < 0 || i < end) {
			end, rest = i, i+len(sep)
		}
	}
	if end < 0 || strings.ContainsAny(head[:end], "\"“”!?") {
		return sent
	}
	place := head[:end]
	if k := strings.IndexAny(place, ",("); k >= 0 {
		place = place[:k]
	}
	letters := 0
	for _, r := range place {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return sent // "NATO allies agree: ..."
		case r == ' ' || r == '.' || r == '\'' || r == '-':
		default:
			return sent
		}
	}
	if letters < 3 {
		return sent
	}
	if out := strings.TrimSpace(sent[rest:]); out != "" {
		return out
	}
	return sent
}

// hasCue is a cheap test for a reporting verb, before a sentence is split
// into words: it reads runs of ASCII letters, lower-cased, without
// allocating. Every word reported would accept is such a run, so no
// statement is missed; a run cut out of a longer word ("said2") only costs
// a closer look.
func hasCue(sent string) bool {
	var buf [9]byte
	n := 0
	for i := 0; i <= len(sent); i++ {
		c := byte(' ')
		if i < len(sent) {
			c = sent[i]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' {
			if n < len(buf) {
				buf[n] = c
			}
			n++
			continue
		}
		if n >= 4 && n <= len(buf) && reportingVerbs[string(buf[:n])] {
			return true
		}
		n = 0
	}
	return false
}

// novel reports whether most of a sentence's word trigrams were not seen
// before in the story, and remembers them.
func (r *recorder) novel(ws []word) bool {
	hs := make([]uint64, 0, 64) // on the stack for sentences of up to 66 words
	for i := 0; i+3 <= len(ws); i++ {
		h := uint64(14695981039346656037)
		for _, w := range ws[i : i+3] {
			for j := 0; j < len(w.lower); j++ {
				h = (h ^ uint64(w.lower[j])) * 1099511628211
			}
			h = (h ^ ' ') * 1099511628211
		}
		hs = append(hs, h)
	}
	if len(hs) < 2 {
		return false // too short to be a fact
	}
	seen := 0
	for _, h := range hs {
		if r.seen[(h>>6)%(seenBits/64)]&(1<<(h&63)) != 0 {
			seen++
		}
	}
	for _, h := range hs {
		r.seen[(h>>6)%(seenBits/64)] |= 1 << (h & 63)
	}
	return seen*2 < len(hs)
}

// reportingVerbs mark statements (until the quote stage is wired in).
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "stated": true, "added": true, "announced": true,
	"claimed": true, "warned": true, "insisted": true, "explained": true, "confirmed": true,
	"denied": true, "argued": true, "tweeted": true, "wrote": true, "according": true,
}

// titleWords are job titles and honorifics that precede a name.
var titleWords = map[string]bool{
	"minister": true, "president": true, "secretary": true, "chairman": true, "chairwoman": true,
	"leader": true, "ambassador": true, "envoy": true, "director": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "senator": true, "governor": true, "mayor": true,
	"judge": true, "chief": true, "general": true, "dr": true, "professor": true, "sir": true,
	"mr": true, "mrs": true, "ms": true, "king": true, "queen": true, "prince": true, "coach": true,
	"manager": true, "captain": true, "officer": true, "representative": true, "rep": true, "sen": true,
}

// reported finds a reporting verb in a sentence and the capitalised name
// right before or after it ("Khalilzad said", "said Zalmay Khalilzad").
func reported(ws []word) (speaker string, ok bool) {
	for i, w := range ws {
		if !reportingVerbs[w.lower] {
			continue
		}
		if w.lower == "according" && (i+1 >= len(ws) || ws[i+1].lower != "to") {
			continue
		}
		ok = true
		// After: "said Khalilzad", "according to Khalilzad".
		j := i + 1
		if w.lower == "according" {
			j = i + 2
		}
		if name := nameAt(ws, j, 1); name != "" {
			return name, true
		}
		if name := nameAt(ws, i-1, -1); name != "" {
			return name, true
		}
	}
	return "", ok
}

// nameAt reads a run of capitalised words starting at i going in direction dir.
func nameAt(ws []word, i, dir int) string {
	var parts []string
	for ; i >= 0 && i < len(ws) && ws[i].capital && len(parts) < 4; i += dir {
		if isStop(ws[i].lower) && !(len(parts) > 0) {
			break
		}
		parts = append(parts, ws[i].lower)
	}
	if len(parts) == 0 {
		return ""
	}
	if dir < 0 {
		slices.Reverse(parts)
	}
	// "Transport Minister Jonas Eber" -> "Jonas Eber".
	for i := len(parts) - 1; i >= 0; i-- {
		if titleWords[parts[i]] {
			parts = parts[i+1:]
			break
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, " ") // lower case; title-cased when shown
}

func titleCaseAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = titleCase(s)
	}
	return ss
}

func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}

// countNames counts people (speakers and multi-word capitalised names not at
// a sentence start) and places (capitalised names after a locative preposition).
func (r *recorder) countNames(ws []word, speaker string) {
	if speaker != "" {
		bump(r.people, speaker)
	}
	for i := 0; i < len(ws); i++ {
		if !ws[i].capital || ws[i].sentenceStart || isStop(ws[i].lower) {
			continue
		}
		j := i
		for j+1 < len(ws) && ws[j+1].capital && j-i < 3 {
			j++
		}
		parts := make([]string, 0, j-i+1)
		for k := i; k <= j; k++ {
			parts = append(parts, ws[k].lower)
		}
		name := strings.Join(parts, " ") // title-cased when the record is built
		if i > 0 {
			switch ws[i-1].lower {
			case "in", "at", "from", "near":
				bump(r.places, name)
				i = j
				continue
			}
		}
		if j > i {
			bump(r.people, name)
		}
		i = j
	}
}

func bump(m map[string]int, k string) {
	if _, ok := m[k]; ok {
		m[k]++
	} else if len(m) < maxCounted {
		m[strings.Clone(k)] = 1 // k may be a slice of the article's text
	}
}

// top returns the n most frequent keys, ties by name.
func top(m map[string]int, n int) []string {
	ks := make([]string, 0, len(m))
	for k, c := range m {
		if c >= 2 || len(m) <= n {
			ks = append(ks, k)
		}
	}
	slices.SortFunc(ks, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	if len(ks) > n {
		ks = ks[:n]
	}
	return ks
}

// sentences yields the sentences of text, cut at ., ! or ? followed by a
// space and an upper-case letter or an opening quote, and at newlines; not
// inside a quotation, so that a quoted "Three days is not peace. It is a
// test." stays whole, unless the paragraph leaves a quotation open (a
// quotation running on into the next paragraph), which is then cut as if
// unquoted.
func sentences(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for para := range strings.SplitSeq(text, "\n") {
			unbalanced := false
			if strings.IndexByte(para, '"') >= 0 || strings.Contains(para, "\u201c") {
				_, unbalanced = sentenceCuts(para, true, func(int) bool { return true })
			}
			start := 0
			completed, _ := sentenceCuts(para, !unbalanced, func(end int) bool {
				if s := strings.TrimSpace(para[start:end]); s != "" && !yield(s) {
					return false
				}
				start = end + 1
				return true
			})
			if !completed {
				return
			}
			if s := strings.TrimSpace(para[start:]); s != "" && !yield(s) {
				return
			}
		}
	}
}

// abbreviationBefore reports whether the full stop at i ends a title or an
// initial rather than a sentence: a title before a name ("Mr.", "Gen.",
// "St."), a single capital ("F.", the last of "U.S."). A sentence that
// ends with one ("... in the U.S. The talks ...") stays joined to the
// next, which a timeline can bear better than a name cut in two.
func abbreviationBefore(para string, i int) bool {
	k := i
	for k > 0 && ('A' <= para[k-1] && para[k-1] <= 'Z' || 'a' <= para[k-1] && para[k-1] <= 'z') {
		k--
	}
	w := para[k:i]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen",
		"Rep", "Rev", "Sr", "Jr", "St", "Mt", "Ft", "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
		"Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "Bros":
		return true
	}
	return false
}

// sentenceCuts calls cut with the end of each sentence of para but the
// last; completed is false when cut returned false and stopped it. With
// quoteAware, no cut falls inside a quotation, and unbalanced reports a
// para that ends inside one, so that the caller can cut again without.
func sentenceCuts(para string, quoteAware bool, cut func(end int) bool) (completed, unbalanced bool) {
	const (
		openCurly  = "\u201c" // “
		closeCurly = "\u201d" // ”
		closeApos  = "\u2019" // ’
	)
	inQuote := false
	for i := 0; i < len(para); i++ {
		switch c := para[i]; c {
		case '"':
			// A straight mark opens after a space (or at the start) and
			// closes after anything else; a mark after a digit with no
			// quotation open is an inch mark ("a 12" pipe").
			opens := i == 0 || para[i-1] == ' ' || para[i-1] == '(' || para[i-1] == '\t'
			switch {
			case !inQuote && opens:
				inQuote = true
			case inQuote && !opens:
				inQuote = false
			}
			continue
		case 0xe2:
			switch {
			case strings.HasPrefix(para[i:], openCurly):
				inQuote = true
			case strings.HasPrefix(para[i:], closeCurly):
				inQuote = false
			}
			continue
		case '.', '!', '?':
		default:
			continue
		}
		// Closing marks after the stop belong to its sentence.
		stop := i
		j := i + 1
		for j < len(para) {
			switch {
			case para[j] == '"':
				inQuote = false // after the stop: a closing mark
				j++
				continue
			case para[j] == '\'' || para[j] == ')':
				j++
				continue
			case strings.HasPrefix(para[j:], closeCurly):
				inQuote = false
				j += len(closeCurly)
				continue
			case strings.HasPrefix(para[j:], closeApos):
				j += len(closeApos)
				continue
			}
			break
		}
		i = j - 1
		if quoteAware && inQuote {
			continue
		}
		if j+1 < len(para) && para[j] == ' ' {
			next := para[j+1:]
			if ('A' <= next[0] && next[0] <= 'Z') || next[0] == '"' || strings.HasPrefix(next, openCurly) {
				if para[stop] == '.' && j == stop+1 && abbreviationBefore(para, stop) {
					continue // "Mr. Quill", "the U.S. Army", "Robert F. Kennedy"
				}
				if !cut(j) {
					return false, false
				}
			}
		}
	}
	return true, quoteAware && inQuote
}

// record builds the Story record of an open story.
func (s *story) record() Story {
	r := s.rec
	st := Story{
		ID:         s.id,
		Label:      s.label(),
		Keywords:   s.keywords(10),
		People:     titleCaseAll(top(r.people, 10)),
		Places:     titleCaseAll(top(r.places, 10)),
		FirstSeen:  r.first,
		LastSeen:   r.last,
		Outlets:    slices.Clone(r.outletList),
		Documents:  slices.Clone(r.docs),
		Size:       r.size,
		Timeline:   slices.Clone(r.events),
		Statements: slices.Clone(r.statements),
	}
	return st
}

// label picks the member headline whose terms weigh most in the centroid,
// normalised by the square root of its length so long headlines do not win
// by size alone.
func (s *story) label() string {
	best, bestScore := "", -1.0
	for _, t := range s.rec.titles {
		tf, _ := features("", t, nil)
		var sum float64
		for w := range tf {
			if id, ok := s.voc.id(w); ok {
				sum += s.centroid[id]
			}
		}
		// The sum runs in map order, so equal scores differ in their last
		// bits from run to run: a tie ("X" and its "UPDATE 1-X" copy)
		// keeps the earlier headline, whatever the rounding.
		score := sum / math.Sqrt(float64(len(tf)+1))
		if score > bestScore+1e-9*math.Abs(bestScore) {
			best, bestScore = t, score
		}
	}
	return best
}

// keywords returns the n strongest plain terms of the centroid.
func (s *story) keywords(n int) []string {
	ts := make(vector, 0, len(s.centroid))
	for t, w := range s.centroid {
		if !s.voc.ent[t] && s.voc.names[t] != "" { // not a forgotten term
			ts = append(ts, term{t, w})
		}
	}
	slices.SortFunc(ts, func(a, b term) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return strings.Compare(s.voc.names[a.id], s.voc.names[b.id])
	})
	out := make([]string, 0, n)
	for _, x := range ts[:min(n, len(ts))] {
		out = append(out, s.voc.names[x.id])
	}
	return out
}

// absorb adds the record of a merged story.
func (r *recorder) absorb(o *recorder) {
	r.size += o.size
	for _, d := range o.docs {
		if len(r.docs) < maxMembers {
			r.docs = append(r.docs, d)
		}
	}
	for _, t := range o.titles {
		if len(r.titles) < maxTitles {
			r.titles = append(r.titles, strings.Clone(t)) // not the article's memory
		}
	}
	if !o.first.IsZero() && (r.first.IsZero() || o.first.Before(r.first)) {
		r.first = o.first
	}
	if o.last.After(r.last) {
		r.last = o.last
	}
	for _, x := range o.outletList {
		if _, ok := r.outlets[x]; !ok && len(r.outlets) < maxCounted {
			r.outlets[x] = struct{}{}
			r.outletList = append(r.outletList, x)
		}
	}
	for k, v := range o.people {
		if _, ok := r.people[k]; ok || len(r.people) < maxCounted {
			r.people[k] += v
		}
	}
	for k, v := range o.places {
		if _, ok := r.places[k]; ok || len(r.places) < maxCounted {
			r.places[k] += v
		}
	}
	for _, e := range o.events {
		if len(r.events) < maxEvents {
			r.events = append(r.events, e)
		}
	}
	slices.SortStableFunc(r.events, func(a, b Event) int { return a.Time.Compare(b.Time) })
	for _, st := range o.statements {
		if len(r.statements) < maxStatements {
			r.statements = append(r.statements, st)
		}
	}
	slices.SortStableFunc(r.statements, func(a, b Statement) int { return a.Time.Compare(b.Time) })
	for i, w := range o.seen {
		r.seen[i] |= w
	}
}
