package metadata

import (
	"strings"
	"time"
)

// Date is a calendar date found in a page, with the time of day when the
// source gave one.
type Date struct {
	Year, Month, Day int
	// Time is the full instant when the source gave a time of day and a UTC
	// offset; it is the zero Time otherwise.
	Time time.Time
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d as RFC 3339 when the time is known (keeping the offset
// the source wrote, so that the first ten characters are the publisher's
// own calendar day) and as YYYY-MM-DD otherwise. The zero Date is "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if !d.Time.IsZero() {
		return d.Time.Format(time.RFC3339)
	}
	var b [10]byte
	b[0] = byte('0' + d.Year/1000%10)
	b[1] = byte('0' + d.Year/100%10)
	b[2] = byte('0' + d.Year/10%10)
	b[3] = byte('0' + d.Year%10)
	b[4] = '-'
	b[5] = byte('0' + d.Month/10)
	b[6] = byte('0' + d.Month%10)
	b[7] = '-'
	b[8] = byte('0' + d.Day/10)
	b[9] = byte('0' + d.Day%10)
	return string(b[:])
}

// after reports whether d's calendar day is after the day of t (taken
// in t's own location).
func (d Date) after(t time.Time) bool {
	y, m, dd := t.Date()
	switch {
	case d.Year != y:
		return d.Year > y
	case d.Month != int(m):
		return d.Month > int(m)
	}
	return d.Day > dd
}

// minYear is the earliest year taken as a publication date: older dates on
// news pages are almost always historical dates in the text.
const minYear = 1990

// plausible reports whether d can be the publication date of a page
// fetched at fetched (zero: unknown). A date with a time must not be later
// than fetched; a calendar date gets a day of slack for time zones ahead
// of the crawler's.
func (d Date) plausible(fetched time.Time) bool {
	if d.Year < minYear || d.Year > 2199 {
		return false
	}
	switch {
	case fetched.IsZero():
	case !d.Time.IsZero():
		// A full instant can be compared exactly.
		return !d.Time.After(fetched)
	case d.after(fetched.Add(24 * time.Hour)):
		return false
	}
	return true
}

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func makeDate(y, m, d int) (Date, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{Year: y, Month: m, Day: d}, true
}

// ParseDate reads a date written the way pages write them in metadata:
// ISO 8601 / RFC 3339 ("2021-08-04", "2021-08-04T10:00:00+02:00",
// "2021-08-04 10:00:00 +02:00", "20210804"), slashed or dotted numeric
// dates with the year first, Unix time in seconds or milliseconds, RFC 1123
// and the English forms "4 August 2021", "August 4th, 2021" and
// "Wed, 04 Aug 2021". Day-first and month-first numeric dates
// ("04/08/2021") are ambiguous and are not read. It reports false when s
// holds no such date.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 64 {
		return Date{}, false
	}
	if isDigit(s[0]) {
		if d, ok := parseNumeric(s); ok {
			return d, true
		}
	}
	return parseWords(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits returns the value of the leading run of ASCII digits of s and its
// length.
func digits(s string) (v, n int) {
	for n < len(s) && isDigit(s[n]) && n < 13 {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

func parseNumeric(s string) (Date, bool) {
	y, n := digits(s)
	switch {
	case n == 4 && len(s) >= 8 && (s[4] == '-' || s[4] == '/' || s[4] == '.'):
		sep := s[4]
		m, nm := digits(s[5:])
		if nm < 1 || nm > 2 || len(s) <= 5+nm || s[5+nm] != sep {
			return Date{}, false
		}
		d, nd := digits(s[6+nm:])
		if nd < 1 || nd > 2 {
			return Date{}, false
		}
		date, ok := makeDate(y, m, d)
		if !ok {
			return Date{}, false
		}
		rest := s[6+nm+nd:]
		if sep == '-' && nm == 2 && nd == 2 {
			date.Time = parseClock(date, rest)
		}
		return date, true
	case n == 8 && (len(s) == 8 || s[8] == 'T'):
		return makeDate(y/10000, y/100%100, y%100)
	case (n == 10 || n == 13) && n == len(s):
		sec := int64(y)
		if n == 13 {
			sec /= 1000
		}
		t := time.Unix(sec, 0).UTC()
		d, ok := makeDate(t.Year(), int(t.Month()), t.Day())
		d.Time = t
		return d, ok
	}
	return Date{}, false
}

// parseClock reads the time-of-day part after an ISO date ("T10:00:00Z",
// " 10:00:00 +02:00", "T16:45+0100") and returns the instant, or the zero
// Time when there is no time with an explicit offset.
func parseClock(d Date, rest string) time.Time {
	if len(rest) < 6 || (rest[0] != 'T' && rest[0] != ' ') {
		return time.Time{}
	}
	rest = rest[1:]
	hh, n1 := digits(rest)
	if n1 != 2 || len(rest) < 5 || rest[2] != ':' {
		return time.Time{}
	}
	mm, n2 := digits(rest[3:])
	if n2 != 2 {
		return time.Time{}
	}
	rest = rest[5:]
	ss := 0
	if len(rest) >= 3 && rest[0] == ':' {
		v, n := digits(rest[1:])
		if n != 2 {
			return time.Time{}
		}
		ss = v
		rest = rest[3:]
	}
	if len(rest) > 0 && (rest[0] == '.' || rest[0] == ',') {
		_, n := digits(rest[1:])
		rest = rest[1+n:]
	}
	rest = strings.TrimSpace(rest)
	if hh > 23 || mm > 59 || ss > 60 {
		return time.Time{}
	}
	var off int
	switch {
	case rest == "Z" || rest == "z" || rest == "UTC" || rest == "GMT":
	case len(rest) >= 3 && (rest[0] == '+' || rest[0] == '-'):
		oh, n := digits(rest[1:])
		if n == 4 && len(rest) == 5 {
			oh, om := oh/100, oh%100
			off = oh*3600 + om*60
		} else if n == 2 && len(rest) == 6 && rest[3] == ':' {
			om, n2 := digits(rest[4:])
			if n2 != 2 {
				return time.Time{}
			}
			off = oh*3600 + om*60
		} else if n == 2 && len(rest) == 3 {
			off = oh * 3600
		} else {
			return time.Time{}
		}
		if off > 14*3600 {
			return time.Time{}
		}
		if rest[0] == '-' {
			off = -off
		}
	default:
		return time.Time{}
	}
	loc := time.UTC
	if off != 0 {
		loc = time.FixedZone("", off)
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, hh, mm, ss, 0, loc)
}

// parseWords reads English dates with a month name: "4 August 2021",
// "August 4th, 2021", "Wed, 04 Aug 2021 10:00:00 GMT", "Aug. 4, 2021".
func parseWords(s string) (Date, bool) {
	var nums [3]int
	var numLens [3]int
	nn := 0
	month := 0
	monthPos := -1
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			v, n := digits(s[i:])
			if month != 0 && nn > 0 && numLens[nn-1] == 4 {
				// A number after the year: a time of day, done.
				i = len(s)
				continue
			}
			if nn == 3 {
				return Date{}, false
			}
			nums[nn], numLens[nn] = v, n
			nn++
			i += n
			// Ordinal suffixes: 1st, 2nd, 3rd, 4th.
			if i+1 < len(s) {
				suf := strings.ToLower(s[i : i+2])
				if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
					i += 2
				}
			}
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			if m, ok := monthNames[strings.ToLower(s[i:j])]; ok && month == 0 {
				month = m
				monthPos = nn
			} else if month == 0 && nn > 0 {
				// "4 foo August 2021": the numbers do not belong to a date.
				return Date{}, false
			}
			i = j
		default:
			i++
		}
		if month != 0 && nn == 2 {
			break
		}
	}
	if month == 0 || nn != 2 {
		return Date{}, false
	}
	var day, year int
	switch {
	case monthPos == 1 && numLens[0] <= 2 && numLens[1] == 4: // 4 August 2021
		day, year = nums[0], nums[1]
	case monthPos == 0 && numLens[0] <= 2 && numLens[1] == 4: // August 4, 2021
		day, year = nums[0], nums[1]
	case monthPos == 0 && numLens[0] == 4 && numLens[1] <= 2: // 2021 August 4 is rare; accept
		year, day = nums[0], nums[1]
	default:
		return Date{}, false
	}
	return makeDate(year, month, day)
}

// DateInText finds the first date written out in running text: "4 August
// 2021", "Aug. 4, 2021", "August 4th 2021" or ISO "2021-08-04". It returns
// the date and the byte offsets [start, end) of its words in s.
func DateInText(s string) (d Date, start, end int, ok bool) {
	type word struct{ start, end int }
	var words []word
	for i := 0; i < len(s); {
		c := s[i]
		if !(isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			i++
			continue
		}
		j := i
		for j < len(s) && (isDigit(s[j]) || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || s[j] == '-') {
			j++
		}
		words = append(words, word{i, j})
		i = j
	}
	for k, w := range words {
		tok := s[w.start:w.end]
		if len(tok) >= 10 && isDigit(tok[0]) && tok[4] == '-' && (len(tok) == 10 || tok[10] == 'T') {
			if d, ok := parseNumeric(tok[:10]); ok {
				return d, w.start, w.start + 10, true
			}
			continue
		}
		if _, isMonth := monthNames[strings.ToLower(tok)]; !isMonth {
			continue
		}
		// Day before the month: "4 August 2021".
		if k > 0 && k+1 < len(words) {
			a, b := words[k-1], words[k+1]
			if d, ok := parseWords(s[a.start:b.end]); ok && isDayToken(s[a.start:a.end]) {
				return d, a.start, b.end, true
			}
		}
		// Month first: "August 4, 2021", "Aug. 4th 2021".
		if k+2 < len(words) {
			b := words[k+2]
			if d, ok := parseWords(s[w.start:b.end]); ok {
				return d, w.start, b.end, true
			}
		}
	}
	return Date{}, 0, 0, false
}

// isDayToken reports whether s is a day of the month, with or without an
// ordinal suffix.
func isDayToken(s string) bool {
	v, n := digits(s)
	if n == 0 || n > 2 || v < 1 || v > 31 {
		return false
	}
	switch strings.ToLower(s[n:]) {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}
