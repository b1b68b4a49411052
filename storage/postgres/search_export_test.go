package postgres

// SetSearchIndexBypass makes the server answer every ranked search (on)
// or lets the in-memory indexes answer again (off): the tests compare both.
func SetSearchIndexBypass(db *DB, on bool) {
	for _, c := range db.s.indexes {
		c.slot.SetBypass(on)
	}
}

// SearchIndexAnswered returns the number of searches of one kind of hit
// that its in-memory index answered.
func SearchIndexAnswered(db *DB, kind string) int {
	return db.s.indexes[kind].slot.Answered()
}
