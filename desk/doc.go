// Package desk holds the work that the window (app) and the command-line
// tool (cmd/claimctl) both do: import an article, accept a suggested claim,
// export a report or bundle, merge a colleague's bundle. Both call these
// functions, so the two cannot drift apart — an article imported either way
// gets the same title, text and language, an accepted suggestion the same
// text, anchor and details.
//
// desk sits between the front ends and the rest:
//
//	main, cmd/claimctl -> app -> desk -> report, importer, claims/extract,
//	                                     the service interfaces in claims
//
// It imports no GUI toolkit and no storage backend; the caller hands it the
// services. Article files are read in one place (ReadFile) and converted by
// the importer, bundles are checked and merged by the report package, and
// exports are written to the io.Writer the caller gives, so that the file
// rules of those packages and of the caller's file writing apply to both
// front ends alike.
package desk
