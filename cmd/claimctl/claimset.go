package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"claimdesk/claims"
)

// init registers claim set.
func init() {
	register(&command{name: "claim set", summary: "change a claim's status, verdict, rationale, claimant or tags", run: runClaimSet})
}

// runClaimSet runs "claim set": it changes a claim's status, verdict,
// rationale, claimant or tags.
func runClaimSet(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "claim set", "CLAIM_ID",
		"Changes a claim; each changed field is recorded in its history.\n"+
			"--verdict takes a rating ID (politifact:false) or a label of the active scale\n"+
			"in English or German (\"mostly false\", \"Größtenteils falsch\"); none clears it.\n"+
			"--tag replaces the claim's tags; give it once per tag, or --tag \"\" to clear them.\n"+
			"--if-version takes the version claim show printed (at least 8 characters): when someone\n"+
			"changed the claim since, nothing is saved and both versions are shown.")
	f := addClaimSetFlags(fs)
	id, err := parseOneArg(fs, args, "claim ID")
	if err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if given["verdict"] && given["conclusion"] {
		return usagef("give either --verdict or --conclusion, not both")
	}
	if !given["status"] && !given["verdict"] && !given["conclusion"] && !given["rationale"] &&
		!given["claimant"] && !given["text"] && !given["tag"] {
		return usagef("nothing to change; give --status, --verdict, --conclusion, --rationale, --claimant, --text or --tag")
	}
	upd, err := f.update(given)
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ctx = e.withActor(ctx)
	if given["verdict"] {
		rid, err := resolveVerdict(ctx, svc, *f.verdict)
		if err != nil {
			return err
		}
		upd.RatingID = &rid
	}
	if given["if-version"] {
		if upd.BasedOn, err = basedOn(ctx, svc, id, *f.ifVersion); err != nil {
			return err
		}
	}
	c, err := svc.Claims.UpdateClaim(ctx, id, upd)
	if err != nil {
		return err
	}
	labels, err := ratingLabels(ctx, svc)
	if err != nil {
		return err
	}
	v := verdictText(c, labels)
	if v == "" {
		v = "none"
	}
	fmt.Fprintf(e.stdout, "%s  status: %s  verdict: %s\n", c.ID, c.Status, v)
	return nil
}

// claimSetFlags are the flags of claim set.
type claimSetFlags struct {
	status, verdict, conclusion *string
	rationale, claimant, text   *string
	ifVersion                   *string
	tags                        stringList
}

// addClaimSetFlags defines the flags of claim set on fs.
func addClaimSetFlags(fs *flag.FlagSet) *claimSetFlags {
	f := &claimSetFlags{
		status:     fs.String("status", "", "new `status`: "+statusNames()),
		verdict:    fs.String("verdict", "", "`verdict`: a rating ID or a label of the active scale (see claimctl scales), or none"),
		conclusion: fs.String("conclusion", "", "free-text verdict, one sentence instead of a rating"),
		rationale:  fs.String("rationale", "", "why the verdict was reached"),
		claimant:   fs.String("claimant", "", "who made the claim"),
		text:       fs.String("text", "", "new claim text"),
		ifVersion:  fs.String("if-version", "", "save only if the claim is still at this `version` (as claim show prints it)"),
	}
	fs.Var(&f.tags, "tag", "a `tag` (repeatable; replaces the tags)")
	return f
}

// update is the change the flags given ask for, but for the verdict (a
// label is resolved against the database, resolveVerdict) and the version
// it is based on.
func (f *claimSetFlags) update(given map[string]bool) (claims.ClaimUpdate, error) {
	var upd claims.ClaimUpdate
	if given["status"] {
		st, err := parseStatus(*f.status)
		if err != nil {
			return upd, err
		}
		upd.Status = &st
	}
	if given["text"] {
		if strings.TrimSpace(*f.text) == "" {
			return upd, usagef("--text must not be empty")
		}
		t := strings.TrimSpace(*f.text)
		upd.Text = &t
	}
	str := func(name string, v *string) *string {
		if !given[name] {
			return nil
		}
		s := strings.TrimSpace(*v)
		return &s
	}
	upd.Conclusion, upd.Rationale, upd.Claimant = str("conclusion", f.conclusion), str("rationale", f.rationale), str("claimant", f.claimant)
	if given["tag"] {
		t := claims.NormalizeTags(f.tags)
		upd.Tags = &t
	}
	return upd, nil
}

// basedOn turns the version a person typed (a prefix of at least 8
// characters) into the version an update is based on: the stored version
// when it starts with the prefix, else the prefix itself, which no version
// equals, so that the update reports the conflict with both versions.
func basedOn(ctx context.Context, svc *claims.Services, id, prefix string) (string, error) {
	prefix = strings.ToLower(strings.TrimSpace(prefix))
	if len(prefix) < 8 {
		return "", usagef("--if-version needs at least 8 characters of the version claim show prints")
	}
	c, err := svc.Claims.FindClaimByID(ctx, id)
	if err != nil {
		return "", err
	}
	if v := claims.ClaimVersion(c); strings.HasPrefix(v, prefix) {
		return v, nil
	}
	return prefix, nil
}
