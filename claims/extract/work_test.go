package extract

import (
	"reflect"
	"testing"
)

// TestWorkReuse checks that a work used for one article leaves nothing
// behind for the next: the units of a text are the same after another
// text that names a person of the same surname (the pooled maps of people
// and roles would otherwise carry "Greta Hollmann" over), that has a
// sentence of it (the pooled set of units read would mark it a repeat),
// and more blocks in another language; and the maps and the chooser's
// word lists and the people are empty after a reset (the lists kept, their
// words dropped).
func TestWorkReuse(t *testing.T) {
	first := "Greta Hollmann ist Sprecherin der Stadtwerke. Die Preise steigen im Mai um 12 Prozent, sagte Hollmann am Montag.\n\nDie Ministerin Greta Hollmann sagte, sie lehne das ab. „Das bleibt so“, sagte Greta.\n\n" +
		"The council said the fares would rise by 12 percent in May.\n\nThe union rejected the plan on Monday."
	second := "Der Verband rechnet mit 40 Millionen Euro Verlust, sagte Hollmann am Dienstag. Die Ministerin sagte, die Zahlen seien falsch.\n\n" +
		"Die Preise steigen im Mai um 12 Prozent, sagte Hollmann am Montag."
	want := extractWith(new(work), second, Options{})
	w := new(work)
	extractWith(w, first, Options{})
	if len(w.m.byKey) == 0 {
		t.Fatalf("the first text filled no pooled map: %d people keys", len(w.m.byKey))
	}
	if len(w.common) == 0 || len(w.notFirst) == 0 {
		t.Fatalf("the chooser's word lists were not taken back: %d, %d words", len(w.common), len(w.notFirst))
	}
	if len(w.m.spoke) == 0 || len(w.m.heads) == 0 {
		t.Fatalf("the first text filled no pooled map of speakers or heads: %d, %d", len(w.m.spoke), len(w.m.heads))
	}
	w.reset()
	for name, n := range map[string]int{"byKey": len(w.m.byKey), "roles": len(w.m.roles), "descs": len(w.m.descs), "spoke": len(w.m.spoke), "heads": len(w.m.heads)} {
		if n != 0 {
			t.Errorf("after reset, %s holds %d entries", name, n)
		}
	}
	if len(w.people) != 0 || cap(w.people) == 0 || w.people[:cap(w.people)][0].name != "" {
		t.Errorf("after reset, %d people (%d kept)", len(w.people), cap(w.people))
	}
	for _, ws := range [][]string{w.common, w.notFirst} {
		if len(ws) != 0 || cap(ws) == 0 || ws[:cap(ws)][0] != "" {
			t.Errorf("after reset, a word list of %d words (%d kept, first %q)", len(ws), cap(ws), ws[:cap(ws)][0])
		}
	}
	if got := extractWith(w, second, Options{}); !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("unit %d after another text: %+v\nalone: %+v", i, got[i], want[i])
			}
		}
		if len(got) != len(want) {
			t.Errorf("%d units after another text, %d alone", len(got), len(want))
		}
	}
}

// TestWorkMapsDropped checks that a map grown past pooledMapLen is dropped
// at the reset, not kept for the next article.
func TestWorkMapsDropped(t *testing.T) {
	w := new(work)
	d := w.docState(nil)
	for i := range pooledMapLen + 1 {
		d.byKey[string(rune('A'+i%26))+string(rune(0x400+i))] = i
	}
	w.reset()
	if w.m.byKey != nil {
		t.Fatalf("a map of %d entries kept", pooledMapLen+1)
	}
	if d := w.docState(nil); d.byKey == nil || len(d.byKey) != 0 {
		t.Fatal("no fresh map after the drop")
	}
}
