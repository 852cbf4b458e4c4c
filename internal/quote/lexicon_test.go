package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInflect(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"claim", []string{"claim", "claims", "claimed", "claiming"}},
		{"argue", []string{"argue", "argues", "argued", "arguing"}},
		{"agree", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"worry", []string{"worry", "worries", "worried", "worrying"}},
		{"stress", []string{"stress", "stresses", "stressed", "stressing"}},
		{"admit+", []string{"admit", "admits", "admitted", "admitting"}},
		{"think", []string{"think", "thinks", "thought", "thinking"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, inflect(tt.base)); diff != "" {
			t.Errorf("inflect(%q) mismatch (-want +got):\n%s", tt.base, diff)
		}
	}
}

func TestCueLexiconClasses(t *testing.T) {
	m := cueLexicon()
	tests := []struct {
		word string
		want cueClass
	}{
		{"said", cueVerb},                           // a speech verb keeps its class
		{"decried", cueVerb | cueAtt},               // generated past form
		{"demanding", cueAttIng},                    // -ing: only after "be" or a comma
		{"decry", cueAttBase},                       // base form: only after a modal
		{"campaigned", cueVerb | cueAtt},            // noun-like base: past form only
		{"pointed", cueVerb | cueAtt | cuePhrasal},  // phrasal, needs its particle
		{"bemoaned", cueVerb | cueAtt},              // Levin 37.8 complain verbs (cueClasses)
		{"exhorting", cueAttIng},                    // Levin 37.9 advise verbs
		{"spoke", cueVerb | cueAtt},                 // talk verb: phrasal, needs "about", "of", "out"
		{"bristled", cueVerb | cueAtt | cuePhrasal}, // multi-word cue "bristled at"
	}
	for _, tt := range tests {
		if got := m[tt.word]; got != tt.want {
			t.Errorf("cueLexicon()[%q] = %b, want %b", tt.word, got, tt.want)
		}
	}
	for _, w := range []string{"speak", "talk", "speaking", "talks"} {
		if _, ok := m[w]; ok && phrasal[w] == nil {
			t.Errorf("cueLexicon() has talk verb %q without its particle", w)
		}
	}
	if _, ok := m["campaigns"]; ok {
		t.Errorf("cueLexicon() has %q, a plural noun more often than a verb", "campaigns")
	}
}
