package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/storage/sqlite"
)

// TestMakeDemoDB fills the database named by $CLAIMDESK_DEMO_DB with the
// article in $CLAIMDESK_DEMO_TEXT, its best suggestions accepted as claims,
// a few verdicts and evidence: the data of the screenshots in docs/. It is
// skipped unless both are set.
func TestMakeDemoDB(t *testing.T) {
	path, textPath := os.Getenv("CLAIMDESK_DEMO_DB"), os.Getenv("CLAIMDESK_DEMO_TEXT")
	if path == "" || textPath == "" {
		t.Skip("set CLAIMDESK_DEMO_DB and CLAIMDESK_DEMO_TEXT to build the demo database")
	}
	body, err := os.ReadFile(textPath)
	if err != nil {
		t.Fatal(err)
	}
	_ = os.Remove(path)
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := db.Services()
	ctx := claims.WithActor(t.Context(), "Anna Prüferin")
	a := &claims.Article{Title: "Blinken reist nach Zentralasien", Publisher: "Nachrichtenagentur", Language: "de",
		URL: "https://example.org/blinken-zentralasien", Body: strings.TrimSpace(string(body))}
	if err := svc.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	var cs []*claims.Claim
	for _, u := range extract.Extract(a.Body, extract.Options{Lang: "de"}) {
		if !u.CheckWorthy || len(cs) == 14 {
			continue
		}
		anchor, err := claims.MakeAnchor(a.Body, u.Start, u.End)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, &claims.Claim{ArticleID: a.ID, Text: strings.TrimSpace(u.Text), Anchor: anchor,
			Claimant: u.Claimant, Score: u.Score, Kinds: u.Kinds, Reasons: u.Reasons})
	}
	if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	set := func(c *claims.Claim, st claims.Status, rating, rationale string, tags ...string) {
		upd := claims.ClaimUpdate{Status: &st, Tags: &tags}
		if rating != "" {
			upd.RatingID = &rating
		}
		if rationale != "" {
			upd.Rationale = &rationale
		}
		if _, err := svc.Claims.UpdateClaim(ctx, c.ID, upd); err != nil {
			t.Fatal(err)
		}
	}
	src := func(url, title, publisher string, kind claims.SourceKind) *claims.Source {
		s := &claims.Source{URL: url, Title: title, Publisher: publisher, Kind: kind}
		if err := svc.Sources.CreateSource(ctx, s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	un := src("https://press.un.org/en/2023/ga12492.doc.htm", "General Assembly adopts resolution on Ukraine (A/ES-11/L.7)", "UN Press", claims.KindOfficial)
	state := src("https://www.state.gov/secretary-blinkens-travel-to-kazakhstan-and-uzbekistan/", "Secretary Blinken's travel to Kazakhstan and Uzbekistan", "U.S. Department of State", claims.KindOfficial)
	news := src("https://www.reuters.com/world/blinken-central-asia-2023-02-27/", "Blinken heads to Central Asia", "Reuters", claims.KindNews)
	if _, err := svc.Sources.AttachSnapshot(ctx, un.ID, "ga12492.html", strings.NewReader("<html>A/ES-11/L.7 voting record</html>")); err != nil {
		t.Fatal(err)
	}
	link := func(c *claims.Claim, s *claims.Source, st claims.Stance, excerpt string) {
		if err := svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: c.ID, SourceID: s.ID, Stance: st, Excerpt: excerpt}); err != nil {
			t.Fatal(err)
		}
	}
	find := func(prefix string) *claims.Claim {
		for _, c := range cs {
			if strings.HasPrefix(c.Text, prefix) {
				return c
			}
		}
		t.Fatalf("no suggestion starts with %q", prefix)
		return nil
	}
	five := find("Alle fünf")
	set(five, claims.StatusInReview, "politifact:true", "Das Abstimmungsprotokoll der UN-Generalversammlung (A/ES-11/L.7) zeigt: Kasachstan, Kirgisistan, Tadschikistan und Usbekistan enthielten sich, Turkmenistan stimmte nicht ab.", "un", "zentralasien")
	link(five, un, claims.StanceSupports, "Abstaining: Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan … Non-voting: Turkmenistan.")
	link(five, news, claims.StanceContext, "All five Central Asian states abstained or did not vote.")
	link(five, state, claims.StanceSupports, "The Secretary will meet the foreign ministers of all five Central Asian states in Astana.")
	border := find("Kasachstan, mit dem Russland")
	set(border, claims.StatusPublished, "politifact:true", "Die russisch-kasachische Grenze ist mit rund 7.600 km die längste Landgrenze Russlands.", "zentralasien")
	link(border, news, claims.StanceSupports, "Kazakhstan shares a 7,600 km border with Russia.")
	set(find("Lu verwies"), claims.StatusResearching, "politifact:half-true", "Die Verurteilungen sind belegt; die „rasche Abschaffung“ der Zwangsarbeit ist umstritten.", "menschenrechte")
	set(find("Tadschikistans Präsident"), claims.StatusResearching, "", "", "zentralasien")
	set(find("Diplomaten und Experten"), claims.StatusDiscarded, "", "")
	t.Logf("demo database %s: %d claims", filepath.Base(path), len(cs))
}
