package transliterate_test

import (
	"testing"

	"github.com/bntext/bntext/transliterate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rulesOnly is the names scheme without its lexicon, so that the tables of
// rules below test the rules and not the data.
var rulesOnly = must(transliterate.New(transliterate.SchemeNames, transliterate.WithoutLexicon()))

func must(t *transliterate.Transliterator, err error) *transliterate.Transliterator {
	if err != nil {
		panic(err)
	}
	return t
}

type pair struct{ in, want string }

func runPairs(t *testing.T, tr *transliterate.Transliterator, cases []pair) {
	t.Helper()
	for _, c := range cases {
		assert.Equal(t, c.want, tr.String(c.in), "%s", c.in)
	}
}

// Each rule has the words it acts on and the counter-examples it must
// leave alone.

func TestSchwaFinal(t *testing.T) {
	runPairs(t, rulesOnly, []pair{
		// Dropped after a single consonant.
		{"কিম", "Kim"}, {"রহমান", "Rahman"}, {"কমল", "Kamal"}, {"সরকার", "Sarkar"},
		// Kept after a conjunct or a phala, and in words of one syllable.
		{"সত্য", "Satya"}, {"চন্দ্র", "Chandra"}, {"মিত্র", "Mitra"}, {"পদ্ম", "Padma"},
		{"রত্ন", "Ratna"}, {"দত্ত", "Datta"}, {"বুদ্ধ", "Buddha"}, {"ক", "Ka"}, {"স্ব", "Swa"},
		// Kept before ং ঁ ঃ.
		{"রং", "Rang"},
		// English and Persian final clusters lose it.
		{"গঞ্জ", "Ganj"}, {"পার্ক", "Park"}, {"লিস্ট", "List"},
	})
}

func TestSchwaMedial(t *testing.T) {
	runPairs(t, rulesOnly, []pair{
		// V C _ C V, right to left.
		{"কামরুল", "Kamrul"}, {"মজুমদার", "Majumdar"}, {"আবদুল", "Abdul"},
		{"ইসলাম", "Islam"}, {"আহমেদ", "Ahmed"}, {"শাহজাহান", "Shahjahan"},
		// Left alone: the first syllable, before a cluster, after a
		// cluster, before the last (vowelless) consonant, after ং.
		{"বঙ্গবন্ধু", "Bangabandhu"}, {"রবীন্দ্রনাথ", "Rabindranath"},
		{"চট্টগ্রাম", "Chattagram"}, {"আনন্দ", "Ananda"}, {"সংসদ", "Sangsad"},
		{"মোহাম্মদ", "Mohammad"},
	})
}

func TestLetterValues(t *testing.T) {
	runPairs(t, rulesOnly, []pair{
		{"নয়ন", "Nayan"}, {"ময়না", "Moyna"}, {"জয়", "Joy"}, // য় -> y; inherent a + য় -> oy
		{"রায়হান", "Raihan"},                                            // া + য় + consonant -> ai
		{"ওয়াজেদ", "Wajed"}, {"আওয়ামী", "Awami"}, {"আনোয়ার", "Anwar"}, // ওয়া -> wa
		{"নোয়াখালী", "Noakhali"},                  // but not on the first syllable
		{"মারিয়া", "Maria"}, {"কচুয়া", "Kachua"}, // ি/ু + য়া: no y
		{"ইয়াসির", "Yasir"},                        // initial ইয়া -> ya
		{"বাংলা", "Bangla"}, {"সংগ্রাম", "Sangram"}, // ং -> ng, n before a velar
		{"সৎ", "Sat"}, {"উৎপল", "Utpal"}, // ৎ -> t
		{"শিশির", "Shishir"}, {"ষষ্ঠী", "Shashthi"}, // শ ষ -> sh
		{"ছবি", "Chhabi"}, {"চমক", "Chamak"}, // ছ -> chh, চ -> ch
		{"জ্ঞান", "Gyan"}, {"ক্ষমা", "Kshama"}, {"লক্ষ্মী", "Lakshmi"},
		{"স্বপন", "Swapan"}, {"দ্বীপ", "Dwip"}, {"তত্ত্ব", "Tattwa"}, // ্ব after স দ ত -> w
		{"অশ্বিনী", "Ashwini"}, {"ঈশ্বর", "Ishwar"}, // শ্ব -> shw
		{"অম্বর", "Ambar"}, {"সর্ব", "Sarba"}, // ্ব after ম র -> b
		{"ঋতু", "Ritu"}, {"কৃষ্ণ", "Krishna"}, // ঋ ৃ -> ri
		{"চাঁদ", "Chand"}, {"গাঁও", "Gaon"}, // ঁ -> n, after the vowels
		{"সৌরভ", "Sourav"},                                   // final ভ -> v
		{"ফারুক", "Faruk"},                                   // ফ -> f
		{"ড়", "Ra"}, {"আষাঢ়", "Asharh"}, {"বাড়ি", "Bari"}, // ড় ঢ় -> r rh
		{"মাঢ়ী", "Marhi"},
	})
}

func TestNormalizedFirst(t *testing.T) {
	// Either Unicode form of ড় ঢ় য়, and stray joiners, give the same.
	for _, tr := range []*transliterate.Transliterator{transliterate.Names, transliterate.ISO15919, transliterate.ASCII} {
		assert.Equal(t, tr.String("বাড়ি"), tr.String("বাড\u09BCি"))
		assert.Equal(t, tr.String("নয়ন"), tr.String("নয\u09BCন"))
		assert.Equal(t, tr.String("আষাঢ়"), tr.String("আষাঢ\u09BC"))
		assert.Equal(t, tr.String("রহমান"), tr.String("\u200Dরহমান"))
		assert.Equal(t, tr.String("রহমান"), tr.String("রহমান\u200C"))
	}
}

func TestForeignNames(t *testing.T) {
	// Words that look foreign (ফ্র, স্ট, ্যা ...) and the names of groups
	// whose known words are foreign: ভ -> v, no schwa, inherent a -> o.
	runPairs(t, transliterate.Names, []pair{
		{"ভ্লাদিমির পুতিন", "Vladimir Putin"},
		{"ক্রেইগ ম্যাকমিলান", "Craig McMilan"},
		{"অ্যাডাম", "Adam"},
		{"জর্জ ডব্লিউ বুশ", "George W. Bush"},
		{"ম্যাক্স", "Max"},
		{"ডেভিড গিলক্রিস্ট", "David Gilcrist"},
	})
	foreign := must(transliterate.New(transliterate.SchemeNames, transliterate.WithOrigin(transliterate.OriginForeign)))
	bengali := must(transliterate.New(transliterate.SchemeNames, transliterate.WithOrigin(transliterate.OriginBengali)))
	assert.Equal(t, "Sidorov", foreign.String("সিদোরভ"))
	assert.Equal(t, "Sidorav", bengali.String("সিদোরভ"))
	// Counter-examples: Bengali names keep bh and their vowels.
	runPairs(t, transliterate.Names, []pair{
		{"অভিজিৎ", "Abhijit"}, {"ভোলা", "Bhola"}, {"শ্যামল", "Shyamal"},
	})
}

// In running text (more words than a name has, without punctuation) a
// foreign name keeps its spelling but does not make the Bengali words
// around it foreign; a short group is still one name.
func TestForeignNameInRunningText(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		{"যুক্তরাষ্ট্রের প্রেসিডেন্ট ডোনাল্ড ট্রাম্প ও রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন ফোনে কথা বলেছেন",
			"United States's President Donald Trump and Russia's President Vladimir Putin Fone Katha Balechhen"},
		{"আজ কিম জং উন সাক্ষাৎ করেছেন এবং তারা আলোচনা করেছেন",
			"Aj Kim Jong Un Sakshat Karechhen and Tara Alochna Karechhen"},
		{"ডোনাল্ড ট্রাম্প", "Donald Trump"},
	})
}

// A genitive ending on an acronym, on a place or organization of the
// lexicon, or on the last word of a name of the lexicon becomes 's; names
// that merely end in র stay as they are.
func TestGenitive(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		{"বিএনপির", "BNP's"}, {"ইউএনডিপির", "UNDP's"}, {"আইএমএফের", "IMF's"},
		{"ঢাকার", "Dhaka's"}, {"রংপুরের", "Rangpur's"}, {"বুয়েটের", "BUET's"},
		{"শেখ হাসিনার", "Sheikh Hasina's"}, {"আওয়ামী লীগের", "Awami League's"},
		// Counter-examples: names of people that end in র, and the bare forms.
		{"জাকির", "Zakir"}, {"কবির", "Kabir"}, {"মুনির", "Munir"}, {"তাহের", "Taher"},
		{"ঢাকা", "Dhaka"}, {"বিএনপি", "BNP"}, {"শেখ হাসিনা", "Sheikh Hasina"},
	})
}

func TestAcronyms(t *testing.T) {
	runPairs(t, rulesOnly, []pair{
		{"বিএনপি", "BNP"}, {"আইএমএফ", "IMF"}, {"এফবিসিসিআই", "FBCCI"},
		{"বিজিএমইএ", "BGMEA"}, {"ইউএনএইচসিআর", "UNHCR"}, {"ডব্লিউএইচও", "WHO"},
		{"টিভি", "TV"}, {"এমপি", "MP"},
		// Counter-examples: words that spell letter names but are words.
		{"এই", "Ei"}, {"আরও", "Arao"}, {"এটি", "Eti"}, {"সিটি", "Siti"},
		// Letters that do not all spell letter names.
		{"বিমান", "Biman"}, {"আইন", "Ain"},
	})
}

func TestAbbreviationsAndInitials(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		{"মো. আবদুল করিম", "Md. Abdul Karim"},
		{"মোঃ আবদুল করিম", "Md. Abdul Karim"},
		{"ড. মুহাম্মদ ইউনূস", "Dr. Muhammad Yunus"},
		{"ডা. রহিম", "Dr. Rahim"},
		{"মোছা. রাশেদা", "Mst. Rasheda"},
		{"লে. জেনারেল (অব.)", "Lt. General (Retd.)"},
		{"এ কে এম শামসুজ্জোহা", "AKM Shamsuzzoha"},
		{"আ ক ম মোজাম্মেল হক", "AKM Mozammel Haque"},
		{"বি এন পি", "BNP"},
		{"এ কে খন্দকার", "AK Khandaker"},
		{"এ. কে. এম. শামসুজ্জোহা", "A. K. M. Shamsuzzoha"},
		{"এম সাইফুর রহমান", "M Saifur Rahman"},
		{"জে. কে. রাউলিং", "J. K. Rowling"},
		// An ASCII colon typed for ঃ, and labels that are not abbreviations.
		{"মো: গোলাম রহমান", "Md. Golam Rahman"},
		{"ডা: দীপু মনি", "Dr. Dipu Moni"},
		{"প্রকাশ: ১২ জুলাই", "Prakash: 12 Julai"},
		{"মো:গোলাম", "Mo:Golam"},
	})
}

func TestCasing(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		{"ওসামা বিন লাদেন", "Osama bin Laden"},
		{"মোহাম্মদ বিন সালমান", "Mohammed bin Salman"},
		{"ভিনসেন্ট ভ্যান গগ", "Vinsent van Gog"},
		{"আল-জাজিরা", "Al Jazeera"},
		{"রবিবার ১০টায়", "Rabibar 10tay"}, // a suffix on a number stays lowercase
		{"বিএনপি নেতা", "BNP Neta"},
	})
}

func TestLexicon(t *testing.T) {
	// Entries of the lexicon, through the public API.
	runPairs(t, transliterate.Names, []pair{
		{"কিম জং উন", "Kim Jong Un"},
		{"শেখ মুজিবুর রহমান", "Sheikh Mujibur Rahman"},
		{"মোহাম্মদ", "Mohammad"}, {"হোসেন", "Hossain"}, {"চৌধুরী", "Chowdhury"},
		{"নাসির উদ্দিন", "Nasir Uddin"}, {"সালাহউদ্দিন", "Salahuddin"},
		{"বন্দ্যোপাধ্যায়", "Banerjee"}, {"ঠাকুর", "Tagore"},
		{"রবীন্দ্রনাথ ঠাকুর", "Rabindranath Tagore"},
		{"জামান", "Zaman"}, {"রফিক", "Rafiq"}, {"কাদের", "Quader"},
		{"ঢাকা", "Dhaka"}, {"চট্টগ্রাম", "Chattogram"}, {"কক্সবাজার", "Cox's Bazar"},
		{"নারায়ণগঞ্জ", "Narayanganj"}, {"যশোর", "Jashore"},
		{"কলকাতা", "Kolkata"}, {"পশ্চিমবঙ্গ", "West Bengal"},
		{"যুক্তরাষ্ট্র", "United States"}, {"উত্তর কোরিয়া", "North Korea"},
		{"আওয়ামী লীগ", "Awami League"}, {"জাতিসংঘ", "United Nations"},
		{"ঢাকা বিশ্ববিদ্যালয়", "Dhaka University"},
		{"ডোনাল্ড ট্রাম্প", "Donald Trump"}, {"এমানুয়েল মাখোঁ", "Emmanuel Macron"},
		{"বান কি মুন", "Ban Ki-moon"}, {"নরেন্দ্র মোদি", "Narendra Modi"},
		// Second parts of compounds.
		{"রহিমপুর", "Rahimpur"}, {"কমলনগর", "Kamalnagar"}, {"শিবগঞ্জ", "Shibganj"},
		{"কামরুজ্জামান", "Kamruzzaman"}, {"শামসুদ্দিন", "Shamsuddin"},
		// A phrase written with a hyphen.
		{"কিম জং-উন", "Kim Jong Un"},
	})
	// Counter-example: a second part needs a first part of two letters.
	assert.Equal(t, "Sangram", transliterate.Names.String("সংগ্রাম"))
}

func TestVariants(t *testing.T) {
	v := transliterate.Variants("রহমান")
	require.NotEmpty(t, v)
	assert.Equal(t, "Rahman", v[0])
	assert.Contains(t, v, "Rahaman")
	v = transliterate.Variants("মোহাম্মদ করিম")
	assert.Equal(t, "Mohammad Karim", v[0])
	assert.Contains(t, v, "Muhammad Karim")
	// Unknown words get the other styles of the rules.
	v = transliterate.Variants("কমল")
	assert.Equal(t, "Kamal", v[0])
	assert.Contains(t, v, "Komol")
	// Other schemes have one spelling.
	assert.Equal(t, []string{"bāṁlā"}, transliterate.ISO15919.Variants("বাংলা"))
	// Every variant is ASCII and the list has no duplicates.
	seen := map[string]bool{}
	for _, s := range transliterate.Variants("শেখ হাসিনা ও খালেদা জিয়া") {
		assert.False(t, seen[s], s)
		seen[s] = true
		for i := 0; i < len(s); i++ {
			assert.Less(t, s[i], byte(0x80), s)
		}
	}
}

func TestAllSpellings(t *testing.T) {
	tr := must(transliterate.New(transliterate.SchemeNames, transliterate.AllSpellings()))
	out := tr.String("রহমান\nকিম\n")
	assert.Equal(t, "Rahman | Rahaman | Rehman\nKim\n", out)
}

func TestNamesKeepsOtherText(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		{"", ""},
		{"plain ASCII, untouched", "plain ASCII, untouched"},
		{"Hello বাংলা!", "Hello Bangla!"},
		{"“উদ্ধৃতি” — শেষ…", "\"Uddhriti\" - Shesh..."},
		{"৳২০০ ও ১২৩।", "Tk200 O 123."},
		{"emoji 😀 বাদ", "emoji  Bad"},
		{"ঢাকা\tসিলেট\r\n", "Dhaka\tSylhet\r\n"},
	})
	// Invalid UTF-8 passes through.
	assert.Equal(t, "ok \xff Bangla", transliterate.Names.String("ok \xff বাংলা"))
}

func TestCompoundParts(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		// A known first part, then the rules: the schwa of the first part
		// does not move (Sagardari, not Sagradari).
		{"সাগরদাড়ী", "Sagardari"}, {"আলমগীর", "Alamgir"}, {"শাহজালাল", "Shahjalal"},
		// Parts are spelled, not translated, even when the word alone is
		// translated (উত্তর North, রানী Queen in some names of places).
		{"উত্তরপাড়া", "Uttarpara"}, {"মধ্যনগর", "Madhyanagar"}, {"রানীগঞ্জ", "Raniganj"},
		{"দক্ষিণপাড়া", "Dakshinpara"},
		// ঁ before a nasal is written once.
		{"খাঁন", "Khan"}, {"নাজিমখাঁন", "Nazimkhan"},
	})
	// Counter-examples: short first parts that are common words are not
	// split off (কর in করলেন, রাজ in রাজশাহীতে).
	runPairs(t, rulesOnly, []pair{{"করলেন", "Karlen"}})
	assert.Equal(t, "Rajshahite", transliterate.Names.String("রাজশাহীতে"))
}

func TestSpellingVariants(t *testing.T) {
	// Other spellings of known names find their entries: ী/ি, ূ/ু, ণ/ন,
	// ষ/শ, য/জ, ঙ্গ/ংগ, explicit hasanta, and for long names of people
	// also the virama and স/শ.
	runPairs(t, transliterate.Names, []pair{
		{"মমতা ব্যানার্জী", "Mamata Banerjee"},
		{"বিরাট কোহলী", "Virat Kohli"},
		{"ঋষী সুনাক", "Rishi Sunak"},
		{"আব্দুল মোমেন", "Abdul Momen"},
		{"আওয়ামীলীগ", "Awami League"},
	})
	// Counter-examples: short words do not meet other names through the
	// loose folding (পরাগ is not প্রাগ Prague, সামি is not শামি).
	runPairs(t, transliterate.Names, []pair{
		{"পরাগ", "Parag"}, {"আদনান সামি", "Adnan Sami"},
	})
}

func TestConnectives(t *testing.T) {
	runPairs(t, transliterate.Names, []pair{
		{"শেখ হাসিনা ও খালেদা জিয়া", "Sheikh Hasina and Khaleda Zia"},
		{"কমিউনিস্ট পার্টি অব বাংলাদেশ", "Communist Party of Bangladesh"},
		// With a dot, অব is an abbreviation.
		{"লে. জেনারেল (অব.)", "Lt. General (Retd.)"},
	})
}
