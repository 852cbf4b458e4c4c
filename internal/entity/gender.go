package entity

import (
	"strings"

	"github.com/storyline-dev/storyline/internal/sentence"
)

// inferGender gives a person whose given name the lexicon lacks the gender
// of the first personal pronoun after a name mention of theirs, when no
// other person is named in between and it comes within the sentence or the
// next: "Agnes Tormey has guarded the archive. Now she fears ...". Without
// it, "she" could only go to whoever was named last.
func inferGender(t *sentence.Text, res *Result) {
	// Each name mention votes with the first pronoun after it; the pronoun
	// after one mention may be someone else's ("since Mayor Adaeze Morrow
	// took office, and he has repeated ..."), so the majority decides and
	// a tie leaves the gender unknown.
	votes := map[int]*[2]int{}
	kin := map[int]bool{} // the entities a relative's noun gave a gender
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person || m.Kind != Name || kin[m.Entity] {
			continue
		}
		if g := kinGender(t, m); g != 0 {
			// "His daughter, Aino Rautio, said he died ...", and over the
			// given name's usual gender: "Kim Yo Jong, the sister of
			// leader Kim Jong Un,"
			e.Gender = g
			kin[m.Entity] = true
			delete(votes, m.Entity)
			continue
		}
		if e.Gender != 0 {
			continue
		}
		v := votes[m.Entity]
		if v == nil {
			v = new([2]int)
			votes[m.Entity] = v
		}
		sent := t.Tokens[m.Lo].Sent
	scan:
		for k := m.Hi; k < len(t.Tokens) && t.Tokens[k].Sent <= sent+1; k++ {
			if o := res.tokMention[k]; o >= 0 && res.Mentions[o].Entity != m.Entity && res.Entities[res.Mentions[o].Entity].Type == Person {
				break // someone else was named first
			}
			if t.Tokens[k].Quoted {
				continue
			}
			switch t.Word(k) {
			case "he", "He", "his", "His", "him":
				v[0]++
				break scan
			case "she", "She", "her", "Her":
				v[1]++
				break scan
			}
		}
	}
	for id, v := range votes {
		if e := res.Entities[id]; e.Gender == 0 {
			switch {
			case v[0] > v[1]:
				e.Gender = 'm'
			case v[1] > v[0]:
				e.Gender = 'f'
			}
		}
	}
}

// kinGender returns the gender of a word for a relative or a gendered
// role right before a name mention, or apposed to it: "His daughter, Aino
// Rautio,", "widow Mary Kerr", "Tom Hale, her husband,". It beats the
// pronoun after the name, which may be the relative's ("said he died").
func kinGender(t *sentence.Text, m Mention) byte {
	k := m.Lo - 1
	apposed := true
	if k >= 0 && t.Word(k) == "," {
		k--
		// an apposition closes after the name: not "In addition to his
		// daughter, Tate is survived by ..."
		apposed = m.Hi < len(t.Tokens) && (t.Word(m.Hi) == "," || t.Word(m.Hi) == ";")
	}
	if k >= 0 && apposed {
		if g := kinWords[t.Lower(k)]; g != 0 {
			return g
		}
	}
	if k = m.Hi; k+2 < len(t.Tokens) && t.Word(k) == "," {
		switch t.Lower(k + 1) {
		case "his", "her", "their", "the", "a":
			return kinWords[t.Lower(k+2)]
		}
	}
	return 0
}

// kinRoles gives a person named right after a relative's noun that noun
// as a role ("his daughter, Marguerite Tate-Oyelaran," ... "according to
// his daughter"), so that the noun alone can refer back to them.
func kinRoles(t *sentence.Text, res *Result) {
	for _, m := range res.Mentions {
		e := res.Entities[m.Entity]
		if e.Type != Person || m.Kind != Name {
			continue
		}
		k := m.Lo - 1
		if k >= 1 && t.Word(k) == "," {
			if m.Hi >= len(t.Tokens) || t.Word(m.Hi) != "," {
				continue // not an apposition: "In addition to his daughter, Tate is survived by ..."
			}
			k--
		}
		if w := t.Lower(max(k, 0)); k >= 1 && relatives[w] && possessives[t.Word(k-1)] {
			e.addRole(w)
		}
	}
}

// IsRelative reports whether w, in lower case, is a noun for a relative
// ("daughter", "husband"), by which stories refer to someone named
// beside it ("his daughter, Marguerite Tate-Oyelaran,").
func IsRelative(w string) bool { return relatives[w] }

// relatives are the family nouns among kinWords.
var relatives = toSet(`daughter wife mother sister widow grandmother granddaughter aunt niece stepdaughter
	stepmother son husband father brother widower grandfather grandson uncle nephew stepson stepfather`)

// possessives open a relative's noun: "his daughter".
var possessives = toSet(`his His her Her their Their`)

// kinWords are nouns for a relative or a role that tell a person's gender.
var kinWords = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range strings.Fields(`daughter wife mother sister widow grandmother granddaughter aunt niece
		girlfriend fiancee stepdaughter stepmother businesswoman spokeswoman chairwoman congresswoman
		councilwoman sportswoman actress`) {
		m[w] = 'f'
	}
	for _, w := range strings.Fields(`son husband father brother widower grandfather grandson uncle nephew
		boyfriend fiance stepson stepfather businessman spokesman chairman congressman councilman
		sportsman`) {
		m[w] = 'm'
	}
	return m
}()
