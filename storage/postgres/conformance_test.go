package postgres_test

import (
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/storetest"
)

// TestConformance runs the backend-independent conformance suite against a
// fresh PostgreSQL schema per subtest (skipped without CLAIMDESK_TEST_POSTGRES).
func TestConformance(t *testing.T) {
	testDSN(t)
	storetest.Run(t, func(t *testing.T) claims.Services {
		return openFresh(t).Services()
	})
}
