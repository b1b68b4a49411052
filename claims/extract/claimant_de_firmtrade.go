package extract

import "strings"

// A noun of a firm's trade ("der Energieversorger", "der Autohersteller",
// "der Netzbetreiber") ends in "-er" like a noun of person ("der
// Mediziner"), but names the firm: "Jan Roth sagte … Der regionale
// Energieversorger erklärte …" is the firm's statement, not Roth's. Two
// trade endings also name persons and are left to the noun of person:
// "der Bauer" (a farmer) and "der Händler" (a dealer).

// firmTradeNounDE reports whether the lower-case noun low ends in a trade of
// firmTradesDE other than "bauer" and "händler".
func firmTradeNounDE(low string) bool {
	return firmTradeDE(low) && !strings.HasSuffix(low, "bauer") && !strings.HasSuffix(low, "händler")
}
