package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

func newQuotesCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "quotes PATH...",
		Short: "quotes (not yet implemented)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("quotes: not implemented yet")
		},
	}
}
