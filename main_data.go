package main

import (
	"context"
	"sync"
	"time"

	"claimdesk/app"
	"claimdesk/storage/backend"
)

// places gives the window's Settings the storage backends (app.DataPlaces)
// and keeps every database it opened, so that main closes the one still
// open at exit.
type places struct {
	mu   sync.Mutex
	open map[*backend.Opened]bool
}

// Probe tests target (see backend.ProbeTarget).
func (p *places) Probe(ctx context.Context, target string) (app.DataProbe, error) {
	r, err := backend.ProbeTarget(ctx, target)
	if err != nil {
		return app.DataProbe{}, err
	}
	return app.DataProbe{Server: r.Server, Encrypted: r.Encrypted, Exists: r.Exists, Claims: r.Claims}, nil
}

// Open opens target for the window.
func (p *places) Open(target string) (app.OpenedData, error) {
	db, err := backend.Open(target)
	if err != nil {
		return app.OpenedData{}, err
	}
	return app.OpenedData{Services: db.Services, Location: db.Location, Close: p.keep(db)}, nil
}

// keep registers db and returns the function that closes it once.
func (p *places) keep(db *backend.Opened) func() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.open == nil {
		p.open = map[*backend.Opened]bool{}
	}
	p.open[db] = true
	if db.SQLite != nil || db.Postgres != nil {
		go p.warmSearch(db)
	}
	return func() error {
		p.mu.Lock()
		open := p.open[db]
		delete(p.open, db)
		p.mu.Unlock()
		if !open {
			return nil
		}
		return db.Close()
	}
}

// searchWarmDelay is how long after opening a file the search index starts
// being built: after the window's first list and counts.
const searchWarmDelay = 5 * time.Second

// warmSearch builds the in-memory search index of a file or a server
// database in the background once the window is up, so that the checker's
// first search is answered by it (a 1,000,000-claim file takes about 17 s
// of CPU; until then, and whenever the index cannot answer, FTS5 or the
// server's text search does).
func (p *places) warmSearch(db *backend.Opened) {
	time.Sleep(searchWarmDelay)
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.open[db] { // closed meanwhile; Close waits for p.mu
		return
	}
	if db.SQLite != nil {
		db.SQLite.PrepareSearch()
	} else {
		db.Postgres.PrepareSearch()
	}
}

// closeAll closes every database still open.
func (p *places) closeAll() {
	p.mu.Lock()
	dbs := p.open
	p.open = nil
	p.mu.Unlock()
	for db := range dbs {
		_ = db.Close()
	}
}
