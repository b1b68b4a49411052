package main

import (
	"path/filepath"
	"strings"
	"testing"
)

const archiveTSV = "cid\ttext\ttitle\tverdict\tspeaker\tdate\turl\n" +
	"c1\tMike Pompeo visited Tashkent in 2020 to praise the end of forced labour in the cotton harvest.\tPompeo visit\ttrue\tMike Pompeo\t2020-02-03\thttps://checks.example/1\n" +
	"c2\tUnemployment in Ohio doubled since 2016.\tOhio jobs\tfalse\tJohn Doe\t2019-05-01\thttps://checks.example/2\n" +
	"c3\tbroken row\n"

func TestArchiveImportMatchLink(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	f := writeFile(t, dir, "checks.tsv", archiveTSV)
	out := mustRun(t, db, "archive", "import", f, "--name", "Checks")
	if !strings.Contains(out, "2 added") || !strings.Contains(out, "1 malformed") || !strings.Contains(out, "line 4") {
		t.Fatalf("import printed %q", out)
	}
	out = mustRun(t, db, "archive", "import", f, "--name", "Checks")
	if !strings.Contains(out, "0 added") || !strings.Contains(out, "2 unchanged") {
		t.Fatalf("second import printed %q, want nothing changed", out)
	}
	if out := mustRun(t, db, "archive", "list"); !strings.Contains(out, "Checks") || !strings.Contains(out, "2") {
		t.Fatalf("list printed %q", out)
	}
	out = mustRun(t, db, "match", "--all", "In 2020 Pompeo went to Tashkent and talked about forced labour.")
	if !strings.HasPrefix(out, "1. ") || !strings.Contains(out, "Pompeo visited Tashkent") ||
		!strings.Contains(out, "same numbers: 2020") || !strings.Contains(out, "https://checks.example/1") {
		t.Fatalf("match printed %q", out)
	}
	var ms []struct {
		Level  string `json:"level"`
		Target struct {
			ID, Kind, Verdict string
		} `json:"target"`
	}
	decode(t, mustRun(t, db, "match", "--all", "--format", "json", "Pompeo Tashkent forced labour 2020"), &ms)
	if len(ms) == 0 || ms[0].Target.Verdict != "true" || ms[0].Target.Kind != "record" {
		t.Fatalf("json matches = %+v", ms)
	}
	claim := mustID(t, db, "claim", "add", "--text", "Pompeo went to Tashkent in 2020 and spoke about forced labour; unemployment in Ohio doubled.")
	decode(t, mustRun(t, db, "match", "--all", "--format", "json", "--claim", claim), &ms)
	if len(ms) < 2 {
		t.Fatalf("matches for the claim = %+v, want both records", ms)
	}
	pompeo, other := ms[0].Target.ID, ms[1].Target.ID
	mustRun(t, db, "link", "--copy-verdict", claim, pompeo)
	if out := mustRun(t, db, "claim", "show", claim); !strings.Contains(out, "true") {
		t.Fatalf("claim after linking = %q, want the copied verdict", out)
	}
	if out := mustRun(t, db, "history", claim); !strings.Contains(out, "verdict_copied") ||
		!strings.Contains(out, "https://checks.example/1") {
		t.Fatalf("history = %q, want where the verdict came from", out)
	}
	if out := mustRun(t, db, "claims", "--seen-before"); !strings.Contains(out, "Pompeo went to Tashkent") {
		t.Fatalf("claims --seen-before = %q, want the linked claim", out)
	}
	mustRun(t, db, "dismiss", claim, other)
	if out := mustRun(t, db, "match", "--all", "--claim", claim); strings.Contains(out, other) {
		t.Fatalf("a dismissed record was suggested again: %q", out)
	}
	if r := claimctl(t, db, "match"); r.code != 2 {
		t.Fatalf("match without text: exit %d, want 2", r.code)
	}
	if out := mustRun(t, db, "archive", "remove", "Checks"); !strings.Contains(out, "2 records") {
		t.Fatalf("remove printed %q", out)
	}
	if r := claimctl(t, db, "archive", "remove", "Checks"); r.code == 0 {
		t.Fatal("removing a missing archive succeeded")
	}
}

func TestEvalMatchLastLine(t *testing.T) {
	dir := t.TempDir()
	c := writeFile(t, dir, "claims.tsv", "cid\ttext\ttitle\n"+
		"a\tThe moon is made of cheese.\tMoon\nb\tTaxes rose by 5 percent in 2019.\tTaxes\nc\tDogs can fly.\tDogs\n")
	q := writeFile(t, dir, "queries.tsv", "qid\ttext\nq1\tIs the moon made of cheese?\nq2\ttaxes up 5 percent 2019\n")
	r := writeFile(t, dir, "qrels.tsv", "qid\tcid\nq1\ta\nq2\tb\n")
	out := mustRun(t, "", "eval-match", "--claims", c, "--queries", q, "--qrels", r)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if last := lines[len(lines)-1]; last != "MAP@5=1.0000 MRR=1.0000" {
		t.Fatalf("last line = %q\n%s", last, out)
	}
	if r := claimctl(t, "", "eval-match", "--claims", c); r.code != 2 {
		t.Fatalf("missing flags: exit %d, want 2", r.code)
	}
}

// TestMatchDate: --date says when the claim was made; an earlier check of
// a claim made shortly before ranks above the same words checked years
// earlier, and a date that is none is a usage error.
func TestMatchDate(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	f := writeFile(t, dir, "checks.tsv", "cid\ttext\ttitle\tverdict\tspeaker\tdate\turl\n"+
		"old\tThe mayor said the city hired 300 new police officers.\tPolice\tfalse\tJane Roe\tstated on March 3, 2012 in a speech\thttps://checks.example/old\n"+
		"new\tThe mayor said the city hired 300 new police officers.\tPolice\ttrue\tJane Roe\tstated on May 2, 2019 in a speech\thttps://checks.example/new\n")
	mustRun(t, db, "archive", "import", f, "--name", "Checks")
	var ms []struct {
		Target struct{ URL string } `json:"target"`
	}
	text := "We hired 300 new police officers, the mayor said."
	decode(t, mustRun(t, db, "match", "--all", "--format", "json", "--date", "2019-05-04", text), &ms)
	if len(ms) != 2 || ms[0].Target.URL != "https://checks.example/new" {
		t.Fatalf("matches dated 2019-05-04 = %+v, want the 2019 check first", ms)
	}
	if r := claimctl(t, db, "match", "--date", "someday", text); r.code != 2 {
		t.Fatalf("--date someday: exit %d, want 2", r.code)
	}
}
