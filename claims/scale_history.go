package claims

// Fields named in the history of a rating scale (besides FieldCreated,
// FieldMerged and FieldConflict). SaveScale writes them; a level is shown
// as its labels and colour ("True / Wahr #2e7d32").
const (
	// FieldName: the scale was renamed; Old and New hold the names.
	FieldName = "name"
	// FieldLevelAdded: a level was added; New shows it.
	FieldLevelAdded = "level_added"
	// FieldLevelRemoved: a level was removed; Old shows it.
	FieldLevelRemoved = "level_removed"
	// FieldLevel: a level's labels or colour changed; Old and New show it.
	FieldLevel = "level"
	// FieldOrder: the order of the levels (best first) changed, and with it
	// their ordinals; Old and New list the labels, best first.
	FieldOrder = "order"
)
