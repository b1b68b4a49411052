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

	"claimdesk/claims/extract"
)

// TestEvalUnseen labels every sentence of one written article in a
// directory no fit reads (a new round, before it is moved in) and measures
// it with eval --unseen.
func TestEvalUnseen(t *testing.T) {
	dir := t.TempDir()
	text := "Stadtrat beschließt neue Gebühren\n\n" +
		"Die Müllgebühren steigen im kommenden Jahr um 12 Prozent, sagte Kämmerin Jana Roth am Dienstag. " +
		"Das sei nötig, weil die Verbrennung teurer geworden sei. " +
		"Viele Anwohner ärgern sich darüber. " +
		"Laut Statistikamt zahlte ein Haushalt 2023 im Schnitt 240 Euro.\n"
	corpora := filepath.Join(dir, "corpora")
	if err := os.MkdirAll(filepath.Join(corpora, "lokal"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(corpora, "lokal"), "a.txt", text)
	var b strings.Builder
	for i, u := range extract.Extract(text, extract.Options{Lang: "de"}) {
		s := utf8.RuneCountInString(text[:u.Start])
		e := s + utf8.RuneCountInString(text[u.Start:u.End])
		h := sha1.Sum([]byte(text[u.Start:u.End]))
		label, who := "1", "Jana Roth"
		if i == 0 || strings.Contains(u.Text, "ärgern") {
			label, who = "0", ""
		}
		fmt.Fprintf(&b, "lokal\ta.txt\t%d\t%d\t%s\t%s\t%s\n", s, e, hex.EncodeToString(h[:])[:10], label, who)
	}
	labels := filepath.Join(dir, "newround")
	if err := os.Mkdir(labels, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, labels, "de.tsv", b.String())
	out, errOut, code := runIn(t, "", "eval", "--unseen", labels, "--corpora", corpora)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	n := strings.Count(b.String(), "\n")
	for _, want := range []string{fmt.Sprintf("Rows: %d news sentences of 1 articles", n), "these news, de", "MACRO-F1", "Claimant on these sentences"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := runIn(t, "", "eval", "--unseen", labels, "--report", "--corpora", corpora); code != 2 {
		t.Errorf("--unseen with --report: exit %d, want 2", code)
	}
	if _, _, code := runIn(t, "", "eval", "--unseen", t.TempDir(), "--corpora", corpora); code != 1 {
		t.Errorf("--unseen on an empty directory: exit %d, want 1", code)
	}
	// a label whose hash does not match the article's text is refused
	damaged := strings.Replace(b.String(), "lokal\ta.txt\t0\t", "lokal\ta.txt\t1\t", 1)
	writeFile(t, labels, "de.tsv", damaged)
	if _, errOut, code := runIn(t, "", "eval", "--unseen", labels, "--corpora", corpora); code != 1 {
		t.Errorf("--unseen with a shifted label: exit %d, want 1 (%s)", code, errOut)
	}
}
