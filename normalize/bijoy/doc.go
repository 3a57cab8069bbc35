// Package bijoy converts legacy Bijoy text (the ASCII-based SutonnyMJ
// family of fonts, still common in Bangladeshi documents) to Unicode
// Bengali:
//
//	Avwg evsjvq Mvb MvB|  →  আমি বাংলায় গান গাই।
//
// A Bijoy font draws Bengali glyphs at the code points of Windows-1252, so
// Bijoy text reaches Unicode as the Windows-1252 reading of the font's byte
// codes (the Latin-1 reading and the C1 controls U+0080..U+009F are read
// too). It is stored in visual order: a pre-base vowel sign (ি ে ৈ) before
// its cluster, the reph after it, o-kar as e-kar before the cluster and
// aa-kar after it, and conjuncts as glyph codes.
//
// # Conversion
//
// The converter maps every code through the full glyph table (vowels,
// consonants, vowel signs and their variants, phalas, half forms, some
// hundred conjunct glyphs, digits, । ॥ ৳ and the explicit hasanta &), then
// rebuilds each syllable in logical order: the pre-base sign goes after the
// whole cluster and merges with a following া or ৗ into ো or ৌ, the reph
// moves before its cluster (also when typed after the vowel sign),
// candrabindu goes after the vowel sign, a phala typed after the vowel sign
// joins the cluster, and a doubled virama collapses. Codes whose glyph
// differs between font versions or that double as punctuation are resolved
// by their neighbours: ø is ল-phala after a consonant (SutonnyMJ) and স্ন
// elsewhere (Bijoy 2000), Í is ত-phala after a half form (¯Í স্ত) and ত্ম
// elsewhere, æ is u-kar after র, è and œ follow Avro's হ্ণ and ক্ন, • is
// half ঙ before a consonant, and “ ” ‘ ’ – — … stay punctuation where no
// cluster can take them. Output is NFC (ড় ঢ় য় decomposed, ো ৌ composed).
//
// # Modes
//
// New(Off) changes nothing; New(All) converts every token (whitespace and
// newlines are kept byte for byte); New(Auto) converts only the runs that
// are Bijoy. Auto decides token by token, on one line at a time:
//
//   - A character model of Bijoy against English, code and the Latin-1
//     languages (class bigrams and hashed class trigrams, model.go) scores
//     each token. A token of four codes or more, or with a glyph only Bijoy
//     has, is Bijoy or not by its score; shorter ones are never settled by
//     the model alone.
//   - Two word lists settle the short words the model cannot: about 1,200
//     common Bengali words in Bijoy ("Ges" এবং, "Gi" এর, "Zvi" তার) and
//     the English words and names the model does not reject ("Nov",
//     "Anwar"). A word on both ("I" ও, "GB" এই, "me" সব) converts only
//     beside Bijoy; a Bijoy word of three codes or more that no English
//     word spells ("Ges" এবং) converts unless English stands on both
//     sides of it.
//   - Uncertain tokens follow the strong tokens around them on the line; a
//     number goes with the word after it (৫০০ টাকা, but "Nov 27"),
//     punctuation with the word before it (a dari), acronyms (UN, BBC)
//     never convert, and a line of uncertain tokens only converts when
//     their scores add up.
//   - A token with a character Bijoy cannot produce (real Bengali, CJK) is
//     never touched, and neither is UTF-8 Bengali read as Windows-1252
//     ("à¦¬à¦¾à¦‚à¦²à¦¾", once or twice encoded), which the mojibake repair
//     undoes.
//
// So English, names, URLs, code, Latin-1 text and Unicode Bengali pass
// through unchanged; eval_test.go measures how often that holds on large
// samples, and how often Bijoy words, phrases and lines convert exactly.
//
// # Streaming
//
// The transformers returned by New implement transform.SpanningTransformer:
// they stream through transform.NewReader and chain with other
// transformers. Decisions are line-local (the output for a line depends
// only on that line), look at most a little over 1 KiB ahead, and run in
// linear time. In Auto mode the transformer remembers the current line
// between calls, so it is not safe for concurrent use: make one per stream
// (Reset clears it). ToUnicode, String, Score and IsBijoy are the one-shot
// helpers.
package bijoy
