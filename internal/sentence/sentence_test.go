package sentence

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func sentences(s string) []string {
	t := Analyze(s)
	out := make([]string, 0, len(t.Sentences))
	for _, r := range t.Sentences {
		out = append(out, s[r.Start:r.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks stalled. Both sides left.", []string{"The talks stalled.", "Both sides left."}},
		{"a bracketed source tag opens the next sentence", "Few people voted. [WashPost.]", []string{"Few people voted.", "[WashPost.]"}},
		{"title abbreviation", "Gen. David Petraeus spoke. He left.", []string{"Gen. David Petraeus spoke.", "He left."}},
		{"crore and francs after a number end a sentence", "The state will spend Rs 1,200 cr. Officials said work would begin. The ticket cost 40 Fr. Organisers were pleased.", []string{"The state will spend Rs 1,200 cr.", "Officials said work would begin.", "The ticket cost 40 Fr.", "Organisers were pleased."}},
		{"clergy, police and military abbreviations", "\"It is safe,\" Fr. Liam Doyle said. Const. Amy Hart and Brig. Gen. Pat Ryder agreed.", []string{"\"It is safe,\" Fr. Liam Doyle said.", "Const. Amy Hart and Brig. Gen. Pat Ryder agreed."}},
		{"councillors' and aldermen's abbreviations", "\"No,\" said Coun. Julia Sutherland. Cllr. Ann Wood and Ald. Ray Okafor agreed.", []string{"\"No,\" said Coun. Julia Sutherland.", "Cllr. Ann Wood and Ald. Ray Okafor agreed."}},
		{"no. before a number only", "The unions said no. According to the NLC, talks failed. He lives at No. 10 Downing Street.", []string{"The unions said no.", "According to the NLC, talks failed.", "He lives at No. 10 Downing Street."}},
		{"month abbreviation", "It began on Jan. 5 in Kabul. Talks followed.", []string{"It began on Jan. 5 in Kabul.", "Talks followed."}},
		{"an attribution after a quoted question, then a sentence with a clause", "“Did you write this?” Raman-Holt asked. Ashcombe replied that he did not.", []string{"“Did you write this?” Raman-Holt asked.", "Ashcombe replied that he did not."}},
		{"a verb with a topic after a quotation closed by a full stop opens a sentence", "He said that “any candidate who takes a dime is finished.” Richard Coyle warned of “a slow-motion collapse” of the rules.", []string{"He said that “any candidate who takes a dime is finished.”", "Richard Coyle warned of “a slow-motion collapse” of the rules."}},
		{"a verb with a long phrase after its hearer after a quotation closed by a full stop opens a sentence", "He renewed his promise to “drain the swamp.” Kettering told a New Hampshire audience in January that he would win. “We won.” Smith told reporters.", []string{"He renewed his promise to “drain the swamp.”", "Kettering told a New Hampshire audience in January that he would win.", "“We won.” Smith told reporters."}},
		{"a case name's 'v.'", "She backs Roe v. Wade and opposes a ban. Talks followed.", []string{"She backs Roe v. Wade and opposes a ban.", "Talks followed."}},
		{"acronym mid-sentence", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"acronym at end", "Troops left the U.S. The war ended.", []string{"Troops left the U.S.", "The war ended."}},
		{"acronym before a scare quote", "He said the U.S. “clearly” needed help. It did.", []string{"He said the U.S. “clearly” needed help.", "It did."}},
		{"acronym before a quoted sentence", "Troops left the U.S. “We are home,” one said.", []string{"Troops left the U.S.", "“We are home,” one said."}},
		{"initials", "John F. Kennedy spoke. Crowds cheered.", []string{"John F. Kennedy spoke.", "Crowds cheered."}},
		{"quote closes sentence", `"We will stay." He left.`, []string{`"We will stay."`, "He left."}},
		{"curly quote spanning sentences", "“We are far apart. They know it,” he said. Talks resume.", []string{"“We are far apart.", "They know it,” he said.", "Talks resume."}},
		{"headline without stop", "Envoy warns of long road\nTalks stalled on Friday.", []string{"Envoy warns of long road", "Talks stalled on Friday."}},
		{"attribution after a quoted question", "“How many times?” Clinton said. “In Tulsa, a man died.”", []string{"“How many times?” Clinton said.", "“In Tulsa, a man died.”"}},
		{"attribution with a time after a quotation", "“It was a disgrace.” Moreno said Tuesday. The vote failed.", []string{"“It was a disgrace.” Moreno said Tuesday.", "The vote failed."}},
		{"a speech verb with its own content opens a sentence", "“It was a disgrace.” Moreno said both parties were to blame.", []string{"“It was a disgrace.”", "Moreno said both parties were to blame."}},
		{"a speech verb with a quotation of its own after a colon opens a sentence", "Hale said: “Patients deserve answers.” Hale said in a statement: “Justice has been done.”", []string{"Hale said: “Patients deserve answers.”", "Hale said in a statement: “Justice has been done.”"}},
		{"attribution with a less common speech verb", "“Why is this not clear?” Vitter demanded. “It is.”", []string{"“Why is this not clear?” Vitter demanded.", "“It is.”"}},
		{"a telling verb with a clause after its hearer opens a sentence", "“It was terror.” Smith told reporters he would resign. “No.” Ames told the BBC on Monday. “Go.” Lee asked the crowd whether it agreed. “Why?” Ito asked over the radio as he rejoined.", []string{"“It was terror.”", "Smith told reporters he would resign.", "“No.” Ames told the BBC on Monday.", "“Go.”", "Lee asked the crowd whether it agreed.", "“Why?” Ito asked over the radio as he rejoined."}},
		{"a single mark after a space opens the next sentence", "He said they would decide. 'We are ready,' he said. 'It is done.' She left.", []string{"He said they would decide.", "'We are ready,' he said.", "'It is done.'", "She left."}},
		{"the platform X before a full stop is no initial", "\"Rest,\" one user wrote on X. Another posted: \"Get well.\" Malcolm X. Little spoke.", []string{"\"Rest,\" one user wrote on X.", "Another posted: \"Get well.\"", "Malcolm X. Little spoke."}},
		{"an apostrophe for dropped letters after a full stop starts the next sentence", "It was the end of an era. ’90s music was back, fans said.", []string{"It was the end of an era.", "’90s music was back, fans said."}},
		{"a name and verb with its own content start a sentence", "Japan called it an “outlaw nation.” Russia insisted that it stop.", []string{"Japan called it an “outlaw nation.”", "Russia insisted that it stop."}},
		{"pronoun after a closing quote starts a sentence", "He said it was “the same system.” She adds, “Why?”", []string{"He said it was “the same system.”", "She adds, “Why?”"}},
		{"question and exclamation", "Why now? Nobody knows! Fine.", []string{"Why now?", "Nobody knows!", "Fine."}},
		{"lower-case after period", "The price was 3.5 per cent. of the total.", []string{"The price was 3.5 per cent. of the total."}},
		{"glued acronym", "Khalilzad said the U.S.is not leaving.", []string{"Khalilzad said the U.S.is not leaving."}},
		{"empty", "", []string{}},
		{"blank lines", "\n\n  \n", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentences(tt.in)); diff != "" {
				t.Errorf("sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestQuotedAndRunes(t *testing.T) {
	s := "Er sagte: «Wir bleiben» und “gehen” nicht."
	tx := Analyze(s)
	var quoted []string
	for i, tk := range tx.Tokens {
		if tk.Quoted {
			quoted = append(quoted, tx.Word(i))
		}
	}
	if diff := cmp.Diff([]string{"Wir", "bleiben", "gehen"}, quoted); diff != "" {
		t.Errorf("quoted tokens of %q (-want +got):\n%s", s, diff)
	}
	for i, tk := range tx.Tokens {
		want := utf8.RuneCountInString(s[:tk.Start])
		if got := tx.Runes(tk.Start); got != want {
			t.Errorf("Runes(%d) for token %d = %d; want %d", tk.Start, i, got, want)
		}
	}
	if got, want := tx.Runes(len(s)), utf8.RuneCountInString(s); got != want {
		t.Errorf("Runes(len) = %d; want %d", got, want)
	}
}

// TestSingleQuotes: single curly marks quote, British style, in a paragraph
// without double quotation marks, and stay apostrophes otherwise.
func TestSingleQuotes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // quoted words
	}{
		{"‘We will not back down,’ the minister said.", []string{"We", "will", "not", "back", "down", ","}},
		{"The mayor said: ‘The port will reopen.’ Nobody else spoke.", []string{"The", "port", "will", "reopen", "."}},
		{"The workers’ union met in the ‘90s and didn’t strike.", nil},
		{"Ms Lee’s plan, the ‘new deal’, failed.", []string{"new", "deal"}},
		// straight single marks, as tabloids print them; possessives and
		// decades are no quotations
		{"'I've never walked off a set,' Dani said.", []string{"I've", "never", "walked", "off", "a", "set", ","}},
		{"The workers' union met in the '90s and the bosses' offer failed.", nil},
		{"'This isn't over,' he told the Gazette. 'Not by a long way.'", []string{"This", "isn't", "over", ",", "Not", "by", "a", "long", "way", "."}},
		{"'It's the fans' club and always will be,' Hale said.", []string{"It's", "the", "fans", "'", "club", "and", "always", "will", "be", ","}},
		{"The 'Ndrangheta runs the port, prosecutors said, and the dockers' union says it is afraid.", nil},
		{"'Tis the season, the shoppers' association said.", nil},
		{"It was rock 'n' roll, the islands' governor said.", nil},
		{"'We are not leaving' residents say", []string{"We", "are", "not", "leaving"}},
		// a quotation going on in the next paragraph, British style
		{"He said: 'We respect them, of course.\n\n'But we fear nobody.'", []string{"We", "respect", "them", ",", "of", "course", ".", "But", "we", "fear", "nobody", "."}},
		// with double quotation marks, singles are nested ones, left alone
		{"“He called it ‘a disgrace’,” she said.", []string{"He", "called", "it", "‘", "a", "disgrace", "’", ","}},
		// but doubles inside singles, British style, leave the singles theirs
		{"'They said \"no comment\" and left,' she said.", []string{"They", "said", "no", "comment", "and", "left", ","}},
		// an opening mark typed for the closing one, glued to the last word
		{"“It could hurt her here,“ said Jim Clyburn. “She has a firewall.”", []string{"It", "could", "hurt", "her", "here", ",", "She", "has", "a", "firewall", "."}},
		// '' as double marks, a single quotation closing inside: ' then ''
		{"''We hear, 'Kosovo is special,''' Mr. Putin said.", []string{"We", "hear", ",", "'", "Kosovo", "is", "special", ",", "'"}},
	} {
		tx := Analyze(tc.in)
		var quoted []string
		for i, tk := range tx.Tokens {
			if tk.Quoted {
				quoted = append(quoted, tx.Word(i))
			}
		}
		if diff := cmp.Diff(tc.want, quoted); diff != "" {
			t.Errorf("quoted tokens of %q (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestLinearTime(t *testing.T) {
	// a 1 MB paragraph without punctuation and one made of quotation marks
	for _, s := range []string{strings.Repeat("word ", 200_000), strings.Repeat("“a ", 300_000), strings.Repeat("U.S. ", 200_000)} {
		start := time.Now()
		tx := Analyze(s)
		if d := time.Since(start); d > 2*timeScale*time.Second {
			t.Errorf("Analyze of %d bytes took %v", len(s), d)
		}
		checkText(t, s, tx)
	}
}

func checkText(t *testing.T, s string, tx *Text) {
	t.Helper()
	prev := 0
	for i, tk := range tx.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %d [%d,%d) out of order or outside text of %d bytes", i, tk.Start, tk.End, len(s))
		}
		prev = tk.End
		if got, want := tx.Lower(i), strings.ToLower(tx.Word(i)); got != want {
			t.Fatalf("Lower(%d) = %q; want %q", i, got, want)
		}
	}
	for i, r := range tx.Sentences {
		if r.Lo >= r.Hi || r.Hi > len(tx.Tokens) || r.Start < 0 || r.End > len(s) || r.Start > r.End {
			t.Fatalf("sentence %d %+v invalid", i, r)
		}
		if i > 0 && tx.Sentences[i-1].Hi != r.Lo && tx.Tokens[r.Lo].Para == tx.Tokens[r.Lo-1].Para {
			t.Fatalf("sentence %d does not follow sentence %d", i, i-1)
		}
	}
	if n := tx.Runes(len(s)); n != utf8.RuneCountInString(s) {
		t.Fatalf("Runes(len) = %d; want %d", n, utf8.RuneCountInString(s))
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Gen. Petraeus said “hello. world” he said.",
		"«Nous» “mixed\" 'quotes'' and '' twice",
		"U.S.is U.S. a.m. p.m. Jan. 5.",
		"\"unbalanced “quotes",
		"\xff\xfe broken utf8 “",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, s, Analyze(s))
	})
}

// TestLower: Lower is strings.ToLower of the word, ASCII or not.
func TestLower(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The U.S. Envoy", "the u.s. envoy"},
		{"already lower", "already lower"},
		{"Éric ÖZIL said", "éric özil said"},
		{"İSTANBUL MAYOR", "istanbul mayor"},
		{"Ned PRICE, ΑΘΗΝΑ", "ned price , αθηνα"},
	} {
		tx := Analyze(tc.text)
		var words []string
		for i := range tx.Tokens {
			words = append(words, tx.Lower(i))
		}
		if got := strings.Join(words, " "); got != tc.want {
			t.Errorf("Lower over %q = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestMojibakeWords: a name garbled by a wrong decoding, composed or
// decomposed, stays one word.
func TestMojibakeWords(t *testing.T) {
	for _, s := range []string{
		"President FranÃ§ois Hollande said",
		"President FranÃÂ§ois Hollande said",
		"President FranA\u0303\u0083A\u0302\u00a7ois Hollande said",
	} {
		tx := Analyze(s)
		var words []string
		for i := range tx.Tokens {
			words = append(words, tx.Word(i))
		}
		if len(words) != 4 || words[2] != "Hollande" {
			t.Errorf("Analyze(%q) words = %q; want 4 with the name in one", s, words)
		}
	}
}

// TestMojibakeBoundaries: a garbled no-break space, a guillemet and a
// Windows-1252 mark that end a word stay outside it; Windows-1252 mojibake
// inside a word stays in it.
func TestMojibakeBoundaries(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"people,Â\u00a0police said", []string{"people", ",", "Â", "police", "said"}},
		{"voilÃ\u00a0tout", []string{"voilÃ\u00a0tout"}},
		{"«AMANHÃ» disse", []string{"«", "AMANHÃ", "»", "disse"}},
		{"Ã‰douard MÃ„RZ", []string{"Ã‰douard", "MÃ„RZ"}},
	} {
		tx := Analyze(tc.in)
		var words []string
		for i := range tx.Tokens {
			words = append(words, tx.Word(i))
		}
		if diff := cmp.Diff(tc.want, words); diff != "" {
			t.Errorf("Analyze(%q) tokens (-want +got):\n%s", tc.in, diff)
		}
	}
}
