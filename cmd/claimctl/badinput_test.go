package main

import (
	"strings"
	"testing"
)

// TestBadInput checks that every kind of mistake ends with exit status 2
// and one line on stderr that says what is wrong.
func TestBadInput(t *testing.T) {
	db := newDB(t)
	dir := t.TempDir()
	articleID := mustID(t, db, "import", writeFile(t, dir, "a.txt", testArticle))
	claimID := mustID(t, db, "claim", "add", "--text", testClaim, "--article", articleID)
	sourceID := mustID(t, db, "source", "add", "--url", "https://example.org/quelle")
	latin1 := writeFile(t, dir, "latin1.txt", "Gr\xf6\xdfe Zahl")
	const missing = "01a00000-0000-7000-8000-000000000000"

	tests := []struct {
		name string
		args []string
		want string // part of the one-line message
	}{
		{"UnknownCommand", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"UnknownSubcommand", []string{"claim", "frob"}, `unknown command "claim frob"; use claim add, claim set, claim show`},
		{"GroupWithoutSubcommand", []string{"claim"}, `unknown command "claim"; use claim add,`},
		{"UnknownGlobalFlag", []string{"--verbose", "claims"}, "unknown global flag --verbose"},
		{"UnknownFlag", []string{"claims", "--colour", "red"}, "unknown flag --colour (see claimctl claims --help)"},
		{"BadFormat", []string{"claims", "--format", "xml"}, `unknown --format "xml"`},
		{"ExtraArgument", []string{"articles", "more"}, `unexpected argument "more"`},
		{"ImportNothing", []string{"import"}, "name at least one file"},
		{"ImportUnsupported", []string{"import", "scan.pdf"}, "unsupported file type"},
		{"ImportMissingFile", []string{"import", "nichtda.txt"}, "nichtda.txt was not found"},
		{"ImportNotUTF8", []string{"import", latin1}, "not valid UTF-8"},
		{"ImportBadLang", []string{"import", latin1, "--lang", "fr"}, `unknown --lang "fr"`},
		{"ImportTitleForMany", []string{"import", "a.txt", "b.txt", "--title", "T"}, "--title and --url apply to one file only"},
		{"ClaimAddNoText", []string{"claim", "add", "--claimant", "X"}, "--text is required"},
		{"FlagWithoutValue", []string{"claim", "add", "--text"}, "--text needs a value"},
		{"BadNumber", []string{"claims", "--limit", "viele"}, `invalid value "viele" for --limit`},
		{"ClaimAddUnknownArticle", []string{"claim", "add", "--text", "x", "--article", missing}, "not found"},
		{"ClaimSetNothing", []string{"claim", "set", claimID}, "nothing to change"},
		{"ClaimSetNoID", []string{"claim", "set", "--status", "new"}, "missing claim ID"},
		{"ClaimSetUnknownStatus", []string{"claim", "set", claimID, "--status", "fertig"}, `unknown status "fertig"`},
		{"ClaimSetUnknownVerdict", []string{"claim", "set", claimID, "--verdict", "naja"}, `unknown verdict "naja"; the active scale`},
		{"ClaimSetUnknownRatingID", []string{"claim", "set", claimID, "--verdict", "politifact:maybe"}, `unknown verdict "politifact:maybe"`},
		{"ClaimSetVerdictAndConclusion", []string{"claim", "set", claimID, "--verdict", "false", "--conclusion", "x"}, "either --verdict or --conclusion"},
		{"ClaimSetMissingClaim", []string{"claim", "set", missing, "--status", "new"}, "not found"},
		{"ClaimShowMissing", []string{"claim", "show", missing}, "not found"},
		{"ClaimsUnknownStatus", []string{"claims", "--status", "done"}, `unknown status "done"`},
		{"ClaimsUnknownVerdict", []string{"claims", "--verdict", "sort of"}, `unknown verdict "sort of"`},
		{"ArchiveBadJSON", []string{"archive", "import", writeFile(t, dir, "bad.json", `{"@type":"ClaimReview",`)}, "not valid JSON"},
		{"ArchiveNoClaimReview", []string{"archive", "import", writeFile(t, dir, "page.json", `{"@type":"WebPage"}`)}, "no ClaimReview"},
		{"ArchiveWrongTypes", []string{"archive", "import", writeFile(t, dir, "types.json", `{"@type":"ClaimReview","claimReviewed":{"x":1}}`)}, "claimReviewed is not text"},
		{"ArchiveHugeField", []string{"archive", "import", writeFile(t, dir, "huge.json", `{"@type":"ClaimReview","claimReviewed":"`+strings.Repeat("x", 9000)+`"}`)}, "longer than 8,000 characters"},
		{"ArchiveTableNoText", []string{"archive", "import", writeFile(t, dir, "t.csv", "a,b\n1,2\n")}, "no text column"},
		{"ArchiveBinary", []string{"archive", "import", writeFile(t, dir, "photo.csv", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, "photo.csv looks like a binary file, not text, so it is no table"},
		{"ArchiveUTF16", []string{"archive", "import", writeFile(t, dir, "u16.tsv", utf16Text("text\tverdict\nA claim.\tfalse\n", true))}, "u16.tsv is UTF-16 text; save it as UTF-8"},
		{"ArchiveMissingFile", []string{"archive", "import", "nichtda.json"}, "nichtda.json was not found"},
		{"MatchNothing", []string{"match"}, "give either the claim TEXT or --claim ID"},
		{"MatchBoth", []string{"match", "x", "--claim", claimID}, "give either the claim TEXT or --claim ID"},
		{"EvalMatchMissingFlags", []string{"eval-match"}, "--claims is required"},
		{"LinkOneArg", []string{"link", claimID}, "give the claim ID and the ID of the record"},
		{"LinkUnknownTarget", []string{"link", claimID, missing}, "neither an archive record nor a claim"},
		{"SourceAddNoURL", []string{"source", "add", "--publisher", "P"}, "--url is required"},
		{"SourceAddNotAnAddress", []string{"source", "add", "--url", "Statistisches Bundesamt"}, "is not a web address"},
		{"SourceAddBadKind", []string{"source", "add", "--url", "https://x.example", "--kind", "blog"}, `unknown --kind "blog"`},
		{"SourceAddMissingSnapshot", []string{"source", "add", "--url", "https://x.example", "--snapshot", "weg.pdf"}, "snapshot weg.pdf"},
		{"EvidenceNoStance", []string{"evidence", "add", "--claim", claimID, "--source", sourceID}, "--stance is required"},
		{"EvidenceBadStance", []string{"evidence", "add", "--claim", claimID, "--source", sourceID, "--stance", "maybe"}, `unknown --stance "maybe"`},
		{"EvidenceMissingClaim", []string{"evidence", "add", "--claim", missing, "--source", sourceID, "--stance", "context"}, "not found"},
		{"EvidenceMissingSource", []string{"evidence", "add", "--claim", claimID, "--source", missing, "--stance", "context"}, "not found"},
		{"SearchNothing", []string{"search"}, "give words to search for"},
		{"SearchBadKind", []string{"search", "x", "--kind", "person"}, `unknown --kind "person"`},
		{"ArticleShowMissing", []string{"article", "show", missing}, "not found"},
		{"HistoryMissing", []string{"history", missing}, "not found"},
		{"HistoryNoID", []string{"history"}, "missing claim ID"},
		{"ScaleUseMissing", []string{"scale", "use", "ampel"}, "not found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := claimctl(t, db, tc.args...)
			if r.code != 2 {
				t.Errorf("exit status %d, want 2 (stderr %q)", r.code, r.stderr)
			}
			if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "claimctl") {
				t.Errorf("stderr is not one claimctl line: %q", r.stderr)
			}
			if !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tc.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing", r.stdout)
			}
		})
	}
}

// TestImportPartlyBad imports a good and a bad file: the good one is
// stored and printed, the bad one reported, and the exit status is 2.
func TestImportPartlyBad(t *testing.T) {
	db := newDB(t)
	dir := t.TempDir()
	good := writeFile(t, dir, "gut.md", "# Überschrift\n\nDer Text ist gut.")
	bad := writeFile(t, dir, "kaputt.txt", "\x00\x01binär")
	r := claimctl(t, db, "import", good, bad)
	if r.code != 2 {
		t.Errorf("exit status %d, want 2", r.code)
	}
	if ids := strings.Fields(r.stdout); len(ids) != 1 {
		t.Errorf("stdout %q, want one ID", r.stdout)
	}
	for _, want := range []string{"kaputt.txt looks like a binary file", "1 of 2 files were not imported"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q lacks %q", r.stderr, want)
		}
	}
}

// TestHelp checks that every command answers --help with its usage and
// exit status 0, and that "help" lists every command.
func TestHelp(t *testing.T) {
	db := newDB(t)
	list := claimctl(t, db, "help")
	if list.code != 0 {
		t.Fatalf("help: exit %d", list.code)
	}
	for name := range commands {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			if !strings.Contains(list.stdout, "  "+name+" ") {
				t.Errorf("help does not list %q", name)
			}
			r := claimctl(t, db, append(strings.Fields(name), "--help")...)
			if r.code != 0 {
				t.Errorf("exit status %d, want 0", r.code)
			}
			if !strings.Contains(r.stderr, "Usage: claimctl "+name) {
				t.Errorf("--help printed %q", r.stderr)
			}
		})
	}
}

// TestSourceAddBareHost: an address written without "https://", as
// checkers copy it from a browser's address bar, is stored with it, as the
// window does, so that it can be opened; one with a scheme is kept.
func TestSourceAddBareHost(t *testing.T) {
	db := newDB(t)
	for in, want := range map[string]string{
		"destatis.de/DE/Presse": "https://destatis.de/DE/Presse",
		"http://example.org/a":  "http://example.org/a",
		"doi:10.1000/182":       "doi:10.1000/182",
	} {
		id := mustID(t, db, "source", "add", "--url", in)
		if out := mustRun(t, db, "sources"); !strings.Contains(out, id) || !strings.Contains(out, want) {
			t.Errorf("--url %q: sources lists\n%s\nwant %s stored as %q", in, out, id, want)
		}
	}
}
