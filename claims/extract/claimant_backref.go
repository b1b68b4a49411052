package extract

import "strings"

// A report often states a fact first and names its source in the next
// sentence, which only says who said it: "Die Stadtwerke erhöhen den
// Preis um 8 Prozent. Das teilte das Unternehmen am Mittwoch mit." /
// "Prices will rise by 8 percent. That is according to the utility." The
// units are read in order, so the first is left without a speaker when it
// is read; once the text is read, backReference gives it the speaker of
// the second.

// backReference gives a unit without a claimant the claimant of the unit
// right after it, in the same language and line, when that unit only
// names the source of what came before (sourceAfterDE, sourceAfterEN): in
// the units and, for the fitter, in the chooser's trace as the rules'
// candidate.
func (d *docState) backReference(text string, units []Unit) {
	var z tokenizer
	for i := 1; i < len(units); i++ {
		u, prev := &units[i], &units[i-1]
		if u.Claimant == "" || prev.Claimant != "" || u.Lang != prev.Lang || strings.ContainsRune(text[prev.End:u.Start], '\n') {
			continue
		}
		if !(u.Lang == "de" && sourceAfterDE(&z, u.Text) || u.Lang == "en" && sourceAfterEN(u.Text)) {
			continue
		}
		prev.Claimant = u.Claimant
		d.traceRules(i-1, len(units), u.Claimant)
	}
}

// sourceAfterDE reports whether the German unit s opens with "Das" or
// "Dies" as the object of a verb of reporting ("Das teilte die Polizei
// mit", "Dies sagte der Sprecher", "Das gab die Stadt bekannt", "Das geht
// aus einem Bericht des Amts hervor"), or names the source of a finding
// ("Zu diesem Ergebnis kommt eine Studie des Instituts").
func sourceAfterDE(z *tokenizer, s string) bool {
	if findingAfterDE(s) {
		return true
	}
	if !demonstrativeOpenDE(s) {
		return false
	}
	toks := z.tokenize(s, lexDE)
	return len(toks) >= 3 && sourceVerbDE(toks, 1)
}

// findingAfterDE reports whether s opens with "Zu diesem Ergebnis" or "Zu
// diesem Schluss" ("dem" for "diesem" too) and the verb "kommen" ("…
// kommt eine Studie", "… kamen die Forscher").
func findingAfterDE(s string) bool {
	for _, open := range [...]string{"Zu diesem Ergebnis ", "Zu diesem Schluss ", "Zu dem Ergebnis ", "Zu dem Schluss "} {
		if rest, ok := strings.CutPrefix(s, open); ok {
			verb, _, _ := strings.Cut(rest, " ")
			return verb == "kommt" || verb == "kommen" || verb == "kam" || verb == "kamen"
		}
	}
	return false
}

// sourceAfterEN reports whether the English unit s opens by pointing back
// to a source: "That is according to …", "That's according to …", "This
// is what … said".
func sourceAfterEN(s string) bool {
	for _, open := range [...]string{"That is ", "That's ", "That’s ", "This is ", "That was ", "This was "} {
		if rest, ok := strings.CutPrefix(s, open); ok {
			return strings.HasPrefix(rest, "according to ") || strings.HasPrefix(rest, "what ")
		}
	}
	return false
}

// sourceVerbsDE are the finite forms (third person, present and past) of
// the German verbs that name a source after "Das": the verbs of saying
// and reporting, and those that name what shows a finding ("zeigt",
// "belegt", "ergab": a study, figures; only a unit that names a source of
// it gives one back), with the particle a separable one needs at the clause's
// end ("teilte … mit", "gab … bekannt"); "" for none.
var sourceVerbsDE = func() map[string]string {
	m := map[string]string{}
	for _, stem := range [...]string{"sag", "erklär", "bestätig", "bericht", "meld", "beton", "verkünd"} {
		for _, f := range sourceFormsDE(stem) {
			m[f] = ""
		}
	}
	for _, f := range [...]string{"schreibt", "schrieb", "schrieben", "schreiben", "twitterte", "twitterten"} {
		m[f] = ""
	}
	for _, stem := range [...]string{"zeig", "beleg"} {
		for _, f := range sourceFormsDE(stem) {
			m[f] = "" // "Das zeigt eine Umfrage des Verbands": the findings' source
		}
	}
	for _, f := range [...]string{"ergibt", "ergab", "ergaben", "ergeben"} {
		m[f] = "" // "Das ergab eine Auswertung der Kasse"
	}
	for _, f := range [...]string{"teilt", "teilte", "teilten", "teilen"} {
		m[f] = "mit"
	}
	for _, f := range [...]string{"gibt", "gab", "gaben", "geben"} {
		m[f] = "bekannt"
	}
	for _, f := range [...]string{"geht", "ging", "gehen", "gingen"} {
		m[f] = "hervor" // "Das geht aus einer Antwort des Senats hervor"
	}
	return m
}()

// sourceFormsDE returns the finite forms of a weak verb's stem: "sagt",
// "sagte", "sagten", "sagen"; a stem ending in d or t takes an e first
// ("meldet", "meldete", "berichtet").
func sourceFormsDE(stem string) []string {
	t := "t"
	if strings.HasSuffix(stem, "d") || strings.HasSuffix(stem, "t") {
		t = "et"
	}
	return []string{stem + t, stem + t + "e", stem + t + "en", stem + "en"}
}

// sourceVerbDE reports whether toks[v] is a verb of saying or reporting
// (sourceVerbsDE) with the particle it needs at the end of its clause: the
// unit's last word, or the word before the first comma after the verb
// ("Das geht aus dem Bericht hervor, den …"), and no "nicht" before that
// comma.
func sourceVerbDE(toks []token, v int) bool {
	particle, ok := sourceVerbsDE[toks[v].low]
	if !ok || particle == "" {
		return ok
	}
	for k := v + 1; k < len(toks); k++ {
		switch {
		case toks[k].low == "nicht":
			return false // "Das geht aus der Statistik nicht hervor": no source of it
		case toks[k].p == ',':
			return wordBefore(toks, v, k) == particle || wordBefore(toks, v, len(toks)) == particle
		}
	}
	return wordBefore(toks, v, len(toks)) == particle
}

// wordBefore is the lower-case word last before toks[e], after toks[v]
// and skipping punctuation; "" for none.
func wordBefore(toks []token, v, e int) string {
	for k := e - 1; k > v; k-- {
		if !toks[k].is(tPunct) {
			return toks[k].low
		}
	}
	return ""
}

// demonstrativeOpenDE reports whether s opens with "Das " or "Dies ".
func demonstrativeOpenDE(s string) bool {
	return strings.HasPrefix(s, "Das ") || strings.HasPrefix(s, "Dies ")
}

// traceRules marks who as the rules' candidate of unit i in the chooser's
// trace (a text of n units), adding who when the chooser had not seen it;
// nothing without a trace.
func (d *docState) traceRules(i, n int, who string) {
	if d.trace == nil || len(d.trace.units) != n {
		return
	}
	u := &d.trace.units[i]
	for k, name := range u.Names {
		if name == who {
			u.X[k][cfRules] = 1
			return
		}
	}
	x := make([]float64, nCF)
	x[cfRules] = 1
	u.Names, u.X = append(u.Names, who), append(u.X, x)
}
