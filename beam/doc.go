// Package beam runs the bntext transforms on Apache Beam, for corpora too
// large for one machine. Its code runs natively on the workers of every
// Beam runner that takes Go pipelines: prism locally, Dataflow, Flink and
// Spark on clusters.
//
// The package name clashes with the Beam SDK's, so import it under another
// name:
//
//	import (
//		"github.com/apache/beam/sdks/v2/go/pkg/beam"
//		bnbeam "github.com/bntext/bntext/beam"
//	)
//
// # Transforms
//
// [Normalize], [Fix], [Digits], [Dates] and [Translit] apply one step of
// the bntext command line to every element of a PCollection<string>;
// [Pipe] applies a step list as `bntext pipe --steps` takes it, with the
// steps' flags given by their command-line names (for example
// "--with=pipe-dari"); [PipeJSONL] transforms one string field of JSON
// Lines and keeps every other byte; [Apply] takes a [Config] with all
// of that and the --strict and --skip-bad switches. An element is one line
// without its "\n" (a "\r" before it is part of the line): every element
// comes out exactly as `bntext pipe` writes that line, so the results of
// the two can be compared byte for byte.
//
// The transformers are built from the step registry of the command line,
// so every step and flag of `bntext pipe` is available here as soon as it
// exists there. Each DoFn instance builds its own transformer chain in
// Setup.
//
// # Files
//
// [ReadLines] reads text files (plain, .gz or .zst) matched by globs on any
// registered Beam filesystem (local, gs://, s3://, ...), splitting large
// plain files into blocks that workers read in parallel. [WriteShards]
// writes a PCollection<string> as a set of shard files, each written under
// a temporary name and renamed when complete, instead of funnelling all
// output through one worker as textio.Write does.
//
// The command bntext-beam (in cmd/bntext-beam) puts these together.
package beam
