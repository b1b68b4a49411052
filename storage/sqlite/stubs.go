package sqlite

import (
	"context"
	"io"

	"claimdesk/claims"
)

func notYet() error { return claims.Errorf(claims.EINTERNAL, "Not implemented yet.") }

func (s *store) CreateSource(ctx context.Context, src *claims.Source) error { return notYet() }
func (s *store) FindSourceByID(ctx context.Context, id string) (*claims.Source, error) {
	return nil, notYet()
}
func (s *store) FindSources(ctx context.Context, f claims.SourceFilter) ([]*claims.Source, int, error) {
	return nil, 0, notYet()
}
func (s *store) UpdateSource(ctx context.Context, id string, upd claims.SourceUpdate) (*claims.Source, error) {
	return nil, notYet()
}
func (s *store) DeleteSource(ctx context.Context, id string) error { return notYet() }
func (s *store) AttachSnapshot(ctx context.Context, sourceID, name string, r io.Reader) (*claims.Snapshot, error) {
	return nil, notYet()
}
func (s *store) OpenSnapshot(ctx context.Context, sha string) (io.ReadCloser, error) {
	return nil, notYet()
}
func (s *store) CreateEvidence(ctx context.Context, e *claims.Evidence) error { return notYet() }
func (s *store) FindEvidenceByID(ctx context.Context, id string) (*claims.Evidence, error) {
	return nil, notYet()
}
func (s *store) FindEvidence(ctx context.Context, f claims.EvidenceFilter) ([]*claims.Evidence, error) {
	return nil, notYet()
}
func (s *store) UpdateEvidence(ctx context.Context, id string, upd claims.EvidenceUpdate) (*claims.Evidence, error) {
	return nil, notYet()
}
func (s *store) DeleteEvidence(ctx context.Context, id string) error { return notYet() }
func (s *store) Search(ctx context.Context, q claims.SearchQuery) ([]claims.SearchHit, int, error) {
	return nil, 0, notYet()
}
func (s *store) MergeDataset(ctx context.Context, ds *claims.Dataset, snaps map[string][]byte) (*claims.MergeResult, error) {
	return nil, notYet()
}
