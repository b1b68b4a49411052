package extract

import (
	"reflect"
	"testing"
)

// TestStdRules checks that runStdRules calls the rules of tokenRules in
// the list's order: its case k is stdRuleFuncs[k], which must be rule k.
func TestStdRules(t *testing.T) {
	if !isStdRules(tokenRules) || len(stdRuleFuncs) != len(tokenRules) {
		t.Fatalf("tokenRules has %d rules, runStdRules %d", len(tokenRules), len(stdRuleFuncs))
	}
	for k, r := range tokenRules {
		if reflect.ValueOf(r.run).Pointer() != reflect.ValueOf(stdRuleFuncs[k]).Pointer() {
			t.Errorf("rule %d is not the one runStdRules calls", k)
		}
	}
	if isStdRules(append([]tokenRule(nil), tokenRules...)) {
		t.Error("a copy of the list counts as the list")
	}
}
