package extract

import (
	"strings"
	"testing"
)

// TestReasonList checks the rendering of reasons, short ones (put together
// on the stack) and long ones (written one by one), and the leaving out of
// repeated evidence.
func TestReasonList(t *testing.T) {
	long := strings.Repeat("lang ", 120)
	for _, c := range []struct {
		names, evs []string
		want       []string
	}{
		{[]string{"number", ReasonWordFor, "date"}, []string{"5 %", "5 %", "2020"}, []string{"number: 5 %", "date: 2020"}},
		{[]string{"quote", ReasonWordAgainst}, []string{long, "Ich"}, []string{"quote: " + long, ReasonWordAgainst + ": Ich"}},
		{[]string{"a", "b", "c", "d", "e", "f", "g"}, []string{"1", "2", "3", "4", "5", "6", "7"}, []string{"a: 1", "b: 2", "c: 3", "d: 4", "e: 5", "f: 6"}},
		{nil, nil, []string{}},
	} {
		var sl slab
		got := reasonList(c.names, c.evs, &sl)
		if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) || got == nil {
			t.Errorf("reasonList(%q, %.40q) = %.80q, want %.80q", c.names, c.evs, got, c.want)
		}
	}
}
