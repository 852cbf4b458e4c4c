package crawl

import (
	"net/url"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRobotsAllowed(t *testing.T) {
	const agent = "storyline/1.0 (+https://example.invalid)"
	tests := []struct {
		name   string
		robots string
		path   string
		want   bool
	}{
		{"empty file", "", "/x", true},
		{"star disallow", "User-agent: *\nDisallow: /private\n", "/private/a", false},
		{"prefix only", "User-agent: *\nDisallow: /private\n", "/public", true},
		{"prefix is not a word match", "User-agent: *\nDisallow: /priv\n", "/private", false},
		{"empty disallow allows", "User-agent: *\nDisallow:\n", "/anything", true},
		{"own group beats star", "User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow: /news/drafts\n", "/news/today", true},
		{"own group rules apply", "User-agent: *\nDisallow: /\n\nUser-agent: storyline\nDisallow: /news/drafts\n", "/news/drafts/1", false},
		{"agent match is case-insensitive", "User-agent: StoryLine\nDisallow: /x\n", "/x", false},
		{"other bot's group ignored", "User-agent: otherbot\nDisallow: /\n", "/x", true},
		{"grouped user-agents", "User-agent: otherbot\nUser-agent: storyline\nDisallow: /x\n", "/x", false},
		{"longest match wins", "User-agent: *\nDisallow: /a\nAllow: /a/b\n", "/a/b/c", true},
		{"longest match wins disallow", "User-agent: *\nAllow: /a\nDisallow: /a/b\n", "/a/b/c", false},
		{"allow wins tie", "User-agent: *\nDisallow: /a\nAllow: /a\n", "/a", true},
		{"wildcard", "User-agent: *\nDisallow: /*.pdf\n", "/files/report.pdf", false},
		{"wildcard no match", "User-agent: *\nDisallow: /*.pdf\n", "/files/report.html", true},
		{"end anchor", "User-agent: *\nDisallow: /*.php$\n", "/index.php", false},
		{"end anchor query", "User-agent: *\nDisallow: /*.php$\n", "/index.php?x=1", true},
		{"query in pattern", "User-agent: *\nDisallow: /*?sessionid=\n", "/page?sessionid=3", false},
		{"comments and CRLF", "# hello\r\nUser-agent: * # all\r\nDisallow: /tmp # no\r\n", "/tmp/x", false},
		{"robots.txt always allowed", "User-agent: *\nDisallow: /\n", "/robots.txt", true},
		{"groups merged", "User-agent: storyline\nDisallow: /a\n\nUser-agent: storyline\nDisallow: /b\n", "/b", false},
		{"rules before any group ignored", "Disallow: /\nUser-agent: *\nAllow: /\n", "/x", true},
		{"utf-8 pattern matches escaped path", "User-agent: *\nDisallow: /ü\n", "/%C3%BC/x", false},
		{"sitemap line does not end group", "User-agent: *\nSitemap: https://example.invalid/s.xml\nDisallow: /x\n", "/x", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse("https://example.invalid" + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if got := ParseRobots([]byte(tc.robots), agent).Allowed(u); got != tc.want {
				t.Errorf("Allowed(%q) under %q = %v; want %v", tc.path, tc.robots, got, tc.want)
			}
		})
	}
}

func TestRobotsExtras(t *testing.T) {
	body := "User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n\nUser-agent: storyline\nCrawl-delay: 4\n\nSitemap: https://example.invalid/sitemap.xml\nSitemap: relative.xml\n"
	r := ParseRobots([]byte(body), "storyline")
	if r.CrawlDelay != 4*time.Second {
		t.Errorf("CrawlDelay = %v; want 4s", r.CrawlDelay)
	}
	if diff := cmp.Diff([]string{"https://example.invalid/sitemap.xml"}, r.Sitemaps); diff != "" {
		t.Errorf("Sitemaps (-want +got):\n%s", diff)
	}
	if r2 := ParseRobots([]byte(body), "otherbot"); r2.CrawlDelay != 2500*time.Millisecond {
		t.Errorf("CrawlDelay for otherbot = %v; want 2.5s", r2.CrawlDelay)
	}
}

func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/", true},
		{"/a*b", "/axxb", true},
		{"/a*b", "/axxbyy", true},
		{"/a*b$", "/axxbyy", false},
		{"/a*b$", "/axbxb", true},
		{"*", "/anything", true},
		{"/a$", "/a", true},
		{"/a$", "/ab", false},
		{"/**/x", "/y/x", true},
		{"/x", "/", false},
	}
	for _, tc := range tests {
		if got := matchPattern(tc.pattern, tc.path); got != tc.want {
			t.Errorf("matchPattern(%q, %q) = %v; want %v", tc.pattern, tc.path, got, tc.want)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private\nAllow: /private/ok$\nCrawl-delay: 1\n"), "/private/x")
	f.Add([]byte("User-agent: storyline\r\nDisallow: /*.pdf$\r\n"), "/a.pdf")
	f.Add([]byte("\xef\xbb\xbfuser-agent:*\rdisallow:/\r"), "/")
	f.Add([]byte("User-agent: *\nDisallow: /a*b*c*d*e*f*g*h*i*j$\n"), "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		r := ParseRobots(body, "storyline/1.0")
		if r.CrawlDelay < 0 {
			t.Fatalf("negative crawl delay %v", r.CrawlDelay)
		}
		got := r.AllowedPath(path)
		// Robots.txt is always allowed, and an empty file allows everything.
		if u, err := url.Parse("http://h/robots.txt"); err == nil && !r.Allowed(u) {
			t.Fatal("robots.txt itself disallowed")
		}
		if len(body) == 0 && !got {
			t.Fatal("empty robots.txt disallows")
		}
	})
}
