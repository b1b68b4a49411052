package trainset

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIDGroup(t *testing.T) {
	for id, want := range map[string]string{"ge21train-123": "ge21train-2", "ge21train-49": "ge21train-0", "x": "x", "ct24dev-50": "ct24dev-1"} {
		if got := IDGroup(id); got != want {
			t.Errorf("IDGroup(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestByteSpan(t *testing.T) {
	text := "Größe: 5 €."
	s, e, ok := byteSpan(text, 7, 10)
	if !ok || text[s:e] != "5 €" {
		t.Fatalf("got %q %v", text[s:e], ok)
	}
	if _, e, ok := byteSpan(text, 0, utf8.RuneCountInString(text)); !ok || e != len(text) {
		t.Fatal("the whole text")
	}
	if _, _, ok := byteSpan(text, 3, 99); ok {
		t.Fatal("past the end accepted")
	}
}

func hash10(s string) string {
	h := sha1.Sum([]byte(s))
	return hex.EncodeToString(h[:])[:10]
}

func TestReadNews(t *testing.T) {
	dir := t.TempDir()
	corpora := filepath.Join(dir, "corpora")
	os.MkdirAll(filepath.Join(corpora, "demo_de"), 0o755)
	article := "Überschrift ohne Punkt\n\nDie Zahl der Fälle stieg um 5 Prozent. Ich finde das gut."
	os.WriteFile(filepath.Join(corpora, "demo_de", "a.txt"), []byte(article), 0o644)
	first := "Die Zahl der Fälle stieg um 5 Prozent."
	s := utf8.RuneCountInString(article[:strings.Index(article, first)])
	e := s + utf8.RuneCountInString(first)
	labels := filepath.Join(dir, "labels")
	os.MkdirAll(labels, 0o755)
	lines := []string{
		"demo_de\ta.txt\t0\t22\t" + hash10("Überschrift ohne Punkt") + "\t0\t",
		"demo_de\ta.txt\t" + itoa(s) + "\t" + itoa(e) + "\t" + hash10(first) + "\t1\tRobert Koch-Institut",
	}
	os.WriteFile(filepath.Join(labels, "de.tsv"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	os.WriteFile(filepath.Join(labels, "second.tsv"), []byte(lines[1]+"\n"), 0o644) // not read
	rows, err := ReadNews(labels, corpora)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || !rows[0].Heading || rows[1].Heading || rows[1].Text != first || !rows[1].Worthy || rows[1].Claimant != "Robert Koch-Institut" || rows[1].Lang != "de" {
		t.Fatalf("rows %+v", rows)
	}
	lines[1] = strings.Replace(lines[1], hash10(first), "0000000000", 1)
	os.WriteFile(filepath.Join(labels, "de.tsv"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	if _, err := ReadNews(labels, corpora); err == nil || !strings.Contains(err.Error(), "hash") {
		t.Fatalf("a wrong hash: %v", err)
	}
	train, dev := SplitNews(rows)
	if len(train)+len(dev) != 2 || len(train) > 0 && len(dev) > 0 {
		t.Fatal("the sentences of one article are on both sides")
	}
}

// TestReadNewsRounds checks that the language files of every round*/
// directory are read, as soon as they appear, beside the top-level ones,
// that blind second labellings (second*.tsv) never are, and that every
// row, whatever its round, is split by its article alone.
func TestReadNewsRounds(t *testing.T) {
	dir := t.TempDir()
	corpora := filepath.Join(dir, "corpora")
	labels := filepath.Join(dir, "labels")
	var lines [3][]string // top level, round3, round4
	for i := 0; i < 30; i++ {
		file := "a" + itoa(i) + ".txt"
		text := "Die Zahl stieg um " + itoa(i) + " Prozent."
		os.MkdirAll(filepath.Join(corpora, "demo_en"), 0o755)
		os.WriteFile(filepath.Join(corpora, "demo_en", file), []byte(text), 0o644)
		line := "demo_en\t" + file + "\t0\t" + itoa(utf8.RuneCountInString(text)) + "\t" + hash10(text) + "\t1\t"
		lines[i%3] = append(lines[i%3], line)
	}
	write := func(rel string, ls []string) {
		path := filepath.Join(labels, rel)
		os.MkdirAll(filepath.Dir(path), 0o755)
		os.WriteFile(path, []byte(strings.Join(ls, "\n")+"\n"), 0o644)
	}
	write("en.tsv", lines[0])
	write("round3/en.tsv", lines[1])
	write("round3/second3.tsv", lines[1]) // never read
	write("second.tsv", lines[0])         // never read
	rows, err := ReadNews(labels, corpora)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 20 {
		t.Fatalf("%d rows from en.tsv and round3/en.tsv, want 20", len(rows))
	}
	write("round4/en.tsv", lines[2]) // a round labelled later
	rows, err = ReadNews(labels, corpora)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 30 {
		t.Fatalf("%d rows once round4/en.tsv appears, want 30", len(rows))
	}
	train, dev := SplitNews(rows)
	for _, r := range dev {
		corpus, file, _ := strings.Cut(r.Article, "/")
		if !DevArticle(corpus, file) {
			t.Fatalf("%s is not a development article", r.Article)
		}
	}
	for _, r := range train {
		corpus, file, _ := strings.Cut(r.Article, "/")
		if DevArticle(corpus, file) {
			t.Fatalf("development article %s among the training rows", r.Article)
		}
	}
	if len(dev) == 0 || len(train) == 0 {
		t.Fatalf("train %d, dev %d: want both", len(train), len(dev))
	}
	files, _ := NewsFiles(labels)
	if len(files) != 3 || !strings.HasSuffix(files[2], filepath.Join("round4", "en.tsv")) {
		t.Fatalf("files %v", files)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSpeakerNames(t *testing.T) {
	for in, want := range map[string][2]string{
		"the Daily News":                 {"Daily News", "Daily News"},
		"Angaben der Bundesanwaltschaft": {"Bundesanwaltschaft", "Bundesanwaltschaft"},
		"Mr. Trump":                      {"Mr. Trump", "Trump"},
		"Frau Weber":                     {"Frau Weber", "Weber"},
		"Anna Berger":                    {"Anna Berger", "Anna Berger"},
	} {
		if got := SpeakerName(in); got != want[0] {
			t.Errorf("SpeakerName(%q) = %q, want %q", in, got, want[0])
		}
		if got := NormalSpeaker(in); got != want[1] {
			t.Errorf("NormalSpeaker(%q) = %q, want %q", in, got, want[1])
		}
	}
	if !PronounSpeaker("He") || PronounSpeaker("who") || !PronounSpeakerAll("who") || PronounSpeakerAll("Smith") {
		t.Error("pronoun speakers")
	}
}

func TestSameClaimantAndFuller(t *testing.T) {
	if !SameClaimant("Anna Berger; Polizei", "polizei;  anna  berger") || SameClaimant("Anna Berger", "Berger") || !SameClaimant("", "") {
		t.Error("SameClaimant")
	}
	if !SameClaimant("McCready’s lawyers", "McCready's lawyers") || SameClaimant("Beto O'Rourke", "Beto ORourke") {
		t.Error("SameClaimant: apostrophes")
	}
	if !FullerName("Anna Berger", "berger") || FullerName("Anna Berger", "Anna") || FullerName("", "") || !FullerName("Polizei", "polizei") {
		t.Error("FullerName")
	}
}

func TestTitledName(t *testing.T) {
	for _, c := range []struct {
		mention, name string
		want          bool
	}{
		{"Bundeskanzler Anna Berger", "Anna Berger", true},
		{"Sen. Ann Ruiz", "ann ruiz", true},
		{"Sprecher der Deutschen Bahn", "Deutschen Bahn", false},
		{"Präsident Berger", "Berger", false},
		{"Anna Berger", "Anna Berger", false},
	} {
		if got := TitledName(c.mention, c.name); got != c.want {
			t.Errorf("TitledName(%q, %q) = %v", c.mention, c.name, got)
		}
	}
}

// TestCheckArticle checks the check part's hash on fixed names (so that
// it never changes unnoticed) and that it takes about a quarter.
func TestCheckArticle(t *testing.T) {
	n := 0
	for i := range 2000 {
		if CheckArticle("corpus_en", fmt.Sprintf("a_%d.txt", i)) {
			n++
		}
	}
	if n < 400 || n > 600 {
		t.Fatalf("check part %d of 2000", n)
	}
	var got []bool
	for i := range 8 {
		got = append(got, CheckArticle("corpus_de", fmt.Sprintf("a_%d.txt", i)))
	}
	if fmt.Sprint(got) != "[true false false true false false true true]" {
		t.Fatalf("CheckArticle of corpus_de/a_0..7.txt = %v", got)
	}
}
