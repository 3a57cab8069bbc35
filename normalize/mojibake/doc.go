// Package mojibake repairs Bengali text that went through the wrong
// character encoding: UTF-8 bytes decoded as Windows-1252, Latin-1 or
// MacRoman ("à¦¬à¦¾à¦‚à¦²à¦¾" for বাংলা), decoded that way twice, or
// damaged further on the way.
//
// # What it repairs
//
//   - UTF-8 read as Windows-1252 (WHATWG decoding, which keeps the five
//     undefined bytes 81 8D 8F 90 9D as U+0081.. U+009D), as Latin-1, or as
//     MacRoman;
//   - the same done twice or three times, in any mix of these code pages
//     (double encoding, Windows-1252 then Latin-1), with the NBSPs of the
//     inner layer turned into spaces or not;
//   - damage inside good text: one word, one line of several, a name
//     between English words;
//   - an NBSP of the mojibake (the byte A0 in ঠ, E0 A6 A0) that became a
//     plain space;
//   - lost bytes: a decoder that dropped the undefined bytes, or replaced
//     them with U+FFFD, lost the last byte of ঁ এ ঐ ঝ (after E0 A6) and
//     ু ্ ঢ় (after E0 A7). They are rebuilt from Bengali structure: a
//     vowel sign follows a consonant, a virama joins two consonants into a
//     cluster Bengali writes, and so on (a Viterbi search over the
//     candidates of every lost byte);
//   - mojibake that was NFKC-normalized afterwards ("à¦3⁄4" for া, whose
//     last byte was ¾), once or doubly encoded ("Ã Â¦Â3⁄4").
//
// With HTML(true), HTML character references (&#2476;, &#x9AC;, &amp;)
// are decoded too. Quotes are never straightened and nothing else is
// normalized: chain normalize.NFC after the Fixer for NFC output.
//
// # What it leaves alone
//
// A run is decoded only when the bytes it stands for are valid UTF-8 and
// the result is Bengali-shaped: a Bengali character spelled in full in
// Windows-1252 or Latin-1 ("à¦¬", which no real text contains), or, on
// weaker evidence (MacRoman, lost bytes), two Bengali characters or more
// that follow the rules of the script (or one, read through MacRoman, with
// Bengali text after it on its line: a one-letter word such as ও). Other characters are decoded only
// inside such a run, and only in the code page that spelled its Bengali;
// a layer of double encoding only from text the layer before decoded. So
// real
// Windows-1252 and Latin-1 text (café, SÃO PAULO, "the Â key", § 12,
// col1 ¦ col2, German, French, Polish, Turkish) comes out byte for byte,
// and so do clean Bengali and legacy Bijoy (SutonnyMJ) text such as
// "Avwg evsjvq Mvb MvB|" or "mÜ¨v", whose ASCII-range glyph codes look
// like mojibake to generic fixers. Convert Bijoy with package
// normalize/bijoy first.
//
// # How it decides
//
// The Fixer looks for tokens: runs of characters that stand, in one code
// page, for the bytes of one UTF-8 character. Tokens within a few bytes
// of each other on one line form a region, and the region is decoded as a
// whole, one layer at a time (up to three layers), until a layer yields
// Bengali. A region never crosses a newline or Bengali text and is at
// most 2 KiB long, so the repair is line-local, streams through the
// 4 KiB buffers of transform.Reader, and takes linear time on any input.
// Clean text is skipped by a byte loop, and String returns its argument
// without copying when nothing changes.
package mojibake
