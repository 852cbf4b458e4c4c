package extract

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/metadata"
)

// Text extracts the article from a plain-text page, such as a scraped
// article saved as text: one paragraph a line, with the page's furniture
// (scrape-date stamps, reading-time badges, previous/next links, teaser
// lists, image credits, "back to top") flattened in among the paragraphs.
//
// The rules work on the shape of each line rather than on any one site's
// wording: the run of short headline lines before the first paragraph
// gives the title (further headline variants there are dropped); short
// lines made only of furniture words and dates are dropped, and a date
// among them that is not the scrape date becomes the publication date
// (date_source "text"); a short teaser-section heading ("Latest News",
// "Don't Miss", "Related stories") ends the article; "Previous/Next
// story" drops the story title after it; a "By Jane Doe" line gives the
// author; repeated lines are kept once.
func Text(page []byte) (document.Document, error) {
	raw := strings.ToValidUTF8(string(page), "\uFFFD")
	if strings.TrimSpace(raw) == "" {
		return document.Document{}, fmt.Errorf("%w: the page is blank", ErrEmpty)
	}
	w := txtWalk(txtSplitLines(raw), false)
	var doc document.Document
	doc.Author = w.author
	var kept []string
	doc.Title, kept = txtHeadlineBlock(w.cand)
	published := w.published
	if published.IsZero() {
		published = txtPublishedInText(kept)
	}
	if !published.IsZero() && (w.scrape.IsZero() || !txtAfter(published, w.scrape)) {
		doc.Date, doc.DateSource = published.String(), metadata.SourceText
	}
	doc.Text = strings.Join(kept, "\n")
	doc.Language = metadata.DetectLanguage(doc.Text)
	if doc.Text == "" {
		return doc, ErrEmpty
	}
	return doc, nil
}

// TextFurniture returns the lines of a plain-text page that Text drops as
// page furniture (scrape-date stamps, dates, reading-time badges, share
// and "back to top" lines, previous/next story links with the title after
// them, and the teaser lists after a "Latest News" heading), as code point
// ranges [start, end) into page. It lets a stage that must keep the page's
// own offsets, such as quotation finding on a .txt file, ignore what is not
// the article: a teaser "Kremlin says talks are possible" is not a
// statement of the story.
func TextFurniture(page []byte) [][2]int {
	raw := strings.ToValidUTF8(string(page), "\uFFFD")
	lines := txtSplitLines(raw)
	w := txtWalk(lines, true)
	if len(w.dropped) == 0 {
		return nil
	}
	out := make([][2]int, 0, len(w.dropped))
	// byte offsets to code points, walking the page once
	at, cp := 0, 0
	toCP := func(b int) int {
		cp += utf8.RuneCountInString(raw[at:b])
		at = b
		return cp
	}
	for _, i := range w.dropped {
		lo := toCP(lines[i].lo)
		out = append(out, [2]int{lo, toCP(lines[i].hi)})
	}
	return out
}

// txtWalked is what one pass over a page's lines finds.
type txtWalked struct {
	cand      []string  // content lines, furniture removed
	dropped   []int     // indexes of the lines dropped as furniture, ascending
	scrape    time.Time // the page's own "Today:" stamp, a bound on dates
	published metadata.Date
	author    string
}

// txtWalk classifies each line, keeping the content lines once each and,
// when furniture is set, noting the furniture it drops: then it reads on
// past a teaser section, where Text stops.
func txtWalk(lines []txtLine, furniture bool) txtWalked {
	var (
		w        txtWalked
		seen     = map[string]bool{}
		body     int  // paragraphs (not headline-like lines) so far
		skipNext bool // the line after "Next Story" is another story's title
		ended    bool // past a teaser heading: only furniture is read on
	)
	for i := 0; i < len(lines); i++ {
		l := lines[i].text
		words := txtWordCount(l)
		if skipNext {
			skipNext = false
			if words <= txtMaxTitleWords {
				w.dropped = append(w.dropped, i)
				continue
			}
		}
		switch kind, d := txtClassify(l, words); kind {
		case txtLineScrapeDate:
			if !d.IsZero() {
				w.scrape = time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
			}
			w.dropped = append(w.dropped, i)
			continue
		case txtLineDate:
			if w.published.IsZero() && !d.IsZero() {
				w.published = d
			}
			w.dropped = append(w.dropped, i)
			continue
		case txtLineFurniture:
			w.dropped = append(w.dropped, i)
			continue
		case txtLineStoryLink:
			skipNext = true
			w.dropped = append(w.dropped, i)
			continue
		case txtLineTail:
			if body > 0 {
				if !furniture {
					return w // the article ends here
				}
				// as furniture only the heading and the teaser lines
				// right after it count, since some layouts put a
				// "Related Stories" box mid-article
				w.dropped = append(w.dropped, i)
				// A teaser's title may carry the opening of its
				// story under it, cut off mid-sentence.
				afterTitle := false
				for i+1 < len(lines) {
					next := lines[i+1].text
					teaser := txtIsTeaser(next)
					if !teaser && !(afterTitle && txtIsSnippet(next)) {
						break
					}
					afterTitle = teaser
					i++
					w.dropped = append(w.dropped, i)
				}
				ended = true
			}
			continue
		}
		if ended {
			continue
		}
		if names := metadata.Byline(l); len(names) > 0 {
			if w.author == "" {
				w.author = strings.Join(names, "; ")
			}
			continue
		}
		k := txtDedupKey(l)
		if seen[k] {
			continue
		}
		seen[k] = true
		w.cand = append(w.cand, l)
		if !txtIsHeadline(l) || words > txtMaxTitleWords {
			body++
		}
	}
	return w
}

// txtHeadlineBlock splits the headline-like lines above the first
// paragraph from the article. The first of them with three words or more
// is the title. One more line there is a standfirst and stays in the text,
// unless it repeats the title; two or more are headline variants (spun and
// aggregated pages list the story's headline several ways) and go.
func txtHeadlineBlock(cand []string) (title string, text []string) {
	h := 0
	for h < len(cand) && txtIsHeadline(cand[h]) {
		limit := txtMaxHeadlineWords
		if title == "" {
			limit = txtMaxTitleWords
		}
		if txtWordCount(cand[h]) > limit {
			break
		}
		if title == "" && txtLetterWords(cand[h]) >= 3 {
			title = cand[h]
			cand = append(cand[:h:h], cand[h+1:]...)
			continue
		}
		h++
	}
	if title == "" {
		return "", cand
	}
	// cand[:h] now holds the block without the title.
	switch {
	case h == 1 && !txtSimilar(cand[0], title):
		return title, cand
	case h == len(cand):
		// Nothing but short lines: keep them rather than lose the page.
		return title, cand
	}
	return title, cand[h:]
}

// txtSimilar reports whether two headlines share most of their words.
func txtSimilar(a, b string) bool {
	wa := strings.Fields(strings.ToLower(a))
	wb := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		wb[w] = true
	}
	common := 0
	for _, w := range wa {
		if wb[w] {
			common++
		}
	}
	n := min(len(wa), len(wb))
	return n > 0 && common*2 >= n
}

// txtMaxHeadlineWords is the longest line taken as a headline variant
// rather than a standfirst, and txtMaxTitleWords the longest title.
const (
	txtMaxHeadlineWords = 18
	txtMaxTitleWords    = 32
)

func txtAfter(d metadata.Date, t time.Time) bool {
	y, m, dd := t.Date()
	return d.Year*10000+d.Month*100+d.Day > y*10000+int(m)*100+dd
}

// txtIsTeaser reports whether a line after a teaser-section heading is a
// teaser: another story's headline, bare or as a list item ("- UN says
// famine confirmed", "1. Junta says it foiled coup attempt").
func txtIsTeaser(l string) bool {
	words := txtWordCount(l)
	if txtListItem(l) {
		return words <= 25
	}
	return txtIsHeadline(l) && words <= txtMaxHeadlineWords
}

// txtIsSnippet reports whether a line is the cut-off opening of another
// story under a teaser's title: it stops without a sentence's closing
// punctuation ("... signed a series of memoranda of understanding",
// "... has released a") or trails off in an ellipsis.
func txtIsSnippet(l string) bool {
	l = strings.TrimSpace(l)
	if strings.HasSuffix(l, "…") || strings.HasSuffix(l, "...") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",;–—-", r)
}

// txtListItem reports whether a line opens with a list mark: a bullet or
// a dash and a space, or a number with "." or ")" and a space ("1. ..."),
// not a number that opens a sentence ("2024 was a hard year").
func txtListItem(l string) bool {
	r, n := utf8.DecodeRuneInString(l)
	if strings.ContainsRune("-–—•*·»", r) {
		return strings.HasPrefix(l[n:], " ")
	}
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i <= 2 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' '
}

// txtLine is one non-empty line of a page, its white space collapsed, with
// the byte range [lo, hi) it came from.
type txtLine struct {
	text   string
	lo, hi int
}

// txtSplitLines returns the non-empty lines of s with white space collapsed.
func txtSplitLines(s string) []txtLine {
	var out []txtLine
	for lo := 0; lo < len(s); {
		hi := lo
		for hi < len(s) {
			r, n := utf8.DecodeRuneInString(s[hi:])
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				break
			}
			hi += n
		}
		if l := strings.Join(strings.FieldsFunc(s[lo:hi], txtUnicodeSpace), " "); l != "" {
			out = append(out, txtLine{text: l, lo: lo, hi: hi})
		}
		if hi < len(s) {
			_, n := utf8.DecodeRuneInString(s[hi:])
			hi += n
		}
		lo = hi
	}
	return out
}

func txtUnicodeSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func txtWordCount(s string) int { return len(strings.Fields(s)) }

// txtIsHeadline reports whether a line reads like a headline rather than a
// paragraph: it does not end in sentence punctuation (a question or
// exclamation mark may end a headline).
func txtIsHeadline(l string) bool {
	l = strings.TrimRight(l, "\"'”’)] ")
	// "...do they have?..." is a headline cut short by the publisher.
	if t := strings.TrimRight(l, ".…"); t != l && (strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")) {
		return true
	}
	if l == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', ',', ';', ':', '…':
		return false
	}
	return true
}

func txtDedupKey(l string) string {
	var b strings.Builder
	for _, r := range l {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

type txtLineKind int

const (
	txtLineText txtLineKind = iota
	txtLineScrapeDate
	txtLineDate
	txtLineFurniture
	txtLineStoryLink
	txtLineTail
)

// txtTailHeadings open the teaser lists that follow an article. Compared on
// the lowercased letters of a short line; "…from X" and "more from X"
// forms are matched by prefix.
var txtTailHeadings = map[string]bool{
	"latestnews": true, "dontmiss": true, "related": true, "relatednews": true,
	"relatedarticles": true, "relatedstories": true, "relatedposts": true,
	"relatedcontent": true, "youmayalsolike": true, "youmightalsolike": true,
	"youmayalsobeinterestedin": true, "recommended": true, "recommendedforyou": true,
	"trending": true, "trendingnow": true, "mostread": true, "mostpopular": true,
	"popularposts": true, "popularstories": true, "topstories": true, "readnext": true,
	"morestories": true, "morenews": true, "editorspicks": true, "moreonthis": true,
	"morefromauthor": true, "alsoread": true, "readmore": true, "morelikethis": true,
	"leaveareply": true, "leaveacomment": true, "comments": true, "similarposts": true,
	"latestposts": true, "latestarticles": true, "latest": true, "topnews": true,
	"whattoreadnext": true, "seealso": true,
}

var txtTailPrefixes = []string{"latestfrom", "morefrom", "morein", "morestoriesfrom", "morenewsfrom", "alsoin"}

// txtFurniturePhrases are whole lines that are page furniture.
var txtFurniturePhrases = map[string]bool{
	"gototop": true, "backtotop": true, "scrolltotop": true, "top": true,
	"share": true, "sharethis": true, "sharethisarticle": true, "shareonfacebook": true,
	"shareontwitter": true, "tweet": true, "print": true, "email": true,
	"advertisement": true, "sponsored": true, "subscribe": true, "listen": true,
	"listentothisarticle": true, "followus": true, "skiptocontent": true,
	"skiptomaincontent": true, "photo": true, "video": true, "watch": true,
	"readfullarticle": true, "continuereading": true, "clickheretoreadmore": true,
	"whatsapp": true, "facebook": true, "twitter": true, "linkedin": true, "copylink": true,
	"subscribetoournewsletter": true, "signupforournewsletter": true, "newsletter": true,
	"followusongooglenews": true, "advertisementscrolltocontinue": true, "ad": true,
	"storycontinuesbelowadvertisement": true, "articlecontinuesbelow": true,
	"likethis": true, "loading": true, "emailthis": true, "printfriendly": true,
	"commentsareclosed": true, "gotohome": true, "menu": true, "search": true,
}

// txtLinePrefixes start lines that point at other stories ("ALSO READ: ...").
var txtLinePrefixes = []string{"alsoread", "readalso", "readmore", "seealso", "related", "recommended", "mustread", "dontmiss", "alsowatch", "watch",
	"tags", "topics", "filedunder", "categories", "category", "keywords", "source", "postviews", "views"}

// txtCreditMarkers mark image credit lines.
var txtCreditMarkers = []string{
	"pic credit", "photo credit", "image credit", "picture credit", "photo courtesy",
	"image courtesy", "picture courtesy", "file photo", "photo:", "photograph:",
	"picture:", "image:", "credit:", "credits:", "©", "(c) ", "getty images",
	"photo by ", "photos by ", "image by ", "representative image", "representational image",
	"representational picture", "representative picture", "file pic", "pic:", "(pic",
}

// txtClassify says what a line is. For date lines it also returns the date.
func txtClassify(l string, words int) (txtLineKind, metadata.Date) {
	key := txtDedupKey(l)
	lower := strings.ToLower(l)
	if words <= 4 {
		switch key {
		case "previousstory", "nextstory", "previousarticle", "nextarticle", "previouspost",
			"nextpost", "previous", "next", "prevstory", "olderpost", "newerpost":
			return txtLineStoryLink, metadata.Date{}
		}
	}
	if words <= 12 && txtIsBreadcrumb(lower) {
		return txtLineFurniture, metadata.Date{}
	}
	if words <= 8 {
		if d, kind, ok := metadata.DateStamp(l); ok {
			if kind == metadata.StampOther {
				return txtLineScrapeDate, d
			}
			return txtLineDate, d
		}
		if txtIsReadingTime(lower) || txtIsRelativeTime(lower) {
			return txtLineFurniture, metadata.Date{}
		}
		if txtFurniturePhrases[key] {
			return txtLineFurniture, metadata.Date{}
		}
		if txtTailHeadings[key] {
			return txtLineTail, metadata.Date{}
		}
		for _, p := range txtTailPrefixes {
			if strings.HasPrefix(key, p) && txtIsHeadline(l) {
				return txtLineTail, metadata.Date{}
			}
		}
	}
	// "Published on 2 February 2023 by Staff Reporter, Culture Desk".
	if words <= 24 {
		if d := txtPublishedInText([]string{l}); !d.IsZero() {
			return txtLineDate, d
		}
	}
	// "ALSO READ: headline", "Read more - headline" (a dash only between
	// spaces: "Related-party deals" is a sentence).
	if i := txtLabelEnd(l); i > 0 && i < 24 {
		head := txtDedupKey(l[:i])
		for _, p := range txtLinePrefixes {
			if head == p {
				return txtLineFurniture, metadata.Date{}
			}
		}
	}
	if words <= 12 && txtIsHeadline(l) {
		for _, m := range txtCreditMarkers {
			if strings.Contains(lower, m) {
				return txtLineFurniture, metadata.Date{}
			}
		}
	}
	return txtLineText, metadata.Date{}
}

// txtIsReadingTime matches reading-time badges: "4 mins read", "5 min read",
// "Reading time: 3 minutes", "2 minute read".
func txtIsReadingTime(lower string) bool {
	f := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	hasNum, hasMin, hasRead := false, false, false
	for _, w := range f {
		switch {
		case txtIsDigits(w):
			hasNum = true
		case w == "min" || w == "mins" || w == "minute" || w == "minutes":
			hasMin = true
		case w == "read" || w == "reading" || w == "time" || w == "listen":
		case strings.HasSuffix(w, "min") && txtIsDigits(strings.TrimSuffix(w, "min")):
			hasNum, hasMin = true, true
		default:
			return false
		}
		if w == "read" || w == "reading" {
			hasRead = true
		}
	}
	return hasNum && hasMin && hasRead
}

// txtPublishedInText finds "Published 4 August 2021"-style statements in the
// kept lines' first words.
func txtPublishedInText(lines []string) metadata.Date {
	for _, l := range lines {
		lower := strings.ToLower(l)
		for _, cue := range []string{"published on ", "published ", "posted on ", "first published "} {
			i := strings.Index(lower, cue)
			if i < 0 || i > 40 || !txtStampStart(lower[:i]) {
				continue
			}
			rest := l[i+len(cue):]
			if len(rest) > 40 {
				rest = rest[:40]
			}
			if d, start, _, ok := metadata.DateInText(rest); ok && start < 6 {
				return d
			}
		}
	}
	return metadata.Date{}
}

// txtStampStart reports whether a date cue preceded by head starts a
// stamp: at the start of the line or after a separator ("By Jane Doe |
// Published ..."), not inside a sentence ("The report, published ...").
func txtStampStart(head string) bool {
	head = strings.TrimRight(head, " ")
	if head == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return strings.ContainsRune("|·•-–—/", r)
}

func txtIsDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// txtIsBreadcrumb matches navigation trails: "Home > News > World",
// "Home / Business / Markets".
func txtIsBreadcrumb(lower string) bool {
	if !strings.HasPrefix(lower, "home") {
		return false
	}
	rest := strings.TrimSpace(lower[len("home"):])
	return rest != "" && strings.ContainsRune(">/»›|", []rune(rest)[0])
}

// txtLetterWords counts the words of l that contain a letter.
func txtLetterWords(l string) int {
	n := 0
	for _, w := range strings.Fields(l) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// txtLabelEnd returns where a leading label ends: at the first ':', '|' or
// '»', or at a dash with a space on each side; -1 when there is none.
func txtLabelEnd(l string) int {
	end := strings.IndexAny(l, ":|»")
	for _, d := range []string{" - ", " – ", " — "} {
		if i := strings.Index(l, d); i >= 0 && (end < 0 || i < end) {
			end = i
		}
	}
	return end
}

// txtIsRelativeTime matches relative time stamps: "3 hours ago",
// "Updated 5 mins ago", "an hour ago".
func txtIsRelativeTime(lower string) bool {
	f := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) < 2 || len(f) > 5 || f[len(f)-1] != "ago" {
		return false
	}
	switch strings.TrimSuffix(f[len(f)-2], "s") {
	case "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year":
		return true
	}
	return false
}
