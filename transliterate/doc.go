// Package transliterate romanizes Bengali text: ISO 15919 (reversible),
// plain ASCII, and names as the English-language press spells them.
package transliterate
