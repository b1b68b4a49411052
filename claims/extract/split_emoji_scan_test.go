package extract

import (
	"math/rand/v2"
	"testing"
)

// mayHoldEmojiBytes is mayHoldEmoji by its definition, byte by byte.
func mayHoldEmojiBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xF0 || s[i] == 0xE2 && i+1 < len(s) && s[i+1] >= 0x98 && s[i+1] <= 0x9E {
			return true
		}
	}
	return false
}

// TestMayHoldEmojiScan checks mayHoldEmoji against its definition on
// invented strings of the bytes that matter (0xE2 at the start, the end,
// twice in a row, before the bounds of its second byte) among letters.
func TestMayHoldEmojiScan(t *testing.T) {
	cases := []string{"", "\xe2", "a\xe2", "\xe2\x98", "\xe2\x9e", "\xe2\x97", "\xe2\x9f", "\xe2\xe2\x98", "\xe2\x80\x9eZitat\xe2\x80\x9c", "a\xe2\x80\x93b \xe2\x98\x80", "\xf0", "Haus \xf0\x9f\x98\x80"}
	bytes := []byte{'a', ' ', 0xE2, 0x80, 0x97, 0x98, 0x9C, 0x9E, 0x9F, 0xF0}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = bytes[r.IntN(len(bytes))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := mayHoldEmoji(s), mayHoldEmojiBytes(s); got != want {
			t.Fatalf("mayHoldEmoji(%q) = %v, want %v", s, got, want)
		}
	}
}
