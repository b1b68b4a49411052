package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page copied whole from a browser, or imported from an .html file,
// brings the page's furniture along with the article: bylines, photo
// credits, "Lesen Sie auch:" teasers, "Anzeige", share bars, "Stand:"
// and "Updated" time lines, press contacts with telephone numbers and
// e-mail addresses, comment counts, copyright lines. The guide counts them
// as housekeeping, never a claim. They are recognised by their form (a
// label and a colon at the start, a line of names after "Von"/"By", a
// date or clock time alone, an e-mail address or telephone number), never
// by their topic; a housekeeping unit keeps its text but is not
// check-worthy and names no claimant (housekeep).

// hkScoreCap is the highest score a housekeeping unit keeps: below any
// threshold a reader would use.
const hkScoreCap = 0.05

// hkLongLine is the length in bytes above which a unit is housekeeping
// only by a label and a colon at its start: a byline, a date line, a
// copyright line or a contact line without a label is shorter.
const hkLongLine = 200

// hkKind is what a label at the start of a unit announces.
type hkKind uint8

const (
	hkNone    hkKind = iota
	hkTeaser         // a link to another article: any headline may follow
	hkCredit         // a picture's credit: a few names follow
	hkSource         // a figure's or a table's source: a few names follow, who are its claimant
	hkCaption        // a picture's caption: a sentence may follow
	hkContact        // an address, telephone number or e-mail address follows
	hkStamp          // a date or a clock time follows
	hkAlone          // housekeeping with nothing after it
)

// hkLabels are the labels of web and press pages (lower case, without
// the colon), general knowledge of how news sites and press releases are
// laid out.
var hkLabels = map[string]hkKind{
	"lesen sie auch": hkTeaser, "lesen sie mehr": hkTeaser, "mehr zum thema": hkTeaser,
	"auch interessant": hkTeaser, "das könnte sie auch interessieren": hkTeaser,
	"weitere artikel": hkTeaser, "weiterlesen": hkTeaser, "meistgelesen": hkTeaser,
	"related": hkTeaser, "read more": hkTeaser, "read also": hkTeaser, "also read": hkTeaser,
	"see also": hkTeaser, "more on this story": hkTeaser, "recommended": hkTeaser,
	"most read": hkTeaser, "related coverage": hkTeaser, "related articles": hkTeaser,
	"themen": hkTeaser, "schlagwörter": hkTeaser, "schlagworte": hkTeaser, "stichwörter": hkTeaser,
	"tags": hkTeaser, "topics": hkTeaser,

	"foto": hkCredit, "fotos": hkCredit, "bild": hkCredit, "bilder": hkCredit,
	"bildquelle": hkCredit, "fotoquelle": hkCredit, "grafik": hkCredit, "quelle": hkSource,
	"photo": hkCredit, "photos": hkCredit, "photo credit": hkCredit, "photograph": hkCredit,
	"image source": hkCredit, "image credit": hkCredit, "credit": hkCredit, "credits": hkCredit,
	"source": hkSource, "copyright": hkCredit,

	"bildunterschrift": hkCaption, "bildtext": hkCaption, "bildbeschreibung": hkCaption,
	"image caption": hkCaption, "caption": hkCaption, "image": hkCaption,

	"pressekontakt": hkContact, "kontakt": hkContact, "medienkontakt": hkContact,
	"ansprechpartner": hkContact, "ansprechpartnerin": hkContact, "e-mail": hkContact,
	"email": hkContact, "tel": hkContact, "tel.": hkContact, "telefon": hkContact,
	"fax": hkContact, "press contact": hkContact, "media contact": hkContact,
	"contact": hkContact, "contact us": hkContact, "phone": hkContact,

	"stand": hkStamp, "aktualisiert": hkStamp, "zuletzt aktualisiert": hkStamp,
	"veröffentlicht": hkStamp, "erstellt": hkStamp, "updated": hkStamp,
	"last updated": hkStamp, "published": hkStamp, "posted": hkStamp,
	"lesezeit": hkStamp, "lesedauer": hkStamp,

	"anzeige": hkAlone, "werbung": hkAlone, "advertisement": hkAlone, "sponsored": hkAlone,
	"teilen": hkAlone, "artikel teilen": hkAlone, "drucken": hkAlone, "share": hkAlone,
	"share this article": hkAlone, "print": hkAlone, "newsletter abonnieren": hkAlone,
	"kommentare": hkAlone, "comments": hkAlone, "all rights reserved.": hkAlone,
	"alle rechte vorbehalten.": hkAlone, "key points": hkAlone, "das wichtigste in kürze": hkAlone,
}

// housekeeping returns the name of the rule by which unit ut is a page's
// housekeeping, "" when it is not.
func housekeeping(ut string) string {
	var f []string
	return housekeepingWords(ut, &f)
}

// housekeepingWords is housekeeping with *words as the buffer for the
// unit's words, reused from unit to unit (housekeep).
func housekeepingWords(ut string, words *[]string) string {
	ut = strings.TrimSpace(ut)
	if ut == "" {
		return ""
	}
	if len(ut) > 2 && ut[0] == '(' && ut[len(ut)-1] == ')' && strings.Count(ut, "(") == 1 {
		ut = ut[1 : len(ut)-1] // "(Photo: Ann Lee/Wire)"
	}
	if len(ut) <= 40 {
		var buf [64]byte
		if k := hkLabels[string(hkFold(buf[:0], strings.TrimRight(ut, ": ")))]; k != hkNone && (k == hkAlone || !strings.HasSuffix(ut, ".")) {
			return "label alone"
		}
	}
	if label, rest, ok := hkLabelColon(ut); ok {
		if rule := hkAfterLabel(hkLabels[label], rest); rule != "" {
			return rule
		}
	}
	if len(ut) > hkLongLine {
		return "" // the rules below read short lines only
	}
	if !hkMayOpen(ut) {
		return "" // an ordinary sentence: not split into words (housekeeping_gate.go)
	}
	if cap(*words) == 0 {
		*words = make([]string, 0, 32) // once a text, not grown word by word
	}
	*words = appendFields((*words)[:0], ut) // once for the rules of hkWordRules
	return hkWordRules(ut, *words)
}

// hkWordRules returns the name of the rule by which unit ut, of the words
// f, is housekeeping by its words (no label and colon), "" when it is not.
func hkWordRules(ut string, f []string) string {
	switch {
	case hkContactFields(ut, f):
		return "contact"
	case hkStampFields(ut, f):
		return "date or time line"
	case hkBylineFields(f):
		return "byline"
	case hkCopyrightFields(f):
		return "copyright line"
	case hkCountFields(f):
		return "comment count"
	}
	return ""
}

// hkAfterLabel returns the rule by which the text rest after a label of
// kind k makes the unit housekeeping, "" when it does not.
func hkAfterLabel(k hkKind, rest string) string {
	switch k {
	case hkTeaser:
		if !strings.HasSuffix(rest, ".") {
			return "teaser"
		}
	case hkCredit, hkSource:
		if rest != "" && !strings.HasSuffix(rest, ".") && len(strings.Fields(rest)) <= 8 {
			if k == hkSource {
				return ruleSource
			}
			return "credit"
		}
	case hkCaption:
		return "caption"
	case hkContact:
		if rest == "" || hkHasAddress(rest) || !strings.HasSuffix(rest, ".") && len(strings.Fields(rest)) <= 6 {
			return "contact"
		}
	case hkStamp:
		if hkDateTimeOnly(rest) {
			return "date or time line"
		}
	}
	return ""
}

// ruleSource is the rule of a source line ("Quelle: Robert Koch-Institut"):
// housekeeping, but the source it names is its claimant.
const ruleSource = "source line"

// hkLabelColon splits a unit that opens with a label of hkLabels (one to
// five words) and a colon into the label in lower case and the text after
// the colon.
func hkLabelColon(ut string) (label, rest string, ok bool) {
	i := strings.IndexByte(ut, ':')
	if i <= 0 || i > 40 {
		return "", "", false
	}
	var buf [64]byte
	if hkLabels[string(hkFold(buf[:0], strings.TrimSpace(ut[:i])))] == hkNone {
		return "", "", false // no string made for the many colons that follow no label
	}
	label = strings.ToLower(strings.TrimSpace(ut[:i]))
	return label, strings.TrimSpace(ut[i+1:]), true
}

// hkByline reports whether ut is a byline: "Von"/"By" (or "Ein Artikel
// von", "Written by", "Posted by") and two or more words in capitals,
// joined by "und"/"and" or commas (a title after a comma), without final
// punctuation, perhaps followed by a bar or a date line ("By Ann Lee |
// Published 10:20 AM EST").
func hkByline(ut string) bool {
	return hkBylineFields(strings.Fields(ut))
}

// hkBylineFields is hkByline for a unit split into its words f.
func hkBylineFields(f []string) bool {
	start := 0
	switch {
	case len(f) > 2 && (f[0] == "Von" || f[0] == "By" || f[0] == "Text:"):
		start = 1
	case len(f) > 3 && (strings.EqualFold(f[0], "ein") && strings.EqualFold(f[1], "artikel") || strings.EqualFold(f[0], "eine") && strings.EqualFold(f[1], "analyse")) && strings.EqualFold(f[2], "von"):
		start = 3
	case len(f) > 3 && (f[0] == "Written" || f[0] == "Posted" || f[0] == "Reported") && f[1] == "by":
		start = 2
	default:
		return false
	}
	names := 0
	for i := start; i < len(f); i++ {
		w := f[i]
		if w == "|" || w == "/" || w == "–" || w == "-" {
			return names >= 2 && hkStampOrEmpty(strings.Join(f[i+1:], " "))
		}
		if hkLabels[strings.ToLower(strings.TrimSuffix(w, ":"))] == hkStamp || hkNumeric(strings.TrimRight(w, ",")) {
			return names >= 2 && hkStampOrEmpty(strings.Join(f[i:], " "))
		}
		if w == "und" || w == "and" || w == "von" || w == "van" || w == "de" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".!?;") && !hkInitial(w) {
			return false
		}
		if lexDE[strings.ToLower(strings.TrimRight(w, ","))]&(cMonth|cWeekday) != 0 || lexEN[strings.ToLower(strings.TrimRight(w, ","))]&(cMonth|cWeekday) != 0 {
			return false
		}
		names++
	}
	return names >= 2
}

// hkInitial reports whether w is an initial ("J.", "A.M.").
func hkInitial(w string) bool {
	return len(w) <= 4 && strings.HasSuffix(w, ".") && strings.Count(w, ".")*2 == len(w)
}

// hkStampOrEmpty reports whether s, after a byline's names, is empty, a
// date or time line, or a date, a time or a reading time alone ("3 Min.").
func hkStampOrEmpty(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || hkStampLine(s) || hkDateTimeOnly(s) || strings.HasSuffix(s, ":") && hkLabels[strings.ToLower(strings.TrimSuffix(s, ":"))] == hkStamp
}

// hkCopyrightFields reports whether the unit of words f is a copyright line: "©" or "Copyright"
// and a year, in at most twelve words.
func hkCopyrightFields(f []string) bool {
	if len(f) < 2 || len(f) > 12 {
		return false
	}
	if f[0] != "©" && !strings.HasPrefix(f[0], "©") && f[0] != "Copyright" && f[0] != "(c)" {
		return false
	}
	for _, w := range f[:min(3, len(f))] { // "© 2026" has two words
		w = strings.Trim(w, "©,.")
		if len(w) == 4 && hkNumeric(w) {
			return true
		}
	}
	return false
}

// hkCountFields reports whether the unit of words f is a comment count: a number and
// "Kommentare"/"comments" in either order ("42 Kommentare", "Kommentare
// (17)").
func hkCountFields(f []string) bool {
	if len(f) != 2 {
		return false
	}
	a, b := strings.Trim(f[0], "()"), strings.Trim(f[1], "()")
	if hkNumeric(b) {
		a, b = b, a
	}
	return hkNumeric(a) && lowerIn(hkLabels, b) == hkAlone && (strings.EqualFold(b, "kommentare") || strings.EqualFold(b, "comments"))
}

// hkContactFields reports whether ut (its words f) opens with a contact label without a
// colon ("Email", "Kontakt") and holds an e-mail address or a telephone
// number, in at most twenty words ("Email tips@… or call …").
func hkContactFields(ut string, f []string) bool {
	return len(f) >= 2 && len(f) <= 20 && hkLabelOf(f[:1]) == hkContact && hkHasAddress(ut)
}

// hkHasAddress reports whether s holds an e-mail address or a telephone
// number (seven digits or more, opened by "+", "0" or "(", with spaces,
// dashes, slashes or brackets between them).
func hkHasAddress(s string) bool {
	for _, w := range strings.Fields(s) {
		if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '+' && c != '(' && c != '0' || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		d := 0
		j := i
		for ; j < len(s) && strings.IndexByte("0123456789 -/()+", s[j]) >= 0; j++ {
			if s[j] >= '0' && s[j] <= '9' {
				d++
			}
		}
		if d >= 7 {
			return true
		}
		i = j
	}
	return false
}

// hkLabelOf returns the kind of the label the words make (joined by one
// space, any case, a colon after the last dropped), as hkLabels holds it;
// it folds the words into a buffer, not a new string.
func hkLabelOf(words []string) hkKind {
	var buf [64]byte
	b := buf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		if i == len(words)-1 {
			w = strings.TrimSuffix(w, ":")
		}
		b = hkFold(b, w)
	}
	return hkLabels[string(b)] // no copy for a map look-up
}

// hkFold appends s in lower case to dst, as strings.ToLower would give it.
func hkFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// appendFields appends the words of s to dst as strings.Fields gives them:
// runs of characters between white space (unicode.IsSpace).
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}
