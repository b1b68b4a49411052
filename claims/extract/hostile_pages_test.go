package extract_test

import (
	"strings"
)

// hostilePageDE and hostilePageEN are invented web pages as a checker
// pastes them: bylines, credits, time stamps, contact blocks, addresses,
// mentions, emojis, right-to-left text, invisible characters, broken
// UTF-8, odd quotes and abbreviations at line ends. Every name, place and
// figure is made up.
var hostilePageDE = strings.Join([]string{
	"Startseite › Politik › Kalben",
	"Von Anna Lehmkuhl und Bo Tessler",
	"Von dpa/Reuters | Aktualisiert:",
	"Stand: 05.12.2026, 14:32 Uhr",
	"+++ 14:32 +++",
	"+++ Eilmeldung +++ Der Rat der Stadt Kalben tritt zurück +++",
	"Foto: Jana Wirth/Kalbener Bote",
	"Bild: picture alliance / Nils Oberg",
	"© 2026",
	"© 2026 Kalbener Bote GmbH. Alle Rechte vorbehalten.",
	"(c) Kalbener Bote",
	"Pressekontakt:",
	"Pressekontakt: Mira Feld, Tel. +49 (0)30 123 456-78, presse@kalben.example",
	"E-Mail: redaktion@kalbener-bote.example",
	"https://www.kalbener-bote.example/politik/rat-tagt-2026-12-05.html?utm_source=x&a=1#kommentare",
	"www.kalben.example",
	"@Rathaus_Kalben sagt: „Wir prüfen das.“ #Kalben #Haushalt2026",
	"#Kalben",
	"@AnnaL",
	"Bürgermeisterin Ute Sommer sagte, die Stadt habe 2025 rund 4,2 Millionen Euro gespart. 👍🏽",
	"Das ist 👩‍👩‍👧‍👦 und 🏳️‍🌈 und 👨🏿‍💻 – alles in einer Zeile.",
	"🙂🙂🙂",
	"🇩🇪",
	"Der Haushalt\u00adausschuss tagte\u00a0am Montag\u200b\u200bbis 22\u202fUhr.",
	"Die Zahl stieg\u2028auf 17 Prozent\u2029laut Amt.",
	"Er sagte: „Das ist ‚falsch‘ und «unhaltbar»“, so Sommer.",
	"„Ein Zitat ohne Ende",
	"Ein Ende ohne Anfang“",
	"»»Doppelt«« und ››einfach‹‹ und \"\"\"dreifach\"\"\"",
	"„“„“„“",
	"\"",
	"Laut Dr.",
	"Nr.",
	"Das gilt z. B.",
	"für Nr. 5 bzw. Dr. med. Ole Hansen u. a. m.",
	"Am 1. Januar 2026 wurden 3. und 4. Klassen zusammengelegt.",
	"Der 05.12.2026 ist ein Samstag; am 6.12. folgt Nikolaus.",
	"1234567890",
	"3,14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706",
	"!!!???...,,,;;;:::---",
	"…",
	"...",
	strings.Repeat(".", 10000),
	"Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsverwaltungsratsvorsitzender" + strings.Repeat("x", 300),
	"מנהל העיר אמר כי התקציב גדל ב-12 אחוז.",
	"قال رئيس البلدية إن الميزانية زادت.",
	"Mischtext \u202eumgekehrt\u202c und \u200fRTL\u200e Marke.",
	"Cafe\u0301 und Zoe\u0308 mit kombinierten Zeichen\u0336.",
	"Tab\tgetrennte\tSpalten\t42\t%",
	"Ungültig \xed\xa0\x80 Surrogat \xed\xbf\xbf und \xff\xfe Bytes \xc3",
	"\xef\xbb\xbfMit BOM: Der Rat tagte.",
	"Lesen Sie auch: Was der Rat 2025 beschloss",
	"Kommentare (17)",
	"Teilen: Facebook Twitter WhatsApp E-Mail",
	"Ein Artikel von",
	"Text: Anna Lehmkuhl; Mitarbeit: Bo Tessler",
	"Quelle: Statistisches Landesamt, eigene Berechnung",
	"Anzeige",
	"-",
	"|",
	"* * *",
	"   ",
}, "\n")

var hostilePageEN = strings.Join([]string{
	"Home > World > Kalben",
	"By Ann Lee and Tom O'Hara, Kalben Herald",
	"Updated 2:32 PM EST, Sat December 5, 2026",
	"Published: 5 December 2026 14:32 GMT",
	"Photograph: Jane Doe/Kalben Herald",
	"Credit: Getty Images / Sam Ruiz",
	"Copyright 2026 Kalben Herald Ltd.",
	"© 2026",
	"Press contact: press@kalben-herald.example, +1 (555) 010-0199",
	"Follow @KalbenHerald on X. #Breaking #Kalben2026",
	"Mayor Ruth Sommer said the city saved $4.2m in 2025, a 12% drop. 👍🏿",
	"Family: 👩‍👩‍👧‍👦, flag: 🏳️‍⚧️, coder: 🧑🏻‍💻.",
	"\"It's 'wrong' and \u201cuntenable\u201d,\" said Sommer.",
	"\u201cA quote that never ends",
	"An end without a start\u201d",
	"''''",
	"Said Dr.",
	"No.",
	"See e.g.",
	"Mr. and Mrs. Smith Jr. met Gov. Park at 5 p.m. on Dec. 5.",
	"On the 1st, 2nd and 3rd of May, 21st-century rules applied.",
	"99999999999999999999999999999999999999999999999999",
	"$$$%%%&&&",
	"https://kalben-herald.example/a/b?c=d&e=f",
	"Soft\u00adhyphen\u00a0and\u2009thin\u200bzero-width\ufeffBOM.",
	"Line\u2028separator and\u2029paragraph.",
	"Read more: What the council decided",
	"Comments (42)",
	"Advertisement",
	"Share this:",
	"Tags:",
	"\t\t",
}, "\n")

// hostileCROnly is a page whose lines end in a carriage return alone.
var hostileCROnly = "Von Anna Lehmkuhl\rStand: 05.12.2026, 14:32 Uhr\rDer Rat tagte am Montag.\r\rBürgermeisterin Ute Sommer sagte: „Wir sparen 4 Millionen.“\r© 2026\r"

// hostileCRLF is the German page with Windows line ends.
var hostileCRLF = strings.ReplaceAll(hostilePageDE, "\n", "\r\n")

// hostileTexts are the whole pages.
var hostileTexts = []string{hostilePageDE, hostilePageEN, hostileCROnly, hostileCRLF}

// hostileLines returns every line of the pages and every pair of adjacent
// lines, one text each.
func hostileLines() []string {
	var out []string
	for _, page := range []string{hostilePageDE, hostilePageEN} {
		lines := strings.Split(page, "\n")
		for i, l := range lines {
			out = append(out, l)
			if i+1 < len(lines) {
				out = append(out, l+"\n"+lines[i+1])
			}
		}
	}
	return out
}
