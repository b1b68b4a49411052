package extract

import "testing"

// TestProfileLinkEN checks that a name printed with a profile's full name
// and a glued headline after it ("Sen. Nora Calloway Nora Beth
// CallowayHarbor …", "Rep. Tom Fenwick Thomas (Tom) Alan Fenwick…") is
// the person before the repeat, also for the surname alone later.
func TestProfileLinkEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sen. Nora Calloway Nora Beth CallowayHarbor tolls rise as ferry talks stall MORE (D-Ore.) spoke on Monday. Calloway said the bill had 55 votes.":        "Nora Calloway",
		"Rep. Tom Fenwick Thomas (Tom) Alan FenwickLawmakers clash over pier funds MORE (R-Idaho) spoke on Monday. Fenwick said the House would not take it up.": "Tom Fenwick",
		"Justices Ray Odom Ray OdomFive things to know about the port ruling MORE joined the majority. Odom wrote that the law was clear.":                       "Ray Odom",
		"Ann Marie Holloway said the pier would reopen.": "Ann Marie Holloway",
	})
	for name, want := range map[string]string{
		"Nora Calloway Nora Beth CallowayHarbor": "Nora Calloway",
		"Justices Ray Odom Ray OdomFive":         "Ray Odom",
		"Ann Marie Holloway":                     "Ann Marie Holloway",
		"Ann Lee":                                "Ann Lee",
	} {
		if got := startOverCutEN(name); got != want {
			t.Errorf("startOverCutEN(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestProfileOwnerEN checks that the closing label "MORE" of a profile
// link, read as the subject before a party tag, gives the linked person.
func TestProfileOwnerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Pressed on the odds of a shutdown, senior appropriator Dale Ruff Dale Evan RuffFight over pier funds heats up MORE (R-Okla.) said lawmakers were close.": "Dale Ruff",
		"“The bill will not pass,” Senate Minority Leader Nora Calloway Nora (Nori) Beth CallowayHarbor tolls rise as ferry talks stall MORE (D-Ore.) said.":      "Nora Calloway",
	})
}
