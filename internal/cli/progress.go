package cli

import (
	"fmt"

	"github.com/storyline-dev/storyline/internal/progress"
)

// newProgress returns the progress reporter for a run, or nil when progress
// is off: mode "never", or "auto" when stderr is not a terminal.
func (e *env) newProgress(mode string) (*progress.Reporter, error) {
	switch mode {
	case "", "auto":
		if !progress.IsTerminal(e.stderr) {
			return nil, nil
		}
	case "always":
	case "never":
		return nil, nil
	default:
		return nil, fmt.Errorf("--progress %q: want auto, always or never", mode)
	}
	return progress.New(progress.Options{Out: e.stderr}), nil
}
