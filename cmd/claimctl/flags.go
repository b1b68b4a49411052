package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"
)

// newFlags returns a flag set for a command that also accepts --db and
// prints usage to stderr on --help.
func newFlags(e *env, name, argsUsage, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Var(dbFlag{e}, "db", "`path` of the database file (default $CLAIMDESK_DB or the user config directory)")
	fs.StringVar(&e.actor, "actor", e.actor, "`name` recorded in the history (default $CLAIMDESK_USER or the OS user)")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: claimctl %s [flags] %s\n\n%s\n\nFlags:\n", name, argsUsage, summary)
		printFlags(w, fs)
	}
	return fs
}

// printFlags lists the flags of fs as they are typed ("--status TEXT"),
// aligned, with their defaults.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		switch kind {
		case "string", "value":
			kind = " TEXT"
		case "int":
			kind = " N"
		case "":
		default:
			kind = " " + strings.ToUpper(kind)
		}
		if d := f.DefValue; d != "" && d != "0" && d != "false" && !strings.Contains(usage, "(default ") {
			usage += " (default " + d + ")"
		}
		fmt.Fprintf(tw, "  --%s%s\t%s\n", f.Name, kind, usage)
	})
	tw.Flush()
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
		if err := checkUTF8(fs); err != nil {
			return nil, err
		}
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

// parseNoArgs parses args (parseFlags) for a command that takes no
// positional argument.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	return noArgs(pos)
}

// parseOneArg parses args (parseFlags) for a command that takes one
// positional argument, named what, and returns it (oneArg).
func parseOneArg(fs *flag.FlagSet, args []string, what string) (string, error) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return "", err
	}
	return oneArg(pos, what)
}

// flagError rewords an error of the flag package as one line that names
// the flag the way it is typed (--name) and points to --help.
func flagError(cmd string, err error) string {
	msg := firstLine(err.Error())
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsLetter(r) {
			// "search -5 Prozent": a word or number, not a flag
			return fmt.Sprintf("-%s is not a flag; put -- before words that start with - (claimctl %s -- -%s …)", name, cmd, name)
		}
		return fmt.Sprintf("unknown flag --%s (see claimctl %s --help)", name, cmd)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return fmt.Sprintf("--%s needs a value", name)
	}
	return strings.Replace(msg, " for flag -", " for --", 1)
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// stringList is a repeatable string flag (--tag a --tag b).
type stringList []string

// String returns the values given so far, comma-separated.
func (s *stringList) String() string { return strings.Join(*s, ",") }

// Set appends v.
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// formatFlag adds --format with the given choices and returns a getter that
// validates the value.
func formatFlag(fs *flag.FlagSet, def string, choices ...string) func() (string, error) {
	v := fs.String("format", def, "output `format`: "+strings.Join(choices, " or "))
	return func() (string, error) {
		for _, c := range choices {
			if *v == c {
				return c, nil
			}
		}
		return "", usagef("unknown --format %q; use %s", *v, strings.Join(choices, ", "))
	}
}

// pathFlags are the flags whose values are file paths, which on Linux may
// be any bytes; every other flag value is text.
var pathFlags = map[string]bool{"db": true, "out": true, "snapshot": true}

// checkUTF8 refuses a text flag whose value is not valid UTF-8 (as typed
// in a terminal set to Latin-1, or bytes pasted from a binary file): such
// text is refused at input rather than stored and later turned into U+FFFD
// in exports.
func checkUTF8(fs *flag.FlagSet) error {
	var bad string
	fs.Visit(func(f *flag.Flag) {
		if bad == "" && !pathFlags[f.Name] && !utf8.ValidString(f.Value.String()) {
			bad = f.Name
		}
	})
	if bad != "" {
		return usagef("--%s is not valid UTF-8 text; set the terminal to UTF-8 (or convert the text with iconv) and try again", bad)
	}
	return nil
}
