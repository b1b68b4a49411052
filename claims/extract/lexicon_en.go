package extract

import "strings"

// buildEN fills the English lexicon and phrase table.
func buildEN(l lexicon, ph map[string]category) {
	l.add(cNumWord, `two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
ninety hundred thousand hundreds thousands dozen dozens million millions billion billions trillion trillions half third
quarter twice double doubled tripled both`)
	l.add(cUnit, `percent per cent percentage dollars dollar euros euro pounds cents tons tonnes miles kilometers acres
degrees hours barrels`)
	l.add(cMonth, `january february march april june july august september october november december jan feb aug sept oct
nov dec`)
	l.add(cWeekday, `monday tuesday wednesday thursday friday saturday sunday weekend`)
	l.add(cRelDate, `yesterday ago previously formerly decade decades century`)
	l.add(cTimeNoun, `year years week weeks month months century decade summer winter spring fall term administration`)
	l.add(cPastAdj, `last past previous`)
	l.add(cEventVerb, `won lost went came made took gave fell rose grew paid sold bought spent cut left met sent built led began
became fought held brought shot hit struck broke drove ran sank stole swore threw wrote cost quit sued`)
	// Verbs of saying and of taking a position, by base form (speechEN).
	l.add(cSpeech, `said says told tells wrote writes spoke speaks found finds thought thinks
slammed slams decried decries`)
	for _, v := range speechEN {
		if stem, ok := strings.CutSuffix(v, "y"); ok && !strings.HasSuffix(stem, "e") {
			l.add(cSpeech, stem+"ies "+stem+"ied") // deny: denies, denied
			continue
		}
		l.add(cSpeech, v+"s "+v+"ed "+strings.TrimSuffix(v, "e")+"ed")
	}
	l.add(cAccording, `according`)
	l.add(cSuper, `first most least largest biggest highest lowest longest fastest worst best greatest smallest record only
never ever latest last`)
	l.add(cCompar, `more less fewer higher lower larger bigger smaller greater faster slower than compared versus twice
times`)
	l.add(cLegal, `law laws bill bills legislation act court courts ruling ruled judge verdict
vote votes veto treaty agreement ban regulation regulations constitution
illegal legal unconstitutional amendment
resolution election elected`)
	l.add(cCausal, `because caused causes cause due result resulted therefore consequently led leads`)
	l.add(cOpinion, `think believe feel guess hope suppose bet doubt fear`)
	l.add(cOpinionAdv, `hopefully unfortunately obviously clearly frankly honestly certainly surely imho imo`)
	l.add(cFirstSing, `i me my mine myself i'm i've i'd i'll i’m i’ve i’d i’ll`)
	l.add(cFirstPl, `we us our ours we're we've we'll we’re we’ve we’ll`)
	l.add(cSecond, `you your yours you're you've you'll you’re you’ve you’ll`)
	l.add(cModal, `could might may would should must perhaps maybe possibly probably likely apparently supposedly
allegedly can can't cannot couldn't wouldn't shouldn't`)
	l.add(cFuture, `will going gonna tomorrow plan plans intend intends want wants shall won't future`)
	l.add(cDiscourse, `thank thanks hello hi welcome yes no okay ok well look let`)
	l.add(cRole, `president secretary minister senator governor mayor chancellor spokesman spokeswoman spokesperson
attorney lawyer prosecutor commissioner sheriff officer coach chairman chairwoman founder
director chief judge professor ambassador general dr prof sen rep gov mr mrs ms adviser advisor analyst economist
congressman congresswoman`)
	l.add(cPronM, `he him his`)
	l.add(cPronF, `she her hers`)
	l.add(cAux, `has have had was were been is are`)
	l.add(cNotVerb, `need needed feed speed seed bed red indeed hundred embed shed wed bred breed proceed exceed succeed
united based concerned interested supposed used tired married talked interest honest modest forest request
protest suggest invest arrest contest digest manifest harvest guest quest chest attest detest conquest behest earnest`)
	l.add(cDet, `the a an`)
	l.add(cStopEN, `the and of to is in that it for was on are as with he be at by this have from or had not but what
all were when we there can an your which their said if will would been has more who they its i you our`)
	l.add(cNotName, `although though because however meanwhile still also even just instead indeed yet once until unless
whether whereas`)
	l.add(cNotName, `the a an and but or so if when while as at in on of to for from by with after before since during
this that these those there here it he she we they i you my our his her their mr mrs ms dr yes no well now then`)
	addPhrases(l, ph, cOpinion, `in my, my view, i think, i believe, i feel, i guess, i hope, i suppose, we believe,
we think, we feel, i'm sure, i am sure, i’m sure, i'm convinced`)
	addPhrases(l, ph, cAccording, `according to`)
	addPhrases(l, ph, cCompar, `more than, less than, fewer than, as many, as much, compared to, compared with`)
	addPhrases(l, ph, cFuture, `going to, plan to, want to, intend to, will be`)
	addPhrases(l, ph, cDiscourse, `thank you, let me`)
	addPhrases(l, ph, cExist, `there is, there are, there was, there were, there's`)
}

// speechEN are regular English verbs of saying and of taking a position.
var speechEN = []string{
	"state", "add", "argue", "claim", "explain", "note", "warn", "insist", "announce", "declare", "testify",
	"tweet", "admit", "acknowledge", "deny", "confirm", "back", "urge", "criticize", "criticise", "condemn",
	"suggest", "report", "assert", "contend", "maintain", "predict", "respond", "reply", "estimate", "complain",
	"recall", "describe", "stress", "emphasize", "allege", "accuse", "praise", "reject", "question", "concede",
	"agree", "disagree", "believe", "blame", "acknowledge", "observe", "remark", "mention", "explain",
	"laud", "lament", "caution", "vow", "pledge", "promise", "demand", "propose", "recommend", "dismiss",
	"dispute", "assure", "reiterate", "indicate", "point", "answer", "welcome", "denounce", "rebuke", "fault",
	"downplay", "fear", "worry", "ask", "defend", "conclude", "reveal", "disclose", "call", "charge", "boast", "counter", "retort",
}
