package extract

import "testing"

// TestPositionBodyDE checks a body that takes a position by a verb the
// lexicon does not count as saying.
func TestPositionBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Jury würdigte den Roman als mutiges Debüt.":                            "Jury",
		"Das Schiedsgericht sah es als erwiesen an, dass der Verein gezahlt hatte.": "Schiedsgericht",
		"Die Kasse bezifferte die Mehrkosten auf vier Millionen Euro.":              "Kasse",
		"Die Verteidigung hatte auf Freispruch plädiert.":                           "Verteidigung",
		"Der Vertrag sei nichtig, befand das Schiedsgericht.":                       "Schiedsgericht",
		"Das Archiv befand sich im Keller des Rathauses.":                           "",
		"Die Landesregierung sieht dagegen keinen Grund zur Sorge.":                 "Landesregierung",
		"Den Schaden bezifferte die Kasse auf vier Millionen Euro.":                 "",
		"Demgegenüber plädiert das Gutachten für eine Reform.":                      "",
	})
}

// TestPositionBodyAdjectiveDE checks a body whose name opens with a
// capitalised adjective ("Der Deutsche Mieterbund"), given in the
// nominative.
func TestPositionBodyAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bayerische Imkerbund erwartet, dass die Ernte um ein Drittel sinkt.": "Bayerischer Imkerbund",
		"Das Statistische Landesamt bezifferte den Anstieg auf drei Prozent.":     "Statistisches Landesamt",
		"Die Europäische Bürgerinitiative würdigte das Gesetz als Fortschritt.":   "Europäische Bürgerinitiative",
		"Der Alte Fritz erwartet Gäste.":                                          "",
	})
}

// TestPositionBodyVerbDE checks positionBodyVerbDE on the verb of made-up
// sentences, for each verb with and without what its clause needs (the
// clause is scanned only for the verbs that need it).
func TestPositionBodyVerbDE(t *testing.T) {
	for _, c := range []struct {
		text, verb string
		want       bool
	}{
		{"Die Kammer sah den Antrag als verspätet an.", "sah", true},
		{"Die Kammer sah den Antrag als verspätet.", "sah", false},
		{"Die Kammer sah den Antrag gestern an.", "sah", false},
		{"Die Kammer sieht dagegen keinen Grund zur Eile.", "sieht", true},
		{"Die Kammern sehen kein Risiko.", "sehen", true},
		{"Die Kammer sah den Antrag gestern.", "sah", false},
		{"Die Stiftung bezifferte den Schaden auf zwei Millionen.", "bezifferte", true},
		{"Der Schaden wurde gestern beziffert auf zwei Millionen.", "beziffert", false},
		{"Die Stiftung bezifferte den Schaden gestern.", "bezifferte", false},
		{"Die Kammer plädierte für Nachsicht.", "plädierte", true},
		{"Die Kammer hatte auf Nachsicht plädiert.", "plädiert", true},
		{"Die Kammer plädierte lange.", "plädierte", false},
		{"Die Kammer würdigte den Einsatz.", "würdigte", true},
		{"Die Kammer befand das Vorgehen für rechtens.", "befand", true},
		{"Die Kammer befand sich im Keller.", "befand", false},
		{"Die Kammer lobte den Antrag als mutig.", "lobte", false},
	} {
		var z tokenizer
		toks := z.tokenize(c.text, lexDE)
		v := -1
		for k := range toks {
			if toks[k].low == c.verb {
				v = k
			}
		}
		if v < 0 {
			t.Fatalf("%q: no %q", c.text, c.verb)
		}
		if got := positionBodyVerbDE(toks, v); got != c.want {
			t.Errorf("positionBodyVerbDE(%q, %q) = %v, want %v", c.text, c.verb, got, c.want)
		}
	}
}

// TestExpectsThatDE checks "erwartet, dass" after a person named in the
// unit, and "erwartet" without "dass", which names no claimant.
func TestExpectsThatDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ökonomin Lea Brandt erwartet, dass die Preise im Herbst sinken.": "Lea Brandt",
		"Lea Brandt erwartete, dass der Markt sich erholt.":                   "Lea Brandt",
		"Lea Brandt erwartet im Herbst ihr zweites Kind.":                     "",
	})
}
