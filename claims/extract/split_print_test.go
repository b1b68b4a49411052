package extract

import "testing"

// TestPrintClean checks the clean text of invented lines copied from a
// print layout: words hyphenated at a line end joined, a compound's
// hyphen kept before a capital or a digit, a suspended hyphen before a
// conjunction, soft hyphens between letters dropped, ligatures written
// out, page furniture inside a sentence left out.
func TestPrintClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Die Bundes-\nregierung tagte.", "Die Bundesregierung tagte."},
		{"The govern- \n  ment said.", "The government said."},
		{"Der Nord-\nOstsee-Kanal", "Der Nord-Ostsee-Kanal"},
		{"nach Covid-\n19 gefragt", "nach Covid-19 gefragt"},
		{"Die Bundes-\nund Landesregierung", "Die Bundes- und Landesregierung"},
		{"pre-\nand post-war", "pre- and post-war"},
		{"der Kür-\nbis wuchs", "der Kürbis wuchs"},
		{"die US-\namerikanische und die CDU-\ngeführte Seite", "die US-amerikanische und die CDU-geführte Seite"},
		{"die Ko-\nalition", "die Koalition"},
		{"Ein Satz -\nund noch einer.", "Ein Satz -\nund noch einer."},
		{"Die Ent-\n\nscheidung", "Die Ent-\n\nscheidung"},
		{"Die Haus\u00adhalts\u00adlage", "Die Haushaltslage"},
		{"ein \u00ad allein", "ein \u00ad allein"},
		{"die oﬃzielle ﬁrma ﬂog", "die offizielle firma flog"},
		{"Die Ent-\n\n– 4 –\n\nscheidung fiel.", "Die Entscheidung fiel."},
		{"Sie sagte, die\nKosten seien um ein\n\nSeite 4 · Tagesblatt · Montag, 3. Mai 2027\n\nDrittel gestiegen.",
			"Sie sagte, die\nKosten seien um ein\nDrittel gestiegen."},
		{"Die Kosten stiegen.\n\nSeite 4\n\nDrittel", "Die Kosten stiegen.\n\nSeite 4\n\nDrittel"},
		{"Streit um Mieten\n\nSeite 4\n\nDie Stadt", "Streit um Mieten\n\nSeite 4\n\nDie Stadt"},
	}
	for _, c := range cases {
		got, _ := printClean(c.in, true)
		if got != c.want {
			t.Errorf("printClean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got, m := printClean("Die Bundes-\nregierung", false); got != "Die Bundes-\nregierung" || m != nil {
		t.Errorf("a text read line by line: %q, map %v", got, m)
	}
	if got, m := printClean("Ein Satz ohne alles.\nNoch einer.", true); m != nil || got != "Ein Satz ohne alles.\nNoch einer." {
		t.Errorf("a plain text: %q, map %v", got, m)
	}
}

// TestPrintMapOrig checks that offsets of the clean text map back to the
// original: before, inside and after each change.
func TestPrintMapOrig(t *testing.T) {
	in := "ab\u00adcd ﬁx Bun-\nde."
	clean, m := printClean(in, true)
	if clean != "abcd fix Bunde." {
		t.Fatalf("clean %q", clean)
	}
	cases := []struct {
		p    int
		end  bool
		want int
	}{
		{0, false, 0}, {2, false, 4}, {4, true, 6}, {5, false, 7}, // "cd" after the soft hyphen, "ﬁ" at 7
		{6, false, 7}, {6, true, 10}, {7, true, 10}, // inside "fi": the ligature's start or end
		{11, false, 14}, {12, false, 17}, {15, true, 20}, // "de." after the line-end hyphen
	}
	for _, c := range cases {
		if got := m.orig(c.p, c.end); got != c.want {
			t.Errorf("orig(%d, %v) = %d, want %d", c.p, c.end, got, c.want)
		}
	}
}
