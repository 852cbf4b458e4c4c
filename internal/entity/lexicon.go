package entity

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Type is an entity type of the CLI contract.
type Type string

// Entity types.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	GPE    Type = "GPE"
	Loc    Type = "LOC"
)

// entry is a gazetteer entry.
type entry struct {
	typ       Type
	canonical string
	demonym   bool // "Afghan": refers to a country but is not a name of it
	country   bool // from the list of countries, not of cities and regions
	// city is true for the GeoNames cities of cities.txt (thousands of
	// names no one read one by one) and the regions of regions.txt: weaker
	// than a name the text gives a person ("Natsuo Toyama") or a body
	// ("Queensland Health")
	city bool
}

// Lexicon holds the gazetteers, titles and given names used by the
// recogniser. It is read-only after New and safe for concurrent use.
type Lexicon struct {
	names   map[string]entry // exact-case phrase -> entry
	titles  map[string]bool  // lower-case phrase -> true
	given   map[string]byte  // given name -> 'm' or 'f'
	maxLen  int              // longest phrase in tokens
	orgHead map[string]bool  // last words that make a name an organisation
	// companyHead are the orgHead words that do so only after another word
	companyHead map[string]bool
	locHead     map[string]bool // last words that make a name a place
	// weakGiven holds the given names of the larger, weaker list (many
	// are also surnames or places: "Austin", "Kent"): they make a person
	// only when nothing else in the name says place or organisation.
	weakGiven map[string]bool
	// innerFirst holds the first words of the names with a lower-case
	// word inside ("and", "the", "for")
	// ("U.S." of "U.S. Immigration and Customs Enforcement"), so a run
	// is checked against the names only when one could start it.
	innerFirst map[string]bool
	// kinds maps an organisation's canonical name to the common noun its
	// list gives it ("Ryanair" -> "airline")
	kinds map[string]string
}

// orgFiles are the lists of organisations, in order of precedence.
var orgFiles = []string{"data/orgs.txt", "data/bodies.txt", "data/companies.txt", "data/clubs.txt", "data/parties.txt"}

// OrgKind returns the common noun the gazetteer gives the organisation of
// that canonical name ("airline" for Ryanair, "regulator" for Ofgem), or
// "" when it gives none.
func (l *Lexicon) OrgKind(name string) string { return l.kinds[name] }

// NewLexicon parses the gazetteers embedded in the binary.
func NewLexicon() (*Lexicon, error) {
	l := &Lexicon{names: map[string]entry{}, titles: map[string]bool{}, given: map[string]byte{}, weakGiven: map[string]bool{}, orgHead: map[string]bool{}, companyHead: map[string]bool{}, locHead: map[string]bool{}, innerFirst: map[string]bool{}, kinds: map[string]string{}}
	// A line starting with "LOC " names a region rather than a political entity.
	placeType := func(line string) (Type, string) {
		if rest, ok := strings.CutPrefix(line, "LOC "); ok {
			return Loc, rest
		}
		return GPE, line
	}
	err := readLines("data/countries.txt", func(line string) {
		typ, line := placeType(line)
		name, dem, _ := strings.Cut(line, ";")
		alts := strings.Split(name, "|")
		for _, a := range alts {
			l.addName(a, entry{typ: typ, canonical: alts[0], country: true})
		}
		if dem != "" {
			for _, d := range strings.Split(dem, "|") {
				l.addName(d, entry{typ: typ, canonical: alts[0], demonym: true})
			}
		}
	})
	if err == nil {
		err = readLines("data/places.txt", func(line string) {
			typ, line := placeType(line)
			alts := strings.Split(line, "|")
			for _, a := range alts {
				l.addName(a, entry{typ: typ, canonical: alts[0]})
			}
		})
	}
	// The organisations: those of orgs.txt, then the bodies, companies,
	// clubs and parties of the larger lists, whose names the news uses
	// bare ("Ofgem said", "Barclays said"). A line may end with ";kind",
	// the common noun a story calls the body by later ("the airline").
	for _, f := range orgFiles {
		if err != nil {
			break
		}
		err = readLines(f, func(line string) {
			line, kind, _ := strings.Cut(line, ";")
			alts := strings.Split(line, "|")
			for _, a := range alts {
				l.addName(a, entry{typ: Org, canonical: alts[0]})
			}
			if kind != "" {
				l.kinds[alts[0]] = kind
			}
		})
	}
	if err == nil {
		err = readLines("data/titles.txt", func(line string) {
			l.titles[line] = true
			l.maxLen = max(l.maxLen, len(strings.Fields(line)))
		})
	}
	if err == nil {
		err = readLines("data/firstnames.txt", func(line string) {
			f := strings.Fields(line)
			tag := f[0][0]
			weak := tag >= 'A' && tag <= 'Z' // a capital tag: a weaker list
			if weak {
				tag += 'a' - 'A'
			}
			for _, n := range f[1:] {
				if _, dup := l.given[n]; !dup {
					l.given[n] = tag
					if weak {
						l.weakGiven[n] = true
					}
				}
			}
		})
	}
	if err != nil {
		return nil, err
	}
	for _, w := range strings.Fields(`Department Ministry Forum Council Party Committee Times Post Journal News
		Agency Service Services Institute University College School Association Bank Corp Corporation Inc
		Company Group Organization Organisation Commission Court Foundation Fund Network Office Center Centre
		Administration Campaign Authority Board Bureau Union Federation League Coalition Alliance Press
		Tribune Herald Guardian Telegraph Review Magazine Institution Society Club Army Navy Force Forces
		Police Parliament Assembly Senate Congress Legislature Government Cabinet Movement Front Brigade
		Television TV Radio Channel Airlines Motors Holdings Partners Capital Industries Enterprises Trust
		Project Program Programme Watch Initiative Caucus Conference Summit Enterprise Institute
		Chamber Crescent Exchange Mission Secretariat Directorate Inspectorate Tribunal District Municipality Command Observatory Community Confederation
		Parishad Sangh Sabha Samiti Morcha Sangathan Kazhagam Manch House Monitor
		Ltd Plc PLC plc LLC JSC SA AG NV GmbH SpA BV Division
		Museum Gallery Library Orchestra Opera Guard Hospital Clinic Infirmary Hospice Guild Brigades Consortium Nation Cooperative Cooperatives Co-operative
		Patrol Constabulary
		Instituto Universidad Universidade Secretaría Ministerio Ministério Banco Partido Consejo
		Comisión Fundación Asociación Banque Ministère Conseil Istituto Banca Ministero Partito`) {
		l.orgHead[w] = true
	}
	// Company heads are common nouns too ("Securities regulators said",
	// "Shipping rates doubled"): they make an organisation only as the
	// last word of a longer name ("Tessaro Systems", "Polar Night
	// Records").
	for _, w := range strings.Fields(`Systems Records Technologies Labs Laboratories Pharmaceuticals
		Solutions Software Studios Productions Publishing Entertainment Electronics Logistics Ventures
		Securities Investments Insurance Airways Shipping Mining Resources Petroleum Telecom
		Communications Networks Robotics Semiconductor Therapeutics Biosciences Gazette Chronicle
		Courier Observer Dispatch Inquirer Examiner Sentinel Ledger Register Bulletin Beacon Star Tribune Herald
		Globe Telegraph Enquirer Clarion Energy Utilities Foods Brands
		Automotive Aerospace Chemicals Biotech Pictures Films Homes Light Electric
		Ferries Ferry Railways Railway Buses Coaches Freight Haulage Bancorp Bancshares Financial
		Brewing Brewery Distillery Dairies Supermarkets Hotels Resorts Cruises Appliances Apparel
		Textiles Steel Cement Construction Engineering Analytics Media Gaming Healthcare Pharma Biologics
		Athletic Rovers Wanderers Albion Rangers Hotspur United FC AFC Schools Co Devices Bio Line
		Builders Growers Contractors Traders Brewers Bakery Properties Power Maritime`) {
		l.orgHead[w] = true
		l.companyHead[w] = true
	}
	// The heads of place names that no gazetteer lists: "the Green Zone",
	// "Kessel River", "Tahrir Square".
	for _, w := range strings.Fields(`Zone River Square Park Bridge Valley Strait Sea Ocean Mountains
		Mountain Desert Peninsula Island Islands Bay Coast Canal Airport Province Region
		Street Avenue Road Plaza Lake Gulf Pass Corridor Border Highway Harbour Harbor Hills Heights
		County City Township Parish Borough Memorial`) {
		l.locHead[w] = true
	}
	// The regions and cities come last: a name any other list has, or a
	// word the recogniser reads as a title, a head word or a given name
	// of the stronger list, is that (the weaker given names yield to
	// places).
	for _, f := range []string{"data/regions.txt", "data/cities.txt"} {
		if err != nil {
			break
		}
		err = readLines(f, func(line string) {
			typ, line := placeType(line)
			alts := strings.Split(line, "|")
			for _, a := range alts {
				if l.given[a] != 0 && !l.weakGiven[a] || l.titles[strings.ToLower(a)] || l.orgHead[a] || l.locHead[a] || notName[a] {
					continue
				}
				l.addName(a, entry{typ: typ, canonical: alts[0], city: true})
			}
		})
	}
	if err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Lexicon) addName(name string, e entry) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	ws := splitWords(name)
	key := strings.Join(ws, " ")
	if _, dup := l.names[key]; !dup {
		l.names[key] = e
	}
	l.maxLen = max(l.maxLen, len(ws))
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			l.innerFirst[ws[0]] = true // "Save the Children", "U.S. Immigration and Customs Enforcement"
			break
		}
	}
}

// splitWords splits a lexicon phrase the way the tokenizer would, roughly:
// on spaces, with a trailing comma or period split off when it is not part
// of an acronym.
func splitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if strings.HasSuffix(f, ",") {
			out = append(out, f[:len(f)-1], ",")
			continue
		}
		out = append(out, f)
	}
	return out
}

func readLines(name string, fn func(string)) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("open lexicon %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fn(line)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read lexicon %s: %w", name, err)
	}
	return nil
}
