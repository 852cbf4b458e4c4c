package store

import (
	"strings"
	"unicode"
)

// Query is a full-text search as a reader writes it, parsed once for both
// backends: every group must match, a group when any of its alternatives
// does, and no excluded term may. The syntax is the one news searchers know
// from web search engines and PostgreSQL's websearch_to_tsquery:
//
//	ceasefire talks          both words
//	ceasefire OR truce       either word (OR binds closer than the space)
//	"line of control"        the words in that order
//	talks -strike            talks, but not strike
//
// Words are runs of letters and digits, compared without case; a word with
// punctuation inside ("U.S.") is the phrase of its parts. Anything else is
// read as words, so no input is a syntax error. Terms after the first
// MaxTerms are left out: FTS5 refuses an expression deeper than 256.
type Query struct {
	Groups [][]Term
	Not    []Term
}

// MaxTerms bounds the terms of a Query.
const MaxTerms = 64

// Term is a word, or a phrase of several words in order.
type Term struct {
	// Words are the term's words, lower-cased: runs of letters and digits.
	Words []string
	// Text is the term as written, without its quotation marks, for a
	// backend whose parser splits words its own way (PostgreSQL keeps
	// "COVID-19" as "covid" and "-19", "U.S." as "u.s").
	Text string
}

// ParseQuery parses text as Query describes.
func ParseQuery(text string) Query {
	var q Query
	orNext := false
	for rest := strings.TrimSpace(text); rest != ""; rest = strings.TrimLeftFunc(rest, unicode.IsSpace) {
		negate := false
		if rest[0] == '-' && len(rest) > 1 && !unicode.IsSpace(rune(rest[1])) {
			negate, rest = true, rest[1:]
		}
		var raw string
		if rest[0] == '"' {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				raw, rest = rest[1:], ""
			} else {
				raw, rest = rest[1:1+end], rest[2+end:]
			}
		} else {
			end := strings.IndexFunc(rest, unicode.IsSpace)
			if end < 0 {
				end = len(rest)
			}
			raw, rest = rest[:end], rest[end:]
			if raw == "OR" && !negate {
				orNext = len(q.Groups) > 0
				continue
			}
		}
		t := Term{Words: strings.FieldsFunc(strings.ToLower(raw), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), Text: raw}
		switch {
		case len(t.Words) == 0:
			continue
		case q.terms() == MaxTerms:
			return q
		case negate:
			q.Not = append(q.Not, t)
		case orNext:
			last := len(q.Groups) - 1
			q.Groups[last] = append(q.Groups[last], t)
		default:
			q.Groups = append(q.Groups, []Term{t})
		}
		orNext = false
	}
	return q
}

func (q Query) terms() int {
	n := len(q.Not)
	for _, g := range q.Groups {
		n += len(g)
	}
	return n
}

// Empty reports a query no document can match: one without a word to look
// for (a query of exclusions alone would list everything else).
func (q Query) Empty() bool { return len(q.Groups) == 0 }

// Syntax is how a backend writes a Query: each term, and the operators
// between alternatives, between groups and before an exclusion.
type Syntax struct {
	Term            func(Term) string
	Or, And, AndNot string
}

// Write writes q in the backend's syntax, "(((a Or b) And (c)) AndNot d)",
// bracketed whole so that it can stand beside other operators, calling
// s.Term on the terms in order; "" for an empty query.
func (q Query) Write(s Syntax) string {
	if q.Empty() {
		return ""
	}
	var b strings.Builder
	b.WriteString("((")
	for i, g := range q.Groups {
		if i > 0 {
			b.WriteString(s.And)
		}
		b.WriteByte('(')
		for j, t := range g {
			if j > 0 {
				b.WriteString(s.Or)
			}
			b.WriteString(s.Term(t))
		}
		b.WriteByte(')')
	}
	b.WriteByte(')')
	for _, t := range q.Not {
		b.WriteString(s.AndNot + s.Term(t))
	}
	b.WriteByte(')')
	return b.String()
}
