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
	"unicode/utf8"

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
	if len(e.Text) > passageLimit || e.base <= 0 || !strings.Contains(e.Text, trimUnit(r.units[deep].Text)) || !r.passageNote.Visible() {
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

func TestWrapEstimateCoversLabel(t *testing.T) {
	f := newReaderFixture(t)
	_ = f
	m := newWrapMetrics()
	texts := strings.Split(bigText(2000), ". ")
	texts = append(texts, readerTestText, "Kurz.", strings.Repeat("Donaudampfschifffahrtsgesellschaft", 4))
	for _, width := range []float32{180, 517} {
		for _, bold := range []bool{false, true} {
			for _, s := range texts {
				l := &widget.Label{Text: s, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: bold}}
				w := test.NewWindow(l) // text is measured only on a canvas
				w.SetPadded(false)
				w.Resize(fyne.NewSize(width, 2000))
				real := l.MinSize().Height
				w.Close()
				if est := m.height(m.lines(s, width, bold)); est < real {
					t.Fatalf("width %v bold %v: estimated %v < real %v for %q", width, bold, est, real, s)
				}
			}
		}
	}
}

func TestSelectionSpan(t *testing.T) {
	body := "Größe: „Über 12 %“ sagte Jörg.\nZweite Zeile mit Ä."
	for _, tc := range []struct {
		name       string
		cursor     int // runes
		sel        string
		start, end int // bytes
		ok         bool
	}{
		{"forward", 7, "„Über 12 %“", strings.Index(body, "„"), strings.Index(body, " sagte"), true},
		{"backward", len([]rune("Größe: „Über 12 %“")), "„Über 12 %“", strings.Index(body, "„"), strings.Index(body, " sagte"), true},
		{"trimmed", len([]rune(body[:strings.Index(body, "\nZweite")])), "\nZweite ", strings.Index(body, "Zweite"), strings.Index(body, "Zweite") + len("Zweite"), true},
		{"starts inside a word", len([]rune("Größe: „Über 12 %“ sa")), "gte Jö", strings.Index(body, "sagte"), strings.Index(body, "Jörg") + len("Jörg"), true},
		{"ends inside a word", len([]rune("Größe: „")), "„Üb", strings.Index(body, "„"), strings.Index(body, " 12"), true},
		{"inside one word", len([]rune("Größe: „Über 12 %“ sagte Jörg.\nZw")), "eit", strings.Index(body, "Zweite"), strings.Index(body, "Zweite") + len("Zweite"), true},
		{"empty", 3, "", 0, 0, false},
		{"blank", 3, "  ", 0, 0, false},
	} {
		s, e, ok := selectionSpan(body, tc.cursor, tc.sel)
		if ok != tc.ok || (ok && (s != tc.start || e != tc.end)) {
			t.Errorf("%s: got %d..%d %v, want %d..%d %v", tc.name, s, e, ok, tc.start, tc.end, tc.ok)
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

func TestReaderThresholdSlider(t *testing.T) {
	f := newReaderFixture(t)
	f.importText()
	r := f.v.reader
	before := len(r.suggested)
	f.act(func() { r.slider.SetValue(0.1) })
	more := len(r.suggested)
	f.act(func() { r.slider.SetValue(0.95) })
	fewer := len(r.suggested)
	if !(more >= before && fewer <= before && more > fewer) {
		t.Fatalf("suggestions at 0.1/default/0.95: %d/%d/%d", more, before, fewer)
	}
	if got := f.u.prefs.Float(prefReaderThreshold); got != 0.95 {
		t.Errorf("threshold not remembered: %v", got)
	}
	for i, row := range r.sentences.rows {
		if row.worthy != (r.units[i].Score >= 0.95) {
			t.Fatalf("row %d bold = %v at score %v", i, row.worthy, r.units[i].Score)
		}
	}
	// a sentence below the threshold shows its details and can be accepted
	low := -1
	for i, u := range r.units {
		if u.Score < 0.95 {
			low = i
			break
		}
	}
	f.act(func() { r.sentences.list.Select(low) })
	p := r.panel
	if p.dText.Text != trimUnit(r.units[low].Text) || p.list.selected != -1 {
		t.Fatalf("details of the chosen sentence: %q (list selection %d)", p.dText.Text, p.list.selected)
	}
	f.act(func() { test.Tap(p.dAccept) })
	a := r.article
	start, _ := unitSpan(r.units[low])
	if c := f.claimOf(a.ID, start); c.Text != trimUnit(r.units[low].Text) {
		t.Fatalf("claim from the sentence = %q", c.Text)
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

func TestPassageWindow(t *testing.T) {
	body := strings.Repeat("Ärger über Kosten: 12 Prozent mehr.\n", 400) // 15 KB
	if s, e := passageWindow("kurz", 2, 100); s != 0 || e != 4 {
		t.Fatalf("short body: %d..%d", s, e)
	}
	at := strings.Index(body[7000:], "Kosten") + 7000
	s, e := passageWindow(body, at, 4096)
	if s > at || at >= e || e-s > 4096 || body[s-1] != '\n' || body[e] != '\n' {
		t.Fatalf("window %d..%d for %d", s, e, at)
	}
	if !strings.HasPrefix(body[s:], "Ärger") || !utf8.ValidString(body[s:e]) {
		t.Fatalf("window does not start at the paragraph: %q", body[s:s+20])
	}
	// an article of a title and one long paragraph: the window from the
	// start holds the paragraph too, not only the title
	long := "Lange Zeile\n\n" + strings.Repeat("Die Kämmerin nannte 12 Millionen Euro. ", 400)
	if s, e := passageWindow(long, 0, 4096); s != 0 || e < 2048 || e-s > 4096 || !utf8.ValidString(long[s:e]) {
		t.Fatalf("long paragraph: window %d..%d", s, e)
	}
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
