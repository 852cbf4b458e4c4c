package progress

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeClock advances by step on every reading.
type fakeClock struct {
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time {
	t := c.t
	c.t = c.t.Add(c.step)
	return t
}

func TestReporter(t *testing.T) {
	tests := []struct {
		name   string
		step   time.Duration
		items  int
		failed func(i int) bool
		want   string
	}{
		{"short run draws nothing", 10 * time.Millisecond, 5, func(int) bool { return false }, ""},
		{"slow run draws after the delay", time.Second, 4, func(i int) bool { return i == 1 },
			"\r\x1b[K2 pages, 1.0 pages/s, 1 errors, 2s" +
				"\r\x1b[K3 pages, 1.0 pages/s, 1 errors, 3s" +
				"\r\x1b[K4 pages, 1.0 pages/s, 1 errors, 4s" +
				"\r\x1b[K"},
		{"many items draw before the delay, then at the interval", 0, 103, func(int) bool { return false },
			"\r\x1b[K100 pages, 0.0 pages/s, 0 errors, 0s" + "\r\x1b[K"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			clock := &fakeClock{t: time.Unix(0, 0), step: tt.step}
			r := New(Options{Out: &out, Now: clock.now})
			for i := range tt.items {
				r.Add(tt.failed(i))
			}
			r.Finish()
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("progress output (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNilReporter(t *testing.T) {
	var r *Reporter
	r.Add(true)
	r.Clear()
	r.Finish()
}

func TestIsTerminal(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) {
		t.Errorf("IsTerminal(buffer) = true; want false")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Errorf("IsTerminal(regular file) = true; want false")
	}
}
