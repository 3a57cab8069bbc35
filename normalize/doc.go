// Package normalize repairs the encoding of Bengali text: Unicode NFC plus
// the Bengali repairs that plain NFC does not make, such as two-part vowel
// signs typed in reverse, a nukta typed after its vowel sign, the old
// encoding of khanda ta and joiners that do nothing.
//
// The defaults (DefaultOps) fix the encoding and never the spelling or what
// a reader sees, and act only where the neighbours are Bengali, so English,
// emoji sequences, Persian and Devanagari pass through. Every repair that
// guesses is an option that must be asked for by name. Explicit hasanta
// (virama + ZWNJ), র‍্য (RA ZWJ VIRAMA YA), times such as ৯:০২ and labels
// such as সংবাদ: are left alone.
//
// # Transformers
//
// A Normalizer is a transform.SpanningTransformer, so it streams through
// transform.NewReader and chains with other transformers:
//
//	r := transform.NewReader(f, transform.Chain(normalize.Default, numerals.ToASCII))
//
// String, Bytes and IsNormal are derived from Span and Transform; String
// returns its argument without copying when the text is already normal.
// NFC is a drop-in, Bengali-aware replacement for norm.NFC of
// golang.org/x/text: the same output, many times faster on Bengali.
//
// # Change reports
//
// Explain returns, for every change, the op that made it and the input and
// output byte spans, so that offsets in the output (of a tagger, say) can
// be mapped back to the input.
//
// # A note on NFC and ড় ঢ় য়
//
// U+09DC, U+09DD and U+09DF are composition exclusions: NFC never produces
// them and decomposes them into the consonant and U+09BC NUKTA. Output of
// this package therefore always has the two-code-point forms. Match text
// with either form by normalizing both sides.
package normalize
