package cli

import (
	"time"

	"github.com/storyline-dev/storyline/internal/analysis"
	"github.com/storyline-dev/storyline/internal/indexer"
)

// analysisStages returns the analysis stages the ingester runs on every
// document (analysis.Stages). now bounds plausible publication dates.
func analysisStages(now time.Time) (indexer.Options, error) {
	return analysis.Stages(analysis.Options{
		Date: func(s string) time.Time { return parseDocDate(s, now) },
		Host: hostOf,
	})
}
