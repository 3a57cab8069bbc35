// Package numerals converts Bengali numbers: digits between Bengali and
// ASCII, South Asian grouping, number words to values and back, and the
// dates, times and numbers of running text.
//
// # Digits
//
// ToASCII and ToBengali are stateless transform.SpanningTransformer values
// that map only the ten digits (০..৯ U+09E6..U+09EF and 0..9) and copy every
// other byte, invalid UTF-8 included. They chain with transform.Chain,
// stream with transform.NewReader, never allocate when nothing changes, and
// search eight bytes at a time (several GB/s on Bengali text).
//
//	numerals.ToASCII.String("১২ জুলাই ২০২৫") // "12 জুলাই 2025"
//
// # Values
//
// Value is an exact decimal (up to 19 significant digits): 2.5 is 2.5, not
// 2.4999. Its String and MarshalJSON give the shortest exact form.
//
// # Formatting and words
//
// Format writes a value as ICU's bn locale does: Bengali digits and South
// Asian grouping (১২,৩৪,৫৬৭.৫, -১,৫০০); a Formatter selects ASCII digits or
// Western grouping. Words spells a value in the Bangladesh formal style
// (১২৩৪ -> এক হাজার দুই শত চৌত্রিশ, ১০০ -> এক শত, লাখ and কোটি, শূন্য for 0);
// a Style selects শো or শ hundreds, লক্ষ and কুড়ি. Ordinal and OrdinalWords
// write ১ম ২য় ৩য় ৪র্থ ৬ষ্ঠ ১১তম and প্রথম দ্বিতীয় ... একুশতম.
//
// # Parsing
//
// Parse reads one number phrase to an exact value and a Unit (percent, taka,
// ordinal or count): digits in either script, grouped or not, with
// decimals; number words with their spelling variants; scale words mixed
// with digits (২.৫ কোটি, ২ কোটি ৫০ লাখ); fractions (সাড়ে, দেড়, আড়াই,
// সোয়া, পৌনে); compounds (পনেরোশ, উনিশশো একাত্তর); vague quantities
// (কয়েক হাজার, লাখো), which have no definite value. Nukta letters match in
// either Unicode form and stray ZWJ/ZWNJ are ignored. MatchNumber finds the
// longest number phrase at a position of running text, never inside a word,
// and rejects phone numbers and codes; it is the number part of Scan.
package numerals
