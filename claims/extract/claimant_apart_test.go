package extract

import "testing"

// TestCommentsApart checks that in a collection read as comments no
// claimant carries from one reader's comment to the next (invented
// lines), while each comment keeps its own, and a debate's turns read as
// comments keep their labels' speakers.
func TestCommentsApart(t *testing.T) {
	for lang, lines := range map[string][2]string{
		"de": {"Landrat Ottmar Fessler hat gesagt, die Klinik bleibt bis 2027 offen", "„Wir haben kein Geld mehr für die Schwimmbäder“ das ist doch gelogen"},
		"en": {"Mayor Dana Whitcombe said the pool will reopen in 2027", "\"We have no money left for the pools\" yeah right"},
	} {
		us := Extract(lines[0]+"\n"+lines[1], Options{Lang: lang, Split: "lines", Genre: GenreComments})
		if len(us) != 2 {
			t.Fatalf("%s: %d units, want 2", lang, len(us))
		}
		if us[0].Claimant == "" {
			t.Errorf("%q: no claimant", us[0].Text)
		}
		if us[1].Claimant != "" {
			t.Errorf("%q: claimant %q carried from the comment before, want none", us[1].Text, us[1].Claimant)
		}
	}
	turns := Extract("MODERATORIN: Was kostet Ihr Plan?\nKRAUSE: Unser Plan kostet vier Milliarden Euro weniger.", Options{Lang: "de", Split: "lines", Genre: GenreComments})
	if len(turns) != 2 || turns[1].Claimant != "Krause" {
		t.Errorf("a debate read as comments: %+v, want the second turn Krause's", turns)
	}
}
