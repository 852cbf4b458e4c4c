package extract

import "bytes"

// stripCode returns page without the bodies of <script> and <style>
// elements, which the parser would otherwise tokenise and keep as text
// nodes only for extraction to drop them. JSON-LD scripts are kept, as
// metadata reads them. The elements themselves stay, empty, so the
// document structure is unchanged. A page without such elements is
// returned as it is.
func stripCode(page []byte) []byte {
	var out []byte
	rest := page
	for {
		i := indexTagOpen(rest)
		if i < 0 {
			break
		}
		name := "script"
		if lowerHasPrefix(rest[i+1:], "style") {
			name = "style"
		}
		end := bytes.IndexByte(rest[i:], '>')
		if end < 0 {
			break
		}
		tag := rest[i : i+end+1]
		body := rest[i+end+1:]
		closeAt := indexClose(body, name)
		if closeAt < 0 {
			break
		}
		if name == "script" && bytes.Contains(bytes.ToLower(tag), []byte("ld+json")) {
			if out != nil {
				out = append(out, rest[:i+end+1+closeAt]...)
			}
			rest = body[closeAt:]
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(page))
			out = append(out, page[:len(page)-len(rest)]...)
		}
		out = append(out, rest[:i+end+1]...)
		rest = body[closeAt:]
	}
	if out == nil {
		return page
	}
	return append(out, rest...)
}

// indexTagOpen finds the next "<script" or "<style" (any case) in b,
// outside comments: a commented-out "<!-- <script src=...> -->" opens no
// element, and taking it for one would strip the page up to the next real
// "</script".
func indexTagOpen(b []byte) int {
	off := 0
	for {
		j := bytes.IndexByte(b[off:], '<')
		if j < 0 {
			return -1
		}
		p := off + j
		rest := b[p+1:]
		if bytes.HasPrefix(rest, []byte("!--")) {
			// As the parser reads them: "<!-->" and "<!--->" are empty
			// comments, and a comment left open runs to the end.
			body := rest[3:]
			switch {
			case bytes.HasPrefix(body, []byte(">")):
				off = p + 5
			case bytes.HasPrefix(body, []byte("->")):
				off = p + 6
			default:
				k := bytes.Index(body, []byte("-->"))
				if k < 0 {
					return -1
				}
				off = p + 4 + k + 3
			}
			continue
		}
		if (lowerHasPrefix(rest, "script") && len(rest) > 6 && isTagEnd(rest[6])) ||
			(lowerHasPrefix(rest, "style") && len(rest) > 5 && isTagEnd(rest[5])) {
			return p
		}
		off = p + 1
	}
}

// indexClose finds "</name" (any case) in b.
func indexClose(b []byte, name string) int {
	off := 0
	for {
		j := bytes.Index(b[off:], []byte("</"))
		if j < 0 {
			return -1
		}
		p := off + j
		if lowerHasPrefix(b[p+2:], name) {
			return p
		}
		off = p + 2
	}
}

func isTagEnd(c byte) bool {
	return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'
}

func lowerHasPrefix(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}
