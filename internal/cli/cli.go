// Package cli is the bntext command line. Run takes its arguments and
// streams as parameters, so tests drive it without a process.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
)

// Exit codes.
const (
	ExitOK      = 0 // success
	ExitError   = 1 // runtime or I/O error
	ExitUsage   = 2 // unknown command or flag, bad flag value
	ExitInvalid = 3 // invalid input under --strict (or malformed JSON Lines)
	ExitChanges = 4 // bntext check: something would change
)

// Version is the version bntext reports; release builds set it with
// -ldflags "-X github.com/bntext/bntext/internal/cli.Version=v1.2.3".
var Version = ""

// command is one subcommand.
type command struct {
	name    string
	summary string
	order   int
	run     func(a *app, args []string) int
}

var commands []command

func register(c command) {
	commands = append(commands, c)
	sort.SliceStable(commands, func(i, j int) bool { return commands[i].order < commands[j].order })
}

func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// app holds the streams of one run.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// Run runs the bntext command line: args are the arguments after the
// program name. It returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		a.usage(stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := lookup(args[1]); ok {
				return c.run(a, []string{"--help"})
			}
			return a.usageError("help", fmt.Errorf("unknown command %q", args[1]))
		}
		a.usage(stdout)
		return ExitOK
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "bntext %s\n", version())
		return ExitOK
	}
	c, ok := lookup(name)
	if !ok {
		fmt.Fprintf(stderr, "bntext: unknown command %q\nRun 'bntext help' for the list of commands.\n", name)
		return ExitUsage
	}
	return c.run(a, args[1:])
}

func version() string {
	if Version != "" {
		return Version
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		return v + " " + bi.GoVersion
	}
	return v
}

func (a *app) usage(w io.Writer) {
	fmt.Fprint(w, `bntext repairs, normalizes, converts and romanizes Bengali text.

Usage: bntext COMMAND [flags] [FILE...]

Filters read the files in order (standard input when there are none, or for
"-") and write to standard output or -o FILE. They stream, keep every byte
they do not mean to change, and keep line counts.

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `  help       this text; 'bntext help COMMAND' or 'bntext COMMAND --help' for a command
  version    print the version

Exit codes: 0 ok, 1 runtime or I/O error, 2 usage error, 3 invalid input
(--strict), 4 'bntext check' found something to change.
`)
}

// usageError reports a usage error with a one-line hint and returns
// ExitUsage.
func (a *app) usageError(cmd string, err error) int {
	fmt.Fprintf(a.stderr, "bntext %s: %v\nRun 'bntext %s --help' for usage.\n", cmd, err, cmd)
	return ExitUsage
}

// newFlagSet returns a flag set whose errors are reported by parse.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("bntext "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args with flags and positional arguments in any order;
// everything after "--" is positional. It handles --help (printing usage to
// stdout) and usage errors; done is true when the command should return
// code.
func (a *app) parse(fs *flag.FlagSet, name, synopsis, about string, args []string) (pos []string, done bool, code int) {
	var rest []string
	for i, arg := range args {
		if arg == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			a.commandHelp(a.stdout, fs, synopsis, about)
			return nil, true, ExitOK
		}
		if err != nil {
			return nil, true, a.usageError(name, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return append(pos, rest...), false, 0
}

func (a *app) commandHelp(w io.Writer, fs *flag.FlagSet, synopsis, about string) {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", synopsis, strings.TrimSpace(about))
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return
	}
	fmt.Fprintf(w, "\nFlags:\n")
	fs.VisitAll(func(f *flag.Flag) {
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		name, usage := flag.UnquoteUsage(f)
		line := "  " + dash + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (default %q)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
