package main

import (
	"strings"
	"testing"
)

// "claim --help" and "help claim" list the claim commands; "help claims"
// shows the flags of claims, as "claims --help" does. All exit 0 and open
// no database.
func TestHelpForGroupsAndCommands(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"claim", "--help"}, "claim set "},
		{[]string{"article", "-h"}, "article suggest "},
		{[]string{"help", "claim"}, "claim show "},
		{[]string{"help", "claims"}, "--verdict VERDICT"},
		{[]string{"help", "claim", "set"}, "--if-version VERSION"},
	} {
		var r result
		r.code = run(t.Context(), tc.args, strings.NewReader(""), &strBuf{&r.stdout}, &strBuf{&r.stderr})
		if r.code != 0 || !strings.Contains(r.stdout+r.stderr, tc.want) {
			t.Errorf("claimctl %s: exit %d, output %q; want 0 and %q", strings.Join(tc.args, " "), r.code, r.stdout+r.stderr, tc.want)
		}
	}
	var r result
	r.code = run(t.Context(), []string{"help", "nosuch"}, strings.NewReader(""), &strBuf{&r.stdout}, &strBuf{&r.stderr})
	wantOneLineError(t, r, `unknown command "nosuch"`)
}
