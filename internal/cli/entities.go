package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

func newEntitiesCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "entities PATH...",
		Short: "entities (not yet implemented)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("entities: not implemented yet")
		},
	}
}
