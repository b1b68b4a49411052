package sqlite

import (
	"context"

	"claimdesk/claims"
)

func notYet() error { return claims.Errorf(claims.EINTERNAL, "Not implemented yet.") }

func (s *store) MergeDataset(ctx context.Context, ds *claims.Dataset, snaps map[string][]byte) (*claims.MergeResult, error) {
	return nil, notYet()
}
