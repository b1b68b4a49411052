package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"claimdesk/claims"
)

// init registers scales and scale use.
func init() {
	register(&command{name: "scales", summary: "list the rating scales; * marks the active one", run: runScales})
	register(&command{name: "scale use", summary: "make a rating scale the active one", run: runScaleUse})
}

// scaleRow is one scale in "scales --format json".
type scaleRow struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Active   bool            `json:"active"`
	FreeText bool            `json:"free_text"`
	Preset   bool            `json:"preset"`
	Ratings  []claims.Rating `json:"ratings"`
}

// runScales runs "scales": it lists the rating scales with their ratings,
// marking the active one.
func runScales(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "scales", "", "Lists the rating scales with their ratings; * marks the active scale,\nwhose labels \"claim set --verdict\" accepts.")
	format := formatFlag(fs, "text", "text", "json")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	list, err := svc.Scales.FindScales(ctx)
	if err != nil {
		return err
	}
	active, err := svc.Scales.ActiveScale(ctx)
	if err != nil {
		return err
	}
	if f == "json" {
		rows := make([]scaleRow, 0, len(list))
		for _, s := range list {
			r := scaleRow{ID: s.ID, Name: s.Name, Active: s.ID == active.ID, FreeText: s.FreeText, Preset: s.Preset, Ratings: s.Ratings}
			if r.Ratings == nil {
				r.Ratings = []claims.Rating{}
			}
			rows = append(rows, r)
		}
		return writeJSON(e.stdout, rows)
	}
	t := &table{header: []string{"", "ID", "NAME", "RATINGS"}, markColumn: true}
	lang := labelLang()
	for _, s := range list {
		mark := ""
		if s.ID == active.ID {
			mark = "*"
		}
		labels := make([]string, 0, len(s.Ratings))
		for i := range s.Ratings {
			labels = append(labels, s.Ratings[i].Label(lang))
		}
		if s.FreeText {
			labels = append(labels, "(one-sentence conclusion: claim set --conclusion)")
		}
		t.add(mark, s.ID, s.Name, strings.Join(labels, ", "))
	}
	return t.write(e.stdout, "No rating scales.")
}

// runScaleUse runs "scale use": it makes a scale the active one.
func runScaleUse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "scale use", "SCALE_ID", "Makes the scale the active one: new verdicts are chosen from its ratings.")
	id, err := parseOneArg(fs, args, "scale ID")
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ctx = e.withActor(ctx)
	if err := svc.Scales.SetActiveScale(ctx, id); err != nil {
		return err
	}
	s, err := svc.Scales.ActiveScale(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "active scale: %s (%s)\n", s.ID, s.Name)
	return nil
}

// labelLang returns the language for rating labels: German when $LANG or
// $LC_ALL asks for it, else English.
func labelLang() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "de") {
				return "de"
			}
			return "en"
		}
	}
	return "en"
}

// normLabel folds a label or rating ID for comparison: lower case, with
// hyphens, underscores and runs of spaces made single spaces.
func normLabel(s string) string {
	s = strings.ToLower(strings.NewReplacer("-", " ", "_", " ").Replace(s))
	return strings.Join(strings.Fields(s), " ")
}

// resolveVerdict turns what a person typed for --verdict into a rating ID:
// a rating ID of any scale ("politifact:false") or a label of the active
// scale in English or German, case-insensitive ("mostly false", "Falsch").
// "none" returns "".
func resolveVerdict(ctx context.Context, svc *claims.Services, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", usagef("the verdict is empty; give a rating, or none to clear it")
	}
	if strings.EqualFold(v, "none") {
		return "", nil
	}
	if strings.Contains(v, ":") {
		r, err := svc.Scales.FindRatingByID(ctx, v)
		if err == nil {
			return r.ID, nil
		}
		if claims.ErrorCode(err) != claims.ENOTFOUND {
			return "", err
		}
		return "", usagef("unknown verdict %q; see claimctl scales", v)
	}
	active, err := svc.Scales.ActiveScale(ctx)
	if err != nil {
		return "", err
	}
	if active.FreeText {
		return "", usagef("the active scale %q takes free-text conclusions: use --conclusion, or switch with claimctl scale use politifact", active.Name)
	}
	want := normLabel(v)
	for _, r := range active.Ratings {
		_, suffix, _ := strings.Cut(r.ID, ":")
		if want == normLabel(r.LabelEN) || want == normLabel(r.LabelDE) || want == normLabel(suffix) {
			return r.ID, nil
		}
	}
	labels := make([]string, 0, len(active.Ratings))
	for _, r := range active.Ratings {
		labels = append(labels, r.Label(labelLang()))
	}
	return "", usagef("unknown verdict %q; the active scale (%s) has: %s", v, active.Name, strings.Join(labels, ", "))
}

// ratingLabels maps every rating ID of every scale to its label.
func ratingLabels(ctx context.Context, svc *claims.Services) (map[string]string, error) {
	list, err := svc.Scales.FindScales(ctx)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	lang := labelLang()
	for _, s := range list {
		for i := range s.Ratings {
			m[s.Ratings[i].ID] = s.Ratings[i].Label(lang)
		}
	}
	return m, nil
}

// verdictText is the verdict of c as shown in tables.
func verdictText(c *claims.Claim, labels map[string]string) string {
	switch {
	case c.RatingID != "":
		if l, ok := labels[c.RatingID]; ok {
			return l
		}
		return c.RatingID
	case c.Conclusion != "":
		return "“" + c.Conclusion + "”"
	}
	return ""
}
