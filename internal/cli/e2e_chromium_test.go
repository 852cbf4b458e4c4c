package cli_test

import (
	"bytes"
	"context"
	"html"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds a headless-capable Chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed (apt-get install -y chromium); skipping the browser end-to-end test")
	return ""
}

// browser drives Chromium through its command line: each visit is a fresh
// headless run that loads a URL, runs its scripts and prints the DOM or
// takes a screenshot.
type browser struct {
	t         *testing.T
	bin       string
	profile   string
	artefacts string
}

func newBrowser(t *testing.T) *browser {
	bin := chromium(t)
	dir := os.Getenv("STORYLINE_ARTEFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "storyline-e2e-artefacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots go to %s", dir)
	return &browser{t: t, bin: bin, profile: t.TempDir(), artefacts: dir}
}

func (b *browser) run(url string, extra ...string) (stdout, stderr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--enable-logging=stderr", "--v=0", "--user-data-dir=" + b.profile}, extra...)
	cmd := exec.CommandContext(ctx, b.bin, append(args, url)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		b.t.Fatalf("chromium %s: %v\n%s", url, err, errb.String())
	}
	return out.String(), errb.String()
}

// visit loads url, fails on any Content Security Policy violation or
// console error, saves a screenshot as name.png (and name-phone.png at a
// phone's width when phone is set) and returns the DOM.
func (b *browser) visit(url, name string, phone bool) string {
	b.t.Helper()
	dom, logs := b.run(url, "--dump-dom")
	for _, l := range strings.Split(logs, "\n") {
		if strings.Contains(l, "Content Security Policy") || strings.Contains(l, "Refused to") ||
			(strings.Contains(l, "CONSOLE") && strings.Contains(l, "rror")) {
			b.t.Errorf("%s: browser reported: %s", url, l)
		}
	}
	sizes := []struct{ suffix, wh string }{{"", "1280,1600"}}
	if phone {
		sizes = append(sizes, struct{ suffix, wh string }{"-phone", "390,1800"})
	}
	for _, size := range sizes {
		shot := filepath.Join(b.artefacts, name+size.suffix+".png")
		b.run(url, "--screenshot="+shot, "--window-size="+size.wh, "--hide-scrollbars")
		if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
			b.t.Errorf("no screenshot of %s at %s: %v", url, shot, err)
		}
	}
	return dom
}

// links returns the unescaped hrefs in dom that match prefix.
func links(dom, prefix string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(dom, -1) {
		if h := html.UnescapeString(m[1]); strings.HasPrefix(h, prefix) {
			out = append(out, h)
		}
	}
	return out
}

func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := newBrowser(t)
	base := strings.TrimSuffix(startServer(t, "demo"), "/")

	// The story list: find a developing story.
	home := b.visit(base+"/", "01-stories", true)
	stories := links(home, "/stories/")
	if len(stories) < 2 {
		t.Fatalf("story list shows %d stories; want the demo's stories", len(stories))
	}
	if !strings.Contains(home, `class="badge`) || !strings.Contains(home, "<svg") {
		t.Errorf("story list shows no new/updated badge or no chart")
	}

	// The story page: read its timeline.
	story := b.visit(base+stories[0], "02-story", true)
	timeline := story
	if i := strings.Index(timeline, `id="timeline"`); i >= 0 {
		timeline = timeline[i:]
	}
	if i := strings.Index(timeline, `id="quotes"`); i >= 0 {
		timeline = timeline[:i]
	}
	days := regexp.MustCompile(`<time datetime="(2026-\d\d-\d\d)">`).FindAllStringSubmatch(timeline, -1)
	if len(days) < 3 {
		t.Errorf("story timeline has %d days; want a developing story", len(days))
	}
	for i := 1; i < len(days); i++ {
		if days[i][1] < days[i-1][1] {
			t.Errorf("timeline out of order: %s after %s", days[i][1], days[i-1][1])
		}
	}
	collapsed := strings.Contains(story, "<details")
	for _, other := range stories[1:] {
		if collapsed {
			break
		}
		dom, _ := b.run(base+other, "--dump-dom")
		collapsed = strings.Contains(dom, "<details")
	}
	if !collapsed {
		t.Errorf("no story page collapses a wire copy")
	}

	// A speaker's page: statements over time.
	speakers := links(story, "/entities/")
	if len(speakers) == 0 {
		t.Fatal("story page links no speaker")
	}
	speaker := b.visit(base+speakers[0], "03-speaker", false)
	if n := strings.Count(speaker, "<blockquote"); n == 0 || !strings.Contains(speaker, "Statements over time") {
		t.Errorf("speaker page %s shows %d statements", speakers[0], n)
	}

	// Search, with highlighted matches.
	search := b.visit(base+"/search?q=convoy", "04-search", false)
	if !strings.Contains(search, "<mark>convoy</mark>") || len(links(search, "/documents/")) == 0 {
		t.Errorf("search for convoy shows no highlighted hit")
	}
	doc := b.visit(base+links(search, "/documents/")[0], "05-document", false)
	if !strings.Contains(doc, "Date found in") || !strings.Contains(doc, `class="original"`) {
		t.Errorf("document page lacks date source or original link")
	}

	// Export: the story's CSV link as the browser shows it.
	exports := links(story, "/api/export?format=csv")
	if len(exports) == 0 {
		t.Fatal("story page has no CSV export link")
	}
	resp, err := http.Get(base + exports[0])
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	rows := strings.Count(strings.TrimSpace(string(body)), "\n")
	if resp.StatusCode != 200 || !strings.HasPrefix(string(body), "id,title,url,date") || rows < 3 {
		t.Errorf("export %s = %d, %d rows; want the story's documents as CSV", exports[0], resp.StatusCode, rows)
	}
	if err := os.WriteFile(filepath.Join(b.artefacts, "06-export.csv"), body, 0o644); err != nil {
		t.Error(err)
	}
}
