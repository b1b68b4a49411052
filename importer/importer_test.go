package importer_test

import (
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/importer"
)

// articleCases feed both TestReadArticle and FuzzReadArticle.
var articleCases = []struct {
	name      string
	file      string
	in        string
	title     string
	body      string // exact body, when set
	contains  []string
	excludes  []string
	url       string
	publisher string
	lang      string
	published string
}{
	{
		name: "TxtShortFirstLineIsTitle", file: "notiz.txt",
		in:    "Stadtrat beschließt neues Radwegenetz\n\nDer Stadtrat hat am Montag 40 Kilometer neue Radwege beschlossen.  \r\nDie Kosten liegen bei 12 Millionen Euro.\n",
		title: "Stadtrat beschließt neues Radwegenetz",
		body:  "Stadtrat beschließt neues Radwegenetz\n\nDer Stadtrat hat am Montag 40 Kilometer neue Radwege beschlossen.\nDie Kosten liegen bei 12 Millionen Euro.",
		lang:  "de",
	},
	{
		name: "TxtSentenceFirstLineIsTitleNotFileName", file: "dir/bericht-2026.TXT",
		in:    "Die Arbeitslosenquote ist im Oktober auf 6,1 Prozent gestiegen.\nDas meldet die Bundesagentur.",
		title: "Die Arbeitslosenquote ist im Oktober auf 6,1 Prozent gestiegen.",
		body:  "Die Arbeitslosenquote ist im Oktober auf 6,1 Prozent gestiegen.\nDas meldet die Bundesagentur.",
		lang:  "de",
	},
	{
		name: "TxtLongFirstLineShortenedAtAWord", file: "lang.txt",
		in:    strings.Repeat("Wort ", 40) + "\nZweite Zeile",
		title: strings.Repeat("Wort ", 23) + "Wort…",
	},
	{
		name: "TxtBOMAndBlankLines", file: "bom.txt",
		in:    "\ufeffÜberschrift ohne Punkt\n\n\n\n\nAbsatz.",
		title: "Überschrift ohne Punkt",
		body:  "Überschrift ohne Punkt\n\nAbsatz.",
	},
	{
		name: "Markdown", file: "artikel.md",
		in:    "Intro-Zeile vor dem Titel.\n\n# Die **Mieten** steigen\n\nLaut [Statistikamt](https://example.org/stat) stiegen die Mieten um *4,2 %*.\nDas ist `neu`.\n\n## Einordnung\n\n- erster Punkt mit __Nachdruck__\n- zweiter Punkt\n\n> Ein Zitat ~~gestrichen~~.\n\n![Diagramm](bild.png)\n\n[ref]: https://example.org\n\n---\n\nSnake_case_wort bleibt \\*so\\*.",
		title: "Die Mieten steigen",
		body:  "Intro-Zeile vor dem Titel.\n\nDie Mieten steigen\n\nLaut Statistikamt stiegen die Mieten um 4,2 %. Das ist neu.\n\nEinordnung\n\n- erster Punkt mit Nachdruck\n- zweiter Punkt\n\nEin Zitat gestrichen.\n\nDiagramm\n\nSnake_case_wort bleibt *so*.",
		lang:  "de",
	},
	{
		// table rows stay lines of their own, the row under the header
		// goes: a long table was one paragraph, one "sentence" of megabytes
		name: "MarkdownTableRowsOnePerLine", file: "tabelle.md",
		in:    "# Kosten\n\nVorher ein Satz.\n\n| Posten | Betrag |\n|:---|---:|\n| **Schulen** | 12 Euro |\n| Kitas | 7 Euro |\nNachher ein Satz.",
		title: "Kosten",
		body:  "Kosten\n\nVorher ein Satz.\n\nPosten | Betrag\nSchulen | 12 Euro\nKitas | 7 Euro\n\nNachher ein Satz.",
	},
	{
		name: "MarkdownFrontMatterAndSetext", file: "front.md",
		in:    "---\ntitle: \"Aus dem Kopf\"\nlang: de-AT\nurl: https://example.org/a\n---\nUnterzeile\n===\n\nText.",
		title: "Aus dem Kopf",
		body:  "Unterzeile\n\nText.",
		url:   "https://example.org/a",
		lang:  "de",
	},
	{
		name: "MarkdownWithoutHeadingUsesFirstLine", file: "ohne-titel.md",
		in:    "Nur *ein* Absatz.",
		title: "Nur ein Absatz.",
		body:  "Nur ein Absatz.",
	},
	{
		name: "HTML", file: "seite.html",
		in: `<!DOCTYPE html><html lang="de-DE"><head>
<title>Bahn meldet Rekord | Tagesblatt</title>
<meta property="og:site_name" content="Tagesblatt">
<link rel="canonical" href="https://tagesblatt.example/bahn">
<meta property="article:published_time" content="2026-03-01T08:00:00+01:00">
<style>p{color:red}</style><script>var x = "<p>nicht</p>";</script>
</head><body>
<header><a href="/">Tagesblatt</a> Startseite</header>
<nav><ul><li>Politik</li><li>Wirtschaft</li></ul></nav>
<article><h1>Bahn meldet   Rekord</h1>
<p>Die Bahn hat 2025 <b>mehr</b> Fahrgäste befördert&nbsp;als je zuvor &amp; mehr.</p>
<div>Der Konzern nennt 2,1&#160;Milliarden<br>Reisende.</div>
<ul><li>Fernverkehr: +3 %</li><li>Regionalverkehr: +5 %</li></ul>
<table><tr><td>Jahr</td><td>2025</td></tr></table>
<form><input name="q"><button>Suchen</button></form>
<p hidden>Versteckt</p><div style="display: none">Auch versteckt</div><span aria-hidden="true">Icon</span>
</article>
<aside>Mehr zum Thema</aside><footer>Impressum</footer>
</body></html>`,
		title:     "Bahn meldet Rekord",
		body:      "Bahn meldet Rekord\n\nDie Bahn hat 2025 mehr Fahrgäste befördert als je zuvor & mehr.\n\nDer Konzern nennt 2,1 Milliarden\nReisende.\n\nFernverkehr: +3 %\n\nRegionalverkehr: +5 %\n\nJahr 2025",
		url:       "https://tagesblatt.example/bahn",
		publisher: "Tagesblatt",
		lang:      "de",
		published: "2026-03-01T07:00:00Z",
	},
	{
		name: "HTMLOpenGraph", file: "og.HTM",
		in:    `<html lang="en"><head><title>Ignored | Other</title><meta property="og:title" content="OG headline"><meta property="og:url" content="https://example.org/og"></head><body><p>Body text.</p></body></html>`,
		title: "OG headline",
		body:  "Body text.",
		url:   "https://example.org/og",
		lang:  "en",
	},
	{
		name: "HTMLTitleFromH1AndUnknownLanguage", file: "h1.html",
		in: `<html lang="fr"><body><h1>Erste <em>Überschrift</em></h1><h1>Zweite</h1><p>Text</p><pre>  a  b
  c</pre></body></html>`,
		title: "Erste Überschrift",
		body:  "Erste Überschrift\n\nZweite\n\nText\n\n  a  b\n  c",
	},
	{
		name: "OnlyExtension", file: ".md",
		in:    "0",
		title: "0",
		body:  "0",
	},
	{
		name: "HTMLFragmentWithoutTitle", file: "fragment.htm",
		in:    "Nur Text mit <i>Auszeichnung</i>.",
		title: "Nur Text mit Auszeichnung.",
		body:  "Nur Text mit Auszeichnung.",
	},
}

func TestReadArticle(t *testing.T) {
	for _, tc := range articleCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := importer.ReadArticle(tc.file, []byte(tc.in))
			if err != nil {
				t.Fatalf("ReadArticle: %v", err)
			}
			if got, want := a.Title, tc.title; got != want {
				t.Errorf("title = %q, want %q", got, want)
			}
			if tc.body != "" && a.Body != tc.body {
				t.Errorf("body =\n%q\nwant\n%q", a.Body, tc.body)
			}
			if got, want := a.URL, tc.url; got != want {
				t.Errorf("url = %q, want %q", got, want)
			}
			if got, want := a.Publisher, tc.publisher; got != want {
				t.Errorf("publisher = %q, want %q", got, want)
			}
			if got, want := a.Language, tc.lang; got != want {
				t.Errorf("language = %q, want %q", got, want)
			}
			if tc.published != "" {
				if got := a.PublishedAt.Format(time.RFC3339); got != tc.published {
					t.Errorf("published = %s, want %s", got, tc.published)
				}
			}
			if err := a.Validate(); err != nil {
				t.Errorf("article does not validate: %v", err)
			}
		})
	}
}

// TestReadArticleStrayNUL: one NUL (or another control byte) in a text
// is no sign of a binary file; ReadArticle reads the whole text, the NUL
// still in it for DropControls. Two in a short file are.
func TestReadArticleStrayNUL(t *testing.T) {
	a, err := importer.ReadArticle("meldung.txt", []byte("Hafen wächst\n\nDie Zahl\x00 stieg um 5 Prozent. Der Rest bleibt."))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(a.Body, "Der Rest bleibt.") || !strings.HasSuffix(importer.DropControls(a.Body), "Die Zahl stieg um 5 Prozent. Der Rest bleibt.") {
		t.Errorf("body = %q", a.Body)
	}
	if _, err := importer.ReadArticle("zwei.txt", []byte("Die Zahl\x00 stieg\x01.")); err == nil {
		t.Error("a short text with two control bytes was read as text")
	}
}

func TestReadArticleErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           string // part of the message
	}{
		{"UnknownExtension", "scan.pdf", "text", ".txt, .md, .html and .htm"},
		{"NoExtension", "README", "text", "no file extension"},
		{"InvalidUTF8", "latin1.txt", "Zeile eins\nGr\xf6\xdfe", "not valid UTF-8 text (first bad byte on line 2)"},
		{"HTMLLatin1WithoutCharset", "alt.html", "<p>Gr\xf6\xdfe</p>", "not valid UTF-8 text"},
		{"HTMLDeclaredUTF8Broken", "alt.html", "<meta charset=\"utf-8\"><p>Gr\xf6\xdfe</p>", "not valid UTF-8 text"},
		{"Binary", "bild.txt", "abc\x00\x01\x02def", "binary"},
		{"PDFMagic", "x.html", "%PDF-1.7\n...", "binary"},
		{"Empty", "leer.md", " \n\t\n", "is empty"},
		{"NoReadableText", "skript.html", "<html><head><title>T</title><script>x()</script></head><body><nav>Menü</nav></body></html>", "no readable text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := importer.ReadArticle(tc.file, []byte(tc.in))
			if err == nil {
				t.Fatalf("ReadArticle = %+v, want an error", a)
			}
			if got := claims.ErrorCode(err); got != claims.EINVALID {
				t.Errorf("code = %q, want %q", got, claims.EINVALID)
			}
			if msg := claims.ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Errorf("message %q does not contain %q", msg, tc.want)
			}
		})
	}
}

// An HTML page saved in the character set its <meta> tag declares
// (ISO-8859-1, windows-1252: older German news sites) is read as text.
func TestReadArticleDeclaredCharset(t *testing.T) {
	for _, meta := range []string{`<meta charset="iso-8859-1">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`} {
		page := "<html><head>" + meta + "<title>Stra\xdfenbau \x96 Bilanz</title></head>" +
			"<body><p>Die Nordhafener Stra\xdfen kosteten 12 Millionen \x80, sagte die B\xfcrgermeisterin.</p></body></html>"
		a, err := importer.ReadArticle("seite.html", []byte(page))
		if err != nil {
			t.Fatalf("%s: %v", meta, err)
		}
		if a.Title != "Straßenbau – Bilanz" || a.Body != "Die Nordhafener Straßen kosteten 12 Millionen €, sagte die Bürgermeisterin." {
			t.Errorf("%s: title %q, body %q", meta, a.Title, a.Body)
		}
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"German", "Der Minister sagte, die Zahl der Fälle sei nicht gestiegen und das sei auch gut so.", "de"},
		{"English", "The minister said that the number of cases was not rising and that this is good.", "en"},
		{"TooShort", "Hallo Welt", ""},
		{"Mixed", "the and is der die das", ""},
		{"French", "Le ministre a dit que le nombre de cas ne augmente pas.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := importer.GuessLanguage(tc.in); got != tc.want {
				t.Errorf("GuessLanguage = %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzReadArticle(f *testing.F) {
	for _, tc := range articleCases {
		f.Add(tc.file, tc.in)
	}
	for _, hf := range hostileFiles() {
		f.Add(hf[0], hf[1])
	}
	f.Fuzz(func(t *testing.T, file, in string) {
		checkRead(t, file, in)
	})
}
