package cli

import (
	"github.com/storyline-dev/storyline/internal/indexer"
)

// analysisStages returns the analysis stages the ingester runs on every
// document: quotes and entities (in parallel) and stories with duplicates
// (in arrival order).
func analysisStages() (indexer.Options, error) {
	return indexer.Options{}, nil
}
