package extract

import "testing"

// TestBodyOfKindEN checks that "the regulator said" does not take up a
// bank quoted last, while "the union said" takes up a union.
func TestBodyOfKindEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fenwick Bank said it would appeal. The regulator said it would not change the fine.":                         "",
		"Fenwick Bank said it would appeal. The Rail Union said it backed the fine. The union said talks had failed.": "Rail Union",
	})
}

// TestBodyOfKindFormEN checks that "the board says" does not take up a
// one-word name noted as a body.
func TestBodyOfKindFormEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Rain fell. Okonjo said the rules would change. The board says it is studying them.": "", // not Okonjo; no board named (bareBodyNounEN)
	})
}

// TestBodyOfKindMinistryEN checks that "the transport ministry said" does
// not take up an airline quoted before.
func TestBodyOfKindMinistryEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Kestrel Airways cancelled all flights, the airline said. The transport ministry said it wanted a report.": "transport ministry",
	})
}

// TestBodyOfKindBusinessEN checks that a description of a business ("the
// central bank said") does not take up a ministry quoted before (it names
// itself: describedBodyEN).
func TestBodyOfKindBusinessEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The agriculture ministry said it would pay 120 million dollars. Bread prices rose 18 percent, the central bank said.": "central bank",
		"Harbor Foods said it would close a plant. Sales fell 4 percent, the company said.":                                    "Harbor Foods",
	})
}

// TestBodyOfKindOtherHeadEN checks that "the ministry said" does not take
// up a body named by another body's noun ("Police"), but does take up a
// ministry's own name.
func TestBodyOfKindOtherHeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Police said two men were arrested. The ministry said fees would rise.":                       "",
		"The Harlow Court said the case was closed. The agency said it would appeal.":                 "",
		"The Transport Ministry said the line would close. The ministry said buses would replace it.": "Transport Ministry",
	})
}
