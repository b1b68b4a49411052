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
	EarlierChecks   string // heading of the linked earlier fact-checks
	Page            string // "Page %d of %d"
	Merged          string
	ArticleDeleted  string // a claim's history: its article was deleted
	QuoteGone       string // a claim's history: its quote left the article
	PairClaim       string // a seen-before event's other side: "claim ID" as stored
	PairRecord      string // … "record ID: URL (archive …)" as stored
	DismissedBy     string // a dismissal taken back: "dismissed as not the same by NAME at …" as stored
	LinkedBy        string // a link taken back: "linked as the same by NAME at …" as stored
	LinkUnrecorded  string // … a link made before links were recorded pair by pair
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
	GlyphNote       string // PDF: what the marker of undrawable characters means
	LanguageName    map[string]string
	timeFmt         string            // clock time, e.g. "15:04" or "15:04 Uhr"
	shortFmt        string            // day and time in history lines
	zoneName        map[string]string // zone abbreviations of the language
}

// labelsEN are the English labels.
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
	EarlierChecks: "Earlier checks of this claim", Page: "Page %d of %d", Merged: "another version was merged from a bundle",
	ArticleDeleted: "article deleted", QuoteGone: "quote no longer in the article",
	PairClaim: "claim", PairRecord: "archive record", DismissedBy: "dismissed as not the same by",
	LinkedBy: "linked as the same by", LinkUnrecorded: "linked as the same (by whom and when not recorded)",
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
		claims.FieldMerged: "merged", claims.FieldConflict: "conflict",
		claims.FieldLinked: "linked to an earlier check", claims.FieldVerdictCopied: "verdict copied from",
		claims.FieldDismissed: "dismissed as not the same", claims.FieldUndismissed: "dismissal taken back",
		claims.FieldUnlinked: "link taken back",
	},
	KindName: map[claims.SourceKind]string{
		claims.KindOfficial: "official document", claims.KindStatistics: "statistics", claims.KindNews: "news",
		claims.KindExpert: "expert", claims.KindSocial: "social media", claims.KindOther: "other",
	},
	months:       [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	dateFmt:      "2 January 2006",
	ScopeArticle: "article", ScopeStatus: "status", ScopeVerdict: "verdict", ScopeTag: "tag",
	SummaryNoClaims: "No claims in this scope.",
	GlyphNote:       pdfMarker + " stands for characters the PDF font cannot show (such as emoji, Chinese, Japanese, Korean, Arabic or Hebrew); the HTML and Markdown reports keep them.",
	LanguageName:    map[string]string{"de": "German", "en": "English"},
	timeFmt:         "15:04", shortFmt: "2 Jan 2006, 15:04",
}

// labelsDE are the German labels.
var labelsDE = &labels{
	Lang: "de", Report: "Faktencheck-Bericht", ReportOn: "Faktencheck-Bericht: ", Generated: "Erstellt",
	ReviewedBy: "Geprüft von", Scope: "Umfang", Everything: "alle Behauptungen", Contents: "Inhalt",
	Summary: "Übersicht", Claims: "Behauptungen", NoArticle: "Behauptungen ohne Artikel",
	Publisher: "Medium", Published: "Veröffentlicht", URL: "Adresse", Language: "Sprache",
	BodyHash: "Text-SHA-256", Claimant: "Urheber", ClaimDate: "Datum der Behauptung", Status: "Status",
	Verdict: "Bewertung", NoVerdict: "Noch keine Bewertung", Conclusion: "Fazit", Rationale: "Begründung",
	Tags: "Schlagwörter", Detached: "Das Zitat steht nicht mehr im Artikeltext.", Evidence: "Belege",
	NoEvidence: "Keine Belege erfasst.", Source: "Quelle", Accessed: "abgerufen", Excerpt: "Auszug",
	Note: "Notiz", Snapshot: "Sicherung", History: "Verlauf", EarlierChanges: "%d frühere Änderungen",
	EarlierChecks: "Frühere Prüfungen dieser Behauptung", Page: "Seite %d von %d", Merged: "eine andere Fassung wurde aus einem Paket übernommen",
	ArticleDeleted: "Artikel gelöscht", QuoteGone: "Zitat nicht mehr im Artikel",
	PairClaim: "Behauptung", PairRecord: "Archiveintrag", DismissedBy: "als „nicht dieselbe“ verworfen von",
	LinkedBy: "als „dieselbe“ verknüpft von", LinkUnrecorded: "als „dieselbe“ verknüpft (von wem und wann nicht festgehalten)",
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
		claims.FieldMerged: "zusammengeführt", claims.FieldConflict: "Konflikt",
		claims.FieldLinked: "mit früherer Prüfung verknüpft", claims.FieldVerdictCopied: "Urteil übernommen von",
		claims.FieldDismissed: "als „nicht dieselbe“ verworfen", claims.FieldUndismissed: "Verwerfen zurückgenommen",
		claims.FieldUnlinked: "Verknüpfung zurückgenommen",
	},
	KindName: map[claims.SourceKind]string{
		claims.KindOfficial: "amtliches Dokument", claims.KindStatistics: "Statistik", claims.KindNews: "Nachrichten",
		claims.KindExpert: "Fachleute", claims.KindSocial: "soziale Medien", claims.KindOther: "Sonstiges",
	},
	months:       [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	dateFmt:      "2. January 2006",
	ScopeArticle: "Artikel", ScopeStatus: "Status", ScopeVerdict: "Bewertung", ScopeTag: "Schlagwort",
	SummaryNoClaims: "In diesem Umfang gibt es keine Behauptungen.",
	GlyphNote:       pdfMarker + " steht für Zeichen, die die PDF-Schrift nicht darstellen kann (etwa Emoji, Chinesisch, Japanisch, Koreanisch, Arabisch oder Hebräisch); der HTML- und der Markdown-Bericht enthalten sie.",
	LanguageName:    map[string]string{"de": "Deutsch", "en": "Englisch"},
	timeFmt:         "15:04 Uhr", shortFmt: "02.01.2006, 15:04",
	zoneName: map[string]string{"CET": "MEZ", "CEST": "MESZ", "EET": "OEZ", "EEST": "OESZ", "WET": "WEZ", "WEST": "WESZ"},
}

// labelsFor returns the German labels for "de" and the English ones for
// any other language.
func labelsFor(lang string) *labels {
	if lang == "de" {
		return labelsDE
	}
	return labelsEN
}

// date formats a day, e.g. "3 March 2026" or "3. März 2026"; "" for zero.
// A value at midnight UTC is a calendar day without a clock time and is
// shown as that day in every zone; other instants are shown in loc.
func (l *labels) date(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	if u := t.UTC(); u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0 {
		loc = time.UTC
	}
	return l.day(t.In(loc))
}

// day formats the calendar day of t in its own zone.
func (l *labels) day(t time.Time) string {
	s := t.Format(l.dateFmt)
	return strings.Replace(s, t.Month().String(), l.months[t.Month()-1], 1)
}

// dateTime formats an instant in loc with minutes and zone, e.g.
// "3 March 2026, 14:05 CET" or "3. März 2026, 14:05 Uhr MEZ".
func (l *labels) dateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(loc)
	return l.day(t) + ", " + t.Format(l.timeFmt) + " " + l.zone(t)
}

// shortDateTime formats an instant in loc for a history line, e.g.
// "3 Mar 2026, 14:05" or "03.03.2026, 14:05".
func (l *labels) shortDateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(l.shortFmt)
}

// zone names the time zone of t in the language ("MEZ" for CET in German).
func (l *labels) zone(t time.Time) string {
	name, _ := t.Zone()
	if n, ok := l.zoneName[name]; ok {
		return n
	}
	return name
}

// language names a language code ("de" is "Deutsch" in German).
func (l *labels) language(code string) string {
	if n, ok := l.LanguageName[strings.ToLower(code)]; ok {
		return n
	}
	return code
}

// status returns the name of status s in the language, or s itself when it
// has none.
func (l *labels) status(s claims.Status) string {
	if n, ok := l.StatusName[s]; ok {
		return n
	}
	return string(s)
}

// field returns the name of the history field f in the language, or f
// itself when it has none.
func (l *labels) field(f string) string {
	if n, ok := l.FieldName[f]; ok {
		return n
	}
	return f
}
