// Package transliterate romanizes Bengali text: ISO 15919 (reversible),
// plain ASCII, and names as the English-language press spells them.
//
// # Schemes
//
// [SchemeNames] writes names the way Bangladeshi and Indian newspapers
// print them: শেখ মুজিবুর রহমান -> Sheikh Mujibur Rahman, কিম জং উন -> Kim
// Jong Un, ভ্লাদিমির পুতিন -> Vladimir Putin, বিএনপি -> BNP, মো. -> Md. It
// combines
//
//   - the Bengali schwa rules: the inherent vowel is dropped at the end of
//     a word after a single consonant (কিম Kim, রহমান Rahman) and kept after
//     a conjunct or a phala and in words of one syllable (Satya, Chandra,
//     Mitra); in the middle of a word it is dropped between a vowel and a
//     consonant followed by a consonant and a vowel, right to left (Kamrul,
//     not Kamarul);
//   - letter values for names: য় -> y, ওয়া -> wa, ং -> ng, ৎ -> t, শ ষ -> sh,
//     ছ -> chh, জ্ঞ -> gy, ক্ষ -> ksh, ্ব -> w after স শ দ ত (Swapan, Dwip,
//     Ashwini), b after ম র ল ব;
//   - a lexicon of accepted spellings (see lexicon/README.md): name
//     components (মোহাম্মদ Mohammad, হোসেন Hossain, চৌধুরী Chowdhury), Hindu
//     surnames (বন্দ্যোপাধ্যায় Banerjee, ঠাকুর Tagore), places,
//     organizations, world figures, whole names, the second parts of
//     compounds (-পুর -pur, -উদ্দিন -uddin) and abbreviations;
//   - origin: the known words of a name vote on where it comes from;
//     spellings such as ্যা, স্ট or ফ্র mark a word as foreign, and without
//     votes or marks a model of letter trigrams trained on the lexicon
//     decides. Foreign words lose every inherent vowel and read ভ as v, the
//     inherent vowel as o, ক as c before a, o, u, l, r and a final -ার as
//     -er; the unknown words of a Perso-Arabic name read জ after a vowel as
//     z and ছ as s, those of an Indian name ব as v;
//   - acronyms spelled with the Bengali names of Latin letters (বিএনপি BNP,
//     আইএমএফ IMF), initials (এ কে এম -> A K M), and title case with
//     lowercase particles (bin, von, de).
//
// The scheme is made for names, one per line; on running text it works,
// but the votes of a name then apply to the words of a whole clause.
// Its output is ASCII. [Variants] returns the other accepted spellings of
// a name, for search and matching, and [AllSpellings] makes a
// Transliterator write them all.
//
// [SchemeISO15919] writes ISO 15919 as ICU's Bengali-Latin transform does
// (ā ī ū r̥ ē ō ai au, ṭ ḍ ṇ ś ṣ, ṛ ṛh ẏ, ṁ m̐ ḥ ṯ, every inherent a, ICU's
// apostrophes in ka'i and k'ha), with marks where ICU loses information,
// so that the reverse direction ([Reverse], [FromISO15919]) gives the
// Bengali back: ং is always ṁ; explicit hasanta (্ + ZWNJ) is ·, ্ + ZWJ is
// +, the ZWJ of র‍্য is ^; a virama on a vowel (অ্যা) is an apostrophe; nukta
// on a consonant without a letter of its own is U+0324 (s̤); an apostrophe
// of the text after a Bengali letter is doubled. Every word of the bn_BD
// hunspell dictionary comes back as it was (NFC). Digits become ASCII and
// । ॥ become . and .., which do not come back.
//
// [SchemeASCII] is the ISO form folded to lowercase ASCII with the readable
// conventions (sh, ch, chh, ng, ri), for slugs and keys.
//
// # Transformers
//
// A [Transliterator] is a transform.SpanningTransformer without state, so
// one value serves many goroutines, and transliteration streams:
//
//	r := transform.NewReader(f, transliterate.Names)
//	s := transliterate.ISO15919.String("বাংলা") // "bāṁlā"
//
// Input is normalized with normalize.Default first, so either Unicode form
// of ড় ঢ় য়, and stray joiners, give the same result. The text is cut at
// ASCII whitespace (at line ends for the names scheme, whose phrases and
// origin votes span a line) and every piece is converted on its own: the
// output for a line never depends on another line, and Transform gives the
// same bytes as String whatever the chunking. Text that is not Bengali is
// kept by iso15919 and folded to ASCII by ascii and names (quotes, dashes,
// accented Latin letters; other scripts are dropped); invalid UTF-8 is
// passed through.
package transliterate
