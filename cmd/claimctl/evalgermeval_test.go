package main

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEvalGermEvalOnly runs eval --report --germeval-only on a small
// invented shared directory: the GermEval cross-validation is printed, and
// no development figure (news dev articles, CT24 dev) is.
func TestEvalGermEvalOnly(t *testing.T) {
	dir := t.TempDir()
	eval := filepath.Join(dir, "eval")
	if err := os.MkdirAll(eval, 0o755); err != nil {
		t.Fatal(err)
	}
	units := func(prefix string, n int, lang string) string {
		var b strings.Builder
		b.WriteString("id\tlang\ttext\tlabel\n")
		for i := 0; i < n; i++ {
			if i%2 == 0 {
				fmt.Fprintf(&b, "%s-%d\t%s\tDie Zahl stieg 2019 um %d Prozent.\t1\n", prefix, i, lang, i)
			} else {
				fmt.Fprintf(&b, "%s-%d\t%s\tIch finde das nicht gut, ehrlich.\t0\n", prefix, i, lang)
			}
		}
		return b.String()
	}
	writeFile(t, eval, "en_ct24_train.tsv", units("ct24train", 40, "en"))
	writeFile(t, eval, "en_ct24_dev.tsv", units("ct24dev", 10, "en"))
	writeFile(t, eval, "de_germeval21_factclaiming_train.tsv", units("ge21train", 400, "de"))
	corpora := filepath.Join(dir, "corpora", "lokal_de")
	if err := os.MkdirAll(corpora, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "Die Gebühren steigen um 12 Prozent."
	writeFile(t, corpora, "a.txt", text)
	h := sha1.Sum([]byte(text))
	labels := filepath.Join(dir, "labels")
	if err := os.Mkdir(labels, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, labels, "de.tsv", fmt.Sprintf("lokal_de\ta.txt\t0\t%d\t%s\t1\t\n", utf8.RuneCountInString(text), hex.EncodeToString(h[:])[:10]))
	out, errOut, code := runIn(t, "", "eval", "--report", "--germeval-only", "--folds", "2", "--shared", dir, "--labels", labels)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "GermEval 2021 train, 2-fold cross-validation") || !strings.Contains(out, "all (pooled)\t") && !strings.Contains(out, "all (pooled) ") {
		t.Errorf("no GermEval cross-validation:\n%s", out)
	}
	for _, dev := range []string{"news dev", "CT24 dev", "Claimant"} {
		if strings.Contains(out, dev) {
			t.Errorf("--germeval-only prints %q:\n%s", dev, out)
		}
	}
	if _, _, code := runIn(t, "", "eval", "--germeval-only", "--shared", dir); code != 2 {
		t.Errorf("--germeval-only without --report: exit %d, want 2", code)
	}
}
