package importer_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/claims"
	"claimdesk/importer"
)

// hostileLines are invented lines of a web page as a checker pastes it:
// bylines, stamps, contacts, addresses, emojis, right-to-left text,
// invisible characters and odd quotes. Every name and figure is made up.
var hostileLines = []string{
	"Von Anna Lehmkuhl und Bo Tessler", "Stand: 05.12.2026, 14:32 Uhr", "+++ 14:32 +++", "© 2026",
	"Pressekontakt: Mira Feld, presse@kalben.example", "https://kalben.example/a?b=c&d=e#f",
	"@Rathaus_Kalben #Haushalt2026", "Bürgermeisterin Ute Sommer sagte, die Stadt spare 4,2 Millionen Euro. 👍🏽",
	"👩‍👩‍👧‍👦 🏳️‍🌈 🇩🇪", "מנהל העיר אמר כי התקציב גדל.", "Mischtext \u202eumgekehrt\u202c",
	"Haushalt\u00adausschuss\u00a0tagte\u200bbis\u2028spät\u2029.", "Cafe\u0301", "Er sagte: „Das ist ‚falsch‘ und «unhaltbar»“",
	"„Ein Zitat ohne Ende", "Laut Dr.", "Nr.", "z. B.", "1234567890", "!!!???...", strings.Repeat(".", 10000),
	"Tab\tgetrennt", "* * *",
}

// hostileFiles are odd files as they reach the import: each is read
// without a panic, or refused as EINVALID.
func hostileFiles() [][2]string {
	page := strings.Join(hostileLines, "\n")
	files := [][2]string{
		{"leer.txt", ""}, {"leer.md", " \n\t\n"}, {"leer.html", ""},
		{"seite.txt", page}, {"seite.md", page},
		{"seite.html", "<html><body><p>" + strings.Join(hostileLines, "</p><p>") + "</p></body></html>"},
		{"cr.txt", strings.ReplaceAll(page, "\n", "\r")}, {"crlf.md", strings.ReplaceAll(page, "\n", "\r\n")},
		{"nur-skript.html", "<html><head><script>var a = '<p>nein</p>';</script><style>p{}</style></head><body><script>x()</script></body></html>"},
		{"utf16le.txt", "\xff\xfeD\x00e\x00r\x00 \x00R\x00a\x00t\x00.\x00"},
		{"utf16be.txt", "\xfe\xff\x00D\x00e\x00r\x00 \x00R\x00a\x00t\x00."},
		{"utf16-ungerade.txt", "\xff\xfeD\x00e"},
		{"utf16-surrogat.txt", "\xff\xfe\x00\xd8A\x00"},
		{"latin1.txt", "Der Stadtrat beschlo\xdf eine Erh\xf6hung."},
		{"surrogat.txt", "Der Rat \xed\xa0\x80 tagte."},
		{"binaer.txt", "\x00\x01\x02\x03PK\x03\x04"},
		{"kein.pdf", "%PDF-1.7\nDer Rat tagte."},
		{"pdf.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"},
		{"lang.txt", strings.Repeat("Wort", 50000)},
		{"entities.html", "<p>&#0;&#13;&#x2028;&#xD800;&#1114112;&amp;&nbsp;&shy;&zwj;</p>"},
		{"kommentar.html", "<!-- <p>versteckt</p> --><p>Sichtbar &lt;b&gt;</p>"},
		{"ohne-endung", page},
	}
	return files
}

// TestHostileFiles checks every odd file (and every line of the invented
// page as a file of each kind) against the rules of FuzzReadArticle.
func TestHostileFiles(t *testing.T) {
	files := hostileFiles()
	for _, l := range hostileLines {
		for _, ext := range []string{".txt", ".md", ".html"} {
			files = append(files, [2]string{"zeile" + ext, l})
		}
	}
	for _, f := range files {
		checkRead(t, f[0], f[1])
	}
}

// checkRead reads in as the file name and checks the result: EINVALID, or
// an article with a visible title and body of valid UTF-8 text whose lines
// end in "\n" alone.
func checkRead(t *testing.T, name, in string) {
	t.Helper()
	a, err := importer.ReadArticle(name, []byte(in))
	if err != nil {
		if claims.ErrorCode(err) != claims.EINVALID {
			t.Fatalf("%s: error code %q for %v", name, claims.ErrorCode(err), err)
		}
		return
	}
	if !importer.Visible(a.Title) || !importer.Visible(a.Body) {
		t.Fatalf("%s: a title or body with nothing to read: %+v", name, a)
	}
	if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Body) {
		t.Fatalf("%s: title %q or body %q is not valid UTF-8", name, a.Title, a.Body)
	}
	if strings.ContainsRune(a.Body, '\r') || strings.ContainsRune(a.Title, '\n') {
		t.Fatalf("%s: a carriage return in the body or a line break in the title: %q / %q", name, a.Title, a.Body)
	}
}
