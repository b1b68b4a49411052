package extract

import "strings"

// English titles written before a name that the lexicon's roles (cRole,
// read by titleLike) leave out: offices, ranks, clergy, party labels and
// the occupations newswriting puts before a name ("filmmaker Ann Lee").

// titleWordEN reports whether w is an English title, office, rank, party
// label or occupation written capitalised before a person's name, and
// never a first name: "Justice Ann Lee", "Speaker Tom Bell", "Capt. Ann
// Lee", "Democrat Ann Lee", "Reporter Ann Lee". A hyphenated word counts
// by its last part ("Secretary-General", "Vice-President"). claimantName
// cuts a name after such a word, as after a role of the lexicon.
func titleWordEN(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		tail := w[k+1:]
		return titleWordEN(tail) || wordCategory(tail)&cRole != 0
	}
	if len(w) < 2 || len(w) > 14 {
		return false
	}
	return foldInList(w, titleWordsByLenEN[len(w)])
}

// titleWordsByLenEN lists titleWordsEN by their length, so that foldIn
// compares w only with the words of its length (none longer than 14).
var titleWordsByLenEN = func() (t [15][]string) {
	for _, w := range titleWordsEN {
		t[len(w)] = append(t[len(w)], w)
	}
	return t
}()

// titleWordsEN are the words of titleWordEN.
var titleWordsEN = [...]string{
	// offices
	"chair", "chairperson", "justice", "speaker", "whip", "representative", "delegate", "treasurer",
	"comptroller", "premier", "deputy", "undersecretary", "superintendent", "dean", "provost",
	"headteacher", "headmaster", "headmistress", "principal",
	// ranks and their abbreviations
	"captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "corporal", "cpl", "colonel", "col",
	"admiral", "adm", "commander", "cmdr", "detective", "det", "inspector", "trooper", "marshal", "gen", "constable",
	// clergy
	"rabbi", "reverend", "rev", "pastor", "bishop", "archbishop", "imam",
	// party labels
	"democrat",
	// occupations written as titles
	"reporter", "editor", "correspondent", "columnist", "author", "writer", "filmmaker", "actor",
	"actress", "singer", "comedian", "host", "anchor", "producer", "billionaire", "activist",
	"historian", "scientist", "researcher", "physician", "pollster", "strategist", "blogger",
	// business and election titles ("Chief Executive Ann Lee", "General Manager Ann Lee", "Challenger Tom Bell")
	"executive", "manager", "challenger", "incumbent",
}

// titleOfBodyEN reports whether w, a word of the name who, is the title
// word "Executive" opening a body's name rather than standing before a
// person's: who has a body's head noun (orgNameEN: "Executive Council of
// Ostby", not "Chief Executive Ann Lee").
func titleOfBodyEN(who, w string) bool {
	return strings.EqualFold(w, "executive") && orgNameEN(who)
}

// ordinalRankAt reports whether token j opens an ordinal and an
// abbreviated title before a name ("1st Lt. Ann Lee", "2nd Sgt. Tom
// Bell"), as a military rank is written after its branch ("Air Force 1st
// Lt. Ann Lee").
func ordinalRankAt(toks []token, j int) bool {
	if j+3 >= len(toks) || !toks[j].is(tNum) || abbrevDotEN(toks, j+1, false) != 1 || !titleWordEN(toks[j+1].low) {
		return false
	}
	w := toks[j].low
	return strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")
}
