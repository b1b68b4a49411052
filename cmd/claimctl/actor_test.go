package main

import "testing"

// An --actor or $CLAIMDESK_USER with a line break, a tab or a terminal
// escape is recorded on one line, the control characters as spaces.
func TestActorControlCharacters(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "--actor", "anna\nben\x1b", "claim", "add", "--text", "Die Zahl stieg um 412.")
	t.Setenv("CLAIMDESK_USER", "carl\tdora")
	mustRun(t, db, "claim", "set", id, "--status", "researching")
	var events []struct{ Actor string }
	decode(t, mustRun(t, db, "history", id, "--format", "json"), &events)
	if len(events) != 2 || events[0].Actor != "anna ben" || events[1].Actor != "carl dora" {
		t.Errorf("actors recorded: %+v", events)
	}
}
