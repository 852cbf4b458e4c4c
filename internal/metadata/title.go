package metadata

import (
	"net/url"
	"strings"
	"unicode"
)

// titleSeparators split a page title from the site name appended to it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " * ", " · ", " • ", " / ", " » "}

// pickTitle chooses the headline. The article entity's JSON-LD headline is
// what the publisher declares as the headline; og:title is the social-media
// headline, often shortened; the first <h1> is the visible headline; the
// <title> carries the site name. When the visible <h1> and the social
// title agree with each other but not with JSON-LD, the two agreeing
// sources win.
func (p *page) pickTitle(ld ldInfo, site, canonical string) string {
	host := hostLabel(canonical)
	ldh := stripSite(ld.headline, site, host)
	og := stripSite(p.first("og:title"), site, host)
	tw := stripSite(p.first("twitter:title"), site, host)
	ti := stripSite(p.title, site, host)
	h1 := p.pickH1(alnum(site), ldh, og, tw, ti)
	if ldh != "" && h1 != "" && !sameTitle(ldh, h1) && (sameTitle(h1, og) || sameTitle(h1, tw)) {
		return h1
	}
	micro := stripSite(p.first("microdata:headline"), site, host)
	other := stripSite(p.first("headline", "parsely-title", "sailthru.title", "dc.title", "title"), site, host)
	for _, c := range []string{ldh, og, micro, h1, tw, other, ti} {
		if c != "" {
			return c
		}
	}
	return ""
}

// pickH1 returns the <h1> that matches another title source, else the first
// one that reads like a headline (three words or more, not the site name).
func (p *page) pickH1(site string, others ...string) string {
	for _, h := range p.h1 {
		for _, o := range others {
			if o != "" && sameTitle(h, o) {
				return h
			}
		}
	}
	for _, h := range p.h1 {
		// A logo in an <h1> is the site's name, not a headline.
		if len(strings.Fields(h)) >= 3 && (site == "" || alnum(h) != site) {
			return h
		}
	}
	return ""
}

// sameTitle compares titles ignoring case, punctuation and quote styles.
func sameTitle(a, b string) bool {
	return a != "" && b != "" && alnum(a) == alnum(b)
}

// alnum keeps the lowercased letters and digits of s.
func alnum(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// hostLabel returns the registrable-looking label of a URL's host
// ("www.dailymail.co.uk" -> "dailymail"; "globalnews.ca" -> "globalnews").
func hostLabel(u string) string {
	pu, err := url.Parse(u)
	if err != nil {
		return ""
	}
	labels := strings.Split(strings.TrimPrefix(pu.Hostname(), "www."), ".")
	best := ""
	for _, l := range labels {
		switch l {
		case "co", "com", "org", "net", "gov", "ac", "news", "edu":
			continue
		}
		if len(l) > len(best) {
			best = l
		}
	}
	return best
}

// stripSite removes a site name (and then one short section name) that a
// title carries after a separator: "Story | Politics | Metro News" -> "Story".
func stripSite(t, site, host string) string {
	if t == "" {
		return ""
	}
	siteN, hostN := alnum(site), alnum(host)
	stripped := false
	for range 3 {
		idx, sep := -1, ""
		for _, s := range titleSeparators {
			if i := strings.LastIndex(t, s); i > idx {
				idx, sep = i, s
			}
		}
		if idx <= 0 {
			break
		}
		head, seg := strings.TrimSpace(t[:idx]), strings.TrimSpace(t[idx+len(sep):])
		if len(strings.Fields(head)) < 2 {
			break
		}
		segN := alnum(seg)
		words := len(strings.Fields(seg))
		isSite := segN != "" && words <= 6 &&
			(len(siteN) >= 3 && (strings.Contains(segN, siteN) || len(segN) >= 4 && strings.Contains(siteN, segN)) ||
				len(hostN) >= 4 && strings.Contains(segN, hostN))
		byline := words <= 5 && strings.HasPrefix(strings.ToLower(seg), "by ")
		if isSite || byline || (stripped && words <= 2) {
			t, stripped = head, true
			continue
		}
		break
	}
	return t
}
