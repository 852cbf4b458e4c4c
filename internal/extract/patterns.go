package extract

// nameClass says what a class or id word tells about an element.
type nameClass uint8

const (
	nameNeutral nameClass = iota
	// nameBoiler marks page furniture: the element is removed unless it
	// holds most of the page's paragraph text.
	nameBoiler
	// nameStrong marks furniture that is removed even when large, such as
	// comment threads.
	nameStrong
	// namePositive marks words that article containers use.
	namePositive
	// nameEmbed marks embedded posts (tweets, videos) that articles quote;
	// it overrides nameBoiler, so that "social-media-embed" stays.
	nameEmbed
)

// boilerWords are class/id words (after splitting on '-', '_', spaces and
// case changes) that name page furniture. The list follows the kinds of
// names used by Readability's unlikelyCandidates and trafilatura's
// discard expressions; the entries are storyline's own.
var boilerWords = map[string]nameClass{
	"comment": nameStrong, "comments": nameStrong, "disqus": nameStrong, "respond": nameStrong,
	"replies": nameStrong, "reply": nameStrong, "discussion": nameStrong, "livefyre": nameStrong,
	"outbrain": nameStrong, "taboola": nameStrong, "zergnet": nameStrong, "revcontent": nameStrong,
	"share": nameBoiler, "sharing": nameBoiler, "shares": nameBoiler, "sharebar": nameBoiler,
	"social": nameBoiler, "sociallinks": nameBoiler, "follow": nameBoiler,
	"newsletter": nameBoiler, "subscribe": nameBoiler, "subscription": nameBoiler, "signup": nameBoiler,
	"related": nameBoiler, "recommended": nameBoiler, "recommendation": nameBoiler, "recommendations": nameBoiler,
	"trending": nameBoiler, "latest": nameBoiler, "cta": nameBoiler, "jwplayer": nameBoiler, "popular": nameBoiler, "mostread": nameBoiler, "mostpopular": nameBoiler,
	"sidebar": nameBoiler, "rail": nameBoiler, "breadcrumb": nameBoiler, "breadcrumbs": nameBoiler,
	"nav": nameBoiler, "navbar": nameBoiler, "navigation": nameBoiler, "menu": nameBoiler,
	"footer": nameBoiler, "masthead": nameBoiler, "banner": nameBoiler,
	"ad": nameBoiler, "ads": nameBoiler, "advert": nameBoiler, "advertisement": nameBoiler, "adslot": nameBoiler,
	"adunit": nameBoiler, "adcontainer": nameBoiler, "dfp": nameBoiler, "gpt": nameBoiler,
	"sponsor": nameBoiler, "sponsored": nameBoiler, "promo": nameBoiler, "promotion": nameBoiler,
	"cookie": nameBoiler, "cookies": nameBoiler, "consent": nameBoiler, "gdpr": nameBoiler,
	"modal": nameBoiler, "popup": nameBoiler, "overlay": nameBoiler,
	"byline": nameBoiler, "bylines": nameBoiler, "author": nameBoiler, "authors": nameBoiler, "dateline": nameBoiler,
	"timestamp": nameBoiler, "date": nameBoiler, "published": nameBoiler, "meta": nameBoiler, "metadata": nameBoiler,
	"tags": nameBoiler, "tag": nameBoiler, "topics": nameBoiler, "keywords": nameBoiler,
	"credit": nameBoiler, "credits": nameBoiler, "caption": nameBoiler,
	"teaser": nameBoiler, "teasers": nameBoiler,
	"toolbar": nameBoiler, "tools": nameBoiler, "email": nameBoiler,
	"pagination": nameBoiler, "pager": nameBoiler, "rating": nameBoiler, "rss": nameBoiler,
	"skip": nameBoiler, "sronly": nameBoiler, "bio": nameBoiler, "header": nameBoiler, "hed": nameBoiler,
	"headline": nameBoiler, "kicker": nameBoiler, "eyebrow": nameBoiler,
	"more": nameBoiler, "readmore": nameBoiler, "also": nameBoiler,
	"embed": nameEmbed, "embedded": nameEmbed, "tweet": nameEmbed,
	"article": namePositive, "articlebody": namePositive, "body": namePositive, "content": namePositive,
	"entry": namePositive, "main": namePositive, "post": namePositive, "story": namePositive,
	"text": namePositive, "blog": namePositive, "page": namePositive,
}

// boilerPrefixes catch compound words that the splitter cannot separate,
// such as "sharetools" or "relatedarticles".
var boilerPrefixes = [...]struct {
	prefix string
	class  nameClass
}{
	{"comment", nameStrong}, {"disqus", nameStrong},
	{"share", nameBoiler}, {"social", nameBoiler}, {"related", nameBoiler}, {"newsletter", nameBoiler},
	{"subscri", nameBoiler}, {"sidebar", nameBoiler}, {"breadcrumb", nameBoiler}, {"promo", nameBoiler},
	{"advert", nameBoiler}, {"sponsor", nameBoiler}, {"recommend", nameBoiler}, {"trending", nameBoiler},
	{"byline", nameBoiler}, {"footer", nameBoiler}, {"navbar", nameBoiler}, {"mostpopular", nameBoiler},
	{"mostread", nameBoiler},
}

// classify reads class and id attribute values and reports the strongest
// boilerplate class among their words and whether a positive word is
// present. It does not allocate.
func classify(class, id string) (worst nameClass, positive bool) {
	var buf [48]byte
	// An embedded post ("social-media-embed") is quoted content, though
	// "social" alone names share bars; other furniture words still count.
	embed, otherBoiler := false, false
	defer func() {
		if embed && worst == nameBoiler && !otherBoiler {
			worst = nameNeutral
		}
	}()
	if isSlug(id) {
		// An id made from a heading ("she-also-kept-things-simple") says
		// nothing about the element's role.
		id = ""
	}
	for _, v := range [2]string{class, id} {
		n := 0
		prevLower := false
		for i := 0; i <= len(v); i++ {
			var c byte = ' '
			if i < len(v) {
				c = v[i]
			}
			split := false
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				if n < len(buf) {
					buf[n] = c
					n++
				}
				prevLower = c >= 'a'
				continue
			case c >= 'A' && c <= 'Z':
				split = prevLower
				prevLower = false
			default:
				split = true
				prevLower = false
			}
			if split && n > 0 {
				switch wordClass(buf[:n]) {
				case namePositive:
					positive = true
				case nameEmbed:
					embed = true
				case nameStrong:
					worst = nameStrong
				case nameBoiler:
					if worst != nameStrong {
						worst = nameBoiler
					}
					if w := string(buf[:n]); w != "social" && w != "media" {
						otherBoiler = true
					}
				}
				n = 0
			}
			if c >= 'A' && c <= 'Z' && n < len(buf) {
				buf[n] = c + ('a' - 'A')
				n++
			}
		}
	}
	return worst, positive
}

// wordClass looks a lower-case word up in boilerWords and boilerPrefixes.
func wordClass(w []byte) nameClass {
	if c, ok := boilerWords[string(w)]; ok {
		return c
	}
	if len(w) > 6 {
		for _, p := range boilerPrefixes {
			if len(w) >= len(p.prefix) && string(w[:len(p.prefix)]) == p.prefix {
				return p.class
			}
		}
	}
	return nameNeutral
}

// isSlug reports whether an id value is five or more words joined by
// hyphens or underscores, as ids generated from headings are.
func isSlug(id string) bool {
	if len(id) < 20 {
		return false
	}
	seps := 0
	for i := 0; i < len(id); i++ {
		switch id[i] {
		case '-', '_':
			seps++
		case ' ':
			return false
		}
	}
	return seps >= 4
}
