package crawl

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// robotsMaxSize is how much of a robots.txt is parsed; RFC 9309 §2.5 asks
// crawlers to parse at least 500 KiB.
const robotsMaxSize = 500 << 10

// Robots is a parsed robots.txt as it applies to one crawler.
//
// Matching follows RFC 9309 (the Robots Exclusion Protocol): the groups whose
// user-agent token equals the crawler's product token apply, else the "*"
// groups; among the rules that match a path, the one with the longest
// pattern wins and Allow wins a tie; "*" in a pattern matches any sequence
// and a trailing "$" anchors the end. Crawl-delay, a widely used extension
// that RFC 9309 does not define, is kept as well. A Robots is immutable and
// safe for concurrent use.
type Robots struct {
	rules []robotsRule
	// CrawlDelay is the Crawl-delay of the applicable group, or zero.
	CrawlDelay time.Duration
	// Sitemaps are the Sitemap URLs listed anywhere in the file.
	Sitemaps []string
}

// robotsRule is one Allow or Disallow line.
type robotsRule struct {
	allow   bool
	pattern string
}

// AllowAll is the Robots used when a site has no robots.txt (RFC 9309 §2.3.1.3).
func AllowAll() *Robots { return &Robots{} }

// DisallowAll is the Robots used when a site's robots.txt is unreachable
// (RFC 9309 §2.3.1.4: a server error means complete disallow).
func DisallowAll() *Robots {
	return &Robots{rules: []robotsRule{{allow: false, pattern: "/"}}}
}

// robotsGroup is one group of the file: its user-agents and their rules.
type robotsGroup struct {
	agents []string
	rules  []robotsRule
	delay  time.Duration
	hasDly bool
}

// ParseRobots parses a robots.txt body for the crawler whose product token
// is agent (for example "storyline"; matching is case-insensitive). Only the
// first 500 KiB are read; unknown lines and malformed lines are ignored, as
// the RFC requires, so ParseRobots never fails.
func ParseRobots(body []byte, agent string) *Robots {
	if len(body) > robotsMaxSize {
		body = body[:robotsMaxSize]
	}
	agent = strings.ToLower(productToken(agent))
	var (
		groups   []*robotsGroup
		cur      *robotsGroup
		inAgents bool // the previous significant line was a user-agent line
		out      = &Robots{}
	)
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), robotsMaxSize+1)
	sc.Split(scanRobotsLines)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent", "useragent", "user agent":
			if !inAgents || cur == nil {
				cur = &robotsGroup{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(productToken(value)))
			inAgents = true
		case "allow", "disallow":
			inAgents = false
			if cur == nil || value == "" {
				continue // rules outside a group, or an empty Disallow (allows all)
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: normalizePattern(value)})
		case "crawl-delay":
			inAgents = false
			if cur == nil {
				continue
			}
			if secs, err := strconv.ParseFloat(value, 64); err == nil && secs >= 0 && secs < 86400 {
				cur.delay = time.Duration(secs * float64(time.Second))
				cur.hasDly = true
			}
		case "sitemap":
			// Sitemap lines are not part of any group.
			if u, err := url.Parse(value); err == nil && u.IsAbs() {
				out.Sitemaps = append(out.Sitemaps, value)
			}
		default:
			// Other records (Host, Clean-param, ...) end a run of user-agents
			// only when they are known to; unknown lines are ignored entirely.
		}
	}
	var mine, star []*robotsGroup
	for _, g := range groups {
		for _, a := range g.agents {
			if a == agent && agent != "" {
				mine = append(mine, g)
				break
			}
			if a == "*" {
				star = append(star, g)
				break
			}
		}
	}
	if len(mine) == 0 {
		mine = star
	}
	for _, g := range mine { // RFC 9309 §2.2.1: matching groups are combined.
		out.rules = append(out.rules, g.rules...)
		if g.hasDly && g.delay > out.CrawlDelay {
			out.CrawlDelay = g.delay
		}
	}
	return out
}

// scanRobotsLines splits on \n, \r\n and lone \r.
func scanRobotsLines(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		if data[i] == '\r' && i+1 == len(data) && !atEOF {
			return 0, nil, nil // need more data to see whether \n follows
		}
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// productToken returns the product token of a user-agent string:
// "storyline/1.0 (+https://x)" -> "storyline".
func productToken(ua string) string {
	ua = strings.TrimSpace(ua)
	if i := strings.IndexAny(ua, "/ \t("); i >= 0 {
		ua = ua[:i]
	}
	return ua
}

// normalizePattern percent-encodes the bytes of a pattern that a request
// path would carry percent-encoded (non-ASCII, space), so that patterns
// written with raw UTF-8 match escaped paths (RFC 9309 §2.2.2).
func normalizePattern(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c >= 0x80 || c == ' ' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Allowed reports whether the crawler may fetch u. The path of robots.txt
// itself is always allowed.
func (r *Robots) Allowed(u *url.URL) bool {
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return r.AllowedPath(path)
}

// AllowedPath reports whether the crawler may fetch path, which is the
// escaped path plus "?query" if any.
func (r *Robots) AllowedPath(path string) bool {
	bestLen, allowed := -1, true
	for _, rule := range r.rules {
		if !matchPattern(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > bestLen || (n == bestLen && rule.allow) {
			bestLen, allowed = n, rule.allow
		}
	}
	return allowed
}

// matchPattern reports whether path matches a robots.txt pattern: a prefix
// match where "*" matches any sequence and a final "$" anchors the end. The
// algorithm is the classic greedy wildcard match with a single backtrack
// point, linear in practice.
func matchPattern(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	} else {
		pattern += "*"
	}
	p, s := 0, 0
	starP, starS := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			starP, starS = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case starP >= 0:
			p = starP + 1
			starS++
			s = starS
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
