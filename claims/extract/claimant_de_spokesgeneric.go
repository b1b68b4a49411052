package extract

import "strings"

// "Die Nordbank AG schließt zwei Filialen. Das teilte ein Sprecher des
// Unternehmens mit", "Das Kultusministerium … Ein Sprecher des Ministeriums
// sagte": a spokesperson of a body the text calls by a general noun (a
// body's head noun, a kind of body, a noun for a firm) speaks for the body
// the text last named in full with it. The labels give the spokesperson
// with the body's full name ("Sprecher der Nordbank AG", "Sprecher des
// Kultusministeriums"), as they do for a description the text gave in full
// before (fullerDescriptionDE).

// spokesGenericDE returns the description of a spokesperson whose body is a
// general noun in the genitive ("Sprecher des Unternehmens", "Sprecherin
// der Behörde") with the body the text last named in full for that noun
// (genericBodyFullDE) in the genitive (genitiveOfBodyDE), also after an
// adjective ("Sprecherin der zuständigen Behörde"), which the full name
// replaces; "zuständigen" (in charge) before a body's name of two words or
// more goes, as it is no part of the name; who otherwise.
func (d *docState) spokesGenericDE(who string) string {
	if w, _, ok := strings.Cut(who, " "); !ok || !hasSuffixFold(w, "sprecher") && !hasSuffixFold(w, "sprecherin") {
		return who // no spokesperson's noun first (spokesNounDE): the common case, without splitting who
	}
	var buf [8]string
	f := fieldsInto(buf[:0], who) // strings.Fields(who), on the stack
	if len(f) >= 5 && f[2] == "zuständigen" && upperFirst(f[3]) && upperFirst(f[4]) && spokesNounDE(strings.ToLower(f[0])) {
		return f[0] + " " + f[1] + " " + strings.Join(f[3:], " ") // "Sprecher der zuständigen Polizeidirektion Nord": the body's name
	}
	if len(f) == 4 && !upperFirst(f[2]) && inflectedDE(f[2]) {
		f = append(f[:2], f[3]) // "Sprecher der zuständigen Behörde": the adjective goes with the full name
	}
	if len(f) != 3 || !spokesNounDE(strings.ToLower(f[0])) || f[1] != "des" && f[1] != "der" {
		return who
	}
	base := f[2]
	if f[1] == "des" {
		base = genitiveBaseDE(base) // "Ministeriums" → "Ministerium"
	}
	full, firm := d.genericBodyFullDE(base)
	if full == "" || full == base {
		return who
	}
	if firm {
		return f[0] + " " + firmGenitiveDE(full)
	}
	return f[0] + " " + f[1] + " " + genitiveOfBodyDE(full, base, f[2][len(base):])
}

// genericBodyFullDE returns the body the text last named in full for the
// general noun base: a body's head noun alone ("Ministerium",
// bodyHeadsDE), a noun for a firm ("Unternehmen", firmNounsDE; then firm
// is true) or another kind of body alone ("Gewerkschaft", kindHeadsDE:
// the kind with the name the text gave after it, "Gewerkschaft
// Metallbund"); "" when base is none of them or the text named no such
// body.
func (d *docState) genericBodyFullDE(base string) (full string, firm bool) {
	switch {
	case firmNounsDE[base]:
		return d.descs[firmKeyDE], true
	case bodyHeadDE(base) == base:
		return d.descs[bodyKeyDE+base], false
	case kindHeadDE(base) == base:
		if name := d.descs[kindKeyDE+base]; name != "" {
			return base + " " + name, false
		}
	}
	return "", false
}

// genitiveOfBodyDE puts full, the name of a body whose head noun is base,
// in the genitive after "des" or "der": the first word that ends with base
// takes the ending the unit gave base ("Gesundheitsministerium" + "s"),
// and a lower-case adjective before it ends in -en ("südkoreanische
// Regierung" → "südkoreanischen Regierung"). Other words stay.
func genitiveOfBodyDE(full, base, ending string) string {
	f := strings.Fields(full)
	for i, w := range f {
		if hasSuffixFold(w, base) {
			f[i] = w + ending
			break
		}
		if !upperFirst(w) && strings.HasSuffix(w, "e") {
			f[i] = w + "n"
		}
	}
	return strings.Join(f, " ")
}

// firmGenitiveDE gives a firm as the body of a spokesperson: "der" before
// a name that ends in a legal form ("der Nordbank AG") or in a feminine
// noun of a firm ("der Stadtsparkasse", "der Lindau Bank") and before a
// town's works ("der Stadtwerke Talbach"), "von" before any other name
// ("von Hallbach"), whose gender the text does not tell.
func firmGenitiveDE(name string) string {
	first, _, _ := strings.Cut(name, " ")
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if legalFormDE(last) || feminineBodyEndDE(last) || worksDE(first) {
		return "der " + name
	}
	return "von " + name
}

// feminineBodyEndsDE are endings of feminine nouns of firms (closed
// class).
var feminineBodyEndsDE = [...]string{"bank", "kasse", "firma", "gesellschaft", "genossenschaft", "versicherung", "bahn", "werft", "brauerei", "agentur", "gruppe", "holding"}

// feminineBodyEndDE reports whether the word w ends with one of
// feminineBodyEndsDE.
func feminineBodyEndDE(w string) bool {
	for _, e := range feminineBodyEndsDE {
		if hasSuffixFold(w, e) {
			return true
		}
	}
	return false
}
