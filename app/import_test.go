package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/assets"
	"claimdesk/claims"
	"claimdesk/claims/extract"
)

// ui runs fn under the UI lock without waiting for background jobs.
func (f *readerFixture) ui(fn func()) {
	uiMu.Lock()
	defer uiMu.Unlock()
	fn()
}

// bigText returns about n bytes of German news text in paragraphs.
func bigText(n int) string {
	sentences := []string{
		"Der Landkreis meldete am Mittwoch %d neue Anträge auf Wohngeld.",
		"Bürgermeisterin Ilse Vogt sagte, die Kosten seien um %d Prozent gestiegen.",
		"Die Sitzung des Kreistags dauerte länger als geplant.",
		"Nach Angaben der Polizei waren %d Einsatzkräfte vor Ort.",
		"Viele Anwohner äußerten sich zufrieden über die neue Buslinie.",
		"Laut Statistischem Landesamt leben im Kreis %d Menschen mehr als vor zehn Jahren.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		s := sentences[i%len(sentences)]
		if strings.Contains(s, "%d") {
			s = fmt.Sprintf(s, 10+i%900)
		}
		b.WriteString(s)
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func TestImportLargeTextKeepsUIFree(t *testing.T) {
	f := newReaderFixture(t)
	text := bigText(1 << 20)
	orig := extractText
	release := make(chan struct{})
	extractText = func(s string, o extract.Options) []extract.Unit {
		<-release // hold the job until the UI has been used
		return orig(s, o)
	}
	defer func() { extractText = orig }()

	file := filepath.Join(t.TempDir(), "gross.txt")
	if err := os.WriteFile(file, []byte("Großer Bericht aus dem Kreistag\n\n"+text), 0o600); err != nil {
		t.Fatal(err)
	}
	var returned time.Duration
	f.ui(func() {
		start := time.Now()
		f.u.importPaths([]string{file})
		returned = time.Since(start)
	})
	// importPaths returned while the extraction is held: it did not wait
	// for the work on the UI goroutine (it would never have returned); the
	// time it took is logged at the end.
	// while the import runs, the window works: the progress shows and the
	// paste dialog opens and takes typing
	f.ui(func() {
		if !f.v.progress.box.Visible() || !strings.Contains(f.v.progress.label.Text, "gross.txt") {
			t.Errorf("no progress shown: %q", f.v.progress.label.Text)
		}
		f.v.onPaste()
		f.v.paste.title.TypedRune('X')
	})
	if f.v.paste.title.Text != "X" {
		t.Errorf("typing during the import failed")
	}
	begin := time.Now()
	close(release)
	f.wait()
	total := time.Since(begin)
	if f.v.progress.box.Visible() {
		t.Errorf("progress still shown after the import")
	}
	r := f.v.reader
	if r.article == nil || r.article.Title != "Großer Bericht aus dem Kreistag" || len(r.units) < 1000 {
		t.Fatalf("reader after the large import: %v units", len(r.units))
	}
	// how long the UI goroutine is busy showing the article, and with the
	// selectable text
	var show, passage time.Duration
	f.ui(func() {
		start := time.Now()
		r.setArticle(r.article, r.claims, r.units)
		show = time.Since(start)
		start = time.Now()
		r.tabs.SelectIndex(1)
		passage = time.Since(start)
	})
	// the selectable text is a window around the selected sentence
	deep := len(r.units) * 2 / 3
	f.act(func() {
		r.tabs.SelectIndex(0)
		r.sentences.list.Select(deep)
		r.tabs.SelectIndex(1)
	})
	e := r.passage
	if len(e.Text) > passageLimit || e.base <= 0 || !strings.Contains(e.Text, unitText(r.units[deep])) || !r.passageNote.Visible() {
		t.Fatalf("passage window: base %d, %d bytes, note %v", e.base, len(e.Text), r.passageNote.Visible())
	}
	f.act(func() {
		e.CursorRow, e.CursorColumn = 0, 0
		e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		typeKeys(e, fyne.KeyRight, 12)
		e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		e.TypedShortcut(makeClaimShortcut)
	})
	c := f.claimOf(r.article.ID, e.base)
	if c.Anchor.Exact != r.article.Body[e.base:c.Anchor.End] || c.Anchor.End-e.base < 10 {
		t.Fatalf("claim from the window: %+v", c.Anchor)
	}
	t.Logf("1 MB import (%d units): importPaths returned after %v; read+extract+store %v; showing the sentences took %v on the UI goroutine, the selectable text %v",
		len(r.units), returned, total, show, passage)
}

func TestPasteDialogKeepsInputOnError(t *testing.T) {
	f := newReaderFixture(t)
	f.v.onPaste()
	d := f.v.paste
	d.title.SetText("Nur ein Titel")
	d.publisher.SetText("Kreisblatt")
	// no text: the import is refused, the fields stay, the dialog returns
	f.act(func() { d.onConfirm(true) })
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no error shown")
	}
	if d.title.Text != "Nur ein Titel" || d.publisher.Text != "Kreisblatt" {
		t.Fatalf("fields lost after the error")
	}
	f.act(func() { test.Tap(findButton(t, top, "OK")) })
	findButton(t, f.w.Canvas().Overlays().Top(), "Import") // the paste dialog is back

	// a storage failure keeps everything typed as well
	d.text.SetText("Die Gemeinde hat 2024 genau 12 neue Kitas eröffnet.")
	f.ui(func() { f.u.svc.Articles = failingArticles{f.u.svc.Articles} })
	f.act(func() { test.Tap(findButton(t, f.w.Canvas().Overlays().Top(), "Import")) })
	if d.text.Text == "" || d.title.Text != "Nur ein Titel" || d.publisher.Text != "Kreisblatt" {
		t.Fatalf("fields lost after a storage error")
	}
	top = f.w.Canvas().Overlays().Top()
	findButton(t, top, "OK") // the error is shown
	f.act(func() { test.Tap(findButton(t, top, "OK")) })
	findButton(t, f.w.Canvas().Overlays().Top(), "Import")
}

// failingArticles is an article service whose CreateArticle fails.
type failingArticles struct{ claims.ArticleService }

// CreateArticle fails as a broken database would.
func (failingArticles) CreateArticle(context.Context, *claims.Article) error {
	return claims.Internal(errors.New("disk I/O error"), "The article could not be saved.")
}

func TestReaderTranslations(t *testing.T) {
	keys := map[string]bool{}
	re := regexp.MustCompile(`(?:lang\.(?:L|LocalizePlural)\(|showError(?:Then)?\(|return )"([A-Z{](?:[^"\\]|\\.)*)"`)
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || !(strings.HasPrefix(name, "reader") ||
			strings.HasPrefix(name, "import") || strings.HasPrefix(name, "articles")) {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]] = true
		}
	}
	for _, l := range []string{"en", "de"} {
		have := map[string]any{}
		for _, part := range []string{"reader", "shell", "editors"} {
			data, err := assets.Translations.ReadFile("translations/" + part + "." + l + ".json")
			if err != nil {
				t.Fatal(err)
			}
			m := map[string]any{}
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatalf("%s.%s.json: %v", part, l, err)
			}
			for k, v := range m {
				have[k] = v
			}
		}
		for k := range keys {
			if _, ok := have[k]; !ok {
				t.Errorf("%s: no translation for %q", l, k)
			}
		}
	}
}

func TestImportDroppedFiles(t *testing.T) {
	f := newReaderFixture(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	paths := []string{
		write("eins.txt", "Haushalt 2025\n\nDer Kreis plant Ausgaben von 812 Millionen Euro, sagte Kämmerer Veit Lorenz."),
		write("bild.png", "\x89PNG\r\n\x1a\n"),
		write("zwei.md", "# Neue Radwege\n\nDie Stadt baut bis 2027 insgesamt 35 Kilometer neue Radwege."),
		filepath.Join(dir, "fehlt.txt"),
	}
	sub := filepath.Join(dir, "ordner")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	write("ordner/drei.html", "<html><head><title>Kita-Ausbau</title></head><body><p>Die Gemeinde hat 2024 genau 12 neue Kitas eröffnet.</p></body></html>")
	write("ordner/notiz.odt", "kein Artikel")
	empty := filepath.Join(dir, "leer")
	if err := os.Mkdir(empty, 0o700); err != nil {
		t.Fatal(err)
	}
	paths = append([]string{sub, empty}, paths...)
	f.act(func() { f.u.importPaths(paths) })
	if len(f.v.items) != 3 {
		t.Fatalf("articles after the drop: %d; %s", len(f.v.items), dialogText(f.w.Canvas().Overlays().Top()))
	}
	if f.v.reader.article == nil || f.v.reader.article.Title != "Neue Radwege" {
		t.Errorf("the last imported article is not open")
	}
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("failures not reported")
	}
	msg := dialogText(top)
	if !strings.Contains(msg, "bild.png") || !strings.Contains(msg, "fehlt.txt") || !strings.Contains(msg, "leer") ||
		strings.Contains(msg, "eins.txt") || strings.Contains(msg, "notiz") {
		t.Errorf("failure message = %q", msg)
	}
}

// dialogText collects the label texts inside o.
func dialogText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch c := o.(type) {
		case *widget.Label:
			b.WriteString(c.Text + "\n")
		case *widget.List:
			if lines, ok := textLines(c); ok { // wholeTextView
				b.WriteString(lines)
				return
			}
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch)
			}
		case *fyne.Container:
			for _, ch := range c.Objects {
				walk(ch)
			}
		case fyne.Widget:
			for _, ch := range test.WidgetRenderer(c).Objects() {
				walk(ch)
			}
		}
	}
	walk(o)
	return b.String()
}

// textLines is the text of a list whose rows are text objects
// (wholeTextView), every row, one a line; ok is false for another list.
func textLines(l *widget.List) (string, bool) {
	var b strings.Builder
	for i := range l.Length() {
		row, ok := l.CreateItem().(*canvas.Text)
		if !ok {
			return "", false
		}
		l.UpdateItem(i, row)
		b.WriteString(row.Text + "\n")
	}
	return b.String(), true
}

// Cancel in the import strip stops an import of several files: the file
// being read when Cancel was pressed and those after it are not stored.
func TestImportCancel(t *testing.T) {
	f := newReaderFixture(t)
	orig := extractText
	release := make(chan struct{})
	extractText = func(s string, o extract.Options) []extract.Unit {
		<-release
		return orig(s, o)
	}
	defer func() { extractText = orig }()
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, []byte("Der Kreis zählt 412 neue Einwohner."), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	f.ui(func() { f.u.importPaths(paths) })
	f.ui(func() {
		if !f.v.progress.stop.Visible() {
			t.Error("no Cancel button while importing")
		}
		test.Tap(f.v.progress.stop)
	})
	close(release)
	f.wait()
	list, _, err := f.svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 0 {
		t.Errorf("%d articles stored after Cancel, want 0", len(list))
	}
	if f.v.progress.box.Visible() {
		t.Error("the import strip is still shown")
	}
}
