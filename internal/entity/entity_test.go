package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/sentence"
)

type ent struct {
	Name     string
	Type     Type
	Roles    []string
	Mentions []string
}

func analyze(t *testing.T, r *Recognizer, s string) []ent {
	t.Helper()
	tx := sentence.Analyze(s)
	res := r.Analyze(tx)
	var out []ent
	for _, e := range res.Entities {
		x := ent{Name: e.Name, Type: e.Type, Roles: e.Roles}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("mention [%d,%d) outside text of %d bytes", m.Start, m.End, len(s))
			}
			x.Mentions = append(x.Mentions, s[m.Start:m.End])
		}
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func TestAnalyze(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{
			name: "a double surname alone is the person named in full before ('Valdés Herrera' after 'Rodrigo Valdés Herrera')",
			in:   "Rodrigo Valdés Herrera was sentenced to nine years on Friday.\n\nValdés Herrera did not address the court.",
			want: []ent{
				{"Rodrigo Valdés Herrera", Person, nil, []string{"Rodrigo Valdés Herrera", "Valdés Herrera"}},
			},
		},
		{
			name: "an unknown name before a relative clause and a verb of saying: 'whose' tells of a person, 'which' of a body",
			in:   "Harbour Aid International, which runs two field clinics in the province, said 14 people had died.\n\nYossi Ben-Ami, whose daughter Noga was taken captive, told the crowd he was hopeful.",
			want: []ent{
				{"Harbour Aid International", Org, nil, []string{"Harbour Aid International"}},
				{"Yossi Ben-Ami", Person, nil, []string{"Yossi Ben-Ami"}},
			},
		},
		{
			name: "short forms, titles and descriptions merge",
			in: "US Afghan envoy Zalmay Khalilzad wants a deal.\nKhalilzad said talks go on. " +
				"Ambassador Khalilzad added more. The envoy left.",
			want: []ent{
				{"Afghanistan", GPE, nil, nil}, // demonym only: no mention, dropped below
				{"United States", GPE, nil, []string{"US"}},
				{"Zalmay Khalilzad", Person, []string{"envoy", "Ambassador"}, []string{"Zalmay Khalilzad", "Khalilzad", "Khalilzad", "The envoy"}},
			},
		},
		{
			name: "company officers and musicians are titles; company heads make organisations",
			in: "Chief Financial Officer Mei-Lin Chao said on a call that the results of Tessaro Systems were weak.\n\n" +
				"Drummer Marcus Obi joined the band in 1976, and the first album came out on Polar Night Records a year later.\n\n" +
				"The Securities and Exchange Commission said it had opened an inquiry into the sale of the shares.",
			want: []ent{
				{"Marcus Obi", Person, []string{"Drummer"}, []string{"Marcus Obi"}},
				{"Mei-Lin Chao", Person, []string{"Chief Financial Officer"}, []string{"Mei-Lin Chao"}},
				{"Polar Night Records", Org, nil, []string{"Polar Night Records"}},
				{"Securities and Exchange Commission", Org, nil, []string{"Securities and Exchange Commission"}},
				{"Tessaro Systems", Org, nil, []string{"Tessaro Systems"}},
			},
		},
		{
			name: "a title opening a sentence makes a person without a speech verb",
			in:   "Mr. Schultz supported the plan.",
			want: []ent{
				{"Schultz", Person, []string{"Mr"}, []string{"Schultz"}},
			},
		},
		{
			name: "organisation and role before a name",
			in:   "State Department spokesman Ned Price said it. Price told reporters more.",
			want: []ent{
				{"Ned Price", Person, []string{"spokesman"}, []string{"Ned Price", "Price"}},
				{"State Department", Org, nil, []string{"State Department"}},
			},
		},
		{
			name: "a day after a name dates the verb",
			in:   "Envoy Lena Varga Friday told reporters.",
			want: []ent{
				{"Lena Varga", Person, []string{"Envoy"}, []string{"Lena Varga"}},
			},
		},
		{
			name: "a description before the name goes to the one person with that role",
			in:   "The talks are stuck, the special envoy has said.\nVeteran envoy Lena Varga spoke in Doha.",
			want: []ent{
				{"Doha", GPE, nil, []string{"Doha"}},
				{"Lena Varga", Person, []string{"envoy"}, []string{"the special envoy", "Lena Varga"}},
			},
		},
		{
			name: "a description with its own modifier is not the later holder",
			in:   "The finance minister said the budget was ready. Foreign Minister Jane Doe met envoys.",
			want: []ent{
				{"Jane Doe", Person, []string{"Foreign Minister"}, []string{"Jane Doe"}},
			},
		},
		{
			name: "an organisation before a speech verb stays an organisation",
			in:   "The Port Avel Harbour Authority says automation is needed. The Calvera Chamber of Commerce said shops could run short.",
			want: []ent{
				{"Calvera Chamber of Commerce", Org, nil, []string{"Calvera Chamber of Commerce"}},
				{"Port Avel Harbour Authority", Org, nil, []string{"Port Avel Harbour Authority"}},
			},
		},
		{
			name: "a name after a preposition is not the speaker of the verb after it",
			in:   "The Environment Ministry in Estrava said the river would rise. A letter from Whitfield warned of delays.",
			want: []ent{
				{"Environment Ministry", Org, nil, []string{"Environment Ministry"}},
			},
		},
		{
			name: "a given name before an organisation word is a person; a title before an organisation keeps it one",
			in:   "Margaret Court said she would attend. A deputy Health Ministry official said the clinic would open.",
			want: []ent{
				{"Health Ministry", Org, []string{"deputy"}, []string{"Health Ministry"}},
				{"Margaret Court", Person, nil, []string{"Margaret Court"}},
			},
		},
		{
			name: "a deputy's titles stay out of the name, in apposition too",
			in:   "Estrava's chief negotiator, Deputy Foreign Minister Piet Arnaud, said it. Vice News reported it.",
			want: []ent{
				{"Piet Arnaud", Person, []string{"Deputy", "Foreign Minister"}, []string{"Piet Arnaud"}},
				{"Vice News", Org, nil, []string{"Vice News"}},
			},
		},
		{
			name: "a department before a title is part of the title",
			in:   "Commerce Secretary Gina Raimondo said exports rose. Press Secretary Karine Jean-Pierre spoke.",
			want: []ent{
				{"Gina Raimondo", Person, []string{"Commerce Secretary"}, []string{"Gina Raimondo"}},
				{"Karine Jean-Pierre", Person, []string{"Press Secretary"}, []string{"Karine Jean-Pierre"}},
			},
		},
		{
			name: "a company's remarks do not make it a person",
			in:   "Tesla's remarks came late.",
			want: []ent{{Name: "Tesla", Type: Org, Mentions: []string{"Tesla"}}},
		},
		{
			name: "a company the gazetteer knows is no person before a speech verb",
			in:   "Barclays said in a statement that profits rose. Ofgem said it would review the cap. Goldman Sachs said rates would fall.",
			want: []ent{
				{Name: "Barclays", Type: Org, Mentions: []string{"Barclays"}},
				{Name: "Goldman Sachs", Type: Org, Mentions: []string{"Goldman Sachs"}},
				{Name: "Ofgem", Type: Org, Mentions: []string{"Ofgem"}},
			},
		},
		{
			name: "a company's one-word name after a given name or a title is a surname",
			in:   "Michael Bloomberg said he would run. Premier Ford spoke. Disney said attendance had slowed. Walt Disney's nephew ran the studio. Keisuke Honda said he would retire. Carmaker Toyota said sales rose.",
			want: []ent{
				{Name: "Disney", Type: Org, Mentions: []string{"Disney"}},
				{Name: "Ford", Type: Person, Roles: []string{"Premier"}, Mentions: []string{"Ford"}},
				{Name: "Keisuke Honda", Type: Person, Mentions: []string{"Keisuke Honda"}},
				{Name: "Michael Bloomberg", Type: Person, Mentions: []string{"Michael Bloomberg"}},
				{Name: "Toyota", Type: Org, Mentions: []string{"Toyota"}},
				{Name: "Walt Disney", Type: Person, Mentions: []string{"Walt Disney"}},
			},
		},
		{
			name: "the Amazon is a place after the or a demonym, the company elsewhere",
			in:   "Amazon said it would hire workers. Fires spread in the Amazon rainforest and in the Brazilian Amazon.",
			want: []ent{
				{Name: "Amazon", Type: Org, Mentions: []string{"Amazon"}},
				{Name: "Amazon", Type: Loc, Mentions: []string{"Amazon", "Amazon"}},
			},
		},
		{
			name: "a club named after its city is the club, not the city",
			in:   "Manchester City beat Aston Villa 3-1. Real Madrid said the midfielder had signed. Inter Miami and the Los Angeles Lakers won.",
			want: []ent{
				{Name: "Aston Villa", Type: Org, Mentions: []string{"Aston Villa"}},
				{Name: "Inter Miami", Type: Org, Mentions: []string{"Inter Miami"}},
				{Name: "Los Angeles Lakers", Type: Org, Mentions: []string{"Los Angeles Lakers"}},
				{Name: "Manchester City", Type: Org, Mentions: []string{"Manchester City"}},
				{Name: "Real Madrid", Type: Org, Mentions: []string{"Real Madrid"}},
			},
		},
		{
			name: "a club's name that is a given name before a surname is a person's",
			in:   "Chelsea Manning said she would appeal. Everton Soares said he was happy. A blast hit a Chelsea neighborhood.",
			want: []ent{
				{Name: "Chelsea", Type: Loc, Mentions: []string{"Chelsea"}},
				{Name: "Chelsea Manning", Type: Person, Mentions: []string{"Chelsea Manning"}},
				{Name: "Everton Soares", Type: Person, Mentions: []string{"Everton Soares"}},
			},
		},
		{
			name: "the nations of the UK are places of their own",
			in:   "England and Scotland will meet at Twickenham. Welsh ministers and the UK government disagreed over Northern Ireland.",
			want: []ent{
				{Name: "England", Type: GPE, Mentions: []string{"England"}},
				{Name: "Northern Ireland", Type: GPE, Mentions: []string{"Northern Ireland"}},
				{Name: "Scotland", Type: GPE, Mentions: []string{"Scotland"}},
				{Name: "Twickenham", Type: GPE, Mentions: []string{"Twickenham"}},
				{Name: "UK government", Type: Org, Mentions: []string{"UK government"}},
			},
		},
		{
			name: "a place ending a body's name is part of it",
			in:   "Greenpeace UK and Oxfam GB said the licences were a betrayal. Imperial College London and the Port of Rotterdam agreed. Save the Children said aid was blocked.",
			want: []ent{
				{Name: "Greenpeace UK", Type: Org, Mentions: []string{"Greenpeace UK"}},
				{Name: "Imperial College London", Type: Org, Mentions: []string{"Imperial College London"}},
				{Name: "Oxfam GB", Type: Org, Mentions: []string{"Oxfam GB"}},
				{Name: "Port of Rotterdam", Type: Org, Mentions: []string{"Port of Rotterdam"}},
				{Name: "Save the Children", Type: Org, Mentions: []string{"Save the Children"}},
			},
		},
		{
			name: "a party's whole name is one body",
			in:   "The All Progressives Congress won. Pakistan Tehreek-e-Insaf said Imran Khan would run. Sinn Féin and Fine Gael disagreed. The Democratic Alliance for the Betterment and Progress backed it.",
			want: []ent{
				{Name: "All Progressives Congress", Type: Org, Mentions: []string{"All Progressives Congress"}},
				{Name: "Democratic Alliance for the Betterment and Progress", Type: Org, Mentions: []string{"Democratic Alliance for the Betterment and Progress"}},
				{Name: "Fine Gael", Type: Org, Mentions: []string{"Fine Gael"}},
				{Name: "Imran Khan", Type: Person, Mentions: []string{"Imran Khan"}},
				{Name: "Pakistan Tehreek-e-Insaf", Type: Org, Mentions: []string{"Pakistan Tehreek-e-Insaf"}},
				{Name: "Sinn Féin", Type: Org, Mentions: []string{"Sinn Féin"}},
			},
		},
		{
			name: "a known body's short form is the body",
			in:   "Amnesty International said the trial was unfair. Amnesty said it would appeal. Goldman Sachs cut its forecast. Goldman said growth would slow.",
			want: []ent{
				{Name: "Amnesty International", Type: Org, Mentions: []string{"Amnesty International", "Amnesty"}},
				{Name: "Goldman Sachs", Type: Org, Mentions: []string{"Goldman Sachs", "Goldman"}},
			},
		},
		{
			name: "a port's authority is a body, a company before its founder is the company",
			in:   "The Port of Antwerp reported growth. Dell said it would cut jobs. Michael Dell, its founder, disagreed. Port of Spain is a city.",
			want: []ent{
				{Name: "Dell", Type: Org, Mentions: []string{"Dell"}},
				{Name: "Michael Dell", Type: Person, Mentions: []string{"Michael Dell"}},
				{Name: "Port of Antwerp", Type: Org, Mentions: []string{"Port of Antwerp"}},
				{Name: "Port of Spain", Type: GPE, Mentions: []string{"Port of Spain"}},
			},
		},
		{
			name: "Downing Street is a place where people stand, the prime minister's office where it speaks",
			in:   "Keir Starmer was speaking at Downing Street. Downing Street said the prime minister was confident.",
			want: []ent{
				{Name: "Downing Street", Type: Loc, Mentions: []string{"Downing Street"}},
				{Name: "Downing Street", Type: Org, Mentions: []string{"Downing Street"}},
				{Name: "Keir Starmer", Type: Person, Mentions: []string{"Keir Starmer"}},
			},
		},
		{
			name: "states, provinces and regions are places; inside a body's name they are part of it",
			in:   "Households in Yorkshire complained. Crossings in the Mediterranean fell. Mamata Banerjee said West Bengal would not comply. Queensland Health and Manitoba RCMP said so.",
			want: []ent{
				{Name: "Mamata Banerjee", Type: Person, Mentions: []string{"Mamata Banerjee"}},
				{Name: "Manitoba RCMP", Type: Org, Mentions: []string{"Manitoba RCMP"}},
				{Name: "Mediterranean", Type: Loc, Mentions: []string{"Mediterranean"}},
				{Name: "Queensland Health", Type: Org, Mentions: []string{"Queensland Health"}},
				{Name: "West Bengal", Type: GPE, Mentions: []string{"West Bengal"}},
				{Name: "Yorkshire", Type: GPE, Mentions: []string{"Yorkshire"}},
			},
		},
		{
			name: "a known body's name after a byline in capitals or a role word before the run stays the body",
			in:   "By TERRENCE OWUSU and LINDA MARSH Associated Press\n\nIn a statement posted on its official Twitter account, the army said it was committed.",
			want: []ent{
				{Name: "Associated Press", Type: Org, Mentions: []string{"Associated Press"}},
				{Name: "Twitter", Type: Org, Mentions: []string{"Twitter"}},
			},
		},
		{
			name: "a region or city inside a body's name is part of it",
			in:   "The Minneapolis Fed said inflation would ease. The High Court of Justice of Catalonia ruled the vote illegal.",
			want: []ent{
				{Name: "High Court of Justice of Catalonia", Type: Org, Mentions: []string{"High Court of Justice of Catalonia"}},
				{Name: "Minneapolis Fed", Type: Org, Mentions: []string{"Minneapolis Fed"}},
			},
		},
		{
			name: "a double surname that opens with a company's name stays the person's",
			in:   "Governor Leandro Ferrari Oyhanarte said prices rose. Ferrari Oyhanarte said the plan would work.",
			want: []ent{
				{Name: "Leandro Ferrari Oyhanarte", Type: Person, Roles: []string{"Governor"}, Mentions: []string{"Leandro Ferrari Oyhanarte", "Ferrari Oyhanarte"}},
			},
		},
		{
			name: "frontline towns and cities in the news are places; Bengaluru is named as India names it",
			in:   "The front was holding near Pokrovsk. The minister spoke in Bangalore. England will meet Scotland at Twickenham.",
			want: []ent{
				{Name: "Bengaluru", Type: GPE, Mentions: []string{"Bangalore"}},
				{Name: "England", Type: GPE, Mentions: []string{"England"}},
				{Name: "Pokrovsk", Type: GPE, Mentions: []string{"Pokrovsk"}},
				{Name: "Scotland", Type: GPE, Mentions: []string{"Scotland"}},
				{Name: "Twickenham", Type: GPE, Mentions: []string{"Twickenham"}},
			},
		},
		{
			name: "a lone name owning words is a person",
			in:   "Okonjo's words came days after the vote.",
			want: []ent{
				{"Okonjo", Person, nil, []string{"Okonjo"}},
			},
		},
		{
			name: "gazetteer aliases share a canonical name",
			in:   "The U.S. and the United States and America are one. Kabul is in Afghanistan.",
			want: []ent{
				{"Afghanistan", GPE, nil, []string{"Afghanistan"}},
				{"Kabul", GPE, nil, []string{"Kabul"}},
				{"United States", GPE, nil, []string{"U.S.", "United States", "America"}},
			},
		},
		{
			name: "title abbreviation and apposition",
			in:   "Gen. David Petraeus, the former US commander, has told The Times. Petraeus warned.",
			want: []ent{
				{"David Petraeus", Person, []string{"Gen", "commander"}, []string{"David Petraeus", "the former US commander", "Petraeus"}},
				{"The Times", Org, nil, []string{"The Times"}},
				{"United States", GPE, nil, []string{"US"}},
			},
		},
		{
			name: "Co., Ltd is one company's name",
			in:   "Dong Tien Garment Co., Ltd said it was reviewing footage.",
			want: []ent{
				{"Dong Tien Garment Co., Ltd", Org, nil, []string{"Dong Tien Garment Co., Ltd"}},
			},
		},
		{
			name: "two unknown capitalised words before testified are a person's full name",
			in:   "Jurgis Valaitis testified on Tuesday that the wiring was faulty.",
			want: []ent{
				{"Jurgis Valaitis", Person, nil, []string{"Jurgis Valaitis"}},
			},
		},
		{
			name: "an occupation before a full name works as a title, as Singapore papers write",
			in:   "Retiree Tan Ah Kow, 70, said fares were high.",
			want: []ent{
				{"Tan Ah Kow", Person, []string{"Retiree"}, []string{"Tan Ah Kow"}},
			},
		},
		{
			name: "a surname that is a function word names its person before a speech verb",
			in:   "Theresa May spoke on Monday. May said the vote was lost. May I ask? A report published in May said the party was split.",
			want: []ent{
				{"Theresa May", Person, nil, []string{"Theresa May", "May"}},
			},
		},
		{
			name: "a surname that is also a given name, alone after said, is the full name's",
			in:   "Barney Frank spoke on Monday. \"The vote is lost,\" said Frank.",
			want: []ent{
				{"Barney Frank", Person, nil, []string{"Barney Frank", "Frank"}},
			},
		},
		{
			name: "but 's before a verb is has after a person's given name",
			in:   "Boris Johnson's told reporters he will not resign.",
			want: []ent{
				{"Boris Johnson", Person, nil, []string{"Boris Johnson"}},
			},
		},
		{
			name: "British papers write plc in lower case; the papers themselves are bodies",
			in:   "Tesco plc said sales fell, The Guardian reported.",
			want: []ent{
				{"Tesco plc", Org, nil, []string{"Tesco plc"}},
				{"The Guardian", Org, nil, []string{"The Guardian"}},
			},
		},
		{
			name: "a name with 's before a speech verb is a business, not a possessive",
			in:   "Moody's warned that the outlook was negative.",
			want: []ent{
				{"Moody's", Org, nil, []string{"Moody's"}},
			},
		},
		{
			name: "an office named X General is a role, not a body named General of",
			in:   "The Inspector General of Police said the roads were shut.",
			want: nil,
		},
		{
			name: "a Pakistani provincial assembly member's letters are a title",
			in:   "Later, opposition MPA Zahida Bugti spoke.",
			want: []ent{
				{"Zahida Bugti", Person, []string{"MPA"}, []string{"Zahida Bugti"}},
			},
		},
		{
			name: "a surname that is also a country",
			in:   "Rep. Jim Jordan spoke in Jordan.",
			want: []ent{
				{"Jim Jordan", Person, []string{"Rep"}, []string{"Jim Jordan"}},
				{"Jordan", GPE, nil, []string{"Jordan"}},
			},
		},
		{
			name: "middle initial inside a name",
			in:   "Leonard E. Burman said it. Burman added more.",
			want: []ent{
				{"Leonard E. Burman", Person, nil, []string{"Leonard E. Burman", "Burman"}},
			},
		},
		{
			name: "regions are LOC",
			in:   "Talks in the Middle East and Europe stalled.",
			want: []ent{
				{"Europe", Loc, nil, []string{"Europe"}},
				{"Middle East", Loc, nil, []string{"Middle East"}},
			},
		},
		{
			name: "place head word, in scare quotes too",
			in:   "Shells fell near the fortified “Green Zone,” and the Kessel River rose. John Park said so.",
			want: []ent{
				{"Green Zone", Loc, nil, []string{"Green Zone"}},
				{"John Park", Person, nil, []string{"John Park"}},
				{"Kessel River", Loc, nil, []string{"Kessel River"}},
			},
		},
		{
			name: "organisation name with and",
			in:   "Officials from the Department of Health and Human Services and from the Bill and Melinda Gates Foundation met in the capital on a rainy day. Russia and China agreed with them.",
			want: []ent{
				{"Bill and Melinda Gates Foundation", Org, nil, []string{"Bill and Melinda Gates Foundation"}},
				{"China", GPE, nil, []string{"China"}},
				{"Department of Health and Human Services", Org, nil, []string{"Department of Health and Human Services"}},
				{"Russia", GPE, nil, []string{"Russia"}},
			},
		},
		{
			name: "two names joined by and",
			in:   "President Joe Biden and Justice Department officials discussed the case on Monday, and students from Harvard and Brown University marched in the rain.",
			want: []ent{
				{"Brown University", Org, nil, []string{"Brown University"}},
				{"Joe Biden", Person, []string{"President"}, []string{"Joe Biden"}},
				{"Justice Department", Org, nil, []string{"Justice Department"}},
			},
		},
		{
			name: "a person whose surname is a place word; a gazetteer name inside a longer one",
			in:   "County clerk John Q. Park said the crowd at the Times Square ball drop was calm.",
			want: []ent{
				{"John Q. Park", Person, nil, []string{"John Q. Park"}},
				{"Times Square", Loc, nil, []string{"Times Square"}},
			},
		},
		{
			name: "a full name with an unknown given name, by its surname used alone",
			in:   "Quorin Vasht guards the archive in the north of the country. Vasht, 58, is its chief curator, and Vasht said the ice was safe.",
			want: []ent{
				// the role comes from the predicate: "Vasht, 58, is its chief curator"
				{"Quorin Vasht", Person, []string{"chief curator"}, []string{"Quorin Vasht", "Vasht", "Vasht"}},
			},
		},
		{
			name: "a union's name of two words, \"and\", and more",
			in:   "The walkout was called by the Allied Port and Transport Workers' Union on Monday.",
			want: []ent{
				{"Allied Port and Transport Workers' Union", Org, nil, []string{"Allied Port and Transport Workers' Union"}},
			},
		},
		{
			name: "a data provider before its data",
			in:   "The crown fell 1.1 percent, according to Tidemark data.",
			want: []ent{
				{"Tidemark", Org, nil, []string{"Tidemark"}},
			},
		},
		{
			name: "a football club by its suffix",
			in:   "Brackwell Rovers lost at home. Brackwell Rovers said the pitch was poor.",
			want: []ent{
				{"Brackwell Rovers", Org, nil, []string{"Brackwell Rovers", "Brackwell Rovers"}},
			},
		},
		{
			name: "full names with unknown given names, by a title or an apposition to a title",
			in:   "Tomek Brannigan, the union leader, called the offer a step, not a solution. The finance minister, Aksel Bergvall, said taxes would fall.",
			want: []ent{
				{"Aksel Bergvall", Person, []string{"finance minister"}, []string{"Aksel Bergvall"}},
				{"Tomek Brannigan", Person, []string{"leader"}, []string{"Tomek Brannigan", "the union leader"}},
			},
		},
		{
			name: "two name particles; a stock listing",
			in:   "Former minister Pieter van der Kolk praised Northmere Systems Inc. (NASDAQ: NMRS) and its plan for the water utilities of the region.",
			want: []ent{
				{"Northmere Systems Inc.", Org, nil, []string{"Northmere Systems Inc"}},
				{"Pieter van der Kolk", Person, []string{"minister"}, []string{"Pieter van der Kolk"}},
			},
		},
		{
			name: "a full name again at a sentence start; a time zone",
			in:   "At 10:42 GMT, MP Aroha Tane, one of the rebels, spoke to reporters in the lobby. Aroha Tane has confirmed that she will vote against it.",
			want: []ent{
				{"Aroha Tane", Person, []string{"MP"}, []string{"Aroha Tane", "Aroha Tane"}},
			},
		},
		{
			name: "a title inside a capitalised run; an apposition with a field; a surname after Ms",
			in:   "Harlow Springs Police Chief Rosalind Marquez-Whitfield spoke on Friday. Tomasz Wierzbicki, energy campaigner at a climate group, was there. Thilini Karunadasa arrived later, and Ms Karunadasa spoke too.",
			want: []ent{
				{"Harlow Springs Police", Org, nil, []string{"Harlow Springs Police"}},
				{"Rosalind Marquez-Whitfield", Person, []string{"Chief"}, []string{"Rosalind Marquez-Whitfield"}},
				{"Thilini Karunadasa", Person, []string{"Ms"}, []string{"Thilini Karunadasa", "Karunadasa"}},
				{"Tomasz Wierzbicki", Person, nil, []string{"Tomasz Wierzbicki"}},
			},
		},
		{
			name: "short forms of organisations, datelines, group nouns, a title with a seat",
			in:   "TESSELMARK (Reuters) - The Sefir Liberation Front and the Kellen Institute for Polar Research met on Monday in the capital. The Front said it was hopeful, and the Kellen Institute agreed with it. Analysts said little. Sir Geoffrey Tallis, the MP for Ashcombe and Fenley, was there too.",
			want: []ent{
				{"Geoffrey Tallis", Person, []string{"Sir", "mp"}, []string{"Geoffrey Tallis", "the MP"}},
				{"Kellen Institute for Polar Research", Org, nil, []string{"Kellen Institute for Polar Research", "Kellen Institute"}},
				{"Reuters", Org, nil, []string{"Reuters"}},
				{"Sefir Liberation Front", Org, nil, []string{"Sefir Liberation Front", "Front"}},
			},
		},
		{
			name: "a short dateline place before an agency of two words is no acronym",
			in:   "LUNE (Meridian Wire) - The Bank of Calvera raised its main rate on Friday.\nHARN (Valley Post) — Monitors left two posts.",
			want: []ent{
				{"Bank of Calvera", Org, nil, []string{"Bank of Calvera"}},
				{"Valley Post", Org, nil, []string{"Valley Post"}},
			},
		},
		{
			name: "a name apposed to a description of the speaker after a verb of saying, whatever the description's noun",
			in:   "\"We trained in worse weather all winter,\" said the Calveran stroke, Emil Sandvik. \"It is over,\" said the Rowing Club, Nils Aberg. \"We are ready,\" said the airline, Skyward Air. \"We were robbed,\" said the visiting side, Harlow Town.",
			want: []ent{
				{"Emil Sandvik", Person, nil, []string{"Emil Sandvik"}},
				{"Nils Aberg", Person, nil, []string{"Nils Aberg"}}, // a known given name
				{"Rowing Club", Org, nil, []string{"Rowing Club"}},
			},
		},
		{
			name: "a company named by an apposition; its first word alone is the company",
			in:   "He rang Severnmoor Water, the privately owned company that treats sewage. Severnmoor said it had acted.",
			want: []ent{
				{"Severnmoor Water", Org, nil, []string{"Severnmoor Water", "Severnmoor"}},
			},
		},
		{
			name: "a company's legal suffix; a place whose kind comes first",
			in:   "Kestrel Minerals Plc agreed to the deal. Kestrel said fishermen on the River Cale would not be affected.",
			want: []ent{
				{"Kestrel Minerals Plc", Org, nil, []string{"Kestrel Minerals Plc", "Kestrel"}},
				{"River Cale", Loc, nil, []string{"River Cale"}},
			},
		},
		{
			name: "a body named after \"lender\" stays a body when it speaks; a club's last word is the club",
			in:   "Teo worked at British lender Aldgate Meridian until 2022. Aldgate Meridian said it had paid the clients. Harford are in talks to sign Deportivo Almaraz striker Nico Ferreyra. Almaraz said the player was not for sale.",
			want: []ent{
				{"Aldgate Meridian", Org, nil, []string{"Aldgate Meridian", "Aldgate Meridian"}},
				{"Deportivo Almaraz", Org, nil, []string{"Deportivo Almaraz", "Almaraz"}},
				{"Nico Ferreyra", Person, []string{"striker"}, []string{"Nico Ferreyra"}},
			},
		},
		{
			name: "a Chinese surname before a given name of two syllables is the short form",
			in:   "Wilson Teo Kah Hwee, 46, pleaded guilty. Teo said he was sorry. Judge Tan Mei Ling said the offences were serious. Ms Tan added that the sentence must deter.",
			want: []ent{
				{"Tan Mei Ling", Person, []string{"Judge", "Ms"}, []string{"Tan Mei Ling", "Tan"}},
				{"Wilson Teo Kah Hwee", Person, nil, []string{"Wilson Teo Kah Hwee", "Teo"}},
			},
		},
		{
			name: "from a review: a person named River, a city named after a club",
			in:   "River Jones said the plan was fine. Jones added that it would pass. Athletic Bilbao drew. The mayor of Bilbao said the city was proud. Climbers on Mount Kessel said the path was shut.",
			want: []ent{
				{"Athletic Bilbao", Org, nil, []string{"Athletic Bilbao"}},
				{"Bilbao", GPE, nil, []string{"Bilbao"}}, // the city, from the GeoNames list
				{"Mount Kessel", Loc, nil, []string{"Mount Kessel"}},
				{"River Jones", Person, nil, []string{"River Jones", "Jones"}},
			},
		},
		{
			// (a tester's report: "Sen. Brennan" went to the mayor, who took
			// the role "Sen")
			name: "a title with a shared surname names the person holding that title",
			in: "Mayor Tom Brennan said the plan failed. State Senator Linda Brennan, his sister, said it was flawed. " +
				"Sen. Brennan said it was the second failure.",
			want: []ent{
				{"Linda Brennan", Person, []string{"State Senator", "Sen"}, []string{"Linda Brennan", "Brennan"}},
				{"Tom Brennan", Person, []string{"Mayor"}, []string{"Tom Brennan"}},
			},
		},
		{
			name: "two Chinese names in Chinese order: the bare surname is the first word",
			in: "Li Wei, a researcher, said prices would rise. Another analyst, Wei Li, said they would fall. " +
				"\"Most buyers have stockpiles,\" Wei said.",
			want: []ent{
				{"Li Wei", Person, []string{"researcher"}, []string{"Li Wei"}},
				{"Wei Li", Person, nil, []string{"Wei Li", "Wei"}},
			},
		},
		{
			// (a tester's report: "South Africa's" gave LOC "Africa")
			name: "a country of two words with a possessive",
			in:   "South Africa's power utility said it would cut power. He flew to South Africa's capital.",
			want: []ent{
				{"South Africa", GPE, nil, []string{"South Africa", "South Africa"}},
			},
		},
		{
			// the most recent minister is Portugal's
			name: "a description with a nationality names that country's holder of the role",
			in: "Saudi Arabia's Foreign Minister Prince Faisal said ties were strong. Portugal's Foreign Minister Ana Costa agreed. " +
				"\"We are partners,\" she told reporters. Asked about shipping, the Saudi minister said the sea must stay open.",
			want: []ent{
				{"Ana Costa", Person, []string{"Foreign Minister"}, []string{"Ana Costa"}},
				{"Faisal", Person, []string{"Foreign Minister", "Prince"}, []string{"Faisal", "the Saudi minister"}},
				{"Portugal", GPE, nil, []string{"Portugal"}},
				{"Saudi Arabia", GPE, nil, []string{"Saudi Arabia"}},
			},
		},
		{
			name: "organisation head word and possessive",
			in:   "The Aspen Security Forum met. The Taliban’s advances continued.",
			want: []ent{
				{"Aspen Security Forum", Org, nil, []string{"Aspen Security Forum"}},
				{"Taliban", Org, nil, []string{"Taliban"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want[:0:0]
			for _, e := range tt.want {
				if len(e.Mentions) > 0 {
					want = append(want, e)
				}
			}
			if diff := cmp.Diff(want, analyze(t, r, tt.in)); diff != "" {
				t.Errorf("Analyze(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLinearTime(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		strings.Repeat("Word ", 200_000),
		strings.Repeat("the envoy John Smith of the Bank ", 30_000),
		strings.Repeat("Mr. ", 200_000),
	} {
		start := time.Now()
		analyze(t, r, s)
		if d := time.Since(start); d > 3*timeScale*time.Second {
			t.Errorf("Analyze of %d bytes took %v", len(s), d)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	r, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Gen. David Petraeus’s US-backed Asian Lite News", "the envoy the envoy Mr. Mr.", "Al-Qaeda al Qaeda U.S.A. D.C."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := sentence.Analyze(s)
		res := r.Analyze(tx)
		for _, m := range res.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End || m.Entity < 0 || m.Entity >= len(res.Entities) {
				t.Fatalf("bad mention %+v for text of %d bytes", m, len(s))
			}
		}
	})
}

// TestSeeds checks the entities of the two seed articles of ../shared/seeds
// against testdata/seeds.golden.json, written from a reading of the
// articles: each listed entity with its type and at least the listed
// mentions merged into it, and no person beyond those listed (the people
// list includes one named only in seed 002's teasers).
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed articles not available: %v", err)
	}
	b, err := os.ReadFile(filepath.Join("testdata", "seeds.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden map[string]struct {
		Entities []struct {
			Name     string   `json:"name"`
			Type     Type     `json:"type"`
			Mentions []string `json:"mentions"`
		} `json:"entities"`
		People []string `json:"people"`
	}
	if err := json.Unmarshal(b, &golden); err != nil {
		t.Fatalf("parse seeds.golden.json: %v", err)
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range golden {
		t.Run(id, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
			if err != nil {
				t.Skipf("seed %s not available: %v", id, err)
			}
			got := analyze(t, r, string(text))
			byName := map[string]ent{}
			for _, e := range got {
				byName[e.Name] = e
			}
			for _, w := range want.Entities {
				e, ok := byName[w.Name]
				if !ok {
					t.Errorf("entity %q not found", w.Name)
					continue
				}
				if e.Type != w.Type {
					t.Errorf("entity %q: type %s, want %s", w.Name, e.Type, w.Type)
				}
				for _, m := range w.Mentions {
					if !slices.Contains(e.Mentions, m) {
						t.Errorf("entity %q: mention %q not merged into it (mentions %q)", w.Name, m, e.Mentions)
					}
				}
			}
			for _, e := range got {
				if e.Type == Person && !slices.Contains(want.People, e.Name) {
					t.Errorf("unexpected person %q (mentions %q)", e.Name, e.Mentions)
				}
			}
		})
	}
}

// TestInferredGender: a person whose given name the lexicon lacks takes
// the gender of the pronoun that follows their name, unless someone else is
// named first.
func TestInferredGender(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, name string
		want     byte
	}{
		{"Quorin Vasht, 58, guards the archive in the north. Now she fears for it.", "Quorin Vasht", 'f'},
		{"Quorin Vasht, 58, met Mara Quill, the envoy, and she thanked him.", "Quorin Vasht", 0},
		// a relative's noun beats the pronoun after the name, which may be
		// the one who died
		{"His daughter, Aino Rautio, said he died peacefully on Sunday. Rautio said the nurses were kind.", "Aino Rautio", 'f'},
		{"Tarmo Lassila, her husband, said she had been ill for a year. Lassila said the nurses were kind.", "Tarmo Lassila", 'm'},
		// the pronoun after one mention is someone else's; the majority
		// over the mentions decides, and a tie says nothing
		{"Crime rose since Mayor Quorin Vasht took office, and he repeated the figure. Vasht said she disagreed. Later Vasht said her plan worked.", "Quorin Vasht", 'f'},
		{"Crime rose since Mayor Quorin Vasht took office, and he repeated the figure. Vasht said she disagreed.", "Quorin Vasht", 0},
		// a Vietnamese middle name tells the gender, whatever pronoun follows
		{"Nguyen Thi Thu Ha said the exit was locked. He had warned the manager.", "Nguyen Thi Thu Ha", 'f'},
		{"Tran Van Minh said the exit was locked. She had warned the manager.", "Tran Van Minh", 'm'},
		// a given name for men and women alike (in Zambia "Chanda" is both)
		{"Finance Minister Chanda Kalengo said the tax would rise.", "Chanda Kalengo", 0},
		// a relative's noun in apposition beats the given name's usual gender
		{"Kim Yo Jong, the sister of leader Kim Jong Un, said the drills were a provocation.", "Kim Yo Jong", 'f'},
		// a Korean family name first is no given name
		{"Kim Yo Jong said Seoul should stop begging for talks.", "Kim Yo Jong", 0},
		{"Lee Jae-myung said the talks would resume.", "Lee Jae-myung", 0},
		// a relative's noun before a comma that opens the main clause is someone else's
		{"Cornelius Tate died on Sunday. In addition to his daughter, Tate is survived by two sons.", "Cornelius Tate", 'm'},
	} {
		found := false
		for _, e := range r.Analyze(sentence.Analyze(tc.in)).Entities {
			if e.Name != tc.name {
				continue
			}
			found = true
			if e.Gender != tc.want {
				t.Errorf("Analyze(%q): %s has gender %q; want %q", tc.in, e.Name, e.Gender, tc.want)
			}
		}
		if !found {
			t.Errorf("Analyze(%q): no entity %s", tc.in, tc.name)
		}
	}
}

// TestPeople: people the lexicon's given names, an apposition or a verb of
// stance reveal.
func TestPeople(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, name string }{
		{"At the event, Dale Petrakis, a 67-year-old retired machinist, said he was undecided.", "Dale Petrakis"},
		{"The Heritage Party, led by Clive Dunmore, has climbed to 17 per cent.", "Clive Dunmore"},
		{"On Tuesday, Clinton laid out her proposals for child care.", "Clinton"},
		{"On Monday, Haddad denied the report.", "Haddad"},
		{"The Senate opened an inquiry into Pete Hegseth.", "Pete Hegseth"},
		{"Fares rose. Okafor, 61, a retired teacher, said she agreed.", "Okafor"},
		{"Marigold Tate, a retired schoolteacher from Pell Township, said the cuts were unfair.", "Marigold Tate"},
		{"Arben Solace, a member of parliament from Halvek, said aid was slow.", "Arben Solace"},
		{"Forward Kenan Brooks scored 31 points.", "Kenan Brooks"},
		// "for" and a given name after a body's name: a bid for a person
		{"Aldersgate rejected a second bid from Deportivo Valdoria for Kwame Adjei-Brandt, with the chairman insisting.", "Kwame Adjei-Brandt"},
		// an unknown full name opening a sentence before a past verb,
		// taken up by "she" in the next one
		{"Floods hit the north. Thandiwe Nkosi arrived in Leeds on Monday. She said the trip had been long.", "Thandiwe Nkosi"},
		// a form of address takes a surname that is also a demonym or place
		{"“He is one of us,” Mr. English said.", "English"},
		{"Ms. Jordan agreed.", "Jordan"},
		// a GeoNames city alone before a speech verb is a surname
		{"Mendoza said the players were tired.", "Mendoza"},
		{"Preston told reporters the win was deserved.", "Preston"},
		// a given name before a surname that is also a nationality
		{"Kevin English said the rally was large.", "Kevin English"},
		{"Philip French, the critic, said the film was long.", "Philip French"},
		// a field after "on" in a body's name, not a place or a day after it
		{"The Commission on Human Rights said it was alarmed, and Commissioner Ana Reyes said more.", "Ana Reyes"},
		// a role in commas before the name, lower case or a capitalised office after "the"
		{"His deckhand, Kieran Marsden, left school last summer.", "Kieran Marsden"},
		{"His Armenian counterpart, Ararat Mirzoyan, said Yerevan was ready to sign.", "Ararat Mirzoyan"},
		{"His Russian counterpart, Tatyana Moskalkova, said she had discussed further exchanges.", "Tatyana Moskalkova"},
		{"Members walked to the dais, and the Speaker, Sardar Nadeem Akhtar Bhutta, suspended the sitting.", "Nadeem Akhtar Bhutta"}, // Sardar is an honorific, as Datuk and Alhaji are
		// a nickname of two words in straight quotation marks after a given name
		{"KATOJ president Ernesto \"Ka Erning\" Salcedo told The STAR the strike would go on.", "Ernesto Salcedo"},
		// "Special Agent" is a title
		{"Special Agent Raymond Tilley said agents were reviewing video.", "Raymond Tilley"},
		// a nickname in quotation marks inside the name
		{"In Dalisay, Mayor Ernesto “Boy” Villaruel said families had moved.", "Ernesto Villaruel"},
		// a title with "of the" before the name
		{"Leader of the Opposition Sukhwinder Kaur Dhillon hit back.", "Sukhwinder Kaur Dhillon"},
		// a month that is also a given name, before a surname; a whip
		{"Her neighbor, June Okafor, a nurse, lost her house.", "June Okafor"},
		{"House Minority Whip Monica Treadwell read aloud letters.", "Monica Treadwell"},
		// a title's field runs on after "and" before the holder's name
		{"Minister for Health and Social Care Ann Cole said no.", "Ann Cole"},
		{"State Minister for Labour and Employment Monowar Hossain Talukder urged calm.", "Monowar Hossain Talukder"},
		// an unknown name described with an article and then speaking
		{"Sello Mokgethi, a rock drill operator who has worked at the mine for 16 years, said he earned little.", "Sello Mokgethi"},
		// an unknown role capitalised because it opens the sentence
		{"Crossbencher Hannah Delacroix, whose vote the government relies on, said she would abstain.", "Hannah Delacroix"},
		{"Legspinner Arjun Pillai bowled his four overs straight.", "Arjun Pillai"},
		{"Renter Mia Castellano outside her Penrith unit. Photo: Jamila Rendell", "Mia Castellano"},
		// an abbreviated title before a name and where the person is from
		{"Sen. Tomasz Wierzbicki of Ostrander, a Castellano ally, said the campaign was adrift.", "Tomasz Wierzbicki"},
		// a French given name with its accent
		{"The Minister of Foreign Affairs, Élie Bigirimana, struck a more cautious tone.", "Élie Bigirimana"},
		// an apposition with a role of two words, or one in charge of something
		{"Dilnoza Yuldasheva, managing partner of Afrosiyob Capital, said the deal was a test.", "Dilnoza Yuldasheva"},
		{"Colleen Ashby, the nurse-in-charge at the station, said staff see rashes.", "Colleen Ashby"},
		// a form of address keeps a person one before an organisation's
		// noun after a comma
		{"In a statement signed by its spokesman, Mr. Efosa Idahosa, the authority urged calm.", "Efosa Idahosa"},
		// a roll call of titled names is a sentence, not a title-case headline
		// a title's field after "of (the)" before the holder's name
		{"The dispute came after Comptroller of the Currency Esther Langat declined to approve it.", "Esther Langat"},
		{"Controller of Budget Esther Langat declined to approve the withdrawal.", "Esther Langat"},
		// a run of body, title and field words ending in the holder's name
		{"At a briefing, Florida Division of Emergency Management Director Curtis Vandermolen said 6,000 workers were ready.", "Curtis Vandermolen"},
		{"NTSB Board Member Alan Petrakis, who will lead the investigation, arrived.", "Alan Petrakis"},
		{"Japan's top currency diplomat, Vice Finance Minister for International Affairs Takeshi Noguchi, told reporters on Tuesday.", "Takeshi Noguchi"},
		{"But Nationals Member for Macquarie Downs Stuart Allard said the response had been slow.", "Stuart Allard"},
		{"County Finance Executive Committee Member Ruth Nyaboke Onsongo defended the allocations.", "Ruth Nyaboke Onsongo"},
		{"Voting against the budget were Ward 5 Council Member Dwayne Kowalczyk, Ward 7 Council Member Teodoro Banuelos and Council Member Sheila Marchetti.", "Teodoro Banuelos"},
		// a Chinese surname and a given name of pinyin syllables
		{"Wang Yi said China would host the talks. Li Qiang met the visitors in Beijing.", "Li Qiang"},
		{"He Lifeng met Janet Yellen in Zurich.", "He Lifeng"},
		// a lone surname apposed to someone's role
		{"Okafor said the new stadium would be ready by August. Lindqvist, his deputy, disagreed.", "Lindqvist"},
		// a given name that is also a place, before a plain surname that
		// speaks, is apposed or stands alone elsewhere in the text
		{"Paris Hilton said she had testified before lawmakers in Utah.", "Paris Hilton"},
		{"Brooklyn Beckham said he was opening a restaurant in Brooklyn.", "Brooklyn Beckham"},
		{"India Amarteifio, the actor, said she had been nervous on set.", "India Amarteifio"},
		{"Orlando Bloom visited a refugee camp in Jordan. Bloom said the conditions were harsh.", "Orlando Bloom"},
		{"Charlotte Edwards was appointed coach in May. Edwards said the team had improved.", "Charlotte Edwards"},
		// a surname that is also a place after a given name
		{"Denzel Washington said the film was his last.", "Denzel Washington"},
		// a given name of the international list in object position or
		// in apposition, where nothing else says person
		{"Pablo Moreno beat Viktor Lindqvist in straight sets.", "Viktor Lindqvist"},
		{"Police arrested Dmytro Kovalenko near Kharkiv on Tuesday.", "Dmytro Kovalenko"},
		{"The minister thanked Oleksandr Kubrakov for his work.", "Oleksandr Kubrakov"},
		{"The court summoned Iryna Vereshchuk and two aides.", "Iryna Vereshchuk"},
		{"The party nominated Nkosazana Dlamini-Zuma on Monday.", "Nkosazana Dlamini-Zuma"},
		{"Officials later released Ousmane Diallo without charge.", "Ousmane Diallo"},
		{"The coach dropped Tiernan Brosnan for the final.", "Tiernan Brosnan"},
		{"Voters chose Mahsa Karimi in the runoff.", "Mahsa Karimi"},
		{"The selectors left out Jasprit Bumrah for the third Test.", "Jasprit Bumrah"},
		{"The envoy met Mevlüt Çavuşoğlu in Ankara.", "Mevlüt Çavuşoğlu"},
		{"Her rival, Xóchitl Gálvez, conceded late on Sunday.", "Xóchitl Gálvez"},
		{"Talks with his ally, Ekrem Imamoglu, broke down.", "Ekrem Imamoglu"},
		// a surname's particle, capitalised or not, is no title ("DI" is,
		// in capitals: detective inspector)
		{"Angel Di Maria insisted he was fit.", "Angel Di Maria"},
		{"Ángel di María said the team was tired.", "Ángel di María"},
		{"DI Jane Hollis said the inquiry went on.", "Jane Hollis"},
		{"Di Maria said the team was tired.", "Di Maria"},
		// a weekday after a role, before a surname, is a given name (as
		// Nigerians are named Sunday and Monday), no date
		{"Former Nigeria captain Sunday Oliseh said the team was weak.", "Sunday Oliseh"},
		// short English given names the Moby list leaves out
		{"Hank Lindqvist, her husband, insisted she was innocent.", "Hank Lindqvist"},
		{"Meg Thornbury, her neighbour, said the road flooded.", "Meg Thornbury"},
		{"Deb Ashworth, her sister, said the family was shocked.", "Deb Ashworth"},
	} {
		if !hasEntity(t, r, tc.in, tc.name, Person) {
			t.Errorf("Analyze(%q): no person %q", tc.in, tc.name)
		}
	}
}

// hasEntity reports whether Analyze finds an entity of the name and type
// in the text.
func hasEntity(t *testing.T, r *Recognizer, in, name string, typ Type) bool {
	for _, e := range analyze(t, r, in) {
		if e.Name == name && e.Type == typ {
			return true
		}
	}
	return false
}

// TestKnownWordInsideName: a known body's one word inside a longer name
// after a country does not split it.
func TestKnownWordInsideName(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, name string }{
		{"The Nigeria Labour Congress (NLC) gave the government a week.", "Nigeria Labour Congress"},
		{"The Ghana Labour Congress said no.", "Ghana Labour Congress"},
		{"The Trade Union Congress (TUC) said it would strike.", "Trade Union Congress"},
		// a body named for its members and its country, as "Public Safety
		// Canada" is for its field
		{"Universities Scotland said it would seek an urgent meeting with ministers.", "Universities Scotland"},
		// "and" inside a body's name: police forces named for two
		// counties, and a project's name of two parts after "the"
		{"Avon and Somerset Police said the man was arrested.", "Avon and Somerset Police"},
		{"A spokesperson for Devon and Cornwall Police said the road was closed.", "Devon and Cornwall Police"},
		{"\"We are monitoring,\" said the Armed Conflict Location and Event Data Project.", "Armed Conflict Location and Event Data Project"},
		// a sport's national body named for it and its country, a paper
		// with an Italian article inside, a broadcaster by its number
		{"Swimming Australia welcomed the ruling.", "Swimming Australia"},
		{"Organisers France Football said the award would go ahead.", "France Football"},
		{"Italian newspaper Corriere dello Sport reported the deal.", "Corriere dello Sport"},
		{"Israel's Channel 12 reported that talks had stalled.", "Channel 12"},
		// a benefactor's initials inside a body's name are no role's letters
		{"Researchers from Harvard T.H. Chan School of Public Health found a link.", "Harvard T.H. Chan School of Public Health"},
		// a nationality after a body's "of the" is inside its name
		{"The Association of the British Pharmaceutical Industry said the deal was fair.", "Association of the British Pharmaceutical Industry"},
		// "Greater" opens a place's name and a body's named after it
		{"A spokesperson for Greater Manchester Police said the man was arrested.", "Greater Manchester Police"},
		{"The Greater London Authority said the budget was set.", "Greater London Authority"},
	} {
		if !hasEntity(t, r, tc.in, tc.name, Org) {
			t.Errorf("Analyze(%q): no organisation %q", tc.in, tc.name)
		}
	}
	// alone after a place the known body is itself (from a review): "U.S.
	// Congress" and a later "Congress" are one body
	in := "The U.S. Congress passed the bill on Friday. Congress said the law would take effect in May."
	for _, e := range analyze(t, r, in) {
		if e.Name == "U.S. Congress" {
			t.Errorf("Analyze(%q): %q should be the known Congress", in, e.Name)
		}
	}
}

// TestRoleBeforeName: a role set off by commas before a name is the
// person's, also when its body's letters follow in brackets.
func TestRoleBeforeName(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, name, role string }{
		{"Cocoa farmers reject new price\nUnions give board two weeks\n\nSmuggling fears\n\nThe Secretary of the Cocoa Farmers Alliance of Ghana (CFAG), Madam Abena Konadu Frimpong, warned that the price would fall.", "Abena Konadu Frimpong", "secretary"},
		{"Prices fell.\n\nThe Minister for Lands and Natural Resources, Kwame Adjei-Mensah, said the law would change.", "Kwame Adjei-Mensah", "minister"},
		// a court's rank is part of the title, no organisation
		{"District Judge Tan Mei Ling said the offences were serious.", "Tan Mei Ling", "District Judge"},
		// a possessor opens the description
		{"Ferreyra’s agent, Gustavo Lanari, declined to comment.", "Gustavo Lanari", "agent"},
		// a Kenyan county office before the name, without commas
		{"County Executive Committee Member for Finance Peter Wambugu said the law would change. Mr Wambugu said the county would shut down.", "Peter Wambugu", "County Executive Committee Member"},
		// a role keeps its modifiers when they make a longer title (a
		// tester's report: "representative", "envoy", "officer" alone)
		{"The U.S. special representative, Thomas West, met Taliban officials.", "Thomas West", "special representative"},
		{"Yue Xiaoyong's special envoy, Liu Bin, said talks went on.", "Liu Bin", "special envoy"},
		{"Mark Dunn, the company's chief technology officer, said the bug was fixed.", "Mark Dunn", "chief technology officer"},
		{"The company's chief technology officer, Ann Lee, said the bug was fixed.", "Ann Lee", "chief technology officer"},
		// a boxing promoter opening the sentence, before a given name
		// that is also a surname
		{"Promoter Frank Warren predicted a knockout.", "Frank Warren", "Promoter"},
		{"Pundit Gary Neville said the title race was over.", "Gary Neville", "Pundit"},
		{"Principal Chris Haddad said classes would resume on Monday.", "Chris Haddad", "Principal"},
		// a body's name inside the description
		{"Confirming the incident, the Obiora State Police Command spokesman, Superintendent Emeka Nwachukwu, said 14 persons had been arrested.", "Emeka Nwachukwu", "spokesman"},
	} {
		var roles []string
		for _, e := range analyze(t, r, tc.in) {
			if e.Name == tc.name {
				roles = e.Roles
			}
		}
		if !slices.Contains(roles, tc.role) {
			t.Errorf("Analyze(%q): %s has roles %q; want %q among them", tc.in, tc.name, roles, tc.role)
		}
	}
}

// TestTitleWordsNoBody: a title whose first word could name a body or a
// place ("Union", "Ministry", "State") is all the holder's role, and no
// organisation of its own. Rows from a tester's report.
func TestTitleWordsNoBody(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, name, role, notEntity string }{
		{"Union Home Minister Amit Shah said the law would stand.", "Amit Shah", "Union Home Minister", "Union Home"},
		{"Ministry spokesperson Mao Ning said China was ready.", "Mao Ning", "Ministry spokesperson", "Ministry"},
		{"Senate Majority Leader Chuck Schumer said the bill would pass.", "Chuck Schumer", "Senate Majority Leader", "Majority"},
		{"Patient advocate Sarah Jones said the plan was unfair.", "Sarah Jones", "Patient advocate", "Patient"},
		{"State Senator Linda Brennan said it was flawed.", "Linda Brennan", "State Senator", "State"},
		{"Assistant Commissioner Jane Doe said police were investigating.", "Jane Doe", "Assistant Commissioner", "Assistant"},
	} {
		got := analyze(t, r, tc.in)
		var roles []string
		for _, e := range got {
			if e.Name == tc.name {
				roles = e.Roles
			}
			if e.Name == tc.notEntity {
				t.Errorf("Analyze(%q): unexpected entity %q (%s)", tc.in, e.Name, e.Type)
			}
		}
		if !slices.Contains(roles, tc.role) {
			t.Errorf("Analyze(%q): %s has roles %q; want %q among them", tc.in, tc.name, roles, tc.role)
		}
	}
}

// TestOrganisationNames: names of organisations that open with a known
// name, carry "&" or a plural possessive, are given an acronym in brackets,
// or are shortened to their first word.
func TestOrganisationNames(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := "The United Nations World Relief Agency (WRA) said 4,000 people were homeless. The WRA said more aid was needed. " +
		"Pellow & Finch cut jobs, and the Retail and Distribution Workers' Union objected. " +
		"Maddox Pharmaceuticals makes the drug. Maddox said the study was flawed. " +
		"Halvard Financial Corp agreed to buy a lender. Halvard said the deal would add to earnings. " +
		"Pocketly, the budgeting app, exposed user data. The researcher emailed Pocketly's security team. " +
		"Stonebridge Bancshares to merge. Stonebridge Bancshares Inc agreed on Tuesday. " +
		"Hebrid Link Ferries cancelled all sailings. " +
		"Brightwell recalls its CP-6 fryers. Brightwell Home Appliances is recalling 240,000 units. Brightwell said safety came first. " +
		"The National Electricity Supply Company (Nesco) moved to Stage 6. Nesco said it would publish schedules. " +
		"Brightwater Offshore, the company building the turbines, set aside money. " +
		"The Victorian Nurses and Midwives Union backed the levy, and the Law Society of Kenya objected. " +
		"Pakistan's Foreign Ministry welcomed the talks; India's Foreign Ministry did not. " +
		"The Afghan government said the talks would resume. " +
		"The Ministry of Labour and Employment and the Centre for Labour and Livelihood Studies disagreed. " +
		"The Zimbabwe Informal Traders’ Association objected. The Chief Minister's Office replied. " +
		"St. Mary's Hospital and St. Agnes Regional Medical Center were full. " +
		"The Office of the Water Services Commissioner and the Bank of the Philippines agreed. " +
		"The Women's Professional Tennis Federation did not. The Mobile Users' Welfare Association, the Telecom Standards and Tariffs Authority " +
		"and Ridgeview Children's Hospital wrote to them. A spokesman for First Capital Holdings said the deal was off. " +
		"A spokesperson for Inverclyde Marine Engineering said sorry. " +
		"River Valley Health, the regional authority, said surgeries were postponed. " +
		"U.S. Immigration and Customs Enforcement said it would appeal. " +
		"The Kansas City Beacon and the Jakarta Globe reported it; he moved to Kansas City."
	want := map[string][]string{
		"Kansas City Beacon":                        {"Kansas City Beacon"},
		"Jakarta Globe":                             {"Jakarta Globe"},
		"United Nations World Relief Agency":        {"United Nations World Relief Agency", "WRA", "WRA"},
		"Pellow & Finch":                            {"Pellow & Finch"},
		"Brightwater Offshore":                      {"Brightwater Offshore"},
		"Victorian Nurses and Midwives Union":       {"Victorian Nurses and Midwives Union"},
		"Law Society of Kenya":                      {"Law Society of Kenya"},
		"Pakistan's Foreign Ministry":               {"Pakistan's Foreign Ministry"},
		"India's Foreign Ministry":                  {"India's Foreign Ministry"},
		"Afghan government":                         {"Afghan government"},
		"Mobile Users' Welfare Association":         {"Mobile Users' Welfare Association"},
		"Telecom Standards and Tariffs Authority":   {"Telecom Standards and Tariffs Authority"},
		"Ridgeview Children's Hospital":             {"Ridgeview Children's Hospital"},
		"Women's Professional Tennis Federation":    {"Women's Professional Tennis Federation"},
		"Office of the Water Services Commissioner": {"Office of the Water Services Commissioner"},
		"Bank of the Philippines":                   {"Bank of the Philippines"},
		"St. Mary's Hospital":                       {"St. Mary's Hospital"},
		"St. Agnes Regional Medical Center":         {"St. Agnes Regional Medical Center"},
		"Chief Minister's Office":                   {"Chief Minister's Office"},
		"Zimbabwe Informal Traders’ Association":    {"Zimbabwe Informal Traders’ Association"},
		"Ministry of Labour and Employment":         {"Ministry of Labour and Employment"},
		"Centre for Labour and Livelihood Studies":  {"Centre for Labour and Livelihood Studies"},
		"Maddox Pharmaceuticals":                    {"Maddox Pharmaceuticals", "Maddox"},
		"Halvard Financial Corp":                    {"Halvard Financial Corp", "Halvard"},
		"Pocketly":                                  {"Pocketly", "Pocketly"},
		"Stonebridge Bancshares Inc":                {"Stonebridge Bancshares", "Stonebridge Bancshares Inc"},
		"Hebrid Link Ferries":                       {"Hebrid Link Ferries"},
		"Brightwell Home Appliances":                {"Brightwell", "Brightwell Home Appliances", "Brightwell"},
		"National Electricity Supply Company":       {"National Electricity Supply Company", "Nesco", "Nesco"},
		"First Capital Holdings":                    {"First Capital Holdings"},
		"Inverclyde Marine Engineering":             {"Inverclyde Marine Engineering"},
		"River Valley Health":                       {"River Valley Health"},
		"U.S. Immigration and Customs Enforcement":  {"U.S. Immigration and Customs Enforcement"},
	}
	got := map[string][]string{}
	for _, e := range analyze(t, r, in) {
		if e.Type == Org {
			got[e.Name] = e.Mentions
		}
		if e.Type == Person {
			t.Errorf("%q is not a person", e.Name)
		}
	}
	for name, ms := range want {
		if !slices.Equal(got[name], ms) {
			t.Errorf("organisation %q: mentions %q; want %q (all: %v)", name, got[name], ms, got)
		}
	}
	// the company after a market noun; a body after a role or a plural is
	// not glued to them
	for _, e := range analyze(t, r, "Shares of Procter & Gamble fell 4%. The Mayor and Greater London Authority agreed.") {
		if e.Type == Org && e.Name != "Procter & Gamble" && e.Name != "Authority" && e.Name != "Greater London Authority" {
			t.Errorf("unexpected organisation %q", e.Name)
		}
	}
	// a surname's possessive does not open a body's name
	for _, e := range analyze(t, r, "Andrew Davies said the vote was fair. Davies' Senedd Group colleagues backed him.") {
		if strings.HasPrefix(e.Name, "Davies'") {
			t.Errorf("a person's possessive made part of a name: %q (%s)", e.Name, e.Type)
		}
	}
	if _, ok := got["Retail and Distribution Workers' Union"]; !ok {
		t.Errorf("no organisation \"Retail and Distribution Workers' Union\" (all: %v)", got)
	}
}

// notPeople are the names in TestNotPeople's sentences that are no
// person's.
var notPeople = map[string]bool{"Fan Zone": true, "Wu Tang": true, "Others": true, "Few": true, "Time Warner": true, "Dow Jones": true, "CENTCOM": true, "Maple Grove": true,
	"Ashby Crossing": true, "Later Smith-Haddow": true, "Nobody": true, "Austin": true, "Kent Police": true,
	"Farmers": true, "Downing Street": true, "Hurricane Milton": true, "Milton": true, "Typhoon Dalisay": true, "Dalisay": true, "Tang Dynasty": true, "Long Island": true, "He Said": true, "Tory": true,
	"Harris County": true, "Bright Futures": true, "Lead": true, "and Greater": true, "Pfizer": true, "Unite": true,
	"Dastavia": true, "Safety Council": true, "Charlotte Hornets": true, "Charlotte": true, "Foreign Affairs": true,
	"Defence Staff": true, "Bill": true, "Fianna Fáil TD for Cork North-West": true, "Dublin South-Central TD": true,
	"Brightwater Power": true, "Halvorsen Maritime": true, "Yard": true, "Scotland Yard": true, "Prevention": true,
	"Customs Enforcement": true}

// TestCompanyShortForms: a company's shorter names are the company.
func TestCompanyShortForms(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, name string }{
		{"Rate hike for Northfield Power customers\n\nRegulators approved a rate increase for Northfield Power & Light. Northfield said it would comply.", "Northfield Power"},
		{"Brightwater Power said it had no comment. Halvorsen Maritime said the ship was lost.", "Brightwater"},
		// a given name that opens a legal name, with no one named by it
		{"Workers struck at Harlan Appliance Co. on Monday. Harlan said the plant would stay idle.", "Harlan"},
	} {
		for _, e := range analyze(t, r, tc.in) {
			if e.Name == tc.name {
				t.Errorf("Analyze(%q): %q is an entity of its own (%s), not a short form", tc.in, e.Name, e.Type)
			}
		}
	}
}

// TestNotPeople: places, organisations and companies that the rules for
// unknown given names, surnames and titles must leave alone (from a review
// of those rules on ordinary news sentences).
func TestNotPeople(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		// legislation after "the", and a member described by party and seat
		"The Minister said the Bill would help. “It is fair,” the Fianna Fáil TD for Cork North-West said.",
		"“It is over,” said the Dublin South-Central TD.",
		"Fans gathered outside Madison Square Garden and at Logan Airport on Sunday night.",
		"Senator Mark Warner met executives of Time Warner on Monday, and Warner said the talks went well.",
		"The Dow Jones fell on Tuesday while the trader Mary Jones watched the screens, and Jones said little.",
		"The European Central Bank held rates on Thursday. The Bank of England raised them, and the bank said inflation was too high.",
		"CENTCOM said the strike hit a weapons depot near the border.",
		// a Chinese surname and a syllable before a noun is a thing, not a person (review)
		"Thousands gathered at Fan Zone venues across the city. Wu Tang fans queued for hours.",
		"As a teacher, Maple Grove parents trust her with their children every day.",
		"At a rally in Ashby Crossing last week, the former congressman repeated the claim.",
		"Later Smith-Haddow joined the board. Nobody said the vote was close.",
		// from a review of the larger given-name list and the stance verbs
		"Police in Austin said the suspect fled. Kent Police said a man had been arrested.",
		"Farmers blasted the tax. Downing Street denied the report. Hurricane Milton threatened the coast.",
		"Typhoon Dalisay tore through the town on Tuesday, officials said. Dalisay made landfall over Pilar Norte.",
		"The Tang Dynasty ruled China. Long Island was flooded. He Said It was a film.",
		"Tory MP Jacob Rees-Mogg said the plan was fair. Harris County Judge Lina Hidalgo said the shelters were full.",
		"Bright Futures, a charity that helps student nurses, said it would expand.",
		// a company named by its trade
		"Brightwater Power said it had no comment. Halvorsen Maritime said the ship was lost.",
		"Halvorsen Maritime said the ship was lost.",
		// known bodies with a place or an "and" in the name
		"Scotland Yard said it was investigating. The Centers for Disease Control and Prevention said cases rose.",
		"The U.S. Immigration and Customs Enforcement said it had detained 40 people.",
		"Lead author Dr. Ottoline Rivers said the effect was small.",
		"The Mayor and Greater London Authority have agreed a budget. Doctors and British Medical Association representatives walked out.",
		"Pfizer, the drugmaker, said its pill worked. Unite, a member of the TUC, said the strike would go ahead.",
		"The United Nations mediator for Dastavia said the talks were close.",
		"The Driver Safety Council said roads were safer. Charlotte Hornets officials said the deal was done.",
		"The Committee on Foreign Affairs said it would meet.",
		"The Chief of the Defence Staff said the border was calm.",
		// "and" joins no party to a field, nor a person to a party
		"Labour and Green Party leaders said the bill was wrong. Police and National Guard troops sealed the area.",
		"Deng Xiaoping and Communist Party leaders said reform would go on.",
		// from a review of the sixteenth session's rules: an age before a
		// car, a place before a company's word, a pageant's "Miss"
		"He drove a 10-year-old Honda Civic to the rally. Georgia Power said 20,000 homes had no power.",
		"The Miss America pageant said it would go on. Georgia Tech's coach said the team was tired.",
		// a place before a club's, a university's or a landmark's word,
		// where the speech verb's object is the body's
		"Paris Saint-Germain said their captain had signed. Georgia Tech said it would investigate.",
		"Crowds gathered at India Gate. The Houston Rockets said the deal was done.",
		"Sydney Harbour was closed. Virginia Tech said it would investigate.",
		// indefinite pronouns opening a sentence
		"Analysts were divided. Others warned that the talks would fail. Few said the deal was strong.",
	} {
		for _, e := range analyze(t, r, in) {
			if e.Type == Person && (strings.Contains(e.Name, "Garden") || strings.Contains(e.Name, "Airport") || strings.Contains(e.Name, "Civic") || strings.HasPrefix(e.Name, "Georgia") || strings.HasPrefix(e.Name, "Paris") || strings.HasPrefix(e.Name, "Houston") || strings.HasPrefix(e.Name, "India") || strings.HasPrefix(e.Name, "Sydney") || strings.HasPrefix(e.Name, "Virginia") || e.Name == "America" || notPeople[e.Name]) {
				t.Errorf("Analyze(%q): %q is not a person", in, e.Name)
			}
			if strings.HasPrefix(e.Name, "and ") || strings.Contains(e.Name, "Police and") || strings.Contains(e.Name, "Xiaoping and") {
				t.Errorf("Analyze(%q): %q joins two names", in, e.Name)
			}
			if e.Name == "European Central Bank" && slices.Contains(e.Mentions, "Bank") {
				t.Errorf("Analyze(%q): the Bank of England merged into the European Central Bank", in)
			}
		}
	}
	for _, e := range analyze(t, r, "The Government on Twitter said the roads were closed. The Court on Christmas Eve ruled that the law stood.") {
		if strings.HasSuffix(e.Name, " on") || strings.Contains(e.Name, " on Christmas") {
			t.Errorf("a day or a platform after \"on\": unexpected entity %q (%s)", e.Name, e.Type)
		}
	}
	// a dateline with its date; a person and the firm after "of"
	for _, e := range analyze(t, r, "VALMORA, July 24 (Nordwire) - Tessaro Systems cut its forecast, said Nadia Farouk of Kestrel Capital.") {
		if e.Name == "VALMORA" || strings.Contains(e.Name, "Farouk of") {
			t.Errorf("dateline and analyst: unexpected entity %q (%s)", e.Name, e.Type)
		}
	}
	// a company head alone is a common noun; where a person works is an
	// organisation; a title in the name keeps it whole
	// a club named after its town, before its manager, is the club
	for _, in := range []string{"Crawley manager Dean Pritchard said the defeat hurt.", "St Helens boss Paul Wellens said his side were gutted."} {
		if got := analyze(t, r, in); slices.ContainsFunc(got, func(e ent) bool { return e.Type == GPE }) {
			t.Errorf("Analyze(%q): a club is no place: %v", in, got)
		}
	}
	// an unknown single word whose "its" follows its speech verb is a body
	if got := analyze(t, r, "Eskom said its engineers were working to restore power."); !slices.ContainsFunc(got, func(e ent) bool { return e.Name == "Eskom" && e.Type == Org }) {
		t.Errorf(`"Eskom said its engineers": want ORG Eskom, got %v`, got)
	}
	if got := analyze(t, r, "Tessmark also said its engineers were working."); !slices.ContainsFunc(got, func(e ent) bool { return e.Name == "Tessmark" && e.Type == Org }) {
		t.Errorf(`"Tessmark also said its engineers": want ORG Tessmark, got %v`, got)
	}
	// also past an adjunct of how or when, and "that"
	for _, in := range []string{"Veridian said in a statement that it would review the contract.", "Telecom operator NordLink said on Friday that it had found a breach."} {
		if got := analyze(t, r, in); !slices.ContainsFunc(got, func(e ent) bool { return e.Type == Org }) {
			t.Errorf("Analyze(%q): want the body as ORG, got %v", in, got)
		}
	}
	// an institution named in the possessive after a saint, a founder or
	// a cause is one name
	for _, in := range []string{"Doctors at St Mary's Hospital said the patient was stable.", "King's College London said the study was sound.", "The Alzheimer's Society said more funding was needed."} {
		got := analyze(t, r, in)
		if !slices.ContainsFunc(got, func(e ent) bool {
			return e.Type == Org && (e.Name == "St Mary's Hospital" || e.Name == "King's College London" || e.Name == "Alzheimer's Society")
		}) {
			t.Errorf("Analyze(%q): the institution's whole name is missing in %v", in, got)
		}
	}
	for _, e := range analyze(t, r, "Securities regulators fined the broker. Michael Smith of Morgan Stanley said the bank would hire, and Mary Queen of Scots was the subject of his talk.") {
		if e.Name == "Securities" || e.Name == "Morgan Stanley" && e.Type != Org || e.Name == "Mary Queen" {
			t.Errorf("company head, affiliation, title: unexpected entity %q (%s)", e.Name, e.Type)
		}
	}
	// a common noun for an organisation before a name says what it is
	for _, e := range analyze(t, r, "Anti-corruption group Clear Harbour brought the case, and the company Tom Hale founded in 1990 paid.") {
		if e.Name == "Clear Harbour" && e.Type != Org || e.Name == "Tom Hale" && e.Type == Org {
			t.Errorf("organisation nouns: %q typed %s", e.Name, e.Type)
		}
	}
	got := analyze(t, r, "Secretary of Defense Mark Esper said the troops would stay.")
	if !slices.ContainsFunc(got, func(e ent) bool { return e.Name == "Mark Esper" && e.Type == Person }) {
		t.Errorf("Secretary of Defense Mark Esper: no person Mark Esper in %v", got)
	}
}

// TestCapitalisedLead: a tabloid opens with a noun in capitals, which is
// no acronym; an acronym that opens a sentence still is one.
func TestCapitalisedLead(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   string
		name string
		want bool
	}{
		{"ISLANDERS on Skarda have been left without their ferry.", "ISLANDERS", false},
		{"SHOPPERS across the region queued overnight.", "SHOPPERS", false},
		{"CENTCOM said the strike hit a depot.", "CENTCOM", true},
		{"Brightwell recalls its CP-6 fryers.", "CP-6", false}, // a model number
		{"G7 leaders met in Rome.", "G7", true},
		{"Load-shedding could cost the economy R2 billion.", "R2", false}, // an amount in rand
		{"The Tamarack County Sheriff's Office said a man was arrested.", "Tamarack County Sheriff's Office", true},
		{"The National Weather and Hydrology Authority (NWHA) said the typhoon was strong.", "National Weather and Hydrology Authority", true},
		{"Reacting, the minister, Dr Hauwa Bello-Amadi, appealed for patience.", "Reacting", false},
		{"Traders said a bag of rice now costs N25,000.", "N25,000", false},
		{"Comrade Babatunde Oyelaran said the strike would go on.", "Babatunde Oyelaran", true},
		{"Madam Rosalind Tay, 67, said the car park had flooded.", "Rosalind Tay", true},
		{"National Grid and British Gas said prices would rise.", "British Gas", true},
		{"National Grid and British Gas said prices would rise.", "Gas", false},
		{"Two Progressive Unity MPs said colleagues were unhappy.", "Progressive Unity MPs", false}, // a group, not a person
		{"Secretary for Housing Winifred Lo Ka-man said the ban would start in 2027.", "Winifred Lo Ka-man", true},
		{"Tsang Wai-hung of the Harbour Civic Alliance said rents would climb.", "Tsang Wai-hung", true},
		{"South Korean President Park Geun-hye said the test was a provocation.", "Park Geun-hye", true},
		{"Afghan-born Ahmad Shah said hello.", "Ahmad Shah", true},
		{"Calderbrook Fire and Rescue Service said eight engines were there.", "Calderbrook Fire and Rescue Service", true},
		{"The Financial Conduct and Standards Authority said little would change.", "Financial Conduct and Standards Authority", true},
		{"Barclays Bank and Lloyds Bank said rates would rise.", "Lloyds Bank", true},
		{"LAHORE: The council was engulfed in controversy.", "LAHORE", false}, // a dateline
		{"National Guard troops had been sent.", "National Guard", true},
		{"The Binh Lam Department of Industry and Trade said the plant was inspected.", "Binh Lam Department of Industry and Trade", true},
		{"Lieutenant Colonel Do Minh Khoa said the smoke was thick.", "Do Minh Khoa", true},
		{"The Millbrook Police Patrolmen's Association said the officer followed his training.", "Millbrook Police Patrolmen's Association", true},
		{"The Mobile Users’ Forum called the hike a cartel.", "Mobile Users’ Forum", true},
		{"WALLACE: Do you accept the result?", "WALLACE", true}, // a transcript's speaker
		{"A spokesperson for the Prime Minister's Office said the minister had full confidence.", "Prime Minister's Office", true},
		{"The Highveld Chamber of Commerce and Industry said costs rose.", "Highveld Chamber of Commerce and Industry", true},
	} {
		found := false
		for _, e := range analyze(t, r, tc.in) {
			found = found || e.Name == tc.name
		}
		if found != tc.want {
			t.Errorf("Analyze(%q): entity %q found %v; want %v", tc.in, tc.name, found, tc.want)
		}
	}
}

// TestTextEdges: rules that look back or ahead of a name stay inside the
// text when the name opens or closes it (a review found both reading
// out of range).
func TestTextEdges(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"of the Philippines",
		"Sello Mokgethi, a man who lives here,",
		"Office of the",
		"St. Mary's",
	} {
		analyze(t, r, in) // must not panic
	}
}

// TestNarrowRules holds inputs on which rules of the twenty-third session
// first fired wider than they meant (found by a review).
func TestNarrowRules(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, name string
		bad      func(ent) bool
	}{
		// a clause's subject after a comma is no apposition
		{"After meeting Okwudili Nnaji, the committee decided to delay the vote.", "Okwudili Nnaji as an organisation",
			func(e ent) bool { return e.Name == "Okwudili Nnaji" && e.Type == Org }},
		// a headline keeps its prepositions in lower case and stays a headline
		{"Mayor Says City Will Sue State over Water Rules.\n\nMayor Ann Lee said on Monday the rules were unfair.", "a name made of the headline",
			func(e ent) bool { return strings.Contains(e.Name, "Says") }},
		// a word in -er that opens sentences is no role
		{"Neither Tom Reyes nor Ann Lee attended.", "the role \"neither\"",
			func(e ent) bool { return slices.Contains(e.Roles, "neither") }},
	} {
		for _, e := range analyze(t, r, tc.in) {
			if tc.bad(e) {
				t.Errorf("Analyze(%q): %s: %+v", tc.in, tc.name, e)
			}
		}
	}
}

// TestCities: the cities of the GeoNames gazetteer are places where
// nothing says person, and surnames where something does.
func TestCities(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, name string
		typ      Type
	}{
		{"Police in Rotterdam said two men were arrested.", "Rotterdam", GPE},
		{"The mayor of Oslo spoke on Monday.", "Oslo", GPE},
		{"Officials in Pretoria and Kinshasa met rebels in Goma.", "Kinshasa", GPE},
		{"Officials in Pretoria and Kinshasa met rebels in Goma.", "Goma", GPE},
		{"Flights from Pune were cancelled.", "Pune", GPE},
		{"A storm hit Dayton on Friday.", "Dayton", GPE},
		{"Residents of Soweto marched.", "Soweto", GPE},
		{"Gunmen attacked a market in Kano, police said.", "Kano", GPE},
		{"Protests spread to Imphal and Maiduguri.", "Imphal", GPE},
		{"Protests spread to Imphal and Maiduguri.", "Maiduguri", GPE},
		{"Sheffield said it would appeal the ruling.", "Sheffield", GPE},
		{"Rain fell in Düsseldorf and Dusseldorf.", "Düsseldorf", GPE},
		{"Rain fell in São Paulo.", "Sao Paulo", GPE}, // places.txt spells it in ASCII
		// a person's name is stronger than the gazetteer
		{"Mr Kano said the deal was off.", "Kano", Person},
		{"John Sheffield said the deal was off.", "John Sheffield", Person},
		{"Natsuo Toyama said the plan would fail.", "Natsuo Toyama", Person},
		// a city's name that opens a longer place's or ends a body's is
		// part of it
		{"Ships waited in Bristol Bay and off the Suez Canal.", "Suez Canal", Loc},
		{"Ships waited in Bristol Bay and off the Suez Canal.", "Bristol Bay", Loc},
		{"Floods hit Kiambu County on Monday.", "Kiambu County", Loc},
		{"A professor at the University of Glasgow said the data were sound.", "University of Glasgow", Org},
		{"Police in Greater Manchester said two men were arrested.", "Greater Manchester", GPE},
		// a region named with its compass word
		{"Rain is expected in East Africa this week.", "East Africa", Loc},
		// the hand-compiled entries keep their types
		{"Riyadh said the talks would continue.", "Riyadh", GPE},
		{"Officials in Detroit said the city would recover.", "Detroit", GPE},
	} {
		if !hasEntity(t, r, tc.in, tc.name, tc.typ) {
			t.Errorf("Analyze(%q): no %s %q; got %v", tc.in, tc.typ, tc.name, analyze(t, r, tc.in))
		}
	}
	// common words and given names that GeoNames has as cities are not
	for _, tc := range []struct{ in, name string }{
		{"Nice to meet you, she said.", "Nice"},
		{"Reading the report, Florence Pugh laughed.", "Reading"},
		{"Victoria Beckham said the show went well.", "Victoria"},
		{"Split the bill, Austin said.", "Split"},
		{"She would be the first Latina elected to the Senate.", "Latina"},
	} {
		for _, e := range analyze(t, r, tc.in) {
			if e.Name == tc.name && (e.Type == GPE || e.Type == Loc) {
				t.Errorf("Analyze(%q): %q is a place", tc.in, tc.name)
			}
		}
	}
}

// TestMerging: a person's later mentions join the full name, and people
// who share a surname stay apart.
func TestMerging(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, name string
		mentions []string
	}{
		// a person's surname before "said it would" stays the person's
		// (review: only a company the gazetteer knows speaks for itself)
		{"Elon Musk spoke on Monday. Musk said it would cost billions.", "Elon Musk", []string{"Elon Musk", "Musk"}},
		{"Kwame Mensah lost his shop. Mensah said it had destroyed everything he owned.", "Kwame Mensah", []string{"Kwame Mensah", "Mensah"}},
		// initials before the surname, as South Asian and British names
		// are written
		{"K. P. Sharma Oli was sworn in as prime minister. Oli said the country needed stability.", "K. P. Sharma Oli", []string{"K. P. Sharma Oli", "Oli"}},
		{"M. K. Stalin said the state would oppose the law. Stalin wrote to the prime minister.", "M. K. Stalin", []string{"M. K. Stalin", "Stalin"}},
		{"J. K. Rowling said she would not change her mind. Rowling posted the message on Sunday.", "J. K. Rowling", []string{"J. K. Rowling", "Rowling"}},
		// a surname with a particle of two words, capitalised at the start
		// of a sentence
		{"Ursula von der Leyen said the bloc would respond. Von der Leyen spoke in Brussels.", "Ursula von der Leyen", []string{"Ursula von der Leyen", "Von der Leyen"}},
		{"Oscar de la Hoya said the fight was fair. De la Hoya grew up in Los Angeles.", "Oscar de la Hoya", []string{"Oscar de la Hoya", "De la Hoya"}},
		// "Jr." ends a name, after a surname that is also a title
		{"Martin Luther King Jr. spoke in Washington. King said he had a dream.", "Martin Luther King Jr.", []string{"Martin Luther King Jr", "King"}},
		{"Donald J. Trump Jr. said the report was false. Trump Jr. spoke in Phoenix.", "Donald J. Trump Jr.", []string{"Donald J. Trump Jr", "Trump Jr"}},
		// forms of address and titles of peers and clerics stay out of the
		// name, as "Sir" and "Baroness" do
		{"The Rt Hon Rachel Reeves MP said the budget was fair. Reeves spoke later.", "Rachel Reeves", []string{"Rachel Reeves", "Reeves"}},
		{"Lord Cameron said the talks were useful. Cameron flew to Kyiv.", "Cameron", []string{"Cameron", "Cameron"}},
		{"Ayatollah Ali Khamenei said the country would respond. Khamenei spoke in Tehran.", "Ali Khamenei", []string{"Ali Khamenei", "Khamenei"}},
		// an Arabic name with "bin" is a person's; a surname with its
		// article is used without it
		{"Tamim bin Hamad Al Thani hosted the talks in Doha. Sheikh Tamim said the talks would continue.", "Tamim bin Hamad Al Thani", []string{"Tamim bin Hamad Al Thani", "Tamim"}},
		{"Abdel Fattah al-Sisi said the border would stay closed. Sisi met the Jordanian king on Monday.", "Abdel Fattah al-Sisi", []string{"Abdel Fattah al-Sisi", "Sisi"}},
		// an unknown full name whose surname opens a later sentence as a
		// past verb's subject
		{"Nguyen Phu Trong died aged 80, Vietnamese state media said. Trong had led the party since 2011.", "Nguyen Phu Trong", []string{"Nguyen Phu Trong", "Trong"}},
		// a given name joined by "and" to a full name shares its surname
		{"Bill and Hillary Clinton attended the funeral. Mr Clinton said he had lost a friend.", "Bill Clinton", []string{"Bill", "Clinton"}},
		{"Bill and Melinda Gates announced their divorce.", "Bill Gates", []string{"Bill"}},
		{"Bill and Hillary Clinton attended the funeral. Mrs Clinton said she had lost a friend.", "Hillary Clinton", []string{"Hillary Clinton", "Clinton"}},
		// a form of address and a relative's noun make a bare surname
		// someone else's: the wife of the Okafor named before
		{"Okafor said the plan was sound. Mrs Okafor, his wife, said she disagreed. Mrs Okafor left.", "Mrs Okafor", []string{"Okafor", "Okafor"}},
		{"Okafor said the plan was sound. Mrs Okafor, his wife, said she disagreed. Okafor left.", "Okafor", []string{"Okafor", "Okafor"}},
		{"Mathieu van der Poel won the race in Roubaix. Van der Poel said the cobbles were hard.", "Mathieu van der Poel", []string{"Mathieu van der Poel", "Van der Poel"}},
	} {
		got := analyze(t, r, tc.in)
		if !slices.ContainsFunc(got, func(e ent) bool {
			return e.Name == tc.name && e.Type == Person && slices.Equal(e.Mentions, tc.mentions)
		}) {
			t.Errorf("Analyze(%q): want person %q with mentions %q, got %v", tc.in, tc.name, tc.mentions, got)
		}
	}

	// a surname alone that speaks for a body ("said it would cut", "said
	// its") is a company named after someone, not the person
	for _, tc := range []struct {
		in, name string
		typ      Type
		mentions []string
	}{
		{"Ford said it would cut 3,000 jobs. Harrison Ford was not involved.", "Ford", Org, []string{"Ford"}},
		{"Ford said it would cut 3,000 jobs. Harrison Ford was not involved.", "Harrison Ford", Person, []string{"Harrison Ford"}},
		{"Dell said its profits rose. Michael Dell, its founder, said the company would recover.", "Michael Dell", Person, []string{"Michael Dell"}},
		{"Harrison Ford said it was an honour. Ford said it would be his last film.", "Harrison Ford", Person, []string{"Harrison Ford", "Ford"}},
		{"Ocado said it expected a loss for the year.", "Ocado", Org, []string{"Ocado"}},
		// a group the gazetteer knows, named like a surname without its
		// article, is not the person of that surname
		{"Yemen's Houthi rebels said they fired missiles. The Houthis' leader, Abdul-Malik al-Houthi, has threatened more attacks.", "Abdul-Malik al-Houthi", Person, []string{"Abdul-Malik al-Houthi"}},
		{"Abdul-Malik al-Houthi said the attacks would go on. Houthi rebels said they fired missiles.", "Abdul-Malik al-Houthi", Person, []string{"Abdul-Malik al-Houthi"}},
		// a regional agency named with the US agency's letters is not it
		{"Africa CDC said the outbreak was spreading. The Centers for Disease Control and Prevention said cases rose.", "Africa CDC", Org, []string{"Africa CDC"}},
		{"Africa CDC said the outbreak was spreading. The Centers for Disease Control and Prevention said cases rose.", "Centers for Disease Control and Prevention", Org, []string{"Centers for Disease Control and Prevention"}},
	} {
		got := analyze(t, r, tc.in)
		if !slices.ContainsFunc(got, func(e ent) bool {
			return e.Name == tc.name && e.Type == tc.typ && slices.Equal(e.Mentions, tc.mentions)
		}) {
			t.Errorf("Analyze(%q): want %s %q with mentions %q, got %v", tc.in, tc.typ, tc.name, tc.mentions, got)
		}
	}
	// the words of a form of address are no name of their own
	for _, e := range analyze(t, r, "The Rt Hon Rachel Reeves MP said the budget was fair. The Right Honourable Rachel Reeves spoke later.") {
		if e.Name != "Rachel Reeves" {
			t.Errorf("Rt Hon: unexpected entity %q (%s)", e.Name, e.Type)
		}
	}
}

// TestNotBodies: words the gazetteers hold as a body's name or alias that
// ordinary text uses otherwise (review of the gazetteers): animals, a verb,
// a surname.
func TestNotBodies(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, word string }{
		{"Wolves were spotted near the village.", "Wolves"},
		{"Fed by melting snow, the river rose.", "Fed"},
		{"Carlisle said the charity had saved his life.", "Carlisle"},
	} {
		for _, e := range r.Analyze(sentence.Analyze(tc.in)).Entities {
			if e.Name != tc.word && !strings.HasPrefix(e.Name, tc.word+" ") {
				continue
			}
			if e.Type == Org || e.Type == GPE || e.Type == Loc {
				t.Errorf("Analyze(%q): %q is %s", tc.in, e.Name, e.Type)
			}
		}
	}
}
