package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimdesk/importer"
	"claimdesk/opener"
	"claimdesk/storage/sqlite"
)

// hostileCase is one row of the hostile-input table: an attack or fault
// from issue 10 (or one of our own) tried against the real command-line
// tool, run in-process unless it needs a process of its own, and what must
// happen instead of harm.
type hostileCase struct {
	name string
	run  func(t *testing.T, h *hostileEnv)
}

// hostileEnv is a scratch database with one article, and a folder for the
// attacker's files.
type hostileEnv struct {
	db, dir, article string
}

func (h *hostileEnv) path(name string) string { return filepath.Join(h.dir, name) }

// TestHostileInput is the table of hostile inputs and faults; its row
// count is in docs/security.md.
func TestHostileInput(t *testing.T) {
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "h.db")
			art := writeFile(t, dir, "artikel.txt", testArticle)
			h := &hostileEnv{db: db, dir: dir, article: mustID(t, db, "import", art)}
			c.run(t, h)
		})
	}
}

// hostileCases: the first rows are issue 10's, in its order; "own:" rows
// are further cases of the same kinds.
var hostileCases = []hostileCase{
	// Merging a bundle (hostile_merge_test.go).
	{name: "merge/newer-article-body-keeps-history", run: mergeNewerArticleBody},
	{name: "merge/newer-source-url-title-keeps-history", run: mergeNewerSource},
	{name: "merge/evidence-stance-change-keeps-history", run: mergeEvidenceStance},
	{name: "merge/local-newer-source-records-bundle-version", run: mergeOlderBundleKept},
	{name: "merge/events-only-for-records-in-bundle", run: mergeEventsOnlyForCarried},
	{name: "merge/events-for-unknown-ids-refused", run: mergeEventsUnknownRefused},
	{name: "merge/preset-scale-redefinition-becomes-custom", run: mergePresetScaleCopied},
	{name: "merge/future-timestamp-cannot-win-reimport-changes-nothing", run: mergeFutureRefused},
	{name: "merge/backup-before-merge", run: mergeBackupFirst},
	{name: "bundle/zip-of-zero-entries-stops-early-names-limit", run: bundleZeroBomb},

	// Hostile files and paths.
	{name: "import/symlink-to-dev-zero", run: func(t *testing.T, h *hostileEnv) {
		link := symlink(t, "/dev/zero", h.path("zero.txt"))
		wantRefused(t, claimctl(t, h.db, "import", link), "zero.txt", "device")
	}},
	{name: "extract/symlink-to-dev-zero", run: func(t *testing.T, h *hostileEnv) {
		link := symlink(t, "/dev/zero", h.path("zero.txt"))
		r := claimctl(t, h.db, "extract", link)
		if r.code == 0 || !strings.Contains(r.stderr, "device") {
			t.Fatalf("exit %d, stderr %q; want a refusal naming the device", r.code, r.stderr)
		}
	}},
	{name: "import/fifo-does-not-block", run: func(t *testing.T, h *hostileEnv) {
		fifo := mkfifo(t, h.path("warten.txt"))
		r := within(t, blockedAfter, func() result { return claimctl(t, h.db, "import", fifo) })
		wantRefused(t, r, "warten.txt", "named pipe")
	}},
	{name: "extract/fifo-does-not-block", run: func(t *testing.T, h *hostileEnv) {
		fifo := mkfifo(t, h.path("warten.txt"))
		r := within(t, blockedAfter, func() result { return claimctl(t, h.db, "extract", fifo) })
		if r.code == 0 || !strings.Contains(r.stderr, "named pipe") {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
	}},
	{name: "import/folder-with-fifo-imports-the-rest", run: func(t *testing.T, h *hostileEnv) {
		dir := h.path("ordner")
		mkdir(t, dir)
		writeFile(t, dir, "a.txt", "Die Stadt baut 40 neue Wohnungen.")
		mkfifo(t, filepath.Join(dir, "b.txt"))
		symlink(t, "/dev/zero", filepath.Join(dir, "c.txt"))
		writeFile(t, dir, "d.txt", "Der Bund zahlt 12 Millionen Euro.")
		r := within(t, blockedAfter, func() result { return claimctl(t, h.db, "import", dir) })
		if ids := strings.Fields(r.stdout); len(ids) != 2 {
			t.Fatalf("imported %d files (stdout %q), want a.txt and d.txt", len(ids), r.stdout)
		}
		if !strings.Contains(r.stderr, "b.txt") || !strings.Contains(r.stderr, "c.txt") || !strings.Contains(r.stderr, "2 of 4 files were not imported") {
			t.Errorf("stderr %q does not name both skipped entries", r.stderr)
		}
	}},
	{name: "signal/ctrl-c-stops-a-blocked-command", run: func(t *testing.T, h *hostileEnv) {
		if testing.Short() || runtime.GOOS == "windows" {
			t.Skip("builds claimctl and sends SIGINT to it; skipped with -short")
		}
		// A busy machine may take longer than the first wait to start the
		// binary and reach its handler; Ctrl+C before that ends it by the
		// signal (exit -1), so it is tried again after a longer wait. A
		// binary without the handler ends so every time.
		for wait := time.Second; ; wait *= 2 {
			code, after, stderr := interruptBlocked(t, wait)
			if code == 130 {
				return
			}
			if code != -1 || wait >= 16*time.Second {
				t.Fatalf("exit %d after %v (Ctrl+C sent %v after the start), want 130; stderr %q", code, after, wait, stderr)
			}
		}
	}},
	{name: "signal/ctrl-c-cancels-the-context", run: func(t *testing.T, h *hostileEnv) {
		exited := make(chan struct{})
		ctx, stop := interruptible(context.Background(), &bytes.Buffer{}, func() { close(exited) })
		defer stop()
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Skip("cannot signal this process:", err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(blockedAfter):
			t.Fatal("SIGINT did not cancel the context")
		}
		select {
		case <-exited:
		case <-time.After(blockedAfter):
			t.Fatal("a command that ignores the cancelled context was not ended")
		}
	}},
	{name: "export/onto-fifo-refused", run: func(t *testing.T, h *hostileEnv) {
		fifo := mkfifo(t, h.path("bericht.md"))
		r := within(t, blockedAfter, func() result { return claimctl(t, h.db, "export", "--format", "md", "--out", fifo) })
		wantRefused(t, r, "bericht.md", "named pipe")
		wantMode(t, fifo, os.ModeNamedPipe)
	}},
	{name: "export/onto-symlink-refused-target-untouched", run: func(t *testing.T, h *hostileEnv) {
		target := writeFile(t, h.dir, "wichtig.txt", "bleibt")
		link := symlink(t, target, h.path("bericht.html"))
		wantRefused(t, claimctl(t, h.db, "export", "--out", link), "bericht.html", "symbolic link")
		if b, _ := os.ReadFile(target); string(b) != "bleibt" {
			t.Errorf("the link's target now holds %q", b)
		}
	}},
	{name: "export/onto-device-node-refused", run: func(t *testing.T, h *hostileEnv) {
		dev := h.path("null")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil { // a /dev/null of our own
			t.Skip("cannot make a device node here (needs root):", err)
		}
		wantRefused(t, claimctl(t, h.db, "export", "--out", dev), "null", "device")
		wantMode(t, dev, os.ModeDevice|os.ModeCharDevice)
	}},
	{name: "export/new-file-has-umask-permissions", run: func(t *testing.T, h *hostileEnv) {
		out := h.path("bericht.html")
		mustRun(t, h.db, "export", "--out", out)
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if want := 0o666 &^ umask(t); st.Mode().Perm() != want {
			t.Errorf("mode %v, want %v (0666 less the umask)", st.Mode().Perm(), want)
		}
	}},
	{name: "extract/binary-file-refused", run: func(t *testing.T, h *hostileEnv) {
		exe, err := os.Executable() // an ELF binary, like /bin/ls
		if err != nil {
			t.Fatal(err)
		}
		r := claimctl(t, h.db, "extract", exe)
		if r.code == 0 || !strings.Contains(r.stderr, "binary file") || r.stdout != "" {
			t.Fatalf("exit %d, stdout %q, stderr %q; want a refusal", r.code, clipped(r.stdout), r.stderr)
		}
	}},
	{name: "extract/utf16-with-bom-is-text", run: func(t *testing.T, h *hostileEnv) {
		text := "Der Landtag beschloss 2023 ein Gesetz, das 412 neue Windräder vorsieht."
		for _, order := range []string{"le", "be"} {
			p := writeFile(t, h.dir, "u16"+order+".txt", utf16Text(text, order == "le"))
			out := mustRun(t, h.db, "extract", "--all", "--format", "json", p)
			if !strings.Contains(out, "412 neue Windräder") {
				t.Errorf("UTF-16%s: output %q lacks the decoded text", strings.ToUpper(order), clipped(out))
			}
		}
	}},

	// Output that turns against the reader.
	{name: "window/links-only-http-https-mailto", run: func(t *testing.T, h *hostileEnv) {
		for _, raw := range []string{"file:///etc/passwd", "data:text/html,<script>alert(1)</script>", "javascript:alert(1)", "vbscript:msgbox(1)"} {
			if opener.Link(raw) != nil {
				t.Errorf("%q would be handed to the system opener", raw)
			}
		}
	}},
	{name: "window/snapshot-name-never-desktop", run: func(t *testing.T, h *hostileEnv) {
		if got := opener.SnapshotName("Rechnung.pdf.desktop", "x"); strings.HasSuffix(got, ".desktop") || got != "Rechnung_pdf.txt" {
			t.Errorf("snapshot copy named %q", got)
		}
	}},
	{name: "terminal/claims-list-escapes-esc-osc", run: func(t *testing.T, h *hostileEnv) {
		evilClaim(t, h)
		wantNoControls(t, mustRun(t, h.db, "claims"))
	}},
	{name: "terminal/claim-show-escapes-esc-osc", run: func(t *testing.T, h *hostileEnv) {
		id := evilClaim(t, h)
		out := mustRun(t, h.db, "claim", "show", id)
		wantNoControls(t, out)
		if !strings.Contains(out, `\u001b]0;`) {
			t.Errorf("the escape is not shown visibly: %q", out)
		}
	}},
	{name: "terminal/bundle-text-escaped", run: func(t *testing.T, h *hostileEnv) {
		evilClaim(t, h)
		zip := h.path("kollegin.zip")
		mustRun(t, h.db, "export", "--format", "bundle", "--out", zip)
		other := h.path("meine.db")
		mustRun(t, other, "import-bundle", zip)
		wantNoControls(t, mustRun(t, other, "claims"))
	}},

	// Slow or wrong on big or unusual text.
	{name: "search/large-article-snippet-bounded", run: func(t *testing.T, h *hostileEnv) {
		var b strings.Builder
		for b.Len() < 1<<20 {
			b.WriteString("Die Regierung erhöht die Ausgaben um 3 Prozent. ")
		}
		p := writeFile(t, h.dir, "gross.txt", b.String())
		mustID(t, h.db, "import", p)
		out := mustRun(t, h.db, "search", "--format", "json", "Ausgaben")
		var hits []struct{ Snippet string }
		decode(t, out, &hits)
		if len(hits) == 0 || len(hits[0].Snippet) > 600 || !strings.Contains(hits[0].Snippet, "[Ausgaben]") {
			t.Fatalf("hits %q", clipped(out))
		}
	}},
	{name: "pdf/long-url-wrapped-once", run: pdfLongURL},
	{name: "pdf/emoji-does-not-abort-names-claim", run: pdfEmoji},
	{name: "pdf/cjk-arabic-hebrew-fallback-or-warning", run: pdfUnsupportedScripts},
	{name: "input/invalid-utf8-flag-refused", run: func(t *testing.T, h *hostileEnv) {
		r := claimctl(t, h.db, "claim", "add", "--article", h.article, "--text", "Umsatz \xff\xfe stieg um 5 Prozent")
		wantRefused(t, r, "--text", "not valid UTF-8")
	}},
	{name: "import/markdown-link-with-parenthesis", run: func(t *testing.T, h *hostileEnv) {
		p := writeFile(t, h.dir, "link.md", "# Titel\n\nLaut [Wikipedia](https://de.wikipedia.org/wiki/Merkur_(Planet)) ist er klein.\n")
		id := mustID(t, h.db, "import", p)
		var a struct{ Body string }
		decode(t, mustRun(t, h.db, "article", "show", id, "--format", "json"), &a)
		if !strings.Contains(a.Body, "Laut Wikipedia ist er klein.") || strings.Contains(a.Body, ")") {
			t.Errorf("body %q", a.Body)
		}
	}},
	{name: "check/read-only-database-is-healthy", run: func(t *testing.T, h *hostileEnv) {
		before := fileState(t, h.db)
		if err := sqlite.CheckFile(context.Background(), h.db); err != nil {
			t.Fatalf("a healthy database read without writing: %v", err)
		}
		if after := fileState(t, h.db); after != before {
			t.Errorf("the read-only check changed the database file: %s -> %s", before, after)
		}
		if os.Geteuid() != 0 { // root may write anyway
			os.Chmod(h.db, 0o444)
			os.Chmod(h.dir, 0o555)
			defer os.Chmod(h.dir, 0o755)
			r := claimctl(t, h.db, "check")
			if r.code != 0 || !strings.Contains(r.stdout, "checked read-only") {
				t.Errorf("check on a read-only database: exit %d, %s%s", r.code, r.stdout, r.stderr)
			}
		}
	}},

	// Our own.
	{name: "own/source-snapshot-fifo-refused", run: func(t *testing.T, h *hostileEnv) {
		fifo := mkfifo(t, h.path("beleg.pdf"))
		r := within(t, blockedAfter, func() result {
			return claimctl(t, h.db, "source", "add", "--url", "https://example.org", "--snapshot", fifo)
		})
		if r.code == 0 || !strings.Contains(r.stderr, "named pipe") {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
	}},
	{name: "own/import-bundle-fifo-refused", run: func(t *testing.T, h *hostileEnv) {
		fifo := mkfifo(t, h.path("kollegin.zip"))
		r := within(t, blockedAfter, func() result { return claimctl(t, h.db, "import-bundle", fifo) })
		wantRefused(t, r, "kollegin.zip", "named pipe")
	}},
	{name: "own/file-over-size-cap-refused-with-limit", run: func(t *testing.T, h *hostileEnv) {
		p := h.path("riesig.txt")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		f.Truncate(importer.MaxArticleBytes + 1) // sparse: no disk used
		f.Close()
		wantRefused(t, claimctl(t, h.db, "import", p), "riesig.txt", "larger than 64 MB")
	}},
	{name: "own/terminal-c1-csi-and-bidi-escaped", run: func(t *testing.T, h *hostileEnv) {
		id := mustID(t, h.db, "claim", "add", "--article", h.article, "--text", "Preis \u009b2J fiel \u202eum 5 Prozent")
		out := mustRun(t, h.db, "claim", "show", id)
		if strings.ContainsRune(out, '\u009b') || strings.ContainsRune(out, '\u202e') {
			t.Errorf("C1 CSI or a bidi override printed raw: %q", out)
		}
	}},
	{name: "own/json-output-stays-valid-json", run: func(t *testing.T, h *hostileEnv) {
		id := evilClaim(t, h)
		var c struct{ Text string }
		decode(t, mustRun(t, h.db, "claim", "show", id, "--format", "json"), &c)
		if !strings.Contains(c.Text, "\x1b]0;") {
			t.Errorf("JSON lost the text as stored: %q", c.Text)
		}
	}},
	{name: "own/export-to-stdout-is-the-file-unescaped", run: func(t *testing.T, h *hostileEnv) {
		evilClaim(t, h)
		out := mustRun(t, h.db, "export", "--format", "csv", "--out", "-")
		if !strings.Contains(out, "\r\n") {
			t.Errorf("CSV line ends were escaped: %q", clipped(out))
		}
	}},
	{name: "own/export-onto-folder-refused", run: func(t *testing.T, h *hostileEnv) {
		dir := h.path("ordner.html")
		mkdir(t, dir)
		wantRefused(t, claimctl(t, h.db, "export", "--out", dir), "ordner.html", "folder")
	}},
	{name: "own/re-export-keeps-the-files-permissions", run: func(t *testing.T, h *hostileEnv) {
		out := writeFile(t, h.dir, "bericht.md", "alt")
		os.Chmod(out, 0o640)
		mustRun(t, h.db, "export", "--format", "md", "--out", out)
		if st, _ := os.Stat(out); st.Mode().Perm() != 0o640 {
			t.Errorf("mode %v, want 0640 as before", st.Mode().Perm())
		}
	}},
	{name: "own/utf16-odd-length-refused", run: func(t *testing.T, h *hostileEnv) {
		p := writeFile(t, h.dir, "kaputt.txt", "\xff\xfeA\x00B")
		r := claimctl(t, h.db, "import", p)
		wantRefused(t, r, "kaputt.txt", "odd number of bytes")
	}},
	{name: "own/snapshot-name-path-traversal", run: func(t *testing.T, h *hostileEnv) {
		if got := opener.SnapshotName("../../.bashrc", "snapshot"); got != "snapshot.txt" {
			t.Errorf("snapshot copy named %q", got)
		}
	}},
	{name: "own/preset-redefinition-keeps-shared-verdicts", run: mergePresetSharedVerdict},
	{name: "own/search-text-invalid-utf8-refused", run: func(t *testing.T, h *hostileEnv) {
		wantRefused(t, claimctl(t, h.db, "search", "Wind\xffkraft"), "search text", "not valid UTF-8")
	}},
}

// interruptBlocked starts "claimctl extract -" on a stdin that stays open
// and silent (its read blocks), sends Ctrl+C (SIGINT) after wait, and
// returns the exit code (-1 when the signal ended it), the time from the
// signal to the exit, and what it wrote to stderr. It fails the test when
// the command still runs blockedAfter after the signal.
func interruptBlocked(t *testing.T, wait time.Duration) (int, time.Duration, string) {
	t.Helper()
	cmd := exec.Command(hostileBinary(t), "extract", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(wait) // let it reach the read (and install its handler)
	start := time.Now()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(blockedAfter): // without the handler's exit it would block for good
		cmd.Process.Kill()
		<-done
		t.Fatalf("claimctl still ran %v after Ctrl+C", blockedAfter)
	}
	return cmd.ProcessState.ExitCode(), time.Since(start), stderr.String()
}
