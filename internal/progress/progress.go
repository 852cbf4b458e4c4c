// Package progress draws a one-line progress display — pages done, pages
// per second, errors — on a terminal while a long run goes on.
//
// The line appears only once the run is long (by default after 2 s or 100
// pages) and is redrawn at most a few times a second, in place, with a
// carriage return and an erase-line sequence. Callers decide whether the
// output is a terminal (IsTerminal); a nil *Reporter does nothing, so the
// calls can stay in place when progress is off.
package progress

import (
	"fmt"
	"io"
	"sync"
	"time"

	"golang.org/x/term"
)

// Options configures a Reporter. The zero value of each field means its
// documented default.
type Options struct {
	// Out is where the line is drawn, normally a terminal on stderr.
	Out io.Writer
	// Delay is how long a run must last before the line appears; 2 s.
	Delay time.Duration
	// MinItems is how many items make a run long enough for the line to
	// appear before Delay; 100.
	MinItems int
	// Interval is the shortest time between two redraws; 250 ms.
	Interval time.Duration
	// Now is the clock; time.Now.
	Now func() time.Time
	// Noun names the items counted; "pages".
	Noun string
}

// Reporter counts finished items and draws the progress line. Its methods
// are safe for concurrent use, and do nothing on a nil *Reporter.
type Reporter struct {
	opts  Options
	mu    sync.Mutex
	start time.Time
	last  time.Time
	done  int
	errs  int
	shown bool // a line is on the screen
}

// New returns a Reporter drawing on opts.Out, starting its clock now.
func New(opts Options) *Reporter {
	if opts.Delay == 0 {
		opts.Delay = 2 * time.Second
	}
	if opts.MinItems == 0 {
		opts.MinItems = 100
	}
	if opts.Interval == 0 {
		opts.Interval = 250 * time.Millisecond
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Noun == "" {
		opts.Noun = "pages"
	}
	return &Reporter{opts: opts, start: opts.Now()}
}

// Add counts one finished item, failed or not, and redraws the line when
// it is due.
func (r *Reporter) Add(failed bool) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done++
	if failed {
		r.errs++
	}
	now := r.opts.Now()
	elapsed := now.Sub(r.start)
	if elapsed < r.opts.Delay && r.done < r.opts.MinItems {
		return
	}
	if r.shown && now.Sub(r.last) < r.opts.Interval {
		return
	}
	r.last = now
	r.shown = true
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(r.done) / s
	}
	// Write errors are ignored: progress is a courtesy, never a failure.
	_, _ = fmt.Fprintf(r.opts.Out, "\r\x1b[K%d %s, %.1f %s/s, %d errors, %s",
		r.done, r.opts.Noun, rate, r.opts.Noun, r.errs, elapsed.Truncate(time.Second))
}

// Clear erases the line, if one is shown, so that other messages can be
// written; the next Add draws it again.
func (r *Reporter) Clear() {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.shown {
		_, _ = io.WriteString(r.opts.Out, "\r\x1b[K")
		r.shown = false
		r.last = time.Time{}
	}
}

// Finish erases the line at the end of the run.
func (r *Reporter) Finish() { r.Clear() }

// IsTerminal reports whether w is a terminal (an *os.File or anything
// else with a file descriptor that is a TTY).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}
