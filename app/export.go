package app

// exportAvailable reports whether the Export dialog is built in; it waits
// for the report package.
const exportAvailable = false

// onExport opens the Export dialog (not available yet).
func (s *shell) onExport() {}
