// Package charset decodes web pages to UTF-8, using the charset declared in
// HTTP headers, byte-order marks or <meta> tags, and guessing when none is.
//
// The order of precedence follows the WHATWG HTML standard's "determining
// the character encoding" (https://html.spec.whatwg.org/#encoding-sniffing-algorithm):
// a byte-order mark, then the transport layer (the HTTP Content-Type
// charset), then a <meta charset> or <meta http-equiv="Content-Type"> in
// the first bytes of the page, then a guess. Labels are resolved with the
// WHATWG Encoding standard's table (golang.org/x/text/encoding/htmlindex),
// so "latin1" and "iso-8859-1" mean windows-1252 as they do in browsers.
//
// Two departures from browsers, both for pages saved by crawlers rather
// than served live: the guess is UTF-8 when the page is valid UTF-8 but
// for a few broken bytes (a page cut inside a character) and windows-1252
// otherwise; and a page that is valid UTF-8 with non-ASCII
// bytes is taken as UTF-8 even when a single-byte legacy charset is
// declared, because servers often send a default "iso-8859-1" for UTF-8
// pages while a real Latin-1 text is almost never valid UTF-8.
package charset

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// prescanLen is how many leading bytes are searched for a <meta> charset.
// The standard says 1024; real pages often put long scripts and styles
// before their <meta>, so a little more is read.
const prescanLen = 8 << 10

// ToUTF8 returns page decoded to UTF-8. contentType is the declared media
// type (for example "text/html; charset=windows-1252"), or empty.
//
// Bytes that are invalid in the chosen encoding become U+FFFD; a leading
// byte-order mark is removed. The result may share memory with page. The
// error is always nil today; it is there for encodings that cannot be
// decoded.
func ToUTF8(page []byte, contentType string) ([]byte, error) {
	enc, name := Detect(page, contentType)
	switch {
	case bytes.HasPrefix(page, []byte("\xef\xbb\xbf")):
		page = page[3:]
	case name == "utf-16le" && bytes.HasPrefix(page, []byte("\xff\xfe")),
		name == "utf-16be" && bytes.HasPrefix(page, []byte("\xfe\xff")):
		page = page[2:]
	}
	if name == "utf-8" {
		if utf8.Valid(page) {
			return page, nil
		}
		// The x/text UTF-8 decoder replaces each maximal invalid
		// subsequence with one U+FFFD, as the WHATWG Encoding standard does.
		if out, _, err := transform.Bytes(unicode.UTF8.NewDecoder(), page); err == nil {
			return out, nil
		}
		return bytes.ToValidUTF8(page, []byte("\uFFFD")), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		// x/text decoders replace invalid input rather than fail; should
		// one fail, keep what can be kept.
		return bytes.ToValidUTF8(page, []byte("\uFFFD")), nil
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out, nil
}

// Detect returns the encoding of page and its canonical WHATWG name
// ("utf-8", "windows-1252", "shift_jis"...), following the precedence in
// the package documentation.
func Detect(page []byte, contentType string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(page, []byte("\xef\xbb\xbf")):
		return unicode.UTF8, "utf-8"
	case bytes.HasPrefix(page, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case bytes.HasPrefix(page, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	label := paramCharset(contentType)
	if enc, name, ok := lookup(label, page); ok {
		return enc, name
	}
	if enc, name, ok := lookup(metaCharset(page[:min(len(page), prescanLen)]), page); ok {
		return enc, name
	}
	if mostlyUTF8(page) {
		return unicode.UTF8, "utf-8"
	}
	return charmap.Windows1252, "windows-1252"
}

// mostlyUTF8 reports whether page is UTF-8 but for a few broken bytes: all
// valid, or with at least two valid multi-byte sequences and at most one
// run of invalid bytes, plus one for every ten of them (a page cut inside
// a character, a stray byte). Text in a single-byte legacy charset almost never
// holds a valid multi-byte sequence: its letters above ASCII stand alone
// ("caf\xe9 au lait").
func mostlyUTF8(page []byte) bool {
	if utf8.Valid(page) {
		return true
	}
	multi, bad := 0, 0
	inBad := false
	for i := 0; i < len(page); {
		if page[i] < utf8.RuneSelf {
			i, inBad = i+1, false
			continue
		}
		r, n := utf8.DecodeRune(page[i:])
		if r == utf8.RuneError && n == 1 {
			if !inBad {
				bad++ // a run of broken bytes counts once
			}
			inBad = true
		} else {
			multi, inBad = multi+1, false
		}
		i += n
	}
	return multi >= 2 && bad <= 1+multi/10
}

// lookup resolves a charset label. A UTF-16 label in a page that is not
// UTF-16 (it had no BOM) is taken as UTF-8, as the standard says for
// <meta>; x-user-defined is taken as windows-1252. A single-byte legacy
// label on a valid, non-ASCII UTF-8 page gives UTF-8.
func lookup(label string, page []byte) (encoding.Encoding, string, bool) {
	if label == "" {
		return nil, "", false
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, "", false
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, "", false
	}
	switch {
	case name == "utf-16le" || name == "utf-16be" || name == "utf-8":
		return unicode.UTF8, "utf-8", true
	case name == "x-user-defined":
		return charmap.Windows1252, "windows-1252", true
	case isSingleByte(enc) && !isASCII(page) && utf8.Valid(page):
		return unicode.UTF8, "utf-8", true
	}
	return enc, name, true
}

func isSingleByte(enc encoding.Encoding) bool {
	_, ok := enc.(*charmap.Charmap)
	return ok
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// paramCharset returns the charset parameter of a media type, tolerating
// the malformed headers found in the wild ("text/html;charset=UTF-8;",
// quotes, upper case).
func paramCharset(contentType string) string {
	_, params, _ := strings.Cut(contentType, ";")
	for p := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.Trim(strings.TrimSpace(v), `"' `)
		}
	}
	return ""
}

// metaCharset finds the charset declared by a <meta charset> or
// <meta http-equiv="content-type" content="...; charset=..."> element in
// head, the way the standard's prescan does, stopping at <body>.
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var charset, content string
			var httpEquiv bool
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					charset = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
			}
			if charset = strings.TrimSpace(charset); charset != "" {
				return charset
			}
			if httpEquiv && content != "" {
				if c := paramCharset(content); c != "" {
					return c
				}
			}
		}
	}
}
