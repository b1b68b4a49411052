package main

import (
	"context"
	"sync"

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
