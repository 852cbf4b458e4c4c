package metadata

import (
	"html"
	"strings"
	"unicode"
)

// authorMeta are the <meta> names and properties that hold author names,
// best first. article:author often holds a profile URL instead; such values
// are dropped by cleanAuthors.
var authorMeta = []string{
	"author", "article:author_name", "article:author", "parsely-author",
	"sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author",
}

// pickAuthors returns the article's authors: JSON-LD first, then <meta>
// tags, then bylines in the body. When the declared author is only the
// publication itself (a CMS default), a byline in the body wins.
func (p *page) pickAuthors(ld ldInfo, site string) []string {
	declared := cleanAuthors(ld.authors)
	if len(declared) == 0 {
		for _, k := range authorMeta {
			vs := make([]string, 0, len(p.metas[k]))
			for _, v := range p.metas[k] {
				vs = append(vs, html.UnescapeString(v))
			}
			if declared = cleanAuthors(vs); len(declared) > 0 {
				break
			}
		}
	}
	if len(declared) > 0 && !onlySite(declared, site) {
		return declared
	}
	// Only the first byline: later ones usually belong to teasers.
	for _, b := range p.bylines {
		if a := cleanAuthors([]string{b}); len(a) > 0 {
			if !onlySite(a, site) {
				return a
			}
			break
		}
	}
	if a := cleanAuthors(p.byText); len(a) > 0 {
		return a
	}
	return declared
}

// onlySite reports whether the authors are just the site's own name.
func onlySite(authors []string, site string) bool {
	s := alnum(site)
	if s == "" {
		return false
	}
	for _, a := range authors {
		if alnum(a) != s {
			return false
		}
	}
	return true
}

// cleanAuthors splits and normalises author strings: "By A, B and C" ->
// [A B C]; "Lastname, Firstname" -> "Firstname Lastname"; URLs, e-mail
// addresses and sentences are dropped; duplicates are removed.
func cleanAuthors(in []string) []string {
	out := uniqueNames(in)
	// A job title listed as a name ("TOM KRISHER; AP Auto Writer") goes
	// when real names stand beside it; alone ("Guardian staff reporter")
	// it is all there is and stays.
	mixed := false
	for _, n := range out {
		mixed = mixed || !isUpper(n)
	}
	var people []string
	for _, n := range out {
		// Credentials after a name ("Jane Doe, MS, RDN"), not agencies
		// in an all-capitals dateline ("AFP, MANILA").
		credential := mixed && (len(n) <= 4 && isUpper(n) || n == "PhD")
		if !credential && !roleName(n) {
			people = append(people, n)
		}
	}
	if len(people) > 0 {
		return people
	}
	return out
}

// roleWords name a newsroom role rather than a person.
var roleWords = map[string]bool{
	"writer": true, "reporter": true, "correspondent": true, "editor": true,
	"staff": true, "contributor": true, "columnist": true, "desk": true,
	"team": true, "bureau": true, "newsroom": true, "reporters": true, "writers": true,
}

func roleName(n string) bool {
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

func uniqueNames(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		for _, name := range splitNames(s) {
			k := alnum(name)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, name)
			if len(out) == 12 {
				return out
			}
		}
	}
	return out
}

func splitNames(s string) []string {
	s = clean(s)
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.Contains(s, "@") && !strings.HasPrefix(s, "@") {
		return nil
	}
	s = trimBy(s)
	// "Analysis by Jane Doe": a label before "by".
	if i := strings.Index(strings.ToLower(s), " by "); i > 0 && i < 24 && !strings.Contains(s[:i], ",") {
		s = s[i+4:]
	}
	// "Lastname, Firstname" (Dublin Core style): two single words.
	if parts := strings.Split(s, ", "); len(parts) == 2 &&
		len(strings.Fields(parts[0])) == 1 && len(strings.Fields(parts[1])) == 1 && isNameWord(parts[0]) && isNameWord(parts[1]) &&
		!isUpper(parts[1]) {
		return []string{parts[1] + " " + parts[0]}
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '&' || r == '/' })
	var out []string
	for _, f := range fields {
		for _, n := range splitAnd(f) {
			n = strings.Trim(trimBy(n), " .:-–—")
			if validName(n) {
				out = append(out, n)
			}
		}
	}
	return out
}

func splitAnd(s string) []string {
	var out []string
	for {
		i := strings.Index(s, " and ")
		if i < 0 {
			i = strings.Index(s, " And ")
		}
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+5:]
	}
}

// trimBy removes a leading "By"/"Written by"/"Words by" label.
func trimBy(s string) string {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, p := range []string{"written by ", "words by ", "reported by ", "by: ", "by ", "author: ", "von "} {
		if strings.HasPrefix(lower, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

func isNameWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return s != ""
}

func isUpper(s string) bool { return strings.ToUpper(s) == s }

// validName accepts strings that look like a person's or an agency's name:
// 1 to 6 words, a letter first, no digits-only words and no sentence
// punctuation.
func validName(n string) bool {
	if n == "" || len(n) > 80 {
		return false
	}
	switch strings.ToLower(n) {
	case "by", "and", "with", "staff", "admin", "author", "anonymous", "unknown", "editor":
		return false
	}
	w := strings.Fields(n)
	if len(w) > 6 {
		return false
	}
	r := []rune(n)[0]
	if !unicode.IsLetter(r) {
		return false
	}
	if strings.ContainsAny(n, "!?{}<>=\"") {
		return false
	}
	digits := 0
	for _, c := range n {
		if unicode.IsDigit(c) {
			digits++
		}
	}
	return digits == 0
}

// Byline returns the names in a byline line such as "By Jane Doe and John
// Roe" or "By Jane Doe | Staff Reporter", or nil when the line is not a
// byline (it must start with "By" and name people in capitalised words).
func Byline(line string) []string {
	line = strings.TrimSpace(line)
	if len(line) < 4 || len(line) > 160 || !strings.EqualFold(line[:3], "by ") {
		return nil
	}
	s := line[3:]
	if i := strings.IndexAny(s, "|·•\n"); i >= 0 {
		s = s[:i]
	}
	for _, stop := range []string{" in ", " on ", " - ", " – ", " — ", " for "} {
		if i := strings.Index(s, stop); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(clean(s), " ,")
	if !nameLike(s) {
		return nil
	}
	return cleanAuthors([]string{s})
}
