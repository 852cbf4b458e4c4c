package cli

import (
	"strings"
	"testing"
)

func TestGuarded(t *testing.T) {
	if err := guarded("quotes", "a.txt", func() {}); err != nil {
		t.Errorf("guarded(no panic) = %v; want nil", err)
	}
	err := guarded("quotes", "b.txt", func() {
		var s []string
		_ = s[3]
	})
	if err == nil || !strings.Contains(err.Error(), "quotes b.txt: internal error: runtime error: index out of range") {
		t.Errorf("guarded(panic) = %v; want an error naming the stage, the input and the panic", err)
	}
}
