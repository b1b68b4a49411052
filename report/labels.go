package report

import (
	"strings"
	"time"

	"claimdesk/claims"
)

// labels are the words of a report in one language.
type labels struct {
	Lang            string
	Report          string
	ReportOn        string // "Fact-check report: %s" prefix
	Generated       string
	ReviewedBy      string
	Scope           string
	Everything      string
	Contents        string
	Summary         string
	Claims          string
	NoArticle       string
	Publisher       string
	Published       string
	URL             string
	Language        string
	BodyHash        string
	Claimant        string
	ClaimDate       string
	Status          string
	Verdict         string
	NoVerdict       string
	Conclusion      string
	Rationale       string
	Tags            string
	Detached        string
	Evidence        string
	NoEvidence      string
	Source          string
	Accessed        string
	Excerpt         string
	Note            string
	Snapshot        string
	History         string
	EarlierChanges  string // "%d earlier changes"
	Page            string // "Page %d of %s"
	Merged          string
	StatusName      map[claims.Status]string
	StanceName      map[claims.Stance]string
	FieldName       map[string]string
	KindName        map[claims.SourceKind]string
	months          [12]string
	dateFmt         string // "2 January 2006" style, with month names replaced
	ScopeArticle    string
	ScopeStatus     string
	ScopeVerdict    string
	ScopeTag        string
	SummaryNoClaims string
}

var labelsEN = &labels{
	Lang: "en", Report: "Fact-check report", ReportOn: "Fact-check report: ", Generated: "Generated",
	ReviewedBy: "Reviewed by", Scope: "Scope", Everything: "all claims", Contents: "Contents",
	Summary: "Summary", Claims: "Claims", NoArticle: "Claims without article", Publisher: "Publisher",
	Published: "Published", URL: "URL", Language: "Language", BodyHash: "Text SHA-256",
	Claimant: "Claimant", ClaimDate: "Claim date", Status: "Status", Verdict: "Verdict",
	NoVerdict: "No verdict yet", Conclusion: "Conclusion", Rationale: "Rationale", Tags: "Tags",
	Detached: "The quote is no longer found in the article text.", Evidence: "Evidence",
	NoEvidence: "No evidence recorded.", Source: "Source", Accessed: "accessed", Excerpt: "Excerpt",
	Note: "Note", Snapshot: "Snapshot", History: "History", EarlierChanges: "%d earlier changes",
	Page: "Page %d of %s", Merged: "another version was merged from a bundle",
	StatusName: map[claims.Status]string{
		claims.StatusNew: "New", claims.StatusResearching: "Researching", claims.StatusInReview: "In review",
		claims.StatusPublished: "Published", claims.StatusDiscarded: "Discarded",
	},
	StanceName: map[claims.Stance]string{
		claims.StanceSupports: "Supports the claim", claims.StanceRefutes: "Refutes the claim",
		claims.StanceContext: "Context",
	},
	FieldName: map[string]string{
		claims.FieldCreated: "created", claims.FieldText: "text", claims.FieldStatus: "status",
		claims.FieldRating: "verdict", claims.FieldConclusion: "conclusion", claims.FieldRationale: "rationale",
		claims.FieldClaimant: "claimant", claims.FieldClaimDate: "claim date", claims.FieldTags: "tags",
		claims.FieldAnchor: "position", claims.FieldEvidence: "evidence", claims.FieldDeleted: "deleted",
		claims.FieldMerged: "merged",
	},
	KindName: map[claims.SourceKind]string{
		claims.KindOfficial: "official document", claims.KindStatistics: "statistics", claims.KindNews: "news",
		claims.KindExpert: "expert", claims.KindSocial: "social media", claims.KindOther: "other",
	},
	months:       [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	dateFmt:      "2 January 2006",
	ScopeArticle: "article", ScopeStatus: "status", ScopeVerdict: "verdict", ScopeTag: "tag",
	SummaryNoClaims: "No claims in this scope.",
}

var labelsDE = &labels{
	Lang: "de", Report: "Faktencheck-Bericht", ReportOn: "Faktencheck-Bericht: ", Generated: "Erstellt",
	ReviewedBy: "Geprüft von", Scope: "Umfang", Everything: "alle Behauptungen", Contents: "Inhalt",
	Summary: "Übersicht", Claims: "Behauptungen", NoArticle: "Behauptungen ohne Artikel",
	Publisher: "Medium", Published: "Veröffentlicht", URL: "URL", Language: "Sprache",
	BodyHash: "Text-SHA-256", Claimant: "Urheber", ClaimDate: "Datum der Behauptung", Status: "Status",
	Verdict: "Bewertung", NoVerdict: "Noch keine Bewertung", Conclusion: "Fazit", Rationale: "Begründung",
	Tags: "Schlagwörter", Detached: "Das Zitat steht nicht mehr im Artikeltext.", Evidence: "Belege",
	NoEvidence: "Keine Belege erfasst.", Source: "Quelle", Accessed: "abgerufen", Excerpt: "Auszug",
	Note: "Notiz", Snapshot: "Sicherung", History: "Verlauf", EarlierChanges: "%d frühere Änderungen",
	Page: "Seite %d von %s", Merged: "eine andere Fassung wurde aus einem Paket übernommen",
	StatusName: map[claims.Status]string{
		claims.StatusNew: "Neu", claims.StatusResearching: "In Recherche", claims.StatusInReview: "In Prüfung",
		claims.StatusPublished: "Veröffentlicht", claims.StatusDiscarded: "Verworfen",
	},
	StanceName: map[claims.Stance]string{
		claims.StanceSupports: "Stützt die Behauptung", claims.StanceRefutes: "Widerlegt die Behauptung",
		claims.StanceContext: "Kontext",
	},
	FieldName: map[string]string{
		claims.FieldCreated: "angelegt", claims.FieldText: "Text", claims.FieldStatus: "Status",
		claims.FieldRating: "Bewertung", claims.FieldConclusion: "Fazit", claims.FieldRationale: "Begründung",
		claims.FieldClaimant: "Urheber", claims.FieldClaimDate: "Datum", claims.FieldTags: "Schlagwörter",
		claims.FieldAnchor: "Position", claims.FieldEvidence: "Beleg", claims.FieldDeleted: "gelöscht",
		claims.FieldMerged: "zusammengeführt",
	},
	KindName: map[claims.SourceKind]string{
		claims.KindOfficial: "amtliches Dokument", claims.KindStatistics: "Statistik", claims.KindNews: "Nachrichten",
		claims.KindExpert: "Fachleute", claims.KindSocial: "soziale Medien", claims.KindOther: "Sonstiges",
	},
	months:       [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	dateFmt:      "2. January 2006",
	ScopeArticle: "Artikel", ScopeStatus: "Status", ScopeVerdict: "Bewertung", ScopeTag: "Schlagwort",
	SummaryNoClaims: "In diesem Umfang gibt es keine Behauptungen.",
}

func labelsFor(lang string) *labels {
	if lang == "de" {
		return labelsDE
	}
	return labelsEN
}

// date formats a day, e.g. "3 March 2026" or "3. März 2026"; "" for zero.
func (l *labels) date(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(loc)
	s := t.Format(l.dateFmt)
	return strings.Replace(s, t.Month().String(), l.months[t.Month()-1], 1)
}

// dateTime formats an instant with minutes and zone, e.g. "3 March 2026, 14:05 UTC".
func (l *labels) dateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return l.date(t, loc) + ", " + t.In(loc).Format("15:04 MST")
}

func (l *labels) status(s claims.Status) string {
	if n, ok := l.StatusName[s]; ok {
		return n
	}
	return string(s)
}

func (l *labels) field(f string) string {
	if n, ok := l.FieldName[f]; ok {
		return n
	}
	return f
}
