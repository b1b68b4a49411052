package main

import (
	"context"
	"fmt"
	"strings"

	"claimdesk/claims"
	"claimdesk/claims/match"
)

// init registers match and eval-match.
func init() {
	register(&command{name: "match", summary: "find earlier checks of a claim in the archives and the desk's checked claims", run: runMatch})
	register(&command{name: "eval-match", summary: "measure claim matching on a benchmark (MAP@5, MRR, recall@20)", run: runEvalMatch})
}

// runMatch runs "match": it lists the earlier checks of a claim, given as
// text or by ID, best first.
func runMatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "match", "TEXT...",
		"Finds earlier checks of a claim, given as TEXT or by --claim ID, among the\nimported archives and the desk's claims with a verdict, best first, with the\nlevel (very likely / possibly the same) and the reasons. Pairs dismissed as\n\"not the same\" are left out, and so are the earlier checks the claim is\nlinked to (claimctl links lists them).")
	claimID := fs.String("claim", "", "match the claim with this `ID`")
	claimant := fs.String("claimant", "", "who made the claim (for TEXT)")
	date := fs.String("date", "", "when the claim was made (for TEXT), e.g. `2019-10-22`: earlier checks made shortly before rank higher")
	top := fs.Int("top", 5, "at most `N` matches")
	all := fs.Bool("all", false, "also show matches below \"possibly the same\"")
	format := formatFlag(fs, "text", "text", "json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	text := strings.TrimSpace(strings.Join(pos, " "))
	if (text == "") == (*claimID == "") {
		return usagef("give either the claim TEXT or --claim ID")
	}
	if *top <= 0 {
		return usagef("--top must be positive")
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	q := match.Query{Text: text, Claimant: *claimant, Date: match.ParseDate(*date)}
	if *date != "" && q.Date.IsZero() {
		return usagef("--date %q is not a date (write it as 2019-10-22)", *date)
	}
	known := map[string]bool{}
	if *claimID != "" {
		c, err := svc.Claims.FindClaimByID(ctx, *claimID)
		if err != nil {
			return err
		}
		q = match.Query{Text: c.Text, Claimant: c.Claimant, Date: c.ClaimDate}
		if known, _, err = match.Known(ctx, svc.Archives, c.ID); err != nil {
			return err
		}
	}
	seen, err := match.LoadSeen(ctx, svc.Archives)
	if err != nil {
		return err
	}
	ms := seen.Find(q, *claimID, known, *top, *all)
	if f == "json" {
		return writeJSONList(e.stdout, ms)
	}
	if len(ms) == 0 {
		fmt.Fprintf(e.stdout, "No earlier check found among %d records and checked claims.\n", seen.Len())
		return nil
	}
	for i, m := range ms {
		printMatch(e, i+1, m)
	}
	return nil
}

// levelText renders a level for people.
var levelText = map[match.Level]string{
	match.LevelVeryLikely: "very likely the same",
	match.LevelPossibly:   "possibly the same",
	match.LevelNone:       "unlikely",
}

// printMatch prints the match m as number n: level, text, verdict, where
// it comes from and the reasons.
func printMatch(e *env, n int, m match.SeenMatch) {
	t := m.Target
	fmt.Fprintf(e.stdout, "%d. %s (%.2f) — %s %s\n", n, levelText[m.Level], m.Prob, t.Kind, t.ID)
	fmt.Fprintf(e.stdout, "   %s\n", clip(t.Text, 160))
	if v := t.Verdict; v != "" || t.RatingID != "" {
		if v == "" {
			v = t.RatingID
		}
		fmt.Fprintf(e.stdout, "   verdict: %s\n", v)
	}
	var prov []string
	for _, p := range []string{t.Archive, t.Publisher, t.Claimant, day(t.ClaimDate), t.URL} {
		if p != "" && (len(prov) == 0 || prov[len(prov)-1] != p) {
			prov = append(prov, p)
		}
	}
	if t.Kind == claims.TargetClaim {
		prov = append([]string{"this desk"}, prov...)
	}
	fmt.Fprintf(e.stdout, "   from: %s\n", strings.Join(prov, " · "))
	var why []string
	for _, r := range m.Reasons {
		why = append(why, r.String())
	}
	if len(why) > 0 {
		fmt.Fprintf(e.stdout, "   why: %s\n", strings.Join(why, "; "))
	}
}

// runEvalMatch runs "eval-match": it measures claim matching on a
// benchmark.
func runEvalMatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval-match", "",
		"Ranks every query against the claims file and prints MAP@5, MRR (over the top\n20) and recall@20 against the relevant pairs, for BM25 alone and re-ranked by\nthe embedded model. Files in the CheckThat! layout: tab-separated with a\nheader; claims.tsv with cid and text (title, speaker optional), queries.tsv\nwith qid and text, qrels.tsv with qid and cid. The last line is\nMAP@5=<x> MRR=<y> of the re-ranked run. Needs no database.")
	claimsPath := fs.String("claims", "", "the claims `TSV` (the collection)")
	queries := fs.String("queries", "", "the queries `TSV`")
	qrels := fs.String("qrels", "", "the relevant pairs `TSV`")
	bm25Only := fs.Bool("bm25", false, "report BM25 alone, without the re-ranking model")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	for _, r := range [][2]string{{"claims", *claimsPath}, {"queries", *queries}, {"qrels", *qrels}} {
		if err := required(r[0], r[1]); err != nil {
			return err
		}
	}
	col, err := match.ReadCollection(*claimsPath)
	if err != nil {
		return claims.Errorf(claims.EINVALID, "%v", err)
	}
	qs, err := match.ReadQueries(*queries)
	if err != nil {
		return claims.Errorf(claims.EINVALID, "%v", err)
	}
	rel, err := match.ReadQrels(*qrels)
	if err != nil {
		return claims.Errorf(claims.EINVALID, "%v", err)
	}
	base := match.Evaluate(match.NewMatcher(col.Docs, nil), col, qs, rel)
	fmt.Fprintf(e.stdout, "%d queries, %d claims\n", base.Queries, len(col.Docs))
	fmt.Fprintf(e.stdout, "BM25:      MAP@5=%.4f MRR=%.4f recall@20=%.4f\n", base.MAP5, base.MRR, base.Recall20)
	final := base
	if !*bm25Only {
		final = match.Evaluate(match.NewMatcher(col.Docs, match.Default()), col, qs, rel)
		fmt.Fprintf(e.stdout, "re-ranked: MAP@5=%.4f MRR=%.4f recall@20=%.4f\n", final.MAP5, final.MRR, final.Recall20)
	}
	fmt.Fprintf(e.stdout, "MAP@5=%.4f MRR=%.4f\n", final.MAP5, final.MRR)
	return nil
}
