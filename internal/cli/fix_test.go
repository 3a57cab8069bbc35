package cli

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/fix")

// cp1252 returns the UTF-8 bytes of s read as Windows-1252 the WHATWG way.
func cp1252(s string) string {
	var sb strings.Builder
	for _, b := range []byte(s) {
		switch {
		case b < 0x80:
			sb.WriteByte(b)
		case b >= 0xA0:
			sb.WriteRune(rune(b))
		default:
			sb.WriteRune(cp1252C1[b-0x80])
		}
	}
	return sb.String()
}

// cp1252C1 is what Windows-1252 makes of 0x80..0x9F (WHATWG: the five
// undefined bytes stay C1 controls).
var cp1252C1 = []rune("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ")

func TestFix(t *testing.T) {
	nfc := func(s string) string { return norm.NFC.String(s) }
	cases := []struct {
		name  string
		args  []string
		stdin string
		want  string
		code  int
	}{
		{"cp1252", []string{"fix"}, cp1252("বাংলা ভাষা"), "বাংলা ভাষা", 0},
		{"keeps newlines", []string{"fix"}, cp1252("বাংলা\nভাষা\n"), "বাংলা\nভাষা\n", 0},
		{"no newline added", []string{"fix"}, cp1252("ভাষা"), "ভাষা", 0},
		{"latin stays", []string{"fix"}, "café, SÃO PAULO, § 12\nthe Â key\ncol1 ¦ col2\n", "café, SÃO PAULO, § 12\nthe Â key\ncol1 ¦ col2\n", 0},
		{"bijoy off", []string{"fix"}, "Avwg evsjvq Mvb MvB|\nmÜ¨v KvwË©K\n", "Avwg evsjvq Mvb MvB|\nmÜ¨v KvwË©K\n", 0},
		{"bijoy off explicit", []string{"fix", "--bijoy", "off"}, "mÜ¨v", "mÜ¨v", 0},
		{"bijoy all", []string{"fix", "--bijoy", "all"}, "Avwg evsjvq Mvb MvB|", nfc("আমি বাংলায় গান গাই।"), 0},
		{"bijoy all reph", []string{"fix", "--bijoy", "all"}, "ag©\nKvwË©K\nm‡e©v”P\n", "ধর্ম\nকার্ত্তিক\nসর্বোচ্চ\n", 0},
		{"bijoy auto english", []string{"fix", "--bijoy", "auto"}, "Hello world from Reuters", "Hello world from Reuters", 0},
		{"bijoy auto mixed", []string{"fix", "--bijoy=auto"}, "Reuters: Avwg evsjvq Mvb MvB|\n", nfc("Reuters: আমি বাংলায় গান গাই।\n"), 0},
		{"bijoy auto unicode", []string{"fix", "--bijoy", "auto"}, "বাংলা ভাষা\n", "বাংলা ভাষা\n", 0},
		{"bijoy then mojibake", []string{"fix", "--bijoy", "auto"}, cp1252("বাংলা") + "\n", "বাংলা\n", 0},
		{"html off", []string{"fix"}, "&#2476;&#x9BE; &amp;", "&#2476;&#x9BE; &amp;", 0},
		{"html on", []string{"fix", "--html"}, "&#2476;&#x9BE;&#x982;&#2482;&#2494; &amp; &lt;b&gt;", "বাংলা & <b>", 0},
		{"html then mojibake", []string{"fix", "--html"}, cp1252("বাংলা") + " &amp; " + cp1252("ভাষা"), "বাংলা & ভাষা", 0},
		{"html before bijoy auto", []string{"fix", "--bijoy", "auto", "--html"}, "Avwg evsjvq Mvb MvB| &amp; &#2476;&#2494;", nfc("আমি বাংলায় গান গাই। & বা"), 0},
		{"html before bijoy all", []string{"fix", "--bijoy", "all", "--html"}, "Avwg&#32;evsjvq", nfc("আমি বাংলায়"), 0},
		{"quotes kept", []string{"fix"}, cp1252("“বাংলা” ‘ভাষা’"), "“বাংলা” ‘ভাষা’", 0},
		{"output is NFC", []string{"fix"}, cp1252("ড়\u09dc আষাঢ়"), nfc("ড়ড় আষাঢ়"), 0},
		{"crlf", []string{"fix"}, cp1252("বাংলা") + "\r\n" + cp1252("ভাষা") + "\r\n", "বাংলা\r\nভাষা\r\n", 0},
		{"invalid utf-8 passes", []string{"fix"}, "a \xff " + cp1252("বাংলা") + " \xe0\xa6\n", "a \xff বাংলা \xe0\xa6\n", 0},
		{"strict", []string{"fix", "--strict"}, "ok\nbad \xff\n", "", ExitInvalid},
		{"bad bijoy mode", []string{"fix", "--bijoy", "some"}, "x", "", ExitUsage},
		{"unknown flag", []string{"fix", "--no-such"}, "x", "", ExitUsage},
		{"jsonl field", []string{"fix", "--jsonl-field", "text"}, `{"id":1,"text":"` + cp1252("বাংলা") + `"}` + "\n", `{"id":1,"text":"বাংলা"}` + "\n", 0},
		{"pipe with fix flags", []string{"pipe", "--steps", "fix,normalize", "--bijoy", "all"}, "Avwg evsjvq Mvb MvB|\n", normalize.String("আমি বাংলায় গান গাই।") + "\n", 0},
		{"pipe default", []string{"pipe"}, cp1252("অাম") + "\n", "আম\n", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := run(t, c.stdin, c.args...)
			require.Equal(t, c.code, code, "stderr: %s", stderr)
			if c.code == 0 {
				assert.Equal(t, c.want, stdout)
				assert.Empty(t, stderr)
			} else {
				assert.NotEmpty(t, stderr)
			}
		})
	}
}

func TestFixHelp(t *testing.T) {
	code, stdout, _ := run(t, "", "fix", "--help")
	require.Equal(t, 0, code)
	for _, s := range []string{"bntext fix", "--bijoy", "--html", "NFC"} {
		assert.Contains(t, stdout, s)
	}
}

// TestFixGolden runs the commands over testdata/fix/*.in.txt and compares
// with the .want.txt files (go test -run TestFixGolden -update rewrites
// them).
func TestFixGolden(t *testing.T) {
	golden := []struct {
		in, want string
		args     []string
	}{
		{"sample.in.txt", "sample.want.txt", []string{"fix"}},
		{"sample.in.txt", "sample.html.want.txt", []string{"fix", "--html"}},
		{"bijoy-mixed.in.txt", "bijoy-mixed.auto.want.txt", []string{"fix", "--bijoy", "auto"}},
		{"bijoy.in.txt", "bijoy.all.want.txt", []string{"fix", "--bijoy", "all"}},
		{"bijoy.in.txt", "bijoy.off.want.txt", []string{"fix"}},
	}
	dir := filepath.Join("..", "..", "testdata", "fix")
	for _, g := range golden {
		t.Run(g.want, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(dir, g.in))
			require.NoError(t, err)
			code, stdout, stderr := run(t, string(in), g.args...)
			require.Equal(t, 0, code, stderr)
			// The same through files, -o and two workers on small blocks.
			out := filepath.Join(t.TempDir(), "out.txt")
			args := append(append([]string{}, g.args...), "-j", "2", "-o", out, filepath.Join(dir, g.in))
			code, _, stderr = run(t, "", args...)
			require.Equal(t, 0, code, stderr)
			assert.Equal(t, stdout, readFile(t, out), "file and workers")
			path := filepath.Join(dir, g.want)
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(stdout), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), stdout)
		})
	}
}

// TestFixStreams: a long text through the CLI, with several workers and
// with lines longer than a block, equals the library's one-shot output
// followed by NFC.
func TestFixStreams(t *testing.T) {
	var sb strings.Builder
	for i := range 3000 {
		switch i % 4 {
		case 0:
			sb.WriteString(cp1252("উত্তরাঞ্চলে শীতের তীব্রতা বাড়ায় হাসপাতালে শিশুদের ভিড় বেড়েছে।"))
		case 1:
			sb.WriteString("café, SÃO PAULO, § 12 — mÜ¨v")
		case 2:
			sb.WriteString(cp1252(cp1252("ক্ষুদ্র ঋণ কর্মসূচির মাধ্যমে")))
		default:
			sb.WriteString(strings.Repeat(cp1252("বাংলা ভাষা "), 40))
		}
		sb.WriteByte('\n')
	}
	long := strings.Repeat(cp1252("দীর্ঘ লাইন "), 200000) // one line of about 6 MB
	in := sb.String() + long + "\n" + sb.String()
	want := normalize.NFC.String(mojibake.String(in))
	for _, j := range []string{"1", "2"} {
		code, stdout, stderr := run(t, in, "fix", "-j", j)
		require.Equal(t, 0, code, stderr)
		require.Equal(t, len(want), len(stdout), "-j %s", j)
		require.True(t, want == stdout, "-j %s", j)
	}
}

// TestFixAutoOnlyBijoy: with --bijoy auto, the lines of the sample that
// hold no Bijoy (mojibake, Latin text, HTML references, Unicode) come out
// as without it.
func TestFixAutoOnlyBijoy(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("..", "..", "testdata", "fix", "sample.in.txt"))
	require.NoError(t, err)
	_, off, _ := run(t, string(in), "fix")
	code, auto, stderr := run(t, string(in), "fix", "--bijoy", "auto")
	require.Equal(t, 0, code, stderr)
	offLines, autoLines := strings.Split(off, "\n"), strings.Split(auto, "\n")
	require.Equal(t, len(offLines), len(autoLines))
	converted := 0
	for i, l := range offLines {
		if strings.Contains(l, "Avwg evsjvq") {
			converted++
			assert.NotEqual(t, l, autoLines[i], "Bijoy line %d not converted", i+1)
			continue
		}
		assert.Equal(t, l, autoLines[i], "line %d", i+1)
	}
	assert.Equal(t, 2, converted)
}
