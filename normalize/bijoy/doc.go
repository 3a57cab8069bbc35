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
// are Bijoy. Auto scores each token with a character-class bigram model of
// Bijoy against English and code (see model.go), lets uncertain tokens
// (short words, numbers, punctuation) follow the strong tokens around them
// on the same line, and never touches a token that holds a character Bijoy
// cannot produce, such as real Bengali, so English, URLs, code, Latin-1 text
// and Unicode Bengali pass through unchanged.
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
