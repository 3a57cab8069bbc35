package beam_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	bnbeam "github.com/bntext/bntext/beam"
)

// run runs p on the runner of --runner (prism by default) and prints the
// sorted lines of the shards at prefix.
func run(p *beam.Pipeline, prefix string) {
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Println("pipeline failed:", err)
		return
	}
	shards, _ := filepath.Glob(prefix + "-*-of-*")
	var lines []string
	for _, s := range shards {
		b, _ := os.ReadFile(s)
		lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}

// show runs a pipeline of the transform that build returns, writes its
// output with WriteShards and prints the lines, sorted.
func show(build func(s beam.Scope) beam.PCollection) {
	dir := tempDir()
	defer os.RemoveAll(dir)
	p, s := beam.NewPipelineWithRoot()
	bnbeam.WriteShards(s, dir+"/part", build(s), bnbeam.WriteOptions{})
	run(p, dir+"/part")
}

func tempDir() string {
	dir, err := os.MkdirTemp("", "bnbeam-example")
	if err != nil {
		panic(err)
	}
	return dir
}

// A whole job: read a corpus, run the main job of `bntext pipe` (fix, then
// normalize) and write the result in shards.
func Example() {
	dir := tempDir()
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "in.txt"), []byte("দু:খজনক খবর\nAvgvi †mvbvi evsjv\n"), 0o644)

	p, s := beam.NewPipelineWithRoot()
	lines := bnbeam.ReadLines(s, filepath.Join(dir, "*.txt"))
	clean := bnbeam.Pipe(s, lines, "", "--bijoy=auto")
	bnbeam.WriteShards(s, filepath.Join(dir, "out", "part"), clean, bnbeam.WriteOptions{})
	run(p, filepath.Join(dir, "out", "part"))
	// Output:
	// আমার সোনার বাংলা
	// দুঃখজনক খবর
}

func ExampleNormalize() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, "দু:খজনক", "ভাল\u09be\u09c7| ঠিক আছে|")
		return bnbeam.Normalize(s, lines, "--with=pipe-dari")
	})
	// Output:
	// দুঃখজনক
	// ভালো। ঠিক আছে।
}

func ExampleFix() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, "à¦¬à¦¾à¦‚à¦²à¦¾", "Avgvi †mvbvi evsjv")
		return bnbeam.Fix(s, lines, "--bijoy", "auto")
	})
	// Output:
	// আমার সোনার বাংলা
	// বাংলা
}

func ExampleDigits() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, "রান ৮৭, উইকেট ৫")
		out := bnbeam.Digits(s, lines)
		bengali := bnbeam.Digits(s, beam.Create(s, "page 12"), "--to=bengali")
		return beam.Flatten(s, out, bengali)
	})
	// Output:
	// page ১২
	// রান 87, উইকেট 5
}

func ExampleDates() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, "সভা হবে ১২ জুলাই ২০২৫ তারিখে")
		return bnbeam.Dates(s, lines)
	})
	// Output:
	// সভা হবে 2025-07-12 তারিখে
}

func ExampleTranslit() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, "আমার সোনার বাংলা")
		names := bnbeam.Translit(s, lines)
		iso := bnbeam.Translit(s, lines, "--scheme=iso15919")
		return beam.Flatten(s, names, iso)
	})
	// Output:
	// Amar Sonar Bangla
	// āmāra sōnāra bāṁlā
}

func ExamplePipe() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, "দু:খজনক ২৫ জুলাই ২০২৫", "Avgvi evsjv")
		return bnbeam.Pipe(s, lines, "fix,normalize,digits", "--bijoy=auto")
	})
	// Output:
	// আমার বাংলা
	// দুঃখজনক 25 জুলাই 2025
}

func ExamplePipeJSONL() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, `{"id": 1, "text": "দু:খ", "note": "দু:খ"}`, `{"id": 2}`)
		return bnbeam.PipeJSONL(s, lines, "text", "normalize")
	})
	// Output:
	// {"id": 1, "text": "দুঃখ", "note": "দু:খ"}
	// {"id": 2}
}

func ExampleApply() {
	show(func(s beam.Scope) beam.PCollection {
		lines := beam.Create(s, `{"text": "দু:খ"}`, `{"text": "broken`)
		c := bnbeam.Config{Steps: "normalize", Field: "text", SkipBad: true}
		return bnbeam.Apply(s, c, lines)
	})
	// Output:
	// {"text": "broken
	// {"text": "দুঃখ"}
}

func ExampleConfig_Validate() {
	fmt.Println(bnbeam.Config{Steps: "normalize", Args: []string{"--with=pipe-dari"}}.Validate())
	fmt.Println(bnbeam.Config{Steps: "normalise"}.Validate() != nil)
	// Output:
	// <nil>
	// true
}

func ExampleBindFlags() {
	fs := flag.NewFlagSet("my-pipeline", flag.ContinueOnError)
	flags, err := bnbeam.BindFlags(fs)
	if err != nil {
		panic(err)
	}
	fs.Parse([]string{"--steps", "fix,normalize", "--bijoy", "auto", "--jsonl-field", "text"})
	fmt.Printf("%+v\n", flags.Config())
	// Output:
	// {Steps:fix,normalize Args:[--bijoy=auto] Field:text SkipBad:false Strict:false}
}

func ExampleReadLines() {
	dir := tempDir()
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/a.txt", []byte("এক\r\nদুই"), 0o644)
	os.WriteFile(dir+"/b.txt", []byte("তিন\n"), 0o644)

	p, s := beam.NewPipelineWithRoot()
	lines := bnbeam.ReadLines(s, dir+"/*.txt")
	// A line keeps its "\r", which WriteShards writes back before "\n".
	bnbeam.WriteShards(s, dir+"/out/", lines, bnbeam.WriteOptions{})
	if err := beamx.Run(context.Background(), p); err != nil {
		panic(err)
	}
	b, _ := os.ReadFile(dir + "/out/part-00000-of-00001")
	got := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	sort.Strings(got)
	fmt.Printf("%q\n", got)
	// Output:
	// ["এক\r" "তিন" "দুই"]
}

func ExampleWriteShards() {
	dir := tempDir()
	defer os.RemoveAll(dir)
	p, s := beam.NewPipelineWithRoot()
	lines := beam.Create(s, "এক", "দুই", "তিন")
	bnbeam.WriteShards(s, dir+"/clean.txt.gz", lines, bnbeam.WriteOptions{Shards: 2})
	if err := beamx.Run(context.Background(), p); err != nil {
		panic(err)
	}
	shards, _ := bnbeam.ExistingShards(context.Background(), dir+"/clean.txt.gz")
	for _, f := range shards {
		fmt.Println(filepath.Base(f))
	}
	// Output:
	// clean-00000-of-00002.txt.gz
	// clean-00001-of-00002.txt.gz
}
