package app

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"claimdesk/assets"
	"claimdesk/claims"
	"claimdesk/claims/match"
)

// errorKeyPatterns find the English message formats of domain errors.
var errorKeyPatterns = []*regexp.Regexp{
	regexp.MustCompile(`Errorf\(\s*(?:claims\.)?E[A-Z]+,\s*("(?:[^"\\]|\\.)*")`),
	regexp.MustCompile(`Internal\(\s*\w+,\s*("(?:[^"\\]|\\.)*")`),
	regexp.MustCompile(`Phrasef\(\s*("(?:[^"\\]|\\.)*")`),
}

// verbs matches the fmt verbs of a format.
var verbs = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)

// TestErrorTranslations checks that every error message the domain, the
// storage, the importer, the reports and the window can produce has an
// English and a German entry in errors.*.json, with the same fmt verbs.
func TestErrorTranslations(t *testing.T) {
	keys := map[string]bool{}
	for _, glob := range []string{"*.go", "../claims/*.go", "../storage/*/*.go", "../storage/internal/*/*.go", "../importer/*.go", "../report/*.go", "../outfile/*.go", "../archive/*.go"} {
		files, _ := filepath.Glob(glob)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, re := range errorKeyPatterns {
				for _, m := range re.FindAllSubmatch(src, -1) {
					k, err := strconv.Unquote(string(m[1]))
					if err != nil {
						t.Fatalf("%s: %v", f, err)
					}
					if strings.Trim(verbs.ReplaceAllString(k, ""), " :") != "" {
						keys[k] = true
					}
				}
			}
		}
	}
	if len(keys) < 80 {
		t.Fatalf("only %d keys found; the patterns are out of date", len(keys))
	}
	keys[claims.InternalMessage] = true
	for _, l := range []string{"en", "de"} {
		data, err := assets.Translations.ReadFile("translations/errors." + l + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("errors.%s.json: %v", l, err)
		}
		for k := range keys {
			v, ok := m[k]
			if !ok {
				t.Errorf("errors.%s.json lacks %q", l, k)
				continue
			}
			if got, want := verbs.FindAllString(v, -1), verbs.FindAllString(k, -1); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("errors.%s.json: %q has verbs %v, want %v", l, v, got, want)
			}
		}
	}
}

// TestErrorDetailGerman checks that domain errors reach a German window in
// German, arguments filled in, and others say nothing internal.
func TestErrorDetailGerman(t *testing.T) {
	waitAllJobs() // no job of an earlier test reads the translations while they load
	defer switchLanguage("")
	switchLanguage("de")
	cases := []struct {
		err  error
		want string
	}{
		{claims.Errorf(claims.EINVALID, "A claim needs text."), "Eine Behauptung braucht einen Text."},
		{claims.Errorf(claims.ENOTFOUND, "Claim %s was not found.", "c-1"), "Behauptung c-1 wurde nicht gefunden."},
		{claims.Errorf(claims.EINVALID, "Claim %s in the dataset: %s", "c-2", claims.Errorf(claims.EINVALID, "A claim needs text.")),
			"Behauptung c-2 im Datensatz: Eine Behauptung braucht einen Text."},
		{claims.Internal(errors.New("disk"), "The file could not be written completely."), "Die Datei konnte nicht vollständig geschrieben werden."},
		{errors.New("SQLITE_IOERR: secret detail"), "Ein interner Fehler ist aufgetreten. Einzelheiten stehen im Protokoll."},
		{claims.Internal(errors.New("x"), "50% done could not be read."), "50% done could not be read."},
	}
	for _, c := range cases {
		if got := errorDetail(c.err); got != c.want {
			t.Errorf("errorDetail(%v) = %q, want %q", c.err, got, c.want)
		}
	}
	switchLanguage("en")
	if got := errorDetail(claims.Errorf(claims.EINVALID, "A claim needs text.")); got != "A claim needs text." {
		t.Errorf("en: %q", got)
	}
}

// TestGermanNumbersDatesShortcuts checks the decimal comma, the German
// date form (ISO still read) and "Strg" on menu shortcuts.
func TestGermanNumbersDatesShortcuts(t *testing.T) {
	waitAllJobs() // no job of an earlier test reads the translations while they load
	defer switchLanguage("")
	switchLanguage("de")
	if got := formatScore(0.825); got != "0,82" && got != "0,83" {
		t.Errorf("de score = %q", got)
	}
	want := time.Date(2023, 2, 27, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{"27.02.2023", "27.2.2023", "2023-02-27", " 27.02.2023 "} {
		if got, err := parseDate(in); err != nil || !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"31.02.2023", "2023/02/27", "27.02.23", "morgen"} {
		if _, err := parseDate(in); claims.ErrorCode(err) != claims.EINVALID {
			t.Errorf("parseDate(%q) accepted", in)
		}
	}
	// a date written right that does not exist is said to be none, not to be written wrongly
	for _, in := range []string{"31.02.2023", "14.13.2026", "2026-02-30", "32.1.2026"} {
		if _, err := parseDate(in); err == nil || claims.ErrorMessage(err) != "Dieses Datum gibt es nicht: "+in+"." {
			t.Errorf("parseDate(%q): %v", in, err)
		}
	}
	if _, err := parseDate("27.02.23"); err == nil || !strings.Contains(claims.ErrorMessage(err), "TT.MM.JJJJ") {
		t.Errorf("parseDate(27.02.23): %v", err)
	}
	if got := formatDate(want); got != "27.02.2023" {
		t.Errorf("de date = %q", got)
	}
	if got := articleLine(&claims.Article{Publisher: "Reuters", PublishedAt: want.Add(12 * time.Hour), Language: "de"}); got != "Reuters · 27.02.2023 · Deutsch" {
		t.Errorf("de reader line = %q", got)
	}
	if got := humanSize(2_621_440); got != "2,5 MB" {
		t.Errorf("de size = %q", got)
	}
	if got := articleMeta(articleItem{Publisher: "Tagesblatt", Date: want.Add(12 * time.Hour), Claims: 2}); !strings.HasPrefix(got, "Tagesblatt · 27.02.2023 · ") {
		t.Errorf("de article row = %q", got)
	}
	sc := menuShortcut(fyne.KeyN)
	if ks, ok := sc.(fyne.KeyboardShortcut); !ok || string(ks.Key())+modText(ks.Mod()) != "Strg+N" {
		t.Errorf("menu shortcut text = %v", sc)
	}
	if sc.ShortcutName() != ctrl(fyne.KeyN).ShortcutName() {
		t.Errorf("menu shortcut %q does not match Ctrl+N", sc.ShortcutName())
	}
	switchLanguage("en")
	if got := formatScore(0.5); got != "0.50" {
		t.Errorf("en score = %q", got)
	}
	if got := formatDate(want); got != "2023-02-27" {
		t.Errorf("en date = %q", got)
	}
	if got := humanSize(2_621_440); got != "2.5 MB" {
		t.Errorf("en size = %q", got)
	}
}

// modText is what Fyne's menu writes for mods ("" for none).
func modText(m fyne.KeyModifier) string {
	if m != 0 {
		return "<mod>"
	}
	return ""
}

// TestRefusedInputShownAtField saves refused input in the German window:
// the reason appears under the field, in German, with no message box, and
// a German date is stored and shown as typed.
func TestRefusedInputShownAtField(t *testing.T) {
	waitAllJobs() // no job of an earlier test reads the translations while they load
	defer switchLanguage("")
	f := newShellFixture(t)
	f.do(func() { f.u.setLanguage("de") })
	f.s = f.u.shell
	c := f.win().Canvas().(fyne.Shortcutable)
	f.do(func() {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault})
	})
	e := f.s.claims.editor
	f.do(func() {
		test.Type(e.date, "27.02.2023")
		test.Tap(e.save)
	})
	if f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("a message box opened for a refused input")
	}
	if got := e.notes.text("text"); got != "Eine Behauptung braucht einen Text." {
		t.Fatalf("note under the claim text = %q", got)
	}
	f.do(func() {
		test.Type(e.text, "Die Mieten stiegen 2024 um 7 Prozent.")
		test.Tap(e.save)
	})
	if e.isNew || e.claim == nil || !e.claim.ClaimDate.Equal(time.Date(2023, 2, 27, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("German date not stored: %+v", e.claim)
	}
	if e.date.Text != "27.02.2023" || e.notes.text("text") != "" {
		t.Fatalf("date field %q, note %q after save", e.date.Text, e.notes.text("text"))
	}
	f.do(func() {
		e.date.SetText("2023-02-30")
		test.Tap(e.save)
	})
	if f.win().Canvas().Overlays().Top() != nil || e.notes.text("date") != "Dieses Datum gibt es nicht: 2023-02-30." {
		t.Fatalf("date note = %q", e.notes.text("date"))
	}
}

// TestWindowKeys checks the keys the whole window answers to: F1 from the
// search box, Escape closing dialogs (help, a question, a notice) and Enter
// closing a notice but not a question.
func TestWindowKeys(t *testing.T) {
	f := newShellFixture(t)
	cv := f.win().Canvas()
	key := func(k fyne.KeyName) { f.do(func() { cv.OnTypedKey()(&fyne.KeyEvent{Name: k}) }) }

	f.do(func() {
		cv.Focus(f.s.query)
		f.s.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	})
	if findButtonIn(cv.Overlays().Top(), "Close") == nil {
		t.Fatal("F1 in the search box did not open the help")
	}
	f.do(func() { cv.Unfocus() })
	key(fyne.KeyEscape)
	if cv.Overlays().Top() != nil {
		t.Fatal("Escape did not close the help")
	}

	f.do(func() { f.u.showInfo("Backup written", "x") })
	key(fyne.KeyReturn)
	if cv.Overlays().Top() != nil {
		t.Fatal("Enter did not close the notice")
	}
	f.do(func() { f.u.showInfo("Backup written", "x") })
	key(fyne.KeyEscape)
	if cv.Overlays().Top() != nil {
		t.Fatal("Escape did not close the notice")
	}

	f.do(f.s.onSettings)
	key(fyne.KeyReturn) // presses „Übernehmen“, the marked button (ask.go)
	if cv.Overlays().Top() != nil {
		t.Fatal("Enter did not apply the settings")
	}
	f.do(f.s.onSettings)
	key(fyne.KeyEscape)
	if cv.Overlays().Top() != nil {
		t.Fatal("Escape did not close the settings")
	}
}

// TestSeenLevelsGerman: the match levels in Settings are written with the
// decimal comma in German (they showed "0.39" in the German window).
func TestSeenLevelsGerman(t *testing.T) {
	waitAllJobs()
	defer switchLanguage("")
	switchLanguage("de")
	m := match.Default()
	got := seenLevelsLabel().Text
	for _, v := range []float64{m.Possibly, m.VeryLikely} {
		if comma := strings.Replace(strconv.FormatFloat(v, 'f', 2, 64), ".", ",", 1); !strings.Contains(got, " "+comma) {
			t.Errorf("German levels %q lack %s", got, comma)
		}
	}
	if strings.Contains(got, "0.") {
		t.Errorf("German levels with a decimal point: %q", got)
	}
}

// TestSettingsScaleNameWhole: in German, the rating scale's name in Settings
// is German and has the whole width of the fields; beside the long button
// "Bezeichnungen und Farben bearbeiten…" it was cut to "PolitiFact-s…" of
// the English name "PolitiFact-style (6 steps)".
func TestSettingsScaleNameWhole(t *testing.T) {
	f := newGermanFixture(t)
	f.do(f.s.onSettings)
	d := f.s.settings
	if want := []string{"Wie PolitiFact (6 Stufen)", "Wie CORRECTIV (deutsch)", "Freitext-Fazit"}; strings.Join(d.scale.Options, "|") != strings.Join(want, "|") {
		t.Fatalf("German scale names %q", d.scale.Options)
	}
	if d.scale.Selected == "" || d.scale.Size().Width < d.name.Size().Width {
		t.Fatalf("scale %q is %v wide, the name field %v", d.scale.Selected, d.scale.Size().Width, d.name.Size().Width)
	}
	f.do(func() { d.dlg.Hide() })
}
