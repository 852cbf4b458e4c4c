package metadata

import (
	"encoding/json"
	"html"
	"strconv"
	"strings"
)

// ldInfo is what the page's JSON-LD (schema.org) says about its article.
type ldInfo struct {
	headline  string
	published string
	created   string
	modified  string
	authors   []string
	publisher string
	language  string
	url       string
	isArticle bool
}

// articleTypes are the schema.org types of an article's main entity.
var articleTypes = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3,
	"opinionnewsarticle": 3, "backgroundnewsarticle": 3, "reviewnewsarticle": 3,
	"askpublicnewsarticle": 3, "liveblogposting": 3, "article": 3,
	"blogposting": 3, "scholarlyarticle": 3, "techarticle": 3, "report": 2,
	"socialmediaposting": 2, "medicalscholarlyarticle": 3, "satiricalarticle": 3,
	"webpage": 1, "itempage": 1, "collectionpage": 0,
}

// parseLD reads the JSON-LD scripts and picks the main article entity: the
// first object with the most article-like @type. References by "@id"
// (as Yoast's @graph uses for authors) are resolved.
func parseLD(scripts []string) ldInfo {
	var nodes []map[string]any
	ids := map[string]map[string]any{}
	var flatten func(v any, depth int)
	flatten = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				flatten(e, depth+1)
			}
		case map[string]any:
			if id, ok := t["@id"].(string); ok && len(t) > 1 {
				ids[id] = t
			}
			if g, ok := t["@graph"]; ok {
				flatten(g, depth+1)
			}
			// A WebPage may carry its article as mainEntity.
			if me, ok := t["mainEntity"]; ok {
				flatten(me, depth+1)
			}
			if _, ok := t["@type"]; ok {
				nodes = append(nodes, t)
			}
		}
	}
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, "<!--")
		s = strings.TrimSuffix(s, "-->")
		s = strings.TrimSuffix(strings.TrimSpace(s), ";")
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			continue
		}
		flatten(v, 0)
	}
	var best map[string]any
	bestRank := -1
	for _, n := range nodes {
		r := typeRank(n["@type"])
		if r < 0 {
			continue
		}
		// An entity with a date or headline beats an empty WebPage of the same rank.
		if str(n["headline"]) != "" || str(n["datePublished"]) != "" {
			r = r*2 + 1
		} else {
			r *= 2
		}
		if r > bestRank {
			best, bestRank = n, r
		}
	}
	var info ldInfo
	if best == nil {
		return info
	}
	info.isArticle = bestRank >= 4
	info.headline = str(best["headline"])
	if info.headline == "" && info.isArticle {
		info.headline = str(best["name"])
	}
	info.published = str(best["datePublished"])
	info.created = str(best["dateCreated"])
	info.modified = str(best["dateModified"])
	info.authors = ldNames(best["author"], ids, 0)
	if len(info.authors) == 0 {
		info.authors = ldNames(best["creator"], ids, 0)
	}
	if pub := resolve(best["publisher"], ids); pub != nil {
		info.publisher = str(pub["name"])
	}
	if info.publisher == "" {
		for _, n := range nodes {
			if r := typeRank(n["@type"]); r < 0 {
				if t := strings.ToLower(typeName(n["@type"])); t == "website" || strings.Contains(t, "organization") {
					info.publisher = str(n["name"])
					if info.publisher != "" {
						break
					}
				}
			}
		}
	}
	info.language = str(best["inLanguage"])
	info.url = str(best["url"])
	if info.url == "" {
		if m, ok := best["mainEntityOfPage"].(map[string]any); ok {
			info.url = str(m["@id"])
		} else {
			info.url = str(best["mainEntityOfPage"])
		}
	}
	return info
}

func typeName(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	}
	return ""
}

// typeRank is the best article rank among an entity's @type values, -1
// when none is article-like.
func typeRank(v any) int {
	best := -1
	check := func(s string) {
		s = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(s, "http://schema.org/"), "https://schema.org/"))
		if r, ok := articleTypes[s]; ok && r > best {
			best = r
		}
	}
	switch t := v.(type) {
	case string:
		check(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				check(s)
			}
		}
	}
	return best
}

// str returns v as a cleaned string when it is one (or a one-element list
// of one), unescaping HTML entities that some sites leave in JSON-LD.
func str(v any) string {
	switch t := v.(type) {
	case string:
		if strings.IndexByte(t, '&') >= 0 {
			t = html.UnescapeString(t)
		}
		return clean(t)
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	case float64:
		if t == float64(int64(t)) {
			return strconv.FormatInt(int64(t), 10)
		}
	}
	return ""
}

func resolve(v any, ids map[string]map[string]any) map[string]any {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	if id, ok := m["@id"].(string); ok && len(m) == 1 {
		if r, ok := ids[id]; ok {
			return r
		}
	}
	return m
}

// ldNames returns the names in a schema.org author value: a string, a
// Person or Organization, or a list of them.
func ldNames(v any, ids map[string]map[string]any, depth int) []string {
	if depth > 2 {
		return nil
	}
	switch t := v.(type) {
	case string:
		if s := str(t); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e, ids, depth+1)...)
		}
		return out
	case map[string]any:
		m := resolve(t, ids)
		if s := str(m["name"]); s != "" {
			return []string{s}
		}
		if s := str(m["byline"]); s != "" {
			return []string{s}
		}
		if gn, fn := str(m["givenName"]), str(m["familyName"]); gn != "" || fn != "" {
			return []string{strings.TrimSpace(gn + " " + fn)}
		}
	}
	return nil
}
