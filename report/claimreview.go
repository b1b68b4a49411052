package report

import (
	"context"
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"time"

	"claimdesk/claims"
)

// The schema.org types written by the ClaimReview export. Optional values
// are omitted when empty; required ones are checked before a review is
// written, so no review is ever emitted without them.
type (
	crReview struct {
		Context       string   `json:"@context"`
		Type          string   `json:"@type"`
		URL           string   `json:"url"`
		DatePublished string   `json:"datePublished"`
		InLanguage    string   `json:"inLanguage,omitempty"`
		Author        crOrg    `json:"author"`
		ClaimReviewed string   `json:"claimReviewed"`
		ItemReviewed  crClaim  `json:"itemReviewed"`
		ReviewRating  crRating `json:"reviewRating"`
		ReviewBody    string   `json:"reviewBody,omitempty"`
		Identifier    string   `json:"identifier"`
		Keywords      string   `json:"keywords,omitempty"`
	}
	crOrg struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	crClaim struct {
		Type          string        `json:"@type"`
		Author        *crPerson     `json:"author,omitempty"`
		DatePublished string        `json:"datePublished,omitempty"`
		Appearance    *crAppearance `json:"appearance,omitempty"`
	}
	crPerson struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	crAppearance struct {
		Type     string `json:"@type"`
		URL      string `json:"url"`
		Headline string `json:"headline,omitempty"`
		Date     string `json:"datePublished,omitempty"`
	}
	crRating struct {
		Type          string `json:"@type"`
		RatingValue   *int   `json:"ratingValue,omitempty"`
		BestRating    *int   `json:"bestRating,omitempty"`
		WorstRating   *int   `json:"worstRating,omitempty"`
		AlternateName string `json:"alternateName"`
	}
)

// writeClaimReview writes a JSON array of schema.org ClaimReview objects,
// one per claim with a verdict. A rated claim gets ratingValue, bestRating
// and worstRating from its scale's ordinals; a free-text conclusion becomes
// the alternateName alone. Claims lacking a required field (review url,
// reviewing organisation, verdict label, claim text) are left out and
// reported through opts.Warn.
func writeClaimReview(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	l := labelsFor(opts.Lang)
	x := newIndex(d)
	out := []crReview{}
	for i, c := range d.Claims {
		if err := p.tick(ctx, i+1); err != nil {
			return err
		}
		if !c.HasVerdict() {
			continue
		}
		r, missing := claimReview(c, x, l, opts)
		if len(missing) > 0 {
			if opts.Warn != nil {
				opts.Warn(Warning{ClaimID: c.ID, Text: shorten(c.Text, 60), Missing: missing})
			}
			continue
		}
		out = append(out, r)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// claimReview builds the review of c and lists the required fields it lacks.
func claimReview(c *claims.Claim, x *index, l *labels, opts Options) (crReview, []string) {
	var missing []string
	r := crReview{
		Context: "https://schema.org", Type: "ClaimReview",
		URL:           reviewURL(opts.ReviewURL, c.ID),
		DatePublished: isoDate(reviewDate(c, x)),
		InLanguage:    l.Lang,
		Author:        crOrg{Type: "Organization", Name: strings.TrimSpace(opts.Org), URL: webURL(opts.OrgURL)},
		ClaimReviewed: strings.TrimSpace(c.Text),
		ItemReviewed:  crClaim{Type: "Claim", DatePublished: isoDate(c.ClaimDate)},
		ReviewRating:  crRating{Type: "Rating"},
		ReviewBody:    strings.TrimSpace(c.Rationale),
		Identifier:    c.ID,
		Keywords:      strings.Join(c.Tags, ", "),
	}
	if a := x.articles[c.ArticleID]; a != nil {
		if u := webURL(a.URL); u != "" {
			r.ItemReviewed.Appearance = &crAppearance{Type: "CreativeWork", URL: u, Headline: a.Title, Date: isoDate(a.PublishedAt)}
		}
		if a.Language != "" {
			r.InLanguage = a.Language
		}
	}
	if n := strings.TrimSpace(c.Claimant); n != "" {
		r.ItemReviewed.Author = &crPerson{Type: "Person", Name: n}
	}
	if c.RatingID != "" {
		if rt := x.ratings[c.RatingID]; rt != nil {
			worst, best := x.scales[c.RatingID].Bounds()
			val := rt.Ordinal
			r.ReviewRating.RatingValue, r.ReviewRating.BestRating, r.ReviewRating.WorstRating = &val, &best, &worst
			r.ReviewRating.AlternateName = rt.Label(l.Lang)
		}
	} else {
		r.ReviewRating.AlternateName = strings.TrimSpace(c.Conclusion)
	}
	if r.URL == "" {
		missing = append(missing, "url")
	}
	if r.Author.Name == "" {
		missing = append(missing, "author")
	}
	if r.ClaimReviewed == "" {
		missing = append(missing, "claimReviewed")
	}
	if r.ReviewRating.AlternateName == "" {
		missing = append(missing, "reviewRating")
	}
	if r.DatePublished == "" {
		missing = append(missing, "datePublished")
	}
	return r, missing
}

// reviewURL fills the template with the claim ID; "" when there is no
// template or the result is no http(s) URL.
func reviewURL(tmpl, id string) string {
	tmpl = strings.TrimSpace(tmpl)
	if tmpl == "" {
		return ""
	}
	if strings.Contains(tmpl, "{id}") {
		tmpl = strings.ReplaceAll(tmpl, "{id}", url.PathEscape(id))
	} else {
		tmpl = strings.TrimSuffix(tmpl, "#") + "#claim-" + url.PathEscape(id)
	}
	return webURL(tmpl)
}

// webURL returns u if it is an absolute http or https URL, else "": the
// addresses of a ClaimReview (review, organisation, appearance) name web
// pages, never a mail address.
func webURL(u string) string {
	if u = safeURL(u); strings.HasPrefix(u, "http") {
		return u
	}
	return ""
}

// reviewDate is when the verdict was published: the last change of status
// to published, else the claim's last change.
func reviewDate(c *claims.Claim, x *index) time.Time {
	evs := x.events[c.ID]
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].Field == claims.FieldStatus && evs[i].New == string(claims.StatusPublished) {
			return evs[i].At
		}
	}
	return c.UpdatedAt
}

// isoDate returns t in UTC as YYYY-MM-DD, or "" for the zero time.
func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}
