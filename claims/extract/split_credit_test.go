package extract

import (
	"reflect"
	"testing"
)

// TestCreditSplit checks that a picture credit run into the first
// sentence is a unit of its own, and that a label before a sentence stays
// with it (invented lines).
func TestCreditSplit(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Foto: Lisa Tannert/dpa Die Stadt Holmbach hat im Oktober 1.240 Parkausweise ausgegeben.",
			[]string{"Foto: Lisa Tannert/dpa", "Die Stadt Holmbach hat im Oktober 1.240 Parkausweise ausgegeben."}},
		{"Photo credit: Pellow Harbour Board The port will stay closed until Monday, officials said.",
			[]string{"Photo credit: Pellow Harbour Board", "The port will stay closed until Monday, officials said."}},
		{"Bild: ddp Im Hafen lagen am Montag 14 Frachter fest.",
			[]string{"Bild: ddp", "Im Hafen lagen am Montag 14 Frachter fest."}},
		{"Quelle: Das Ministerium teilte mit, dass 40 Stellen gestrichen wurden.",
			[]string{"Quelle: Das Ministerium teilte mit, dass 40 Stellen gestrichen wurden."}},
		{"Photo: Protesters gathered outside the court on Friday.",
			[]string{"Photo: Protesters gathered outside the court on Friday."}},
		{"Foto: Lisa Tannert/dpa Die Stadt",
			[]string{"Foto: Lisa Tannert/dpa Die Stadt"}},
	}
	for _, c := range cases {
		var got []string
		for _, sp := range splitBlocks(c.text, blocks(c.text, true), false) {
			got = append(got, c.text[sp.s:sp.e])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("split %q = %q, want %q", c.text, got, c.want)
		}
	}
}
