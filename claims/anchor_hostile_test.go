package claims_test

import "strings"

// hostileAnchorBody is an invented page line with what a checker pastes:
// a stamp, an address, emojis with skin tones and joiners, right-to-left
// text, combining marks, invisible characters and odd quotes.
const hostileAnchorBody = "Stand: 05.12.2026, 14:32 Uhr +++ presse@kalben.example @Rathaus #Kalben 👍🏽 👩‍👩‍👧‍👦 " +
	"מנהל העיר אמר Cafe\u0301 Haus\u00adhalt\u00a0und\u200bmehr\u2028„Ein ‚Zitat‘ «hier» \"so\"“ Dr.\rNr.\t z. B. 1234567890"

// hostileAnchorSeeds are bodies, spans and edits for FuzzResolveAnchor:
// spans that start or end inside a joined emoji, a combining mark or a
// broken byte, and edits that insert or remove invisible characters.
func hostileAnchorSeeds() []struct {
	body       string
	start, end int
	edited     string
} {
	b := hostileAnchorBody
	emoji := strings.Index(b, "👩")
	mark := strings.Index(b, "\u0301")
	quote := strings.Index(b, "„")
	broken := "Der Rat \xed\xa0\x80 tagte \xff am 5. Mai."
	return []struct {
		body       string
		start, end int
		edited     string
	}{
		{b, emoji, emoji + len("👩‍👩"), strings.ReplaceAll(b, "\u200d", "")},
		{b, emoji + 1, emoji + 9, b},
		{b, mark - 4, mark + 2, strings.ReplaceAll(b, "\u0301", "")},
		{b, quote, len(b), "Eilmeldung\u2028" + b},
		{b, 0, len(b), strings.ReplaceAll(b, "\u00ad", "")},
		{broken, 4, 12, broken + broken},
		{broken, 9, 10, strings.ToValidUTF8(broken, "\ufffd")},
		{strings.Repeat(".", 10000), 5000, 5003, strings.Repeat(".", 9999)},
		{strings.Repeat("👍🏽", 500), 8, 16, strings.Repeat("👍🏽", 501)},
	}
}
