package extract

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/pages")

// TestGolden extracts every testdata/pages/*.html page and compares the
// rule and text with the page's .golden file.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	for _, path := range pages {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Extract(page, Options{URL: "https://example.org/" + name})
			if err != nil {
				t.Fatalf("Extract(%s): %v", path, err)
			}
			got := "rule: " + string(r.Rule) + "\n---\n" + r.Document.Text + "\n"
			golden := strings.TrimSuffix(path, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("Extract(%s) mismatch (-want +got):\n%s", path, diff)
			}
		})
	}
}

func TestHTMLEmpty(t *testing.T) {
	tests := []struct {
		name string
		page string
	}{
		{"nothing", ""},
		{"spaces", " \n\t "},
		{"no body text", "<html><head><title>T</title></head><body></body></html>"},
		{"only furniture", `<body><nav><a href="/">Home</a></nav><script>var x = "long text that is code";</script><footer>© 2024</footer></body>`},
		{"only comments", `<body><div id="comments"><p>A comment that is long enough to count as a paragraph of text.</p></div></body>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := HTML([]byte(tt.page), Options{})
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("HTML(%q) = %q, %v; want ErrEmpty", tt.page, d.Text, err)
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{
			name: "plain paragraphs",
			page: `<body><p>First paragraph of the story.</p><p>Second paragraph.</p></body>`,
			want: "First paragraph of the story.\nSecond paragraph.",
		},
		{
			name: "br breaks lines",
			page: `<body><div>One line of text here.<br>Another line of text.<br><br>Third.</div></body>`,
			want: "One line of text here.\nAnother line of text.\nThird.",
		},
		{
			name: "keyword links stay in the sentence",
			page: `<body><article><p>Crews travel to deep <a class="tag" href="/t/space">space</a> on long missions, which takes years of preparation.</p></article></body>`,
			want: "Crews travel to deep space on long missions, which takes years of preparation.",
		},
		{
			name: "link list dropped",
			page: `<body><article><p>The article text is this sentence, and it is long enough.</p><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></article></body>`,
			want: "The article text is this sentence, and it is long enough.",
		},
		{
			name: "hidden element dropped",
			page: `<body><p>Visible text of the article, which readers see.</p><p style="display: none">Hidden text.</p><p hidden>Also hidden.</p></body>`,
			want: "Visible text of the article, which readers see.",
		},
		{
			name: "framework hiding classes",
			page: `<body><article><div class="visually-hidden">Article content</div><p>The council met on Monday and agreed the budget.</p><div class="hidden-xs"><p>Shown on large screens, and so part of the text.</p></div></article></body>`,
			want: "The council met on Monday and agreed the budget.\nShown on large screens, and so part of the text.",
		},
		{
			name: "table rows read as lines",
			page: `<body><article><p>Standings after the final race of the season are below.</p><table><tr class="player-1"><td>1</td><td>Kyle Busch</td><td>5040</td></tr><tr class="player-2"><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></article></body>`,
			want: "Standings after the final race of the season are below.\n1 Kyle Busch 5040\n2 Martin Truex Jr. 5035",
		},
		{
			name: "heading slug ids are not furniture",
			page: `<body><article><div id="she-also-kept-things-simple-in-2021" class="slide"><p>She also kept things simple back in 2021 during a London screening, wearing a white shirtdress.</p></div></article></body>`,
			want: "She also kept things simple back in 2021 during a London screening, wearing a white shirtdress.",
		},
		{
			name: "headline h1 and dateline dropped",
			page: `<body><article><h1>Storm hits the coast</h1><p>Jane Doe | Published 4 hours ago</p><p>A storm hit the coast on Tuesday, cutting power to 20,000 homes.</p></article></body>`,
			want: "A storm hit the coast on Tuesday, cutting power to 20,000 homes.",
		},
		{
			name: "relative-time dateline dropped",
			page: `<body><article><p>Nizaar Kinsella 2 minutes ago</p><p>Chelsea beat Tottenham on Sunday, their third win in a row at home.</p></article></body>`,
			want: "Chelsea beat Tottenham on Sunday, their third win in a row at home.",
		},
		{
			name: "space where a link meets letters",
			page: `<body><article><p>今回はそのKindleデスクトップアプリ<a href="/k">Kindle for PC</a>に関する話です。The <a href="/x">link</a>'s text.</p></article></body>`,
			want: "今回はそのKindleデスクトップアプリ Kindle for PC に関する話です。The link's text.",
		},
		{
			name: "entities and spaces",
			page: "<body><p>Caf&eacute;\u00a0prices   rose\n\tby 5&nbsp;%.</p></body>",
			want: "Café prices rose by 5 %.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := HTML([]byte(tt.page), Options{})
			if err != nil {
				t.Fatalf("HTML(%q): %v", tt.page, err)
			}
			if d.Text != tt.want {
				t.Errorf("HTML(%q).Text = %q; want %q", tt.page, d.Text, tt.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		class, id    string
		wantWorst    nameClass
		wantPositive bool
	}{
		{"", "", nameNeutral, false},
		{"article-body", "", nameNeutral, true},
		{"shareBar", "", nameBoiler, false},
		{"social-share-buttons", "", nameBoiler, false},
		{"commentsContainer", "", nameStrong, false},
		{"col-md-9 col-sm-12", "", nameNeutral, false},
		{"post-meta entry-meta", "", nameBoiler, true},
		{"", "disqus_thread", nameStrong, false},
		{"relatedarticles", "", nameBoiler, false},
		{"content-with-sidebar-wrp", "", nameBoiler, true},
		{"UPPER-CASE-AD", "", nameBoiler, false},
		{"shadow", "", nameNeutral, false},
	}
	for _, tt := range tests {
		worst, positive := classify(tt.class, tt.id)
		if worst != tt.wantWorst || positive != tt.wantPositive {
			t.Errorf("classify(%q, %q) = %v, %v; want %v, %v", tt.class, tt.id, worst, positive, tt.wantWorst, tt.wantPositive)
		}
	}
}

func TestStripCode(t *testing.T) {
	tests := []struct {
		page, want string
	}{
		{"<p>no code</p>", "<p>no code</p>"},
		{"<script>var a = '<p>';</script><p>x</p>", "<script></script><p>x</p>"},
		{"<SCRIPT src=a.js>x</SCRIPT ><style type=text/css>p{}</style>t", "<SCRIPT src=a.js></SCRIPT ><style type=text/css></style>t"},
		{`<script type="application/ld+json">{"a":1}</script><script>x</script>`, `<script type="application/ld+json">{"a":1}</script><script></script>`},
		{"<scripted>keep</scripted>", "<scripted>keep</scripted>"},
		{"<script>unclosed", "<script>unclosed"},
		{"<script>a</style></script>b", "<script></script>b"},
		// A script tag inside a comment opens nothing.
		{`<!-- <script src="x.js"> --><p>kept</p><script>y</script>`, `<!-- <script src="x.js"> --><p>kept</p><script></script>`},
		{`<!--><script>y</script><!---><p>z</p>`, `<!--><script></script><!---><p>z</p>`},
		{`<!-- open <script>y</script><p>z</p>`, `<!-- open <script>y</script><p>z</p>`},
	}
	for _, tt := range tests {
		if got := string(stripCode([]byte(tt.page))); got != tt.want {
			t.Errorf("stripCode(%q) = %q; want %q", tt.page, got, tt.want)
		}
	}
}

func TestHiddenStyle(t *testing.T) {
	tests := []struct {
		style string
		want  bool
	}{
		{"display:none", true},
		{"color: red; display : none;", true},
		{"display: block", false},
		{"visibility:hidden", true},
		{"float:left", false},
	}
	for _, tt := range tests {
		if got := hiddenStyle(tt.style); got != tt.want {
			t.Errorf("hiddenStyle(%q) = %v; want %v", tt.style, got, tt.want)
		}
	}
}

// FuzzHTML checks that no input makes HTML panic, and that a successful
// extraction has text in valid UTF-8.
func FuzzHTML(f *testing.F) {
	seeds := []string{
		"",
		"<p>text</p>",
		"<html><body><article><p>A paragraph, with commas, long enough to score.</p></article></body></html>",
		"<body><div class=comments><p>x</p></div><div style='display:none'>y</div>",
		"<table><tr><td><p>cell text that is long enough, with commas, to be a paragraph</p></td></tr></table>",
		"<svg><p>in svg</p></svg><math><mi>x</mi></math>",
		"<p>\xff\xfe broken utf-8 \xc3</p>",
		"<div><span class=share><a>a</a><a>b</a></span>text</div>",
	}
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	for _, s := range seeds {
		f.Add([]byte(s), "")
	}
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		d, err := HTML(page, Options{ContentType: contentType})
		if err != nil {
			return
		}
		if d.Text == "" {
			t.Errorf("HTML(%q) gave no text and no error", page)
		}
	})
}
