package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"claimdesk/claims/extract"
)

// printUnit is a unit a text copied from a print layout should give: its
// text and its claimant ("*": not checked).
type printUnit struct {
	text, claimant string
}

// printCopyCases are the texts of testdata/printcopy, invented for these
// tests in the layout of a PDF, an e-paper or a print page (hard line
// breaks, words hyphenated at the line end, soft hyphens, ligatures,
// footnote marks, page numbers and running heads, bullets), and their
// units.
var printCopyCases = []struct {
	file  string
	units []printUnit
}{
	{"de01_hyphen.txt", []printUnit{
		{"Der Landtag hat am Dienstag das neue Schul-\ngesetz mit 71 zu 40 Stimmen beschlossen.", ""},
		{"Die Bundes-\nregierung hatte zuvor Bedenken angemeldet, wie eine Sprecherin\ndes Kultusministeriums bestätigte.", "Sprecherin des Kultusministeriums"},
		{"Nach Angaben der Nord-\nOstsee-Kanal-Verwaltung fielen im Mai 14 Schleusen-\nfahrten aus.", "Nord-Ostsee-Kanal-Verwaltung"},
	}},
	{"de02_pagehead.txt", []printUnit{
		{"Die Stadtwerke erhöhen zum 1. Juli den Strompreis um 4,5 Prozent.", "Jonas Weidlich"},
		{"Das teilte\nder Geschäftsführer Jonas Weidlich am Mittwoch mit.", "Jonas Weidlich"},
		{"Seite 4", ""},
		{"Tagesblatt · Montag, 3. Mai 2027", ""},
		{"Die Verbraucherzentrale kritisierte die Erhöhung als überzogen.", "Verbraucherzentrale"},
		{"Im Vorjahr\nhatten die Stadtwerke einen Gewinn von 12 Millionen Euro ausgewiesen.", ""},
		{"– 5 –", ""},
	}},
	{"de03_softhyphen.txt", []printUnit{
		{"Die Landes\u00adregierung hat am Montag 300 neue Lehrer\u00adstellen geschaffen, teilte das Kultus\u00administerium mit.", "Kultusministerium"},
		{"Die Kosten liegen bei 18\u00a0Millionen Euro im Jahr.", ""},
	}},
	{"de04_ligature.txt", []printUnit{
		{"Die oﬃziellen Zahlen zeigen, dass die Hochwasserschutzanlagen an fünf Stellen versagten, sagte die Behördenleiterin Dana Kirsch am Freitag.", "Dana Kirsch"},
		{"Die Versicherer zahlten im ersten Quartal 41 Millionen Euro an Betroﬀene aus, die Flächen wurden neu vermessen.", ""},
	}},
	{"de05_footnote.txt", []printUnit{
		{"Die Reform¹ senkte die Zahl der Kreise von 44 auf 35, sagte die Innenministerin Petra Lohmann.", "Petra Lohmann"},
		{"Laut dem Rechnungshof[3] sparte das Land dadurch 90 Millionen Euro.²", "Rechnungshof"},
		{"Die Opposition bestreitet diese Zahl.", "Opposition"},
	}},
	{"de06_bullets.txt", []printUnit{
		{"Die wichtigsten Punkte des Beschlusses:", "*"},
		{"• Der Mindestlohn steigt auf 14 Euro.", "*"},
		{"• Die Rentenbeiträge bleiben bei 18,6 Prozent", "*"},
		{"• Kinder bis sechs Jahre fahren kostenlos Bus", "*"},
		{"▪ Der Beschluss gilt ab Januar.", "*"},
		{"– Die Kosten trägt der Bund.", "*"},
	}},
	{"de07_capwrap.txt", []printUnit{
		{"Nach Angaben der Polizei wurden bei dem Unfall auf der\nAutobahn drei Menschen schwer verletzt.", "Polizei"},
		{"Der Fahrer des\nLastwagens sei nach ersten Erkenntnissen am Steuer eingeschlafen,\nsagte ein Sprecher der Staatsanwaltschaft.", "Sprecher der Staatsanwaltschaft"},
		{"Die Strecke blieb bis zum\nAbend gesperrt.", ""},
	}},
	{"de09_hyphen_und.txt", []printUnit{
		{"Die Bundes- und Landesregierung einigten sich am Freitag auf ein Paket von\n3,2 Milliarden Euro.", ""},
		{"Der Vorsitzende der Gewerk-\nschaft, Lars Brenner, sagte, das Paket reiche nicht aus.", "Lars Brenner"},
		{"Die Ost-\nWest-Verbindung werde erst 2029 fertig, erklärte die Deutsche Bahn-\nAG laut einem Bericht.", "Deutsche Bahn-AG"},
	}},
	{"de10_wrapheading.txt", []printUnit{
		{"Streit um neue Buslinie", ""},
		{"Der Kreistag hat am Montag die umstrittene neue\nBuslinie zwischen den beiden Städten mit knapper Mehrheit\nbeschlossen.", ""},
		{"Die Kosten liegen nach Angaben der Verwaltung\nbei 1,2 Millionen Euro im Jahr, teilte der Landrat Uwe Kamphaus\nmit.", "Uwe Kamphaus"},
	}},
	{"de11_pagebreak.txt", []printUnit{
		{"Der Kreistag beschloss am Dienstag, die Gebühren für die Müllabfuhr zum\n1. Januar um acht Prozent zu erhöhen.", ""},
		{"Landrat Uwe Kamphaus sagte, die\nKosten für die Entsorgung seien in den vergangenen zwei Jahren um ein\n\nSeite 4 · Tagesblatt · Montag, 3. Mai 2027\n\nDrittel gestiegen.", "Uwe Kamphaus"},
		{"Die Fraktion der Grünen stimmte gegen die Erhöhung.", ""},
	}},
	{"de12_hyphenpage.txt", []printUnit{
		{"Die Ent-\n\n– 4 –\n\nscheidung fiel am Montag im Rat.", ""},
	}},
	{"en01_hyphen.txt", []printUnit{
		{"The county council approved the new housing plan on Tuesday by a vote\nof nine to four.", ""},
		{"The state govern-\nment had raised concerns earlier, a spokeswoman for the planning\ndepartment confirmed.", "a spokeswoman for the planning department"},
		{"According to the North-\nEast Water Board, 14 pumping stations failed in May, up from six a\nyear earlier.", "North-East Water Board"},
	}},
	{"en02_pagehead.txt", []printUnit{
		{"The city water utility raised its rates by 4.5 percent on July 1, its chief\nexecutive, Ron Haskell, said on Wednesday.", "Ron Haskell"},
		{"- 12 -", ""},
		{"THE RIVERSIDE LEDGER      Monday, May 3, 2027", ""},
		{"Consumer groups called the increase excessive.", "Consumer groups"},
		{"The utility reported a\nprofit of $12 million last year.", ""},
		{"Page 13", ""},
	}},
	{"en03_softhyphen.txt", []printUnit{
		{"The state govern\u00adment created 300 new teaching posts on Monday, the education depart\u00adment said.", "education department"},
		{"The cost is £18\u00a0million a year.", ""},
	}},
	{"en04_ligature.txt", []printUnit{
		{"The oﬃcial ﬁgures show that the ﬂood defences failed at ﬁve sites, the agency's chief oﬃcer, Dana Kirsch, said on Friday.", "Dana Kirsch"},
		{"Insurers paid out £41 million in the ﬁrst quarter.", ""},
	}},
	{"en05_footnote.txt", []printUnit{
		{"The reform¹ cut the number of counties from 44 to 35, the interior minister, Petra Lohmann, said.", "Petra Lohmann"},
		{"According to the audit office[3], the state saved $90 million.²", "audit office"},
		{"The opposition disputes that figure.", "opposition"},
	}},
	{"en06_bullets.txt", []printUnit{
		{"Key points of the deal:", "*"},
		{"• The minimum wage rises to $14 an hour.", "*"},
		{"• Pension contributions stay at 18.6 percent", "*"},
		{"• Children under six ride buses free of charge", "*"},
		{"▪ The deal takes effect in January.", "*"},
		{"– The federal government bears the cost.", "*"},
	}},
	{"en07_capwrap.txt", []printUnit{
		{"According to the police, three people were seriously injured when a\ntruck hit a bus near the\nRiverside exit on Sunday.", "police"},
		{"The driver had fallen asleep at the wheel, a\nspokesman for the District Attorney said.", "a spokesman for the District Attorney"},
		{"The road stayed closed until\nMonday morning.", ""},
	}},
	{"en10_wrapheading.txt", []printUnit{
		{"Bus route approved", ""},
		{"The county board approved the disputed new bus route between\nthe two towns on Monday by a narrow margin.", ""},
		{"The cost is $1.2\nmillion a year, County Executive Dale Moran told reporters in\nRiverside on Tuesday.", "Dale Moran"},
	}},
	{"en11_pagebreak.txt", []printUnit{
		{"The county board voted on Tuesday to raise waste collection fees by eight\npercent from January 1.", ""},
		{"Board chair Uwe Kamphaus said the cost of disposal\nhad risen by a third over the past\n\n12     THE RIVERSIDE LEDGER     Monday, May 3, 2027\n\ntwo years.", "Uwe Kamphaus"},
		{"The Green members voted against the increase.", ""},
	}},
	{"en12_compound.txt", []printUnit{
		{"The county board approved a two-year trial of self-\ndriving buses on Tuesday by a vote of seven to two.", ""},
		{"The long-term cost of the trial is $3.4 million, the\nboard's well-\nknown budget chief, Dana Kirsch, told reporters.", "Dana Kirsch"},
		{"A long-\nterm contract with the operator was not signed, and the\noperator has not answered an e-\nmail from the board, she said.", "Dana Kirsch"},
	}},
}

// TestPrintCopyUnits checks the units and claimants of the invented
// print-layout texts, and that the units keep the text's own offsets.
func TestPrintCopyUnits(t *testing.T) {
	for _, c := range printCopyCases {
		b, err := os.ReadFile(filepath.Join("testdata", "printcopy", c.file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		units := extract.Extract(text, extract.Options{})
		checkUnits(t, text, extract.Options{}, units)
		if len(units) != len(c.units) {
			t.Errorf("%s: %d units, want %d", c.file, len(units), len(c.units))
			for _, u := range units {
				t.Logf("  %q [%s]", u.Text, u.Claimant)
			}
			continue
		}
		for i, u := range units {
			w := c.units[i]
			if u.Text != w.text || w.claimant != "*" && u.Claimant != w.claimant {
				t.Errorf("%s unit %d: %q [%s], want %q [%s]", c.file, i, u.Text, u.Claimant, w.text, w.claimant)
			}
		}
	}
}
