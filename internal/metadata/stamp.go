package metadata

import (
	"strings"
	"unicode"
)

// stampWords may stand beside a date in a date stamp.
var stampWords = map[string]bool{
	"published": true, "posted": true, "on": true, "at": true, "updated": true,
	"last": true, "first": true, "date": true, "by": true, "am": true, "pm": true,
	"gmt": true, "utc": true, "ist": true, "edt": true, "est": true, "bst": true,
	"cet": true, "cest": true, "news": true, "latest": true, "today": true, "is": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true,
	"wed": true, "thu": true, "fri": true, "sat": true, "sun": true, "modified": true,
	"created": true, "time": true, "hrs": true, "issued": true, "release": true,
	"released": true,
	// Reading-time badges on the same line ("4 August 2021 | 4 mins read").
	"min": true, "mins": true, "minute": true, "minutes": true, "read": true, "reading": true,
	// Furniture that scrapers glue to a stamp ("Go toTopToday: 3 June 2025").
	"go": true, "to": true, "top": true, "back": true, "home": true, "menu": true,
}

// notPublishedWords mark a stamp that gives the time of viewing, updating
// or retrieval rather than of publication.
var notPublishedWords = []string{"today", "updated", "modified", "accessed", "retrieved", "current", "ago"}

// StampKind says what a date stamp dates.
type StampKind int

const (
	// StampPublished is a bare or "Published/Posted" date stamp.
	StampPublished StampKind = iota + 1
	// StampOther is a scrape, view or update stamp ("Today: 3 June 2025",
	// "Updated 5 May"), which is never the publication date.
	StampOther
)

// DateStamp reads a short line made only of a date and stamp words: "4
// August 2021", "Published on Aug 4, 2021 10:30 am", "Today: 3 June 2025",
// including words glued together by a scraper ("Latest NewsToday: 3 June
// 2025"). It reports false for lines with other words, such as sentences
// that mention a date.
func DateStamp(line string) (Date, StampKind, bool) {
	if len(line) > 120 {
		return Date{}, 0, false
	}
	d, start, end, ok := DateInText(line)
	if !ok {
		return Date{}, 0, false
	}
	rest := strings.ToLower(line[:start] + " " + line[end:])
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stampWords[w] || isNumber(w) || gluedStamp(w) {
			continue
		}
		return Date{}, 0, false
	}
	for _, w := range notPublishedWords {
		if strings.Contains(rest, w) {
			return d, StampOther, true
		}
	}
	return d, StampPublished, true
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// gluedStamp reports whether w is a concatenation of stamp words
// ("newstoday"). Words are short, so the search is cut at 40 bytes.
func gluedStamp(w string) bool {
	if w == "" {
		return true
	}
	if len(w) > 40 {
		return false
	}
	for i := len(w); i >= 2; i-- {
		if stampWords[w[:i]] && gluedStamp(w[i:]) {
			return true
		}
	}
	return false
}
