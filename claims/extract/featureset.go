package extract

// The features of a unit: general marks of a checkable statement and of
// its absence. Each has a name shown in reasons; the model learns its
// weight (and sign) per genre.
const (
	fNumber = iota
	fQuantity
	fDate
	fEntity
	fEvent
	fCompare
	fLegal
	fAttrib
	fReported
	fCausal
	fLength
	fOpinion
	fFirstSing
	fFirstPl
	fSecond
	fModal
	fFuture
	fQuestion
	fExclaim
	fShort
	fDiscourse
	fQuote
	fHeading
	fExist
	fLong
	fLink
	fStatement
	fNoFact
	fSpecOnly
	fIntentOnly
	fLeadIn
	nFeat
)

// featureNames names the features, in the order of their indexes.
var featureNames = [nFeat]string{
	"number", "quantity", "date", "entity", "event verb", "comparison", "legal/official",
	"attribution", "reported speech", "cause/effect", "length",
	"opinion marker", "first person", "we", "addressing someone", "speculation", "future/intention",
	"question", "exclamation", "very short", "discourse", "quotation", "heading",
	"existence claim", "long text", "link", "plain statement", "no checkable detail",
	"speculation only", "intention only", "introduces what follows",
}

// FeatureNames returns the names of the features in the order of FeatureVector.
func FeatureNames() []string { return append([]string(nil), featureNames[:]...) }

// The evidence of two reasons is the extractor's own words, not the
// text's: a heading's and that of a unit with no checkable detail.
const (
	evidenceNoFinalPunct = "no final punctuation"
	evidenceNoFact       = "no number, date, event or rule"
)

// OwnWordReasons returns the reasons, name and evidence, whose evidence is
// the extractor's own words ("heading: no final punctuation"), which an
// interface may translate whole; every other reason's evidence is the
// text's own.
func OwnWordReasons() []string {
	return []string{featureNames[fHeading] + ": " + evidenceNoFinalPunct, featureNames[fNoFact] + ": " + evidenceNoFact}
}

// analysis is what the features found in one unit.
type analysis struct {
	x        [nFeat]float64
	ev       [nFeat]string // evidence shown in the reasons
	entities []string
	dates    []string
	numbers  []string
	attrib   []int // token indices of speech verbs and "laut"/"according"
	skipFrom int   // tokens [skipFrom, skipTo) are the attribution clause
	skipTo   int
	words    int
	nz       featMask // the non-zero features of x, when sealed (seal, featmask.go)
	sealed   bool
}

// set raises feature f to v when v is larger; while f is still zero, ev
// becomes its evidence.
func (a *analysis) set(f int, v float64, ev string) {
	if a.x[f] == 0 {
		a.ev[f] = ev
	}
	if v > a.x[f] {
		a.x[f] = v
	}
}

// add counts one more piece of evidence for a feature whose value grows
// with the count and saturates: 2/3, 8/9, 26/27 …
func (a *analysis) add(f int, ev string) {
	if a.x[f] == 0 {
		a.ev[f] = ev
	}
	a.x[f] += (1 - a.x[f]) * 2 / 3
}
