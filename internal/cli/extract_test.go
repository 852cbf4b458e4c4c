package cli_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/storyline-dev/storyline/internal/cli"
)

// article is a news page written for these tests, laid out like a real
// one: navigation, the article with its paragraphs, a footer. meta goes
// into <head>.
func article(meta, title string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head>%s<title>%s</title></head><body>\n", meta, title)
	b.WriteString(`<nav><a href="/">Home</a> <a href="/world">World</a></nav>` + "\n<article><h1>" + title + "</h1>\n")
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article>\n<footer>(c) Example Media</footer></body></html>\n")
	return b.String()
}

// serveNewsPage answers a request for /news/NAME with a dated article about
// NAME, as the news sites of the crawl and queue tests do.
func serveNewsPage(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/news/")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, article(`<meta property="article:published_time" content="2026-03-04T10:00:00Z">`,
		"News about the "+name,
		"Dockworkers and negotiators met on Wednesday to discuss the "+name+" in the harbour city, officials said.",
		"\"We will keep talking until there is a "+name+" deal,\" said Tomas Brenner, the union leader."))
}

const (
	frPara1 = "Le président a déclaré mardi que les négociations sur l’accord commercial reprendraient à Genève la semaine prochaine, malgré les réserves exprimées par plusieurs délégations."
	frPara2 = "« Nous ne céderons pas sur l’essentiel », a-t-il ajouté devant la presse réunie à l’Élysée, où l’on évoquait déjà un coût de 5 € par foyer."
	arPara1 = "قال وزير الخارجية يوم الثلاثاء إن المفاوضات بشأن الاتفاق التجاري ستستأنف في جنيف الأسبوع المقبل رغم التحفظات التي أبدتها عدة وفود مشاركة في المحادثات."
	arPara2 = "وأضاف الوزير أمام الصحفيين أن بلاده لن تتنازل عن مطالبها الأساسية وأن الحوار سيبقى الطريق الوحيد للتوصل إلى تسوية دائمة ومقبولة لجميع الأطراف المعنية."
	jaPara1 = "首相は火曜日、通商協定をめぐる交渉が来週ジュネーブで再開されると述べた。複数の代表団が懸念を示しているにもかかわらず、政府は交渉を続ける方針だという。"
	jaPara2 = "首相は記者団に対し「基本的な要求については譲歩しない」と強調し、対話こそが恒久的な解決への唯一の道だと語った。関係者によると、会合は三日間の予定である。"
	enPara1 = "The minister said on Tuesday that talks on the trade agreement would resume in Geneva next week, despite objections raised by several delegations at the meeting."
	enPara2 = "We will not give ground on the essentials, she told reporters gathered outside the ministry, adding that dialogue remained the only path to a lasting settlement."
)

func mustEncode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// warcResponse is a WARC response record holding an HTTP response.
func warcResponse(uri, httpHeaders string, body []byte) []byte {
	block := append([]byte("HTTP/1.1 200 OK\r\n"+httpHeaders+"\r\n"), body...)
	h := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-06T07:08:09Z\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n", uri, len(block))
	return append(append([]byte(h), block...), "\r\n\r\n"...)
}

func warcRequest(uri string) []byte {
	block := "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: request\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(block), block))
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

// membersGz compresses each record as its own gzip member.
func membersGz(recs ...[]byte) []byte {
	var out []byte
	for _, r := range recs {
		out = append(out, gz(r)...)
	}
	return out
}

// record is the part of a Document record the tests look at.
type record struct {
	ID, Source, URL, Title, Text, Error string
}

// want describes an expected record: its id, and substrings its text and
// error must contain ("" for no error).
type want struct {
	id, text, err string
	// mayFail accepts any error, or none.
	mayFail bool
}

func runCLI(t *testing.T, dir string, args []string, stdin string) (int, []record, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	full := []string{"extract"}
	for _, a := range args {
		if a != "-" && !strings.HasPrefix(a, "-") {
			a = filepath.Join(dir, a)
		}
		full = append(full, a)
	}
	code := cli.Main(context.Background(), full, strings.NewReader(stdin), &stdout, &stderr)
	var recs []record
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var r record
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("stdout is not JSONL: %v\n%s", err, stdout.String())
		}
		recs = append(recs, r)
	}
	return code, recs, stderr.String()
}

func TestExtractInputs(t *testing.T) {
	enPage := article(`<meta charset="utf-8">`, "Talks resume", enPara1, enPara2)
	frPage := article("", "Négociations", frPara1, frPara2)
	truncated := membersGz(
		warcResponse("https://example.org/en", "Content-Type: text/html; charset=utf-8\r\n", []byte(enPage)),
		warcResponse("https://example.org/fr", "Content-Type: text/html; charset=utf-8\r\n", []byte(frPage)),
	)
	truncated = truncated[:len(truncated)-25]

	tests := []struct {
		name     string
		files    func(t *testing.T) map[string][]byte
		args     []string
		stdin    string
		wantCode int
		want     []want
	}{
		{
			name: "warc.gz with legacy charsets, skipped records and encodings",
			files: func(t *testing.T) map[string][]byte {
				return map[string][]byte{"crawl.warc.gz": membersGz(
					[]byte("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\nContent-Length: 16\r\n\r\nsoftware: test\r\n\r\n\r\n"),
					warcRequest("https://example.org/fr"),
					warcResponse("https://example.org/fr", "Content-Type: text/html; charset=windows-1252\r\n", mustEncode(t, charmap.Windows1252, frPage)),
					warcResponse("https://example.org/ja", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
						gz(mustEncode(t, japanese.ShiftJIS, article(`<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`, "交渉", jaPara1, jaPara2)))),
					warcResponse("https://example.org/logo.png", "Content-Type: image/png\r\n", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00")),
					warcResponse("https://example.org/ar", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
						chunk(mustEncode(t, charmap.Windows1256, article(`<meta charset="windows-1256">`, "مفاوضات", arPara1, arPara2)))),
				)}
			},
			args:     []string{"crawl.warc.gz"},
			wantCode: 0,
			want: []want{
				{id: "https://example.org/fr", text: frPara1},
				{id: "https://example.org/ja", text: jaPara1},
				{id: "https://example.org/ar", text: arPara1},
			},
		},
		{
			name: "truncated warc.gz keeps its complete records and the inputs after it",
			files: func(t *testing.T) map[string][]byte {
				return map[string][]byte{"cut.warc.gz": truncated, "good.html": []byte(enPage)}
			},
			args:     []string{"cut.warc.gz", "good.html"},
			wantCode: 0,
			want: []want{
				{id: "https://example.org/en", text: enPara1},
				{id: "https://example.org/fr", err: "cut.warc.gz: record 2 at offset "},
				{id: "good", text: enPara2},
			},
		},
		{
			name: "binary and empty files among pages",
			files: func(t *testing.T) map[string][]byte {
				return map[string][]byte{
					"logo.png":  append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...),
					"prog":      append([]byte("\x7fELF\x02\x01\x01"), make([]byte, 64)...),
					"nul.html":  append([]byte("<html>"), make([]byte, 4096)...),
					"empty.htm": nil,
					"blank.txt": []byte(" \n\t\n"),
					"a.html":    []byte(enPage),
				}
			},
			args:     []string{"logo.png", "prog", "nul.html", "empty.htm", "blank.txt", "a.html"},
			wantCode: 0,
			want: []want{
				{id: "logo", err: "binary file, not a page (PNG image)"},
				{id: "prog", err: "binary file, not a page (ELF executable)"},
				{id: "nul", err: "binary file, not a page"},
				{id: "empty", err: "empty file"},
				{id: "blank", err: "empty file"},
				{id: "a", text: enPara1},
			},
		},
		{
			// "By on Tuesday" once made the byline reader slice out of
			// range and the panic ended the whole run (found on a 1 GB
			// synthetic archive).
			name: "a page that panics a stage gives a record and the run goes on",
			files: func(t *testing.T) map[string][]byte {
				return map[string][]byte{
					"a.html": []byte(article("", "Talks", "By on Tuesday the minister said that talks would resume in Geneva next week despite objections.", enPara2)),
					"b.html": []byte(enPage),
				}
			},
			args:     []string{"a.html", "b.html"},
			wantCode: 0,
			want:     []want{{id: "a", mayFail: true}, {id: "b", text: enPara1}},
		},
		{
			name: "only bad inputs exit 1",
			files: func(t *testing.T) map[string][]byte {
				return map[string][]byte{"empty.html": nil}
			},
			args:     []string{"empty.html", "missing.html"},
			wantCode: 1,
			want: []want{
				{id: "empty", err: "empty file"},
				{id: "missing", err: "no such file"},
			},
		},
		{
			name: "invalid utf-8 and undeclared windows-1252 in a folder",
			files: func(t *testing.T) map[string][]byte {
				bad := []byte(article(`<meta charset="utf-8">`, "Talks", "Caf\xe9 owners said the talks \xff\xfe would resume in Geneva next week despite the objections of several delegations.", enPara2))
				return map[string][]byte{
					"pages/bad-utf8.html": bad,
					"pages/cp1252.html":   mustEncode(t, charmap.Windows1252, frPage),
					"pages/notes.md":      []byte("not a page"),
					"pages/scraped.txt":   mustEncode(t, charmap.Windows1252, "Négociations\n\n"+frPara1+"\n\n"+frPara2+"\n"),
					"pages/bom.txt":       []byte("\ufeff" + enPara1 + "\n\n" + enPara2 + "\n"),
				}
			},
			args:     []string{"pages"},
			wantCode: 0,
			want: []want{
				{id: "bad-utf8", text: "Caf\uFFFD owners said the talks \uFFFD\uFFFD would resume"},
				{id: "bom", text: enPara1},
				{id: "cp1252", text: frPara2},
				{id: "scraped", text: frPara1},
			},
		},
		{
			name:     "html on stdin, declared in meta",
			files:    func(t *testing.T) map[string][]byte { return nil },
			args:     []string{"-"},
			stdin:    string(mustEncode(t, charmap.Windows1252, article(`<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">`, "Négociations", frPara1, frPara2))),
			wantCode: 0,
			want:     []want{{id: "-", text: frPara2}},
		},
		{
			name:  "warc.gz on stdin",
			files: func(t *testing.T) map[string][]byte { return nil },
			args:  []string{"-"},
			stdin: string(membersGz(warcRequest("https://example.org/en"),
				warcResponse("https://example.org/en", "Content-Type: text/html; charset=utf-8\r\n", []byte(enPage)))),
			wantCode: 0,
			want:     []want{{id: "https://example.org/en", text: enPara1}},
		},
		{
			name:  "document jsonl with a broken line",
			files: func(t *testing.T) map[string][]byte { return nil },
			args:  []string{"-"},
			stdin: `{"id":"d1","source":"s","url":"","title":"","author":"","date":"","date_source":"","sitename":"","language":"en","text":"one"}` + "\n" +
				`{"id":"d2", broken` + "\n" + `[1,2]` + "\n" + `{"id":"d3","text":"three"}` + "\n",
			wantCode: 0,
			want: []want{
				{id: "d1", text: "one"},
				{id: "-:2", err: "- line 2: invalid character"},
				{id: "-:3", err: "not a JSON object"},
				{id: "d3", text: "three"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tt.files(t) {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, recs, stderr := runCLI(t, dir, tt.args, tt.stdin)
			if code != tt.wantCode {
				t.Errorf("storyline extract %v exit code = %d; want %d\nstderr:\n%s", tt.args, code, tt.wantCode, stderr)
			}
			var gotIDs, wantIDs []string
			for _, r := range recs {
				gotIDs = append(gotIDs, r.ID)
			}
			for _, w := range tt.want {
				wantIDs = append(wantIDs, w.id)
			}
			if diff := cmp.Diff(wantIDs, gotIDs); diff != "" {
				t.Fatalf("record ids (-want +got):\n%s\nstderr:\n%s", diff, stderr)
			}
			for i, w := range tt.want {
				r := recs[i]
				switch {
				case w.mayFail:
					continue
				case w.err == "" && r.Error != "":
					t.Errorf("record %q error = %q; want none", r.ID, r.Error)
				case w.err != "" && !strings.Contains(r.Error, w.err):
					t.Errorf("record %q error = %q; want it to contain %q", r.ID, r.Error, w.err)
				}
				if strings.ContainsRune(r.Text, '\ufeff') {
					t.Errorf("record %q text keeps a byte-order mark: %q", r.ID, r.Text)
				}
				if !strings.Contains(r.Text, w.text) {
					t.Errorf("record %q text = %q; want it to contain %q", r.ID, r.Text, w.text)
				}
			}
		})
	}
}

// chunk applies HTTP chunked transfer coding in 100-byte chunks.
func chunk(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(100, len(b))
		fmt.Fprintf(&out, "%x\r\n%s\r\n", n, b[:n])
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

// TestExtractProgressFlag checks that progress never reaches stdout and
// that a bad --progress value is refused.
func TestExtractProgressFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.html"), []byte(article("", "Talks", enPara1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		flag     string
		wantCode int
	}{
		{"--progress=always", 0},
		{"--progress=never", 0},
		{"--progress=sometimes", 1},
	}
	for _, tt := range tests {
		code, recs, stderr := runCLI(t, dir, []string{tt.flag, "a.html"}, "")
		if code != tt.wantCode {
			t.Errorf("extract %s exit code = %d; want %d (stderr %q)", tt.flag, code, tt.wantCode, stderr)
		}
		if tt.wantCode == 0 && (len(recs) != 1 || recs[0].ID != "a") {
			t.Errorf("extract %s records = %+v; want one record a", tt.flag, recs)
		}
	}
}
