package pdfw

import (
	"strconv"
	"unicode/utf16"
)

// appendRef appends an indirect reference "n 0 R".
func appendRef(b []byte, obj int) []byte {
	b = strconv.AppendInt(b, int64(obj), 10)
	return append(b, " 0 R"...)
}

// appendNum appends v with at most two decimals, without trailing zeros.
func appendNum(b []byte, v float64) []byte {
	n := len(b)
	b = strconv.AppendFloat(b, v, 'f', 2, 64)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if string(b[n:]) == "-0" {
		b = append(b[:n], '0')
	}
	return b
}

// appendLiteral appends the bytes s as a literal string, escaping what the
// syntax needs (a line feed stands for itself): nothing in s can end the
// string or be read as an operator.
func appendLiteral[T string | []byte](b []byte, s T) []byte {
	b = append(b, '(')
	for i := range len(s) {
		switch c := s[i]; c {
		case '(', ')', '\\':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	return append(b, ')')
}

// appendText appends a text string (document properties, outline titles,
// URIs): printable ASCII as a literal string, anything else as UTF-16BE
// with a byte order mark, in hex.
func appendText(b []byte, s string) []byte {
	ascii := true
	for i := range len(s) {
		if s[i] < 0x20 || s[i] > 0x7e {
			ascii = false
			break
		}
	}
	if ascii {
		return appendLiteral(b, s)
	}
	const hex = "0123456789ABCDEF"
	b = append(b, "<FEFF"...)
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, hex[u>>12], hex[u>>8&15], hex[u>>4&15], hex[u&15])
	}
	return append(b, '>')
}
