package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// encode writes s in enc, as a legacy page would be stored.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

const (
	french       = "<p>Le président a déclaré « Ça suffit » à l’Élysée – 5 €.</p>"
	arabic       = "<p>قال الرئيس إن المفاوضات ستستمر</p>"
	japaneseText = "<p>首相は「交渉を続ける」と述べた。</p>"
)

func TestToUTF8(t *testing.T) {
	head := func(meta string) string { return "<html><head>" + meta + "<title>t</title></head><body>" }
	tests := []struct {
		name        string
		page        []byte
		contentType string
		want        string
	}{
		{"utf-8 undeclared", []byte(head("") + french), "", head("") + french},
		{"utf-8 declared", []byte(head("") + french), "text/html; charset=UTF-8", head("") + french},
		{"utf-8 bom", []byte("\xef\xbb\xbf" + head("") + french), "", head("") + french},
		{"windows-1252 in header", encode(t, charmap.Windows1252, head("")+french), "text/html; charset=windows-1252", head("") + french},
		{"latin1 label means windows-1252", encode(t, charmap.Windows1252, head("")+french), `text/html;charset="ISO-8859-1";`, head("") + french},
		{"windows-1252 in meta charset", encode(t, charmap.Windows1252, head(`<meta charset="windows-1252">`)+french), "text/html", head(`<meta charset="windows-1252">`) + french},
		{"windows-1252 guessed", encode(t, charmap.Windows1252, head("")+french), "", head("") + french},
		{"windows-1256 in meta http-equiv", encode(t, charmap.Windows1256, head(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`)+arabic), "",
			head(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`) + arabic},
		{"windows-1256 in header", encode(t, charmap.Windows1256, arabic), "text/html; charset=Windows-1256", arabic},
		{"shift_jis in header", encode(t, japanese.ShiftJIS, japaneseText), "text/html; charset=Shift_JIS", japaneseText},
		{"shift_jis in meta after long head", encode(t, japanese.ShiftJIS, head("<script>"+strings.Repeat("var x = 1;\n", 150)+"</script><meta charset=shift_jis>")+japaneseText), "",
			head("<script>"+strings.Repeat("var x = 1;\n", 150)+"</script><meta charset=shift_jis>") + japaneseText},
		{"header beats meta", encode(t, japanese.ShiftJIS, head(`<meta charset="utf-8">`)+japaneseText), "text/html; charset=sjis", head(`<meta charset="utf-8">`) + japaneseText},
		{"bom beats header", append([]byte("\xef\xbb\xbf"), french...), "text/html; charset=windows-1252", french},
		{"utf-16le bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), french), "", french},
		{"utf-8 page under default latin-1 header", []byte(french), "text/html; charset=iso-8859-1", french},
		{"unknown label falls back", []byte(french), "text/html; charset=x-klingon", french},
		{"invalid utf-8 declared utf-8", []byte("<p>caf\xe9 ok\xff</p>"), "text/html; charset=utf-8", "<p>caf\uFFFD ok\uFFFD</p>"},
		{"invalid bytes each replaced", []byte("<p>a\xe2\x82x\xff\xfe</p>"), "text/html; charset=utf-8", "<p>a\uFFFDx\uFFFD\uFFFD</p>"},
		{"truncated utf-8 sequence declared in meta", []byte(`<meta charset=utf-8><p>na` + "\xc3"), "", `<meta charset=utf-8><p>na` + "\uFFFD"},
		{"utf-16 meta label on ascii page", []byte(`<meta charset="utf-16"><p>plain</p>`), "", `<meta charset="utf-16"><p>plain</p>`},
		{"utf-8 page cut inside its last character stays utf-8", []byte("<p>“We won,” she said. “Again" + "\xe2\x80"), "", "<p>“We won,” she said. “Again\uFFFD"},
		{"one stray byte in a utf-8 page", []byte("<p>“Yes,” he said.\xff “No,” she said.</p>"), "", "<p>“Yes,” he said.\uFFFD “No,” she said.</p>"},
		{"windows-1252 curly quotes guessed", []byte("<p>\x93Yes,\x94 he said. \x93No.\x94</p>"), "", "<p>“Yes,” he said. “No.”</p>"},
		{"empty", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ToUTF8(tt.page, tt.contentType)
			if err != nil {
				t.Fatalf("ToUTF8(%q, %q) error %v", tt.page, tt.contentType, err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("ToUTF8(%q, %q) (-want +got):\n%s", clipped(tt.page), tt.contentType, diff)
			}
		})
	}
}

func clipped(b []byte) []byte { return b[:min(len(b), 60)] }

func TestDetect(t *testing.T) {
	tests := []struct {
		page, contentType, want string
	}{
		{"<p>ascii</p>", "", "utf-8"},
		{"<p>caf\xe9</p>", "", "windows-1252"},
		{`<meta http-equiv=content-type content="text/html;charset=gbk"><p>x`, "", "gbk"},
		{`<meta charset=euc-jp><body><meta charset=koi8-r>`, "", "euc-jp"},
		{`<body><meta charset=koi8-r>`, "", "utf-8"},
		{"<p>x</p>", "text/html; charset=koi8-r", "koi8-r"},
	}
	for _, tt := range tests {
		if _, got := Detect([]byte(tt.page), tt.contentType); got != tt.want {
			t.Errorf("Detect(%q, %q) = %q; want %q", tt.page, tt.contentType, got, tt.want)
		}
	}
}

func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<p>caf\xe9</p>"), "")
	f.Add([]byte(`<meta charset="shift_jis"><p>`+"\x83\x65"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00"), "text/html; charset=utf-8")
	f.Add([]byte("<p>x</p>"), "text/html; charset=iso-2022-jp")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		got, err := ToUTF8(page, contentType)
		if err != nil {
			t.Fatalf("ToUTF8 error %v", err)
		}
		if !utf8.Valid(got) {
			t.Fatalf("ToUTF8(%q, %q) = %q, not UTF-8", page, contentType, got)
		}
		if utf8.Valid(page) && !bytes.HasPrefix(page, []byte("\xef\xbb\xbf")) && !bytes.HasPrefix(page, []byte("\xfe\xff")) && !bytes.HasPrefix(page, []byte("\xff\xfe")) {
			if _, name := Detect(page, contentType); name == "utf-8" && !bytes.Equal(got, page) {
				t.Fatalf("valid UTF-8 %q changed to %q", page, got)
			}
		}
	})
}
