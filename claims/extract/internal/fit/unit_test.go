package main

import (
	"testing"

	"claimdesk/claims/extract"
)

func TestDropHeldOutCopies(t *testing.T) {
	rows := []extract.LabelledText{{ID: "a", Text: "Das Bad wurde 2019 geschlossen."}, {ID: "b", Text: "Ganz anders."}, {ID: "c", Text: "das bad wurde 2019 geschlossen"}}
	kept, n := dropHeldOutCopies(rows, []string{extract.TextKey("DAS BAD wurde 2019 geschlossen!")})
	if n != 2 || len(kept) != 1 || kept[0].ID != "b" {
		t.Fatalf("kept %v, dropped %d", kept, n)
	}
}
