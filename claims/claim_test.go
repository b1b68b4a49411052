package claims_test

import (
	"context"
	"slices"
	"testing"

	"claimdesk/claims"
)

func TestParseStatus(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want claims.Status
		code string
	}{
		{"new", claims.StatusNew, ""},
		{" NEW ", claims.StatusNew, ""},
		{"researching", claims.StatusResearching, ""},
		{"in review", claims.StatusInReview, ""},
		{"In-Review", claims.StatusInReview, ""},
		{"in_review", claims.StatusInReview, ""},
		{"Published", claims.StatusPublished, ""},
		{"discarded", claims.StatusDiscarded, ""},
		{"", "", claims.EINVALID},
		{"done", "", claims.EINVALID},
		{"in  review", "", claims.EINVALID},
		{"veröffentlicht", "", claims.EINVALID},
	} {
		got, err := claims.ParseStatus(tc.in)
		if got != tc.want || claims.ErrorCode(err) != tc.code {
			t.Fatalf("ParseStatus(%q) = %q, %q; want %q, %q", tc.in, got, claims.ErrorCode(err), tc.want, tc.code)
		}
	}
}

func TestNormalizeTags(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []string
		want []string
	}{
		{"Nil", nil, []string{}},
		{"Trim", []string{"  Klima "}, []string{"klima"}},
		{"Hash", []string{"#Klima", "# Wohnen"}, []string{"klima", "wohnen"}},
		{"Dedupe", []string{"Klima", "#klima", " KLIMA", "Energie"}, []string{"klima", "energie"}},
		{"KeepOrder", []string{"zoll", "arbeit", "bau"}, []string{"zoll", "arbeit", "bau"}},
		{"DropEmpty", []string{"", "  ", "#", "bau"}, []string{"bau"}},
		{"Umlaut", []string{"Größe", "GRÖßE"}, []string{"größe"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claims.NormalizeTags(tc.in)
			if got == nil || !slices.Equal(got, tc.want) {
				t.Fatalf("NormalizeTags(%q) = %#v, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestClaimValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    claims.Claim
		want string
	}{
		{"OK", claims.Claim{Text: "Die Mieten stiegen.", Status: claims.StatusNew, RatingID: "politifact:true", Score: 1}, ""},
		{"OKAnchored", claims.Claim{Text: "x", ArticleID: "a", Anchor: &claims.Anchor{Exact: "x", End: 1}}, ""},
		{"ErrTextRequired", claims.Claim{Text: " \n"}, claims.EINVALID},
		{"ErrStatusInvalid", claims.Claim{Text: "x", Status: "done"}, claims.EINVALID},
		{"ErrRatingAndConclusion", claims.Claim{Text: "x", RatingID: "r", Conclusion: "c"}, claims.EINVALID},
		{"ErrScoreNegative", claims.Claim{Text: "x", Score: -0.1}, claims.EINVALID},
		{"ErrScoreAboveOne", claims.Claim{Text: "x", Score: 1.1}, claims.EINVALID},
		{"ErrAnchorWithoutArticle", claims.Claim{Text: "x", Anchor: &claims.Anchor{Exact: "x", End: 1}}, claims.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := claims.ErrorCode(tc.c.Validate()), tc.want; got != want {
				t.Fatalf("Validate code = %q, want %q", got, want)
			}
		})
	}
	t.Run("HasVerdict", func(t *testing.T) {
		for _, tc := range []struct {
			c    claims.Claim
			want bool
		}{{claims.Claim{}, false}, {claims.Claim{RatingID: "r"}, true}, {claims.Claim{Conclusion: "c"}, true}} {
			if got := tc.c.HasVerdict(); got != tc.want {
				t.Fatalf("HasVerdict of %+v = %v, want %v", tc.c, got, tc.want)
			}
		}
	})
}

func TestRecordValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"ArticleOK", (&claims.Article{Title: "Mieten", Language: "de"}).Validate(), ""},
		{"ArticleErrTitleRequired", (&claims.Article{Language: "de"}).Validate(), claims.EINVALID},
		{"ArticleErrLanguageInvalid", (&claims.Article{Title: "x", Language: "fr"}).Validate(), claims.EINVALID},
		{"SourceOKURL", (&claims.Source{URL: "https://example.org"}).Validate(), ""},
		{"SourceOKTitle", (&claims.Source{Title: "Gespräch", Kind: claims.KindExpert}).Validate(), ""},
		{"SourceErrURLOrTitleRequired", (&claims.Source{Publisher: "Amt"}).Validate(), claims.EINVALID},
		{"SourceErrKindInvalid", (&claims.Source{Title: "x", Kind: "rumour"}).Validate(), claims.EINVALID},
		{"EvidenceOK", (&claims.Evidence{ClaimID: "c", SourceID: "s", Stance: claims.StanceContext}).Validate(), ""},
		{"EvidenceErrSourceRequired", (&claims.Evidence{ClaimID: "c", Stance: claims.StanceContext}).Validate(), claims.EINVALID},
		{"EvidenceErrStanceInvalid", (&claims.Evidence{ClaimID: "c", SourceID: "s", Stance: "maybe"}).Validate(), claims.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := claims.ErrorCode(tc.err), tc.want; got != want {
				t.Fatalf("Validate code = %q, want %q", got, want)
			}
		})
	}
}

func TestParseKinds(t *testing.T) {
	t.Run("SourceKind", func(t *testing.T) {
		if k, err := claims.ParseSourceKind(" Statistics "); k != claims.KindStatistics || err != nil {
			t.Fatalf("ParseSourceKind = %q, %v; want %q", k, err, claims.KindStatistics)
		}
		if _, err := claims.ParseSourceKind("rumour"); claims.ErrorCode(err) != claims.EINVALID {
			t.Fatalf("ParseSourceKind(rumour) error code = %q, want %q", claims.ErrorCode(err), claims.EINVALID)
		}
	})
	t.Run("Stance", func(t *testing.T) {
		if s, err := claims.ParseStance("REFUTES"); s != claims.StanceRefutes || err != nil {
			t.Fatalf("ParseStance = %q, %v; want %q", s, err, claims.StanceRefutes)
		}
		if _, err := claims.ParseStance("maybe"); claims.ErrorCode(err) != claims.EINVALID {
			t.Fatalf("ParseStance(maybe) error code = %q, want %q", claims.ErrorCode(err), claims.EINVALID)
		}
	})
}

func TestBodyHash(t *testing.T) {
	if got, want := claims.BodyHash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; got != want {
		t.Fatalf("BodyHash(\"\") = %q, want %q", got, want)
	}
	if claims.BodyHash("Größe") == claims.BodyHash("Grösse") {
		t.Fatal("different bodies hash alike")
	}
}

func TestActor(t *testing.T) {
	if got, want := claims.ActorFrom(context.Background()), "unknown"; got != want {
		t.Fatalf("ActorFrom without actor = %q, want %q", got, want)
	}
	if got, want := claims.ActorFrom(claims.WithActor(context.Background(), "anna")), "anna"; got != want {
		t.Fatalf("ActorFrom = %q, want %q", got, want)
	}
	if got, want := claims.ActorFrom(claims.WithActor(context.Background(), "")), "unknown"; got != want {
		t.Fatalf("ActorFrom with empty actor = %q, want %q", got, want)
	}
}
