package story

import (
	"strings"
	"testing"
)

func TestNameParts(t *testing.T) {
	for _, tc := range []struct {
		term, head, key string
	}{
		{"@president barack obama's", "obama", "barack obama"},
		{"@michelle obama", "obama", "michelle obama"},
		{"@josé mourinho", "mourinho", "jose mourinho"},
		{"@jose mourinho's", "mourinho", "jose mourinho"},
		{"@obama", "obama", ""},               // no given name
		{"@missing mh370", stem("mh370"), ""}, // "missing" is not a given name
		{"@world cup", "cup", ""},
		{"obama", "", ""}, // a plain term
		{"@", "", ""},
	} {
		head, key := nameParts(tc.term)
		if head != tc.head || key != tc.key {
			t.Errorf("nameParts(%q) = %q, %q; want %q, %q", tc.term, head, key, tc.head, tc.key)
		}
	}
}

// marshStory is three articles about Elena Marsh's campaign. They are
// undated: a story joined by surname is a question of topic-level grouping
// (wikiref220's surname clashes), while dated articles about a campaign and
// a restaurant sale are two events whatever their names share.
var marshStory = []Input{
	{ID: "e1", Title: "Elena Marsh launches campaign for free school meals",
		Text: "Elena Marsh, the council member for Northgate, launched a campaign on Monday for free school meals in every primary school.\n" +
			"Marsh said children could not learn on an empty stomach. \"Every child deserves a hot lunch,\" Marsh told parents at the launch."},
	{ID: "e2", Title: "Elena Marsh petition for school meals passes 10,000 signatures",
		Text: "The petition of Elena Marsh for free school meals passed 10,000 signatures on Wednesday.\n" +
			"Marsh said she would present it to the council next week, and thanked the parents who had collected names."},
	{ID: "e3", Title: "Council to debate Elena Marsh school meals petition",
		Text: "The council will debate the school meals petition of Elena Marsh on Friday.\n" +
			"Marsh said the vote would show whether members cared about children who go hungry."},
}

// TestNameClash checks that an article about another person with the
// same surname does not join a story on the surname alone, while the same
// article naming nobody in full, or naming the story's person too, does.
func TestNameClash(t *testing.T) {
	sale := "%s, the restaurateur, has sold his chain of harbour restaurants to an investment group.\n" +
		"Marsh said he would spend more time with his family. The price was not disclosed, but Marsh told staff that every job would be kept."
	for _, tc := range []struct {
		name, who string
		join      bool
	}{
		{"another person", "Thomas Marsh", false},
		{"no given name", "Mr. Marsh", true},
		{"names both", "Thomas Marsh, brother of Elena Marsh", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Options{})
			var first string
			for i, in := range marshStory {
				a := c.Add(in)
				if i == 0 {
					first = a.Story
				} else if a.Story != first {
					t.Fatalf("%s went to %s, not to the campaign story %s", in.ID, a.Story, first)
				}
			}
			a := c.Add(Input{ID: "x", Title: strings.SplitN(tc.who, ",", 2)[0] + " sells harbour restaurants",
				Text: strings.Replace(sale, "%s", tc.who, 1)})
			if joined := a.Story == first; joined != tc.join {
				t.Fatalf("joined the campaign story: %v, want %v (score %.3f, threshold %.3f, evidence %v, clash %v)",
					joined, tc.join, a.Score, a.Threshold, a.Evidence, a.NameClash)
			}
			if !tc.join {
				want := "marsh: thomas marsh here, elena marsh in the story"
				if len(a.NameClash) != 1 || a.NameClash[0] != want {
					t.Errorf("NameClash = %q; want [%q]", a.NameClash, want)
				}
			} else if len(a.NameClash) != 0 {
				t.Errorf("NameClash = %q; want none", a.NameClash)
			}
			for _, e := range a.Evidence {
				if !tc.join && strings.Contains(e.Term, "marsh") {
					t.Errorf("evidence lists %q, a term of the clashing name", e.Term)
				}
			}
		})
	}
}

// TestNameClashDeterministic: when a story names two people with the same
// surname equally often, which one is "the story's" must not depend on
// map order, or the same stream would be grouped differently from run to
// run (and a grouper rebuilt by replaying the stream would disagree with
// the store).
func TestNameClashDeterministic(t *testing.T) {
	stream := []Input{
		{ID: "a", Time: day(0), Title: "Elena Marsh and Thomas Marsh open harbour school",
			Text: "Elena Marsh and Thomas Marsh opened a school for sailing in the harbour on Monday.\n" +
				"Marsh said the school would teach children from every district of the town."},
		{ID: "b", Time: day(1), Title: "Anna Marsh backs harbour sailing school",
			Text: "Anna Marsh said she would give the harbour sailing school two boats.\n" +
				"Marsh said every child of the town should learn to sail."},
	}
	var first Assignment
	for i := range 40 {
		c := New(Options{})
		c.Add(stream[0])
		a := c.Add(stream[1])
		if i == 0 {
			first = a
			continue
		}
		if a.Story != first.Story || a.Score != first.Score || strings.Join(a.NameClash, ";") != strings.Join(first.NameClash, ";") {
			t.Fatalf("run %d: story %s score %.4f clash %q; run 0: %s %.4f %q",
				i, a.Story, a.Score, a.NameClash, first.Story, first.Score, first.NameClash)
		}
	}
}
