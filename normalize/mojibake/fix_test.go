package mojibake_test

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// TestFixTable: one or more hand-checked cases per kind of damage, built
// with the generator where the damaged form is unreadable.
func TestFixTable(t *testing.T) {
	dropped := func(s string) string { return misdecode(s, charmap.Windows1252, dropIt) }
	fffd := func(s string) string { return misdecode(s, charmap.Windows1252, replace) }
	cases := []struct {
		kind, in, want string
		html           bool
	}{
		{"cp1252", "à¦¬à¦¾à¦‚à¦²à¦¾", "বাংলা", false},
		{"cp1252 C1 kept", cp1252("পররাষ্ট্রমন্ত্রী"), "পররাষ্ট্রমন্ত্রী", false},
		{"cp1252 typo inside", cp1252("অাম"), "অাম", false},
		{"cp1252 punctuation", cp1252("‘উষ্ণ অভ্যর্থনা’ – ইউ এস বাংলা।"), "‘উষ্ণ অভ্যর্থনা’ – ইউ এস বাংলা।", false},
		{"cp1252 joiners", cp1252("র\u200d্যাব উদ্\u200cগম"), "র\u200d্যাব উদ্\u200cগম", false},
		{"cp1252 digits", cp1252("১২ জুলাই, ২০২৫ | ৯:০২"), "১২ জুলাই, ২০২৫ | ৯:০২", false},
		{"cp1252 nbsp in text", cp1252("বাংলা\u00a0ভাষা"), "বাংলা\u00a0ভাষা", false},
		{"cp1252 ঠ", cp1252("পাঠ ঠিক"), "পাঠ ঠিক", false},
		{"cp1252 BOM", cp1252("\ufeffবাংলা"), "\ufeffবাংলা", false},
		{"cp1252 emoji", cp1252("বাংলা 😀"), "বাংলা 😀", false},
		{"latin1", latin1("পররাষ্ট্রমন্ত্রী"), "পররাষ্ট্রমন্ত্রী", false},
		{"macroman", macRoman("বাংলা ভাষা"), "বাংলা ভাষা", false},
		{"macroman one-letter word before Bengali", "সিলেট " + macRoman("ও") + " সুনামগঞ্জ", "সিলেট ও সুনামগঞ্জ", false},
		{"macroman one letter, nothing Bengali after", "বাস " + macRoman("ও") + "\nলঞ্চ", "বাস " + macRoman("ও") + "\nলঞ্চ", false},
		{"double cp1252", cp1252(cp1252("সর্বোচ্চ নেতা")), "সর্বোচ্চ নেতা", false},
		{"double latin1", latin1(latin1("সর্বোচ্চ নেতা")), "সর্বোচ্চ নেতা", false},
		{"cp1252 then latin1", latin1(cp1252("সর্বোচ্চ নেতা")), "সর্বোচ্চ নেতা", false},
		{"double macroman", macRoman(macRoman("সর্বোচ্চ নেতা")), "সর্বোচ্চ নেতা", false},
		{"double, NBSP to space", strings.ReplaceAll(cp1252(cp1252("বাংলা")), "\u00a0", " "), "বাংলা", false},
		{"nbsp to space", strings.ReplaceAll(cp1252("পাঠান ঠাকুর"), "\u00a0", " "), "পাঠান ঠাকুর", false},
		{"nfkc", norm.NFKC.String(cp1252("সকাল হওয়ার ২০২৫ ‘আসন’")), "সকাল হওয়ার ২০২৫ ‘আসন’", false},
		{"one word", "ঢাকা " + cp1252("বিশ্ববিদ্যালয়") + " ক্যাম্পাস", "ঢাকা বিশ্ববিদ্যালয় ক্যাম্পাস", false},
		{"glued to Bengali", "বাংলা" + cp1252("ভাষা"), "বাংলাভাষা", false},
		{"one line of three", "এক\n" + cp1252("দুই") + "\nতিন", "এক\nদুই\nতিন", false},
		{"mixed english", "Reuters said " + cp1252("ঢাকা") + " was calm, per AFP.", "Reuters said ঢাকা was calm, per AFP.", false},
		{"english quotes near Bengali", cp1252("“ঢাকা”, he said"), "“ঢাকা”, he said", false},
		{"dropped ্", dropped("প্রধানমন্ত্রী"), "প্রধানমন্ত্রী", false},
		{"dropped ু", dropped("কুঁড়েঘর মানুষ"), "কুঁড়েঘর মানুষ", false},
		{"dropped ঁ", dropped("চাঁদ আর পাঁচ"), "চাঁদ আর পাঁচ", false},
		{"dropped এ", dropped("এ বছর একটি"), "এ বছর একটি", false},
		{"dropped ঝ before a sign", dropped("ঝুঁকি মাঝে"), "ঝুঁকি মাঝে", false},
		{"dropped ”", dropped("“আমরা হাল ছাড়ব না”"), "“আমরা হাল ছাড়ব না”", false},
		{"fffd ্", fffd("শিক্ষামন্ত্রী"), "শিক্ষামন্ত্রী", false},
		{"fffd ু", fffd("পুলিশ শুধু"), "পুলিশ শুধু", false},
		{"dropped ু before য়", dropped("ঘন কুয়াশা"), "ঘন কুয়াশা", false},
		{"fffd ু before য়", fffd("কুয়েত ও দুয়ার"), "কুয়েত ও দুয়ার", false},
		{"dropped ্ in clusters common in text", dropped("জ্বালানি ও মূল্যস্ফীতি, গ্রীষ্মে"), "জ্বালানি ও মূল্যস্ফীতি, গ্রীষ্মে", false},
		{"dropped ্ in word-medial clusters", dropped("ধাক্কায় অগ্নিকাণ্ড, পদ্মা"), "ধাক্কায় অগ্নিকাণ্ড, পদ্মা", false},
		{"fffd ু at the start of a word", fffd("গুন দুম কুক"), "গুন দুম কুক", false},
		{"html decimal", "&#2476;&#2494;&#2434;&#2482;&#2494;", "বাংলা", true},
		{"html hex", "&#x9AC;&#x9be;&#x982;&#x9B2;&#x9BE;", "বাংলা", true},
		{"html named", "&lt;p&gt;&nbsp;&amp;&mdash;&quot;", "<p>\u00a0&—\"", true},
		{"html not asked", "&#2476; &amp;", "&#2476; &amp;", false},
		{"html needs ;", "&#2476 AT&T &amp", "&#2476 AT&T &amp", true},
		{"html unknown name", "&notit; &bogus;", "&notit; &bogus;", true},
		{"html inside mojibake", cp1252("বাংলা") + "&amp;" + cp1252("ভাষা"), "বাংলা&ভাষা", true},
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) {
			f := mojibake.New(mojibake.HTML(c.html))
			assert.Equal(t, c.want, f.String(c.in), "%q", c.in)
			checkStreaming(t, f, c.in)
		})
	}
}

// TestNoCopy: clean text comes back from String without a copy or an
// allocation.
func TestNoCopy(t *testing.T) {
	clean := strings.Join(corpusLines, "\n") + "\nThe quick brown fox, café, SÃO PAULO, § 12, mÜ¨v\n"
	got := mojibake.String(clean)
	assert.Equal(t, unsafe.StringData(clean), unsafe.StringData(got), "String copied clean text")
	assert.Zero(t, testing.AllocsPerRun(20, func() { mojibake.String(clean) }))
	html := mojibake.New(mojibake.HTML(true))
	assert.Zero(t, testing.AllocsPerRun(20, func() { html.String(clean) }))
}
