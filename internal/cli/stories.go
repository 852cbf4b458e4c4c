package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

func newStoriesCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "stories PATH...",
		Short: "stories (not yet implemented)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("stories: not implemented yet")
		},
	}
}
