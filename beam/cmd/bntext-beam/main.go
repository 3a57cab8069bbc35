// Command bntext-beam runs the steps of `bntext pipe` over a corpus on
// Apache Beam: it reads text or JSON Lines files (globs on any Beam
// filesystem: local, gs://, s3://; .gz and .zst are decompressed),
// applies the steps and writes the lines to shard files.
//
//	bntext-beam --output out/part.txt [--steps fix,normalize] [step flags] [beam flags] PATTERN...
//
// The runner is chosen with --runner: prism (the default) runs the
// pipeline on this machine; dataflow, flink and spark submit it to a
// cluster (see the README for the flags each needs).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	bnbeam "github.com/bntext/bntext/beam"
)

// Exit codes, as for bntext.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitInvalid = 3
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

type patterns []string

func (p *patterns) String() string     { return strings.Join(*p, ",") }
func (p *patterns) Set(v string) error { *p = append(*p, v); return nil }

// options are the flags of bntext-beam besides the Beam and step flags.
type options struct {
	inputs  patterns
	output  string
	shards  int
	force   bool
	verbose bool
}

var ownFlags = []string{"input", "output", "shards", "force", "v"}

// keyBeamFlags are the Beam flags that the usage text lists.
var keyBeamFlags = []string{"runner", "endpoint", "environment_type", "environment_config",
	"job_name", "project", "region", "staging_location", "temp_location", "num_workers",
	"max_num_workers", "worker_machine_type", "sdk_container_image", "worker_binary", "parallelism"}

// run is the command; it uses flag.CommandLine, where Beam registers its
// flags, so it runs once per process.
func run(args []string, stderr io.Writer) int {
	fs := flag.CommandLine
	fs.Init("bntext-beam", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.Var(&o.inputs, "input", "read the files matching `PATTERN` (repeatable; also as arguments)")
	fs.StringVar(&o.output, "output", "", "write the shards to `PREFIX`-00000-of-0000N; an extension such as .txt.gz goes after the number, and .gz or .zst compresses; a PREFIX ending in / is a directory")
	fs.IntVar(&o.shards, "shards", 0, "write exactly `N` shards (0: one per bundle of work, chosen by the runner, with no shuffle)")
	fs.BoolVar(&o.force, "force", false, "replace the shards of an earlier output at --output")
	fs.BoolVar(&o.verbose, "v", false, "print what changed (lines read, lines changed) when done")
	flags, err := bnbeam.BindFlags(fs)
	if err != nil {
		fmt.Fprintln(stderr, "bntext-beam:", err)
		return exitError
	}
	fs.Usage = func() { fmt.Fprintln(stderr, "Run 'bntext-beam --help' for usage.") }
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			usage(stderr, flags)
			return exitOK
		}
	}

	// Flags and file patterns may come in any order.
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		o.inputs = append(o.inputs, fs.Arg(0))
		args = fs.Args()[1:]
	}

	// The local runner logs every step of a job at INFO level: show those
	// lines with -v only. Cluster runners log where to follow the job.
	if r := fs.Lookup("runner"); !o.verbose && r != nil && (r.Value.String() == "" || r.Value.String() == "prism") {
		beamlog.LogLevel = "warn"
	}
	// On a worker, Init runs the SDK harness and does not return.
	beam.Init()

	cfg := flags.Config()
	if err := cfg.Validate(); err != nil {
		return usageError(stderr, err)
	}
	switch {
	case len(o.inputs) == 0:
		return usageError(stderr, errors.New("no input: give file patterns as arguments or with --input"))
	case o.output == "":
		return usageError(stderr, errors.New("--output PREFIX is required"))
	case o.shards < 0:
		return usageError(stderr, fmt.Errorf("--shards %d: must be 0 or more", o.shards))
	}
	for _, p := range append(append([]string(nil), o.inputs...), o.output) {
		if err := validScheme(p); err != nil {
			return usageError(stderr, err)
		}
	}
	ctx := context.Background()
	if err := checkFiles(ctx, o); err != nil {
		fmt.Fprintln(stderr, "bntext-beam:", err)
		return exitError
	}

	p, s := beam.NewPipelineWithRoot()
	lines := bnbeam.ReadLines(s, o.inputs...)
	out := bnbeam.Apply(s, cfg, lines)
	bnbeam.WriteShards(s, o.output, out, bnbeam.WriteOptions{Shards: o.shards, Force: o.force})

	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintln(stderr, "bntext-beam: pipeline failed:", err)
		if strings.Contains(err.Error(), bnbeam.InvalidInput) {
			return exitInvalid
		}
		return exitError
	}
	if res != nil {
		report(stderr, res, cfg, o.verbose)
	}
	return exitOK
}

func usageError(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "bntext-beam: %v\nRun 'bntext-beam --help' for usage.\n", err)
	return exitUsage
}

// validScheme checks that a filesystem is registered for the scheme of
// path.
func validScheme(path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", path, r)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// checkFiles fails early, before a job starts, on input patterns that
// match no file and on an existing output that --force does not allow to
// replace or that is also an input.
func checkFiles(ctx context.Context, o options) error {
	inputs := map[string]bool{}
	for _, p := range o.inputs {
		files, err := list(ctx, p)
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("%s: no such file", p)
		}
		for _, f := range files {
			inputs[f] = true
		}
	}
	existing, err := bnbeam.ExistingShards(ctx, o.output)
	if err != nil {
		return err
	}
	for _, e := range existing {
		switch {
		case inputs[e]:
			return fmt.Errorf("%s is both an input and a shard of --output %s", e, o.output)
		case !o.force:
			return fmt.Errorf("%s exists (use --force to replace the output)", e)
		}
	}
	return nil
}

func list(ctx context.Context, pattern string) ([]string, error) {
	fsys, err := filesystem.New(ctx, pattern)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	files, err := fsys.List(ctx, pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", pattern, err)
	}
	return files, nil
}

// report prints the counters of the run: always the malformed lines that
// --skip-bad let through, and everything with -v.
func report(w io.Writer, res beam.PipelineResult, cfg bnbeam.Config, verbose bool) {
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "bntext" {
			counts[c.Key.Name] += c.Result()
		}
	}
	if n := counts["malformed"]; n > 0 {
		fmt.Fprintf(w, "bntext-beam: %d malformed JSON lines copied unchanged (--skip-bad)\n", n)
	}
	if verbose {
		names, _ := cfg.StepNames()
		fmt.Fprintf(w, "bntext-beam: %s: %d lines, %d changed\n", strings.Join(names, ","), counts["lines"], counts["changed"])
	}
}

func usage(w io.Writer, flags *bnbeam.Flags) {
	fmt.Fprint(w, `Usage: bntext-beam --output PREFIX [--steps STEP[,STEP...]] [flags] PATTERN...

Runs the steps of 'bntext pipe' over text or JSON Lines files on Apache Beam
and writes the lines, transformed, to shard files. PATTERN is a file or a
glob on any Beam filesystem (local, gs://, s3://); .gz and .zst files are
decompressed. Every line comes out as 'bntext pipe' writes it; the order of
the lines is not kept.

Flags:
`)
	fs := flag.CommandLine
	own := flag.NewFlagSet("", flag.ContinueOnError)
	own.SetOutput(w)
	var names []string
	fs.VisitAll(func(f *flag.Flag) {
		if flags.Defines(f.Name) || contains(ownFlags, f.Name) {
			names = append(names, f.Name)
		}
	})
	sort.Strings(names)
	for _, n := range names {
		f := fs.Lookup(n)
		own.Var(f.Value, f.Name, f.Usage)
	}
	own.PrintDefaults()
	fmt.Fprint(w, `
Beam flags (the main ones; every flag of the Beam Go SDK is accepted):
`)
	beamSet := flag.NewFlagSet("", flag.ContinueOnError)
	beamSet.SetOutput(w)
	for _, n := range keyBeamFlags {
		if f := fs.Lookup(n); f != nil {
			beamSet.Var(f.Value, f.Name, f.Usage)
		}
	}
	beamSet.PrintDefaults()
	fmt.Fprint(w, `
Runners: --runner=prism (default, this machine), dataflow (--project,
--region, --staging_location gs://...), flink and spark (--endpoint of the
job server, --environment_type DOCKER|PROCESS|EXTERNAL|LOOPBACK).

Exit codes: 0 ok, 1 runtime or I/O error, 2 usage error, 3 invalid input
(a malformed JSON line, or invalid UTF-8 with --strict).
`)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
