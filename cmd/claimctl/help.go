package main

import (
	"fmt"
	"io"
)

// isHelpFlag reports whether arg asks for help.
func isHelpFlag(arg string) bool {
	return arg == "-h" || arg == "--help" || arg == "-help"
}

// printGroupHelp lists the commands of group ("claim --help", "help
// article") with their summaries.
func printGroupHelp(w io.Writer, group string, names []string) {
	fmt.Fprintf(w, "Usage: claimctl %s SUBCOMMAND [flags] [args]\n\n", group)
	for _, n := range names {
		fmt.Fprintf(w, "  %-16s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nRun \"claimctl %s SUBCOMMAND --help\" for the flags of a command.\n", group)
}
