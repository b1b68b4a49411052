// Command claimctl is Claimdesk's command-line tool. It uses the same
// services as the desktop app, imports no GUI toolkit and builds with
// CGO_ENABLED=0.
//
// Usage:
//
//	claimctl [--db PATH] COMMAND [flags] [args]
//
// Run "claimctl help" for the list of commands and "claimctl COMMAND --help"
// for the flags of one.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"claimdesk/claims"
)

// command is one sub-command of claimctl. Each lives in its own file and
// registers itself from an init function.
type command struct {
	name    string // e.g. "claim add"
	summary string // one line for the command list
	run     func(ctx context.Context, e *env, args []string) error
}

// commands holds the registered commands by name.
var commands = map[string]*command{}

// register adds c to commands; it panics when the name is taken.
func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("claimctl: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// env is what a command runs with: its streams, the database path and a way
// to open the storage services lazily (commands such as extract need none).
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	dbPath         string
	dbSet          bool   // --db was given, even as "" (checkDBFlag)
	command        string // the command's name ("claim set")
	reads          bool   // the command only reads the database (readCommands)
	actor          string // --actor; empty means $CLAIMDESK_USER or the OS user
	svc            *claims.Services
	closeFn        func() error
}

// exitError carries an exit status other than 2 (e.g. "check" failing: 1).
type exitError struct {
	code int
	msg  string
}

// Error returns the message to print.
func (e *exitError) Error() string { return e.msg }

// usageError marks a problem with what the user typed (exit status 2).
type usageError struct{ msg string }

// Error returns the message to print.
func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError with the formatted message.
func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// interruptGrace is how long a command may take to wind down after Ctrl+C
// before claimctl exits anyway.
const interruptGrace = 500 * time.Millisecond

// main runs the command line with Ctrl+C cancelling it and exits with its
// status.
func main() {
	ctx, stop := interruptible(context.Background(), os.Stderr, func() { os.Exit(130) })
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// interruptible returns a context that Ctrl+C (SIGINT) or SIGTERM cancels,
// so that long commands stop between two records or two chunks of a file.
// A command that has not returned within interruptGrace, or a second
// Ctrl+C, ends the process through exit (status 130): nothing waits for a
// read that cannot be interrupted. SQLite's journal keeps the database
// consistent either way. stop releases the signals.
func interruptible(parent context.Context, stderr io.Writer, exit func()) (context.Context, func()) {
	ctx, cancel := context.WithCancel(parent)
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
		case <-done:
			return
		}
		cancel()
		select {
		case <-sig:
		case <-time.After(interruptGrace):
		case <-done:
			return
		}
		fmt.Fprintln(stderr, "claimctl: interrupted")
		exit()
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() {
			signal.Stop(sig)
			close(done)
			cancel()
		})
	}
}

// run executes one claimctl invocation and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Everything printed as text is escaped (see termWriter).
	stdout, stderr = newTermWriter(stdout), newTermWriter(stderr)
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	defer e.close()
	defer stdout.(*termWriter).Flush()
	defer stderr.(*termWriter).Flush()
	// Global flags come before the command name.
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch {
		case args[0] == "--db" || args[0] == "-db":
			if len(args) < 2 {
				fmt.Fprintln(stderr, "claimctl: --db needs a path")
				return 2
			}
			e.dbPath, e.dbSet, args = args[1], true, args[2:]
		case strings.HasPrefix(args[0], "--db="):
			e.dbPath, e.dbSet, args = strings.TrimPrefix(args[0], "--db="), true, args[1:]
		case args[0] == "--actor" || args[0] == "-actor":
			if len(args) < 2 {
				fmt.Fprintln(stderr, "claimctl: --actor needs a name")
				return 2
			}
			e.actor, args = args[1], args[2:]
		case strings.HasPrefix(args[0], "--actor="):
			e.actor, args = strings.TrimPrefix(args[0], "--actor="), args[1:]
		case args[0] == "-h" || args[0] == "--help" || args[0] == "-help":
			printHelp(stdout)
			return 0
		default:
			fmt.Fprintf(stderr, "claimctl: unknown global flag %s (see claimctl help)\n", args[0])
			return 2
		}
	}
	if len(args) == 0 || (args[0] == "help" && len(args) == 1) {
		printHelp(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "help" { // "help claims" is "claims --help"
		args = append(args[1:len(args):len(args)], "--help")
	}
	cmd, rest := lookup(args)
	if cmd == nil {
		if group := subcommands(args[0]); len(group) > 0 {
			if len(args) > 1 && isHelpFlag(args[1]) {
				printGroupHelp(stdout, args[0], group)
				return 0
			}
			fmt.Fprintf(stderr, "claimctl: unknown command %q; use %s\n", strings.Join(args[:min(2, len(args))], " "), strings.Join(group, ", "))
			return 2
		}
		fmt.Fprintf(stderr, "claimctl: unknown command %q (see claimctl help)\n", args[0])
		return 2
	}
	e.command, e.reads = cmd.name, readCommands[cmd.name]
	err := cmd.run(ctx, e, rest)
	return report(stderr, cmd.name, err)
}

// lookup finds the longest registered command name that prefixes args.
func lookup(args []string) (*command, []string) {
	if len(args) >= 2 {
		if c, ok := commands[args[0]+" "+args[1]]; ok {
			return c, args[2:]
		}
	}
	if c, ok := commands[args[0]]; ok {
		return c, args[1:]
	}
	return nil, nil
}

// subcommands returns the sorted names of the commands in group ("claim"
// gives "claim add", "claim set", ...).
func subcommands(group string) []string {
	var names []string
	for n := range commands {
		if strings.HasPrefix(n, group+" ") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// report prints err as one line and returns the exit status for it.
func report(stderr io.Writer, name string, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(stderr, "claimctl %s: %s\n", name, ee.msg)
		}
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "claimctl %s: %s\n", name, ue.msg)
		return 2
	}
	msg := errorText(err)
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		msg += idHint(msg)
	}
	fmt.Fprintf(stderr, "claimctl %s: %s\n", name, msg)
	if claims.ErrorCode(err) == claims.EINTERNAL {
		return 1
	}
	return 2
}

// errorText is the one-line message for a service error. A command-line
// tool has no log file, so internal errors also show their cause, unless
// the message says it already.
func errorText(err error) string {
	msg := claims.ErrorMessage(err)
	if claims.ErrorCode(err) == claims.EINTERNAL {
		var de *claims.Error
		if errors.As(err, &de) && de.Err != nil && !strings.Contains(msg, de.Err.Error()) {
			msg += " (" + de.Err.Error() + ")"
		} else if !errors.As(err, &de) {
			msg = err.Error()
		}
	}
	return joinLines(msg)
}

// joinLines makes a message of several lines one line: each line not
// ending in punctuation gets a full stop, so that "yours \"new\"" and the
// next sentence stay apart.
func joinLines(msg string) string {
	var parts []string
	for _, l := range strings.Split(msg, "\n") {
		if l = oneLine(l); l == "" {
			continue
		}
		if n := len(parts); n > 0 && !strings.ContainsAny(parts[n-1][len(parts[n-1])-1:], ".!?:;") {
			parts[n-1] += "."
		}
		parts = append(parts, l)
	}
	return strings.Join(parts, " ")
}

// oneLine returns s with its white space collapsed to single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// printHelp writes the usage and the list of commands to w.
func printHelp(w io.Writer) {
	fmt.Fprintln(w, "claimctl: Claimdesk on the command line")
	fmt.Fprintln(w, "\nUsage: claimctl [--db PATH] [--actor NAME] COMMAND [flags] [args]")
	fmt.Fprintln(w, "The database defaults to $CLAIMDESK_DB, else the user config directory's claimdesk/claimdesk.db.")
	fmt.Fprintln(w, "Changes are recorded under --actor, else $CLAIMDESK_USER, else the name of the OS user.")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-16s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"claimctl COMMAND --help\" for the flags of a command.")
}
