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

// TestBodyOfKindRepresentativeEN checks that "the association said" does
// not take up a board named before (a body that represents its members is
// no board, nor the other way round), and that "the fishermen's
// association said" names its own body, while "the association said"
// still takes up an association's name.
func TestBodyOfKindRepresentativeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbour board backs dredging plan\n\nThe association said a ban had been promised in 2019.":                         "",
		"Harbour board backs dredging plan\n\nThe fishermen's association said a ban had been promised in 2019.":             "fishermen's association",
		"The Dockers' Union said the plan was rushed. The board said the work would start in May.":                           "",
		"The Kelby Tenants Association said rents rose 9 percent. The association said the council had ignored its letters.": "Kelby Tenants Association",
	})
}
