package speaker

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCanonical(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		want  map[string]string
	}{
		{"surname to full name", []string{"Khalilzad", "Zalmay Khalilzad", "Ned Price"},
			map[string]string{"Khalilzad": "Zalmay Khalilzad"}},
		{"case and spaces", []string{"khalilzad", "Zalmay  Khalilzad", "zalmay khalilzad"},
			map[string]string{"khalilzad": "Zalmay Khalilzad"}},
		{"ambiguous surname", []string{"Obama", "Barack Obama", "Michelle Obama"}, map[string]string{}},
		{"no full name", []string{"Price", "Taliban"}, map[string]string{}},
		{"organisation", []string{"Taliban", "Afghan Taliban"}, map[string]string{"Taliban": "Afghan Taliban"}},
		{"empty", nil, map[string]string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Canonical(tc.names)); diff != "" {
				t.Errorf("Canonical(%q) (-want +got):\n%s", tc.names, diff)
			}
		})
	}
}

// TestSame checks which stored names are one actor with a queried
// name: the surname and the one full name ending in it, not a surname that
// two people share.
func TestSame(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		want  []string
	}{
		{"Zalmay Khalilzad", []string{"Khalilzad", "Zalmay Khalilzad", "zalmay khalilzad"}, []string{"Khalilzad", "Zalmay Khalilzad", "zalmay khalilzad"}},
		{"Khalilzad", []string{"Khalilzad", "Zalmay Khalilzad"}, []string{"Khalilzad", "Zalmay Khalilzad"}},
		{"Barack Obama", []string{"Obama", "Barack Obama", "Michelle Obama"}, []string{"Barack Obama"}},
		{"Obama", []string{"Obama", "Barack Obama", "Michelle Obama"}, []string{"Obama"}},
		{"Ned Price", []string{"Price"}, []string{"Price"}},
		{"Ned Price", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Same(tc.name, tc.names)); diff != "" {
				t.Errorf("Same(%q, %q) (-want +got):\n%s", tc.name, tc.names, diff)
			}
		})
	}
}
