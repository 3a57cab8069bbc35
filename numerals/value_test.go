package numerals

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValueString(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"0", "0"}, {"-0", "0"}, {"150000", "150000"}, {"2.50", "2.5"}, {"-1500", "-1500"},
		{"0.25", "0.25"}, {"০.০৫", "0.05"}, {"১২,৩৪,৫৬৭.৭৫", "1234567.75"}, {"1,234,567", "1234567"},
		{"007", "7"}, {"9999999999999999999", "9999999999999999999"}, {"\u22125", "-5"}, {"+3", "3"},
		{"0.000", "0"}, {"১০০.০০", "100"},
	}
	for _, tt := range tests {
		v, err := ParseDecimal(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, v.String(), tt.in)
		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, tt.want, string(b), tt.in)
		var back Value
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, v, back, tt.in)
	}
}

func TestParseDecimalErrors(t *testing.T) {
	for _, s := range []string{"", "-", "abc", "1.2.3", "1,2,3", "12,34", "1 000", "১২ক", "184467440737095516150"} {
		_, err := ParseDecimal(s)
		assert.Error(t, err, s)
	}
}

func TestValueInt64(t *testing.T) {
	tests := []struct {
		v    Value
		want int64
		ok   bool
	}{
		{IntValue(0), 0, true},
		{IntValue(math.MaxInt64), math.MaxInt64, true},
		{IntValue(math.MinInt64), math.MinInt64, true},
		{MustParseDecimal("2.5"), 0, false},
		{MustParseDecimal("1500"), 1500, true},
		{MustParseDecimal("-1500"), -1500, true},
		{MustParseDecimal("9223372036854775808"), 0, false},
		{MustParseDecimal("-9223372036854775808"), math.MinInt64, true},
	}
	for _, tt := range tests {
		got, ok := tt.v.Int64()
		assert.Equal(t, tt.ok, ok, tt.v.String())
		assert.Equal(t, tt.want, got, tt.v.String())
	}
	big, ok := shiftValue(IntValue(1), 30)
	require.True(t, ok)
	_, ok = big.Int64()
	assert.False(t, ok)
	assert.Equal(t, "1000000000000000000000000000000", big.String())
}

func TestValueArithmetic(t *testing.T) {
	d := MustParseDecimal
	sum, ok := addValues(d("2.5"), d("0.25"))
	require.True(t, ok)
	assert.Equal(t, d("2.75"), sum)
	sum, ok = addValues(d("1"), d("-0.25"))
	require.True(t, ok)
	assert.Equal(t, "0.75", sum.String())
	sum, ok = addValues(d("-3"), d("5"))
	require.True(t, ok)
	assert.Equal(t, "2", sum.String())
	_, ok = addValues(d("9999999999999999999"), d("9999999999999999999"))
	assert.False(t, ok, "overflow must fail, not wrap")
	p, ok := mulValues(d("1.5"), d("100000"))
	require.True(t, ok)
	assert.Equal(t, "150000", p.String())
	assert.Equal(t, -1, d("-2").Cmp(d("1")))
	assert.Equal(t, 1, d("10").Cmp(d("9.99")))
	assert.Equal(t, 0, d("2.50").Cmp(d("2.5")))
	assert.Equal(t, -1, d("0.05").Cmp(d("0.5")))
	assert.Equal(t, 1, d("-0.05").Cmp(d("-0.5")))
	assert.True(t, lessThanPow10(d("999"), 3))
	assert.False(t, lessThanPow10(d("1000"), 3))
	assert.True(t, lessThanPow10(d("999.99"), 3))
	assert.InDelta(t, 2.5, d("2.5").Float64(), 0)
	assert.Equal(t, d("2.5"), d("-2.5").Abs())
}
