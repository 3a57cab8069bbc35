// Package numerals converts Bengali numbers: digits between Bengali and
// ASCII, South Asian grouping, number words to values and back, and the
// dates, times and numbers of running text.
package numerals
