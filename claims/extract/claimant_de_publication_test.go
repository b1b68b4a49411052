package extract

import "testing"

// TestPublicationSourceDE checks that the journal or paper a study or
// report appeared in is the source, also for a later "laut der
// Veröffentlichung", and that a study without a title names none.
func TestPublicationSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut einer Studie im Fachblatt „Klinikjournal“ sinkt das Risiko.":                                                                                             "Klinikjournal",
		"Laut einem Bericht in der „Harzer Rundschau“ sinkt das Risiko.":                                                                                               "Harzer Rundschau",
		"Nach einer Veröffentlichung im Magazin „Nordlicht“ ist das Loch groß. Es wächst weiter. Laut der Veröffentlichung kann man erstmals von einem Loch sprechen.": "Nordlicht",
		"Laut der Veröffentlichung kann man erstmals von einem Loch sprechen.":                                                                                         "",
	})
}

// TestPublicationSourceDEGuard checks that publicationSourceDE, which
// tests the words around a word before its map, finds what the scan of
// every word finds, on made-up sentences with and without a title.
func TestPublicationSourceDEGuard(t *testing.T) {
	scan := func(toks []token, text string) string {
		for k := 1; k+3 < len(toks); k++ {
			if !publicationNounsDE[toks[k].low] || toks[k-1].cat&cDet == 0 {
				continue
			}
			i := k + 1
			switch {
			case toks[i].low == "im":
				i++
			case toks[i].low == "in" && i+1 < len(toks) && toks[i+1].cat&cDet != 0:
				i += 2
			default:
				continue
			}
			if title := quotedTitleDE(toks, text, i); title != "" {
				return title
			}
		}
		return ""
	}
	for text, want := range map[string]string{
		"Laut einer Analyse im Fachblatt „Moorbote“ steigt der Pegel.":              "Moorbote",
		"Einem Beitrag in der „Talbacher Post“ zufolge steigt der Pegel.":           "Talbacher Post",
		"Laut einer Analyse in „Moorbote“ steigt der Pegel.":                        "",
		"Die Meldung im Radio war falsch, eine Studie im Heft „Moorbote“ auch.":     "Moorbote",
		"Laut Studie im Fachblatt „Moorbote“ steigt der Pegel.":                     "",
		"Der Bericht steht im Netz, der Pegel im „Moorboten“ steigt.":               "",
		"Nach einer Untersuchung in dem Magazin „Nordwind“ war der Winter mild.":    "Nordwind",
		"Der Pegel steigt, wie eine Meldung im Stadtblatt „Talbacher Post“ besagt.": "Talbacher Post",
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		if got, ref := publicationSourceDE(toks, text), scan(toks, text); got != want || got != ref {
			t.Errorf("publicationSourceDE(%q) = %q, want %q (the scan: %q)", text, got, want, ref)
		}
	}
}
