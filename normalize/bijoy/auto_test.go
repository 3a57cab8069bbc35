package bijoy_test

import (
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// Sentences in Bijoy and their Unicode, written by hand.
var sentences = []pair{
	{"Avwg evsjvq Mvb MvB|", "আমি বাংলায় গান গাই।"},
	{"AvR XvKvq e„wó n‡q‡Q Ges ZvcgvÎv 30 wWwMÖ †mjwmqvm|", "আজ ঢাকায় বৃষ্টি হয়েছে এবং তাপমাত্রা ৩০ ডিগ্রি সেলসিয়াস।"},
	{"wbe©vPb Kwgkb Rvwb‡q‡Q, AvMvgx gv‡m Zdwmj †NvlYv Kiv n‡e|", "নির্বাচন কমিশন জানিয়েছে, আগামী মাসে তফসিল ঘোষণা করা হবে।"},
	{"we`¨yr mieivn ¯^vfvweK ivL‡Z miKvi bZyb cÖK‡íi KvR ïiæ K‡i‡Q|", "বিদ্যুৎ সরবরাহ স্বাভাবিক রাখতে সরকার নতুন প্রকল্পের কাজ শুরু করেছে।"},
	{"m‡e©v”P Av`vj‡Zi ivq Abyhvqx QzwU evwo‡q †`Iqv n‡q‡Q|", "সর্বোচ্চ আদালতের রায় অনুযায়ী ছুটি বাড়িয়ে দেওয়া হয়েছে।"},
	{"Kywgjøv †Rjvq KvwË©K gv‡m avb KvUv ïiæ nq|", "কুমিল্লা জেলায় কার্ত্তিক মাসে ধান কাটা শুরু হয়।"},
	{"ivóªcwZ ej‡jb, †`‡ki Dbœq‡b me©`jxq HK¨ cÖ‡qvRb|", "রাষ্ট্রপতি বললেন, দেশের উন্নয়নে সর্বদলীয় ঐক্য প্রয়োজন।"},
	{"wkÿv_©x‡`i cixÿv AvMvgx 15 Rvbyqvwi †_‡K ïiæ n‡e|", "শিক্ষার্থীদের পরীক্ষা আগামী ১৫ জানুয়ারি থেকে শুরু হবে।"},
	{"Pvu‡`i Av‡jvq b`xi cvwb iæcvwj †`Lvq|", "চাঁদের আলোয় নদীর পানি রুপালি দেখায়।"},
	{"Zvi ¯^v¯’¨ GLb fv‡jv, wPwKrmK Rvwb‡q‡Qb|", "তার স্বাস্থ্য এখন ভালো, চিকিৎসক জানিয়েছেন।"},
	{"ÒAvgiv hy× PvB bvÓ, ej‡jb wZwb|", "“আমরা যুদ্ধ চাই না”, বললেন তিনি।"},
	{"†KŠkjcÎ Abyhvqx 2030 mv‡ji g‡a¨ j¶¨ c~iY Ki‡Z n‡e|", "কৌশলপত্র অনুযায়ী ২০৩০ সালের মধ্যে লক্ষ্য পূরণ করতে হবে।"},
	{"evRv‡i Pv‡ji `vg †KwR‡Z $5 †e‡o‡Q|", "বাজারে চালের দাম কেজিতে ৳৫ বেড়েছে।"},
	{"AvšÍR©vwZK µxov cÖwZ‡hvwMZvq evsjv‡`k ¯^Y©c`K wR‡Z‡Q|", "আন্তর্জাতিক ক্রীড়া প্রতিযোগিতায় বাংলাদেশ স্বর্ণপদক জিতেছে।"},
	{"1| cÖ_g Aa¨vq", "১। প্রথম অধ্যায়"},
	{"(K) cÖkœ", "(ক) প্রশ্ন"},
	{"mfvcwZ: †gvt Avãyi ingvb", "সভাপতি: মোঃ আব্দুর রহমান"},
	{"Mf©eZx bvix‡`i Rb¨ we‡kl ¯^v¯’¨‡mev Pvjy Kiv n‡q‡Q|", "গর্ভবতী নারীদের জন্য বিশেষ স্বাস্থ্যসেবা চালু করা হয়েছে।"},
}

func TestSentences(t *testing.T) {
	all, auto := 0, 0
	for _, p := range sentences {
		want := norm.NFC.String(p.want)
		if assert.Equal(t, want, bijoy.ToUnicode(p.in), "All %q", p.in) {
			all++
		}
		if assert.Equal(t, want, bijoy.String(bijoy.Auto, p.in), "Auto %q", p.in) {
			auto++
		}
	}
	t.Logf("sentences: All %d/%d, Auto %d/%d", all, len(sentences), auto, len(sentences))
}

// English, code, URLs and Latin-1 text that Auto must leave alone.
var keepEnglish = []string{
	"\tnb := hdr.Size", // two codes beside English stay English
	"Reuters",
	"Hello world",
	"Hello world from Reuters",
	"The quick brown fox jumps over the lazy dog.",
	"I am here.",
	"BBC News, Dhaka",
	"Dhaka, Bangladesh",
	"According to AFP, the talks will resume next week.",
	"https://www.prothomalo.com/bangladesh/2024/11/27/story-abc123",
	"http://example.com/path?q=1&lang=bn#top",
	"user.name@example.com",
	"fmt.Println(\"hello, world\")",
	"for i := 0; i < n; i++ {",
	"if (a && b) { return x; }",
	"x = a | b",
	"SELECT * FROM users WHERE id = 5;",
	"ls -la /tmp | grep foo",
	"git commit -m 'fix typo'",
	"// TODO: handle the error",
	"<div class=\"header\">Title</div>",
	"C:\\Users\\Public\\Documents",
	"It's 5 o'clock in New York.",
	"café, naïve, Müller, São Paulo, Ångström",
	"Türkiye'nin başkenti Ankara; İstanbul ve İzmir büyük şehirlerdir.",
	"küçük büyük güzel gün",
	"The price is $5 or £4 (about 25°C outside).",
	"© 2024 Example Corp. All rights reserved.",
	"COVID-19 vaccine rollout",
	"iPhone 15 Pro Max",
	"GDP grew by 6.5% in 2023",
	"#StopWar @UN",
	"e.g. i.e. etc.",
	"Microsoft Windows® and Google™",
	"wget https://golang.org/dl/go1.22.linux-amd64.tar.gz",
	"printf(\"%d\\n\", x);",
	"key: value",
	"UNICEF and WHO",
	"Yes",
	"OK",
	"Thank you very much!",
	"Prime Minister Sheikh Hasina said on Monday",
	"New York Times",
	"I type with the Avro keyboard",
	"Chapter 1: Introduction",
	"Table 2 shows the results.",
	"I love Bangladesh",
	"Tk 500",
	"Awami League and BNP",
	"Sheikh Hasina met Khaleda Zia",
	"Chittagong, Sylhet, Rajshahi, Khulna, Barisal, Rangpur, Mymensingh, Comilla",
	"Gulshan-2, Banani, Mirpur, Uttara, Motijheel",
	"Prothom Alo, Kaler Kantho, Jugantor, Ittefaq, bdnews24.com",
	"Md. Abdur Rahman, Karim Uddin, Jamal Hossain",
	"\tindented with a tab",
	"",
	"   ",
	"আমি বাংলায় গান গাই।",
	"বাংলাদেশ ও ভারত",
	"日本語のテキスト",
	"Привет, мир",
}

func TestAutoKeepsEnglish(t *testing.T) {
	for _, s := range keepEnglish {
		assert.Equal(t, s, bijoy.String(bijoy.Auto, s), "Auto changed %q", s)
		for _, nl := range []string{"\n", "\r\n"} {
			assert.Equal(t, s+nl, bijoy.String(bijoy.Auto, s+nl))
		}
	}
	// All of them in one text, one per line.
	text := strings.Join(keepEnglish, "\n") + "\n"
	assert.Equal(t, text, bijoy.String(bijoy.Auto, text))
}

// Lines that mix English and Bijoy: only the Bijoy runs change.
var mixedLines = []pair{
	{"Reuters Rvbvq, XvKvq AvR 5 Rb wbnZ n‡q‡Qb|", "Reuters জানায়, ঢাকায় আজ ৫ জন নিহত হয়েছেন।"},
	{"Avgvi bvg iwng, Avwg Google-G KvR Kwi|", "আমার নাম রহিম, আমি Google-G কাজ করি।"},
	{"The word Avwg means I.", "The word আমি means I."},
	{"COVID-19 gnvgvix‡Z A‡bK gvbyl gviv †M‡Q|", "COVID-19 মহামারীতে অনেক মানুষ মারা গেছে।"},
	{"See https://example.com/news for we¯ÍvwiZ", "See https://example.com/news for বিস্তারিত"},
	{"BBC Rvbvq, wbe©vPb Kwgkb (EC) ej‡Q|", "BBC জানায়, নির্বাচন কমিশন (EC) বলছে।"},
	// A common Bijoy word of three codes or more beside one English word.
	{"UNDP, UNICEF Ges World Bank †hŠ_fv‡e cÖKí wb‡q‡Q|", "UNDP, UNICEF এবং World Bank যৌথভাবে প্রকল্প নিয়েছে।"},
	{"বাংলা লেখা Avwg evsjvq Mvb MvB|", "বাংলা লেখা আমি বাংলায় গান গাই।"},
	{"Title: m‡e©v”P Av`vjZ", "Title: সর্বোচ্চ আদালত"},
	{"Avwg  evsjvq\tMvb   MvB|  ", "আমি  বাংলায়\tগান   গাই।  "},
	{"Prime Minister ej‡jb, †`‡ki Dbœq‡b HK¨ cÖ‡qvRb|", "Prime Minister বললেন, দেশের উন্নয়নে ঐক্য প্রয়োজন।"},
	{"Price: 500 UvKv", "Price: ৫০০ টাকা"},
	{"iPhone 15 evRv‡i G‡m‡Q", "iPhone ১৫ বাজারে এসেছে"},
	{"UN Ges WHO †hŠ_fv‡e KvR Ki‡Q|", "UN এবং WHO যৌথভাবে কাজ করছে।"},
	{"Avwg Facebook e¨envi Kwi|", "আমি Facebook ব্যবহার করি।"},
	{"evsjv‡`k e¨vsK (BB) Rvwb‡q‡Q|", "বাংলাদেশ ব্যাংক (BB) জানিয়েছে।"},
	{"email: info@bd.gov.bd, †dvb: 01711-000000", "email: info@bd.gov.bd, ফোন: ০১৭১১-০০০০০০"},
	{"World Bank Gi cÖwZ‡e`b", "World Bank এর প্রতিবেদন"},
	{"Source: https://example.com/news Z‡_¨i Drm", "Source: https://example.com/news তথ্যের উৎস"},
}

func TestMixedLines(t *testing.T) {
	for _, p := range mixedLines {
		assert.Equal(t, norm.NFC.String(p.want), bijoy.String(bijoy.Auto, p.in), "Auto %q", p.in)
	}
}

func TestWhitespacePreserved(t *testing.T) {
	in := "  Avwg\t\tevsjvq\u00a0Mvb\r\n\nMvB|  \n\n"
	want := "  আমি\t\tবাংলায়\u00a0গান\r\n\nগাই।  \n\n"
	for _, m := range []bijoy.Mode{bijoy.Auto, bijoy.All} {
		assert.Equal(t, norm.NFC.String(want), bijoy.String(m, in), m.String())
	}
}

func TestOffIsIdentity(t *testing.T) {
	for _, s := range append(keepEnglish, "Avwg evsjvq Mvb MvB|", "\xff\xfe invalid") {
		assert.Equal(t, s, bijoy.String(bijoy.Off, s))
	}
}

func TestParseMode(t *testing.T) {
	for _, m := range []bijoy.Mode{bijoy.Off, bijoy.Auto, bijoy.All} {
		got, err := bijoy.ParseMode(m.String())
		require.NoError(t, err)
		assert.Equal(t, m, got)
	}
	_, err := bijoy.ParseMode("yes")
	assert.ErrorIs(t, err, bijoy.ErrMode)
	assert.Contains(t, err.Error(), `"yes"`)
	assert.Equal(t, "Mode(7)", bijoy.Mode(7).String())
}

func TestIsBijoy(t *testing.T) {
	assert.True(t, bijoy.IsBijoy("Avwg evsjvq Mvb MvB|"))
	assert.True(t, bijoy.IsBijoy("Reuters Rvbvq, XvKvq AvR 5 Rb wbnZ n‡q‡Qb|"))
	assert.False(t, bijoy.IsBijoy("Hello world"))
	assert.False(t, bijoy.IsBijoy("আমি বাংলায় গান গাই।"))
	assert.False(t, bijoy.IsBijoy(""))
	assert.InDelta(t, 1.0, bijoy.Score("Avwg evsjvq Mvb MvB|"), 1e-9)
	assert.InDelta(t, 0.0, bijoy.Score("Hello world"), 1e-9)
	s := bijoy.Score("Reuters Rvbvq")
	assert.True(t, s > 0.3 && s < 0.7, "%v", s)
}
