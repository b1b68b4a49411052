// Package storetest is the conformance suite every storage backend must pass.
//
// It is written only against the service interfaces of package claims, so the
// embedded SQLite backend, the PostgreSQL backend and any later one are
// held to the same contract: every method of every service, every error
// code its doc comment lists, and the behaviour a fact-checker relies on
// (history, re-anchoring, search that never chokes on what a person types,
// merging).
//
// A backend's test calls Run with a function that opens a fresh, empty
// backend; Run calls it once (sometimes twice) per subtest.
package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"claimdesk/claims"
)

// Opener opens a fresh, empty backend for one subtest and arranges for it to
// be closed with t.Cleanup.
type Opener func(t *testing.T) claims.Services

// Run runs the whole conformance suite against the backend that open returns.
func Run(t *testing.T, open func(t *testing.T) claims.Services) {
	o := Opener(open)
	t.Run("ArticleService", func(t *testing.T) { testArticles(t, o) })
	t.Run("ClaimService", func(t *testing.T) { testClaims(t, o) })
	t.Run("EditConflict", func(t *testing.T) { testEditConflict(t, o) })
	t.Run("VerdictStatus", func(t *testing.T) { testVerdictStatus(t, o) })
	t.Run("ClaimFilter", func(t *testing.T) { testClaimFilters(t, o) })
	t.Run("Anchoring", func(t *testing.T) { testAnchoring(t, o) })
	t.Run("SourceService", func(t *testing.T) { testSources(t, o) })
	t.Run("EvidenceService", func(t *testing.T) { testEvidence(t, o) })
	t.Run("ScaleService", func(t *testing.T) { testScales(t, o) })
	t.Run("ScaleHistory", func(t *testing.T) { testScaleHistory(t, o) })
	t.Run("HistoryService", func(t *testing.T) { testHistory(t, o) })
	t.Run("SearchService", func(t *testing.T) { testSearch(t, o) })
	t.Run("SearchPhrases", func(t *testing.T) { testSearchPhrases(t, o) })
	t.Run("ExchangeService", func(t *testing.T) { testExchange(t, o) })
	t.Run("MaintenanceService", func(t *testing.T) { testMaintenance(t, o) })
	t.Run("ArchiveService", func(t *testing.T) { testArchives(t, o) })
	t.Run("LinkOrDismiss", func(t *testing.T) { testLinkOrDismiss(t, o) })
	t.Run("Undismiss", func(t *testing.T) { testUndismiss(t, o) })
	t.Run("Unlink", func(t *testing.T) { testUnlink(t, o) })
	t.Run("UnlinkRace", func(t *testing.T) { testUnlinkRace(t, o) })
	t.Run("LinkThroughGroup", func(t *testing.T) { testLinkThroughGroup(t, o) })
}

// Actors used by the suite.
const (
	actorAnna = "anna"
	actorBen  = "ben"
)

// ctxAs returns a context whose changes are made by actor.
func ctxAs(actor string) context.Context {
	return claims.WithActor(context.Background(), actor)
}

// wantCode fails the test unless err carries the error code want.
func wantCode(t *testing.T, err error, want string) {
	t.Helper()
	if got := claims.ErrorCode(err); got != want {
		t.Fatalf("error code = %q, want %q (error: %v)", got, want, err)
	}
}

// noErr fails the test when err is not nil.
func noErr(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: unexpected error %q: %v", what, claims.ErrorCode(err), err)
	}
}

// ptr returns a pointer to v, for filter and update fields.
func ptr[T any](v T) *T { return &v }

// Texts used by the suite: small German and English articles.
const (
	bodyDE = "Die Stadt meldet: Die Mieten sind seit 2020 um 40 Prozent gestiegen. " +
		"Der Bürgermeister sagte, die Größe der Neubaufläche habe sich verdoppelt. " +
		"Kritiker halten die Zahlen für übertrieben."
	bodyEN = "The minister said unemployment fell to 3 percent last year. " +
		"Critics say the figure ignores part-time work. " +
		"The report was published on Monday."
)

// mustArticle stores an article with the given title and body.
func mustArticle(t *testing.T, s claims.Services, title, lang, body string) *claims.Article {
	t.Helper()
	a := &claims.Article{Title: title, Language: lang, Body: body, Publisher: "Tagesblatt", URL: "https://example.org/" + lang}
	noErr(t, s.Articles.CreateArticle(ctxAs(actorAnna), a), "CreateArticle")
	return a
}

// mustClaim stores c and returns it.
func mustClaim(t *testing.T, s claims.Services, c *claims.Claim) *claims.Claim {
	t.Helper()
	noErr(t, s.Claims.CreateClaim(ctxAs(actorAnna), c), "CreateClaim")
	return c
}

// mustAnchoredClaim stores a claim quoting the first occurrence of quote in a.
func mustAnchoredClaim(t *testing.T, s claims.Services, a *claims.Article, quote string) *claims.Claim {
	t.Helper()
	return mustClaim(t, s, &claims.Claim{ArticleID: a.ID, Text: quote, Anchor: anchorOf(t, a.Body, quote)})
}

// anchorOf returns the anchor of the first occurrence of quote in body.
func anchorOf(t *testing.T, body, quote string) *claims.Anchor {
	t.Helper()
	i := strings.Index(body, quote)
	if i < 0 {
		t.Fatalf("quote %q not in body", quote)
	}
	an, err := claims.MakeAnchor(body, i, i+len(quote))
	noErr(t, err, "MakeAnchor")
	return an
}

// mustSource stores a source with the given title.
func mustSource(t *testing.T, s claims.Services, title string) *claims.Source {
	t.Helper()
	src := &claims.Source{Title: title, URL: "https://example.org/" + title, Kind: claims.KindStatistics}
	noErr(t, s.Sources.CreateSource(ctxAs(actorAnna), src), "CreateSource")
	return src
}

// mustEvidence links claim and source.
func mustEvidence(t *testing.T, s claims.Services, claimID, sourceID string, st claims.Stance, excerpt string) *claims.Evidence {
	t.Helper()
	e := &claims.Evidence{ClaimID: claimID, SourceID: sourceID, Stance: st, Excerpt: excerpt}
	noErr(t, s.Evidence.CreateEvidence(ctxAs(actorAnna), e), "CreateEvidence")
	return e
}

// history returns the events of a claim.
func history(t *testing.T, s claims.Services, claimID string) []*claims.Event {
	t.Helper()
	evs, err := s.History.ClaimHistory(context.Background(), claimID)
	noErr(t, err, "ClaimHistory")
	return evs
}

// eventsFor returns the events of field, oldest first.
func eventsFor(evs []*claims.Event, field string) []*claims.Event {
	var out []*claims.Event
	for _, e := range evs {
		if e.Field == field {
			out = append(out, e)
		}
	}
	return out
}

// describe lists events for a failure message.
func describe(evs []*claims.Event) string {
	var b strings.Builder
	b.WriteString("[")
	for i, e := range evs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %q→%q by %q", e.Field, e.Old, e.New, e.Actor)
	}
	b.WriteString("]")
	return b.String()
}

// claimIDs returns the IDs of cs in order.
func claimIDs(cs []*claims.Claim) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// sameIDs reports whether got holds exactly the IDs want, in any order.
func sameIDs(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	m := map[string]int{}
	for _, id := range want {
		m[id]++
	}
	for _, id := range got {
		if m[id] == 0 {
			return false
		}
		m[id]--
	}
	return true
}
