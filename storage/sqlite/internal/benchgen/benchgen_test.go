package benchgen

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	first := Text(7)
	if again := Text(7); again != first || first == Text(8) {
		t.Fatal("texts are not deterministic per index")
	}
	common, rare, total := 0, 0, 0
	for i := 0; i < 100000; i++ {
		s := strings.ToLower(Text(i))
		total += len(s)
		if strings.Contains(s, CommonTerm) {
			common++
		}
		if strings.Contains(s, RareTerm) {
			rare++
		}
	}
	if common < 30000 || common > 42000 || rare != 10 {
		t.Fatalf("common term in %d, rare term in %d of 100000 texts", common, rare)
	}
	if avg := total / 100000; avg < 120 || avg > 260 {
		t.Fatalf("average text length %d bytes", avg)
	}
	t.Logf("sample: %s (average %d bytes)", Text(1), total/100000)
}
