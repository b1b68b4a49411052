// Package claims is Claimdesk's domain: articles, claims, sources, evidence,
// rating scales and the history of every change, together with the service
// interfaces that storage backends implement and the error type they return.
//
// The package does no I/O of its own. It imports no GUI toolkit, no
// database/sql and no driver; backends live under claimdesk/storage and the
// user interfaces (app, cmd/claimctl) talk to them only through the interfaces
// declared here.
package claims
