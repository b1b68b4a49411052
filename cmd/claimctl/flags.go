package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlags returns a flag set for a command that also accepts --db and
// prints usage to stderr on --help.
func newFlags(e *env, name, argsUsage, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&e.dbPath, "db", e.dbPath, "database file (default $CLAIMDESK_DB or the user config directory)")
	fs.StringVar(&e.actor, "actor", e.actor, "name recorded in the history (default $CLAIMDESK_USER or the OS user)")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: claimctl %s [flags] %s\n\n%s\n\nFlags:\n", name, argsUsage, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments too
// ("import a.txt --lang de"). A parse error becomes a usage error; --help
// returns flag.ErrHelp, which exits 0.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	// The flag package would print the whole usage on every mistake; keep
	// it quiet and print the usage only for --help.
	out := fs.Output()
	fs.SetOutput(io.Discard)
	defer fs.SetOutput(out)
	for {
		if err := fs.Parse(args); err != nil {
			fs.SetOutput(out)
			if err == flag.ErrHelp {
				fs.Usage()
				return nil, err
			}
			return nil, usagef("%s", flagError(fs.Name(), err))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// flagError rewords an error of the flag package as one line that names
// the flag the way it is typed (--name) and points to --help.
func flagError(cmd string, err error) string {
	msg := firstLine(err.Error())
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return fmt.Sprintf("unknown flag --%s (see claimctl %s --help)", name, cmd)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return fmt.Sprintf("--%s needs a value", name)
	}
	return strings.Replace(msg, " for flag -", " for --", 1)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// stringList is a repeatable string flag (--tag a --tag b).
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// formatFlag adds --format with the given choices and returns a getter that
// validates the value.
func formatFlag(fs *flag.FlagSet, def string, choices ...string) func() (string, error) {
	v := fs.String("format", def, "output format: "+strings.Join(choices, "|"))
	return func() (string, error) {
		for _, c := range choices {
			if *v == c {
				return c, nil
			}
		}
		return "", usagef("unknown --format %q; use %s", *v, strings.Join(choices, ", "))
	}
}
