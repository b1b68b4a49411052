package sqlite_test

import (
	"database/sql"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

func TestHistoryRecordsEveryChange(t *testing.T) {
	db := MustOpenDB(t)
	s := db.Services()
	body := "Im Jahr 2023 stieg die Zahl der Einbrüche um zwölf Prozent. Das meldete die Polizei."
	a := &claims.Article{Title: "Kriminalstatistik", Body: body}
	if err := s.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{ArticleID: a.ID, Text: "Einbrüche stiegen um zwölf Prozent."}
	if err := s.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	anchor, err := claims.MakeAnchor(body, 0, strings.Index(body, "."))
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	steps := []struct {
		upd      claims.ClaimUpdate
		field    string
		old, new string
	}{
		{claims.ClaimUpdate{Text: ptr("Einbrüche stiegen 2023 um 12 %.")}, claims.FieldText, c.Text, "Einbrüche stiegen 2023 um 12 %."},
		{claims.ClaimUpdate{Status: ptr(claims.StatusResearching)}, claims.FieldStatus, "new", "researching"},
		{claims.ClaimUpdate{RatingID: ptr("politifact:true")}, claims.FieldRating, "", "politifact:true"},
		{claims.ClaimUpdate{Conclusion: ptr("Stimmt laut PKS.")}, claims.FieldRating, "politifact:true", ""},
		{claims.ClaimUpdate{Rationale: ptr("Die PKS nennt +12,1 %.")}, claims.FieldRationale, "", "Die PKS nennt +12,1 %."},
		{claims.ClaimUpdate{Claimant: ptr("Polizei")}, claims.FieldClaimant, "", "Polizei"},
		{claims.ClaimUpdate{ClaimDate: &date}, claims.FieldClaimDate, "", "2024-03-01T00:00:00Z"},
		{claims.ClaimUpdate{Tags: &[]string{"Kriminalität", "PKS"}}, claims.FieldTags, "", "kriminalität, pks"},
		{claims.ClaimUpdate{Anchor: anchor}, claims.FieldAnchor, "", anchor.Exact},
	}
	for _, st := range steps {
		if _, err := s.Claims.UpdateClaim(claims.WithActor(ctx, "anna"), c.ID, st.upd); err != nil {
			t.Fatalf("%s: %v", st.field, err)
		}
	}
	// Setting a conclusion clears the rating and records both.
	got, err := s.Claims.FindClaimByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.RatingID != "" || got.Conclusion != "Stimmt laut PKS." || got.UpdatedBy != "anna" {
		t.Fatalf("claim = %+v", got)
	}
	// An update that changes nothing records nothing.
	if _, err := s.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Claimant: ptr("Polizei")}); err != nil {
		t.Fatal(err)
	}
	src := &claims.Source{Title: "PKS 2023"}
	if err := s.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	e := &claims.Evidence{ClaimID: c.ID, SourceID: src.ID, Stance: claims.StanceSupports, Excerpt: "+12,1 %"}
	if err := s.Evidence.CreateEvidence(ctx, e); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Evidence.UpdateEvidence(ctx, e.ID, claims.EvidenceUpdate{Stance: ptr(claims.StanceContext)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Evidence.DeleteEvidence(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Claims.DeleteClaim(ctx, c.ID); err != nil {
		t.Fatal(err)
	}

	evs, err := s.History.ClaimHistory(ctx, c.ID)
	if err != nil {
		t.Fatalf("history of a deleted claim: %v", err)
	}
	var fields []string
	for _, ev := range evs {
		fields = append(fields, ev.Field)
	}
	want := "created text status rating rating conclusion rationale claimant claim_date tags anchor evidence evidence evidence deleted"
	if got := strings.Join(fields, " "); got != want {
		t.Fatalf("fields = %s\nwant     %s", got, want)
	}
	i := 1
	for _, st := range steps {
		ev := evs[i]
		if ev.Field != st.field || ev.Old != st.old || !strings.Contains(ev.New, st.new) || ev.Actor != "anna" {
			t.Errorf("event %d = %+v, want %s %q -> %q by anna", i, *ev, st.field, st.old, st.new)
		}
		i++
		if st.field == claims.FieldRating && st.new == "" {
			i++ // the conclusion event that follows
		}
	}
	if evs[0].Actor != "tester" || evs[0].New != c.Text {
		t.Errorf("created event = %+v", *evs[0])
	}
	ev := evs[len(evs)-4]
	if !strings.Contains(ev.New, "supports") || !strings.Contains(ev.New, "PKS 2023") || ev.Old != "" {
		t.Errorf("evidence added = %+v", *ev)
	}
	if ev := evs[len(evs)-3]; !strings.Contains(ev.Old, "supports") || !strings.Contains(ev.New, "context") {
		t.Errorf("evidence changed = %+v", *ev)
	}
	if ev := evs[len(evs)-2]; ev.New != "" || !strings.Contains(ev.Old, "context") {
		t.Errorf("evidence removed = %+v", *ev)
	}
	for j := 1; j < len(evs); j++ {
		if evs[j].At.Before(evs[j-1].At) {
			t.Errorf("events out of order at %d", j)
		}
	}

	t.Run("AppendOnly", func(t *testing.T) {
		raw, err := sql.Open("sqlite", "file:"+db.Path())
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		if _, err := raw.Exec("UPDATE events SET new = 'forged'"); err == nil {
			t.Error("an event could be changed")
		}
		if _, err := raw.Exec("DELETE FROM events"); err == nil {
			t.Error("events could be deleted")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := s.History.ClaimHistory(ctx, "no-such-claim"); code(err) != claims.ENOTFOUND {
			t.Fatal(err)
		}
	})
}
