package report_test

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
)

// The fixture: two articles (German and English), five claims with every
// kind of verdict, evidence of each stance, sources with snapshots, history,
// and hostile text (markup, formula injection, control characters) where a
// person could type it. IDs and times are fixed so golden files are stable.

// generatedAt is the pinned report time of the fixture.
var generatedAt = time.Date(2026, 3, 20, 9, 30, 0, 0, time.UTC)

func day(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, time.UTC) }

// snapshotFiles are the snapshot contents of the fixture, by SHA-256.
var snapshotFiles = func() map[string][]byte {
	m := map[string][]byte{}
	for _, s := range []string{"<html>Bundeshaushalt 2026: Tabelle 4</html>", "%PDF-1.4 Statistik Arbeitsmarkt"} {
		sum := sha256.Sum256([]byte(s))
		m[hex.EncodeToString(sum[:])] = []byte(s)
	}
	return m
}()

func snapshotOf(content, name, mime string, at time.Time) claims.Snapshot {
	sum := sha256.Sum256([]byte(content))
	return claims.Snapshot{SHA256: hex.EncodeToString(sum[:]), Name: name, Size: int64(len(content)), MIME: mime, AddedAt: at}
}

// fixtureDataset returns a fresh copy of the fixture records.
func fixtureDataset() *claims.Dataset {
	bodyDE := "Der Finanzminister sagte am Montag: Die Schulden steigen 2026 auf 500 Milliarden €. " +
		"Außerdem koste die „Schuldenbremse“ jedes Jahr 3 % Wachstum."
	bodyEN := "The senator said unemployment fell by 12 % in 2025. <script>alert('body')</script> Critics disagree."
	a1 := &claims.Article{
		ID: "a1000000-0000-4000-8000-000000000001", Title: "Haushaltsstreit: „Rekordschulden“ von 500 Mrd. €",
		URL: "https://example.org/news/haushalt-2026", Publisher: "Tagesblatt Köln", Language: "de",
		PublishedAt: day(3, 2, 7), Body: bodyDE, BodySHA256: claims.BodyHash(bodyDE),
		ImportedAt: day(3, 3, 8), CreatedBy: "jana", UpdatedAt: day(3, 3, 8),
	}
	a2 := &claims.Article{
		ID: "a2000000-0000-4000-8000-000000000002", Title: `<script>alert("xss")</script> Jobs report row`,
		URL: "javascript:alert(1)", Publisher: "Daily <b>Bold</b>", Language: "en",
		PublishedAt: day(3, 5, 12), Body: bodyEN, BodySHA256: claims.BodyHash(bodyEN),
		ImportedAt: day(3, 6, 9), CreatedBy: "sam", UpdatedAt: day(3, 6, 9),
	}
	anchor := func(body, exact string) *claims.Anchor {
		for i := 0; i+len(exact) <= len(body); i++ {
			if body[i:i+len(exact)] == exact {
				a, _ := claims.MakeAnchor(body, i, i+len(exact))
				return a
			}
		}
		panic("fixture: quote not in body: " + exact)
	}
	c1 := &claims.Claim{
		ID: "c1000000-0000-4000-8000-000000000001", ArticleID: a1.ID,
		Text:   "Die Schulden steigen 2026 auf 500 Milliarden €.",
		Anchor: anchor(bodyDE, "Die Schulden steigen 2026 auf 500 Milliarden €."), Claimant: "Max Müller (Finanzminister)",
		ClaimDate: day(3, 2, 0), Status: claims.StatusPublished, RatingID: "politifact:mostly-false",
		Rationale: "Der Haushaltsentwurf nennt 412 Mrd. € neue Schulden.\nDie 500 Mrd. € enthalten Sondervermögen, die nicht „Schulden 2026“ sind.",
		Tags:      []string{"haushalt", "schulden"}, Score: 0.91, Kinds: []string{"number"}, Reasons: []string{"Zahl mit Einheit"},
		CreatedAt: day(3, 3, 9), CreatedBy: "jana", UpdatedAt: day(3, 10, 16), UpdatedBy: "jana",
	}
	c2 := &claims.Claim{
		ID: "c2000000-0000-4000-8000-000000000002", ArticleID: a1.ID,
		Text:   `=HYPERLINK("http://evil.example","Schuldenbremse")`,
		Anchor: anchor(bodyDE, "Außerdem koste die „Schuldenbremse“ jedes Jahr 3 % Wachstum."), Claimant: "@wirtschaftsrat",
		Status: claims.StatusInReview, Conclusion: "Die Zahl stammt aus einer Studie, die das Gegenteil zeigt.",
		Rationale: "-1+1 ist kein Beleg.\tTabulator", CreatedAt: day(3, 3, 10), CreatedBy: "jana",
		UpdatedAt: day(3, 9, 11), UpdatedBy: "jana",
	}
	c3 := &claims.Claim{
		ID: "c3000000-0000-4000-8000-000000000003", ArticleID: a2.ID,
		Text:     `Unemployment fell by 12 % in 2025 <img src=x onerror=alert(1)>`,
		Claimant: "+Senator Smith", ClaimDate: day(3, 4, 0), Status: claims.StatusPublished,
		RatingID: "politifact:false", Rationale: "@SUM(A1:A9) The statistics office reports a fall of 1.2 %.",
		Tags: []string{"jobs"}, CreatedAt: day(3, 6, 10), CreatedBy: "sam", UpdatedAt: day(3, 8, 15), UpdatedBy: "sam",
	}
	c4 := &claims.Claim{
		ID: "c4000000-0000-4000-8000-000000000004", Text: "Every second household owns an e-bike.",
		Status: claims.StatusNew, CreatedAt: day(3, 7, 8), CreatedBy: "sam", UpdatedAt: day(3, 7, 8), UpdatedBy: "sam",
	}
	c5 := &claims.Claim{
		ID: "c5000000-0000-4000-8000-000000000005", ArticleID: a2.ID, Text: "Critics disagree with the figure.",
		Detached: true, Status: claims.StatusResearching, RatingID: "correctiv:fehlender-kontext",
		CreatedAt: day(3, 6, 11), CreatedBy: "sam", UpdatedAt: day(3, 8, 9), UpdatedBy: "sam",
	}
	s1 := &claims.Source{
		ID: "51000000-0000-4000-8000-000000000001", URL: "https://www.bundeshaushalt.de/tabelle-4",
		Title: "Bundeshaushalt 2026, Tabelle 4", Publisher: "Bundesministerium der Finanzen",
		PublishedAt: day(2, 20, 0), AccessedAt: day(3, 4, 10), Kind: claims.KindOfficial,
		Snapshots: []claims.Snapshot{snapshotOf("<html>Bundeshaushalt 2026: Tabelle 4</html>", "tabelle-4.html", "text/html", day(3, 4, 10))},
		CreatedAt: day(3, 4, 10), CreatedBy: "jana", UpdatedAt: day(3, 4, 10),
	}
	s2 := &claims.Source{
		ID: "52000000-0000-4000-8000-000000000002", URL: "https://statistik.example/arbeitsmarkt-2025.pdf",
		Title: "Arbeitsmarkt 2025", Publisher: "Statistikamt", Kind: claims.KindStatistics, AccessedAt: day(3, 6, 12),
		Snapshots: []claims.Snapshot{snapshotOf("%PDF-1.4 Statistik Arbeitsmarkt", "arbeitsmarkt.pdf", "application/pdf", day(3, 6, 12))},
		CreatedAt: day(3, 6, 12), CreatedBy: "sam", UpdatedAt: day(3, 6, 12),
	}
	s3 := &claims.Source{
		ID: "53000000-0000-4000-8000-000000000003", URL: "javascript:alert('src')",
		Title: `Blog <img src=x onerror=alert(2)>`, Kind: claims.KindSocial,
		Notes: "Kein seriöser Beleg.", CreatedAt: day(3, 6, 13), CreatedBy: "sam", UpdatedAt: day(3, 6, 13),
	}
	ev := func(id, claim, src string, st claims.Stance, excerpt, note string, at time.Time) *claims.Evidence {
		return &claims.Evidence{ID: id, ClaimID: claim, SourceID: src, Stance: st, Excerpt: excerpt, Note: note,
			CreatedAt: at, CreatedBy: "jana", UpdatedAt: at}
	}
	evidence := []*claims.Evidence{
		ev("e1000000-0000-4000-8000-000000000001", c1.ID, s1.ID, claims.StanceRefutes, "Nettokreditaufnahme: 412,3 Mrd. €", "Tabelle 4, Zeile 12", day(3, 4, 11)),
		ev("e2000000-0000-4000-8000-000000000002", c1.ID, s2.ID, claims.StanceContext, "", "", day(3, 4, 12)),
		ev("e3000000-0000-4000-8000-000000000003", c1.ID, s3.ID, claims.StanceSupports, `<script>alert("excerpt")</script>`, "=cmd|' /C calc'!A0", day(3, 4, 13)),
		ev("e4000000-0000-4000-8000-000000000004", c3.ID, s2.ID, claims.StanceRefutes, "Arbeitslosenquote −1,2 %", "", day(3, 6, 14)),
	}
	event := func(n int, claim string, at time.Time, actor, field, old, new string) *claims.Event {
		return &claims.Event{ID: "f0000000-0000-4000-8000-0000000000" + string(rune('0'+n/10)) + string(rune('0'+n%10)),
			ClaimID: claim, At: at, Actor: actor, Field: field, Old: old, New: new}
	}
	events := []*claims.Event{
		event(1, c1.ID, day(3, 3, 9), "jana", claims.FieldCreated, "", ""),
		event(2, c1.ID, day(3, 4, 9), "jana", claims.FieldStatus, "new", "researching"),
		event(3, c1.ID, day(3, 4, 11), "jana", claims.FieldEvidence, "", "refutes: Bundeshaushalt 2026, Tabelle 4"),
		event(4, c1.ID, day(3, 4, 12), "jana", claims.FieldEvidence, "", "context: Arbeitsmarkt 2025"),
		event(5, c1.ID, day(3, 5, 9), "jana", claims.FieldRating, "", "politifact:false"),
		event(6, c1.ID, day(3, 9, 9), "kai", claims.FieldRating, "politifact:false", "politifact:mostly-false"),
		event(7, c1.ID, day(3, 10, 16), "jana", claims.FieldStatus, "in_review", "published"),
		event(8, c2.ID, day(3, 3, 10), "jana", claims.FieldCreated, "", ""),
		event(9, c2.ID, day(3, 9, 11), "jana", claims.FieldConclusion, "", "Die Zahl stammt aus einer Studie, die das Gegenteil zeigt."),
		event(10, c3.ID, day(3, 6, 10), "sam", claims.FieldCreated, "", ""),
		event(11, c3.ID, day(3, 8, 15), "sam", claims.FieldStatus, "in_review", "published"),
		event(12, c4.ID, day(3, 7, 8), "sam", claims.FieldCreated, "", ""),
		event(13, c5.ID, day(3, 6, 11), "sam", claims.FieldCreated, "", ""),
	}
	var scales []*claims.RatingScale
	for _, s := range claims.PresetScales() {
		if s.ID == claims.ScalePolitiFact || s.ID == claims.ScaleCorrectiv {
			scales = append(scales, s)
		}
	}
	return &claims.Dataset{
		Version: claims.DatasetVersion, Articles: []*claims.Article{a2, a1},
		Claims: []*claims.Claim{c5, c4, c3, c2, c1}, Sources: []*claims.Source{s3, s2, s1},
		Evidence: evidence, Events: events, Scales: scales,
	}
}

// fixtureData is the fixture as report data covering everything.
func fixtureData() *report.Data {
	return report.FromDataset(fixtureDataset(), report.Scope{}, generatedAt)
}
