package extract

import (
	"strings"
	"testing"
)

// TestHousekeepingRules checks each rule of housekeeping on invented lines
// of a pasted page, and that sentences which only look like them stay
// claims.
func TestHousekeepingRules(t *testing.T) {
	cases := []struct{ line, rule string }{
		{"Lesen Sie auch: Bürger klagen über neue Parkgebühren in Holmbach", "teaser"},
		{"Related: Ferry operator cuts winter timetable", "teaser"},
		{"Schlagwörter: Verkehr, Holmbach, Parken", "teaser"},
		{"Foto: dpa/Lisa Tannert", "credit"},
		{"Photo credit: Corvin Bale/Northwire", "credit"},
		{"Quelle: Landesamt für Statistik", ruleSource},
		{"Bildunterschrift: Der Bürgermeister im neuen Rathaus.", "caption"},
		{"Image caption: Volunteers clear the beach at Pellow Bay", "caption"},
		{"Pressekontakt: Amt für Wasser, Tel. 0421 555 0173", "contact"},
		{"Contact us: desk@pellowtimes.example", "contact"},
		{"Email tips@pellowtimes.example or call (555) 014-7781.", "contact"},
		{"Stand: 05.12.2026, 14:32 Uhr", "date or time line"},
		{"Aktualisiert am 04.11.2026 – 09:12 Uhr", "date or time line"},
		{"Updated 3 hours ago", "date or time line"},
		{"Published March 2, 2026 at 7:15 a.m. ET", "date or time line"},
		{"13:55 GMT", "date or time line"},
		{"Von Greta Olsen und Piet Haber", "byline"},
		{"By Ray Dunmore, Senior Correspondent", "byline"},
		{"By Ivy Cole | Published 10:20 AM EST, Thu March 3, 2026", "byline"},
		{"Von Ida Lenz\n05.12.2026, 09:15 Uhr", "byline"},
		{"Posted by Amal Reddy", "byline"},
		{"Ein Artikel von Ole Brand\n4 Min.", "byline"},
		{"© 2026 Holmbacher Anzeiger GmbH", "copyright line"},
		{"37 Kommentare", "comment count"},
		{"Anzeige", "label alone"},
		{"Share this article", "label alone"},
		// Sentences that open like housekeeping but state a claim.
		{"Quelle: Das Ministerium teilte mit, dass 40 Stellen gestrichen wurden.", ""},
		{"Foto zeigt den Minister bei der Eröffnung, bei der er 12 Millionen Euro zusagte.", ""},
		{"Von Januar bis März stieg die Zahl der Anträge um 14 Prozent.", ""},
		{"By Friday, the agency had paid out $3 million.", ""},
		{"Related: the firm said it had cut 200 jobs.", ""},
		{"Photo: Protesters gathered outside the court, where the judge fined the company 2 million.", ""},
		{"Contact with the crew was lost at 14:05, the coast guard said.", ""},
		{"Updated figures show 310 cases in the district.", ""},
		{"1.", ""},
		{"12", ""},
	}
	for _, c := range cases {
		if got := housekeeping(c.line); got != c.rule {
			t.Errorf("housekeeping(%q) = %q, want %q", c.line, got, c.rule)
		}
	}
}

// TestHousekeepExtract checks a pasted page through Extract: its
// housekeeping is not check-worthy and names no claimant (but a source
// line), its claims keep their scores.
func TestHousekeepExtract(t *testing.T) {
	page := "Stand: 05.12.2026, 14:32 Uhr\n\nVon Greta Olsen\n\n" +
		"Die Stadt Holmbach hat im Oktober 1.240 neue Parkausweise ausgegeben.\n" +
		"Lesen Sie auch: Pendler klagen über neue Gebühren\n" +
		"Quelle: Landesamt für Statistik\n\n" +
		"Ordnungsamtsleiter Bernd Kolbe sagte, die Einnahmen seien um 30 Prozent gestiegen.\n\n" +
		"Pressekontakt: Stadt Holmbach, Tel. 0421 555 0173, presse@holmbach.example\n"
	units := Extract(page, Options{Lang: "de"})
	byText := map[string]Unit{}
	for _, u := range units {
		byText[u.Text] = u
	}
	for _, hk := range []string{"Stand: 05.12.2026, 14:32 Uhr", "Von Greta Olsen", "Lesen Sie auch: Pendler klagen über neue Gebühren",
		"Pressekontakt: Stadt Holmbach, Tel. 0421 555 0173, presse@holmbach.example"} {
		u, ok := byText[hk]
		if !ok {
			t.Fatalf("no unit %q in %v", hk, units)
		}
		if u.CheckWorthy || u.Score > hkScoreCap || u.Claimant != "" || len(u.Reasons) == 0 || !strings.HasPrefix(u.Reasons[0], "housekeeping: ") {
			t.Errorf("%q: checkworthy %v score %.2f claimant %q reasons %v, want housekeeping", hk, u.CheckWorthy, u.Score, u.Claimant, u.Reasons)
		}
	}
	if u := byText["Quelle: Landesamt für Statistik"]; u.CheckWorthy || u.Claimant != "Landesamt für Statistik" {
		t.Errorf("source line: checkworthy %v claimant %q, want housekeeping naming its source", u.CheckWorthy, u.Claimant)
	}
	for _, claim := range []string{"Die Stadt Holmbach hat im Oktober 1.240 neue Parkausweise ausgegeben.",
		"Ordnungsamtsleiter Bernd Kolbe sagte, die Einnahmen seien um 30 Prozent gestiegen."} {
		if u := byText[claim]; !u.CheckWorthy || u.Score <= hkScoreCap {
			t.Errorf("%q: checkworthy %v score %.2f, want a claim", claim, u.CheckWorthy, u.Score)
		}
	}
}
