package sqlstore

import (
	"context"

	"claimdesk/claims"
)

// readValue runs find in a read-only transaction (what names it in
// errors) and returns what it found.
func readValue[T any](ctx context.Context, s *Store, what string, find func(tx *Tx) (T, error)) (T, error) {
	var v T
	err := s.read(ctx, what, func(tx *Tx) (err error) {
		v, err = find(tx)
		return err
	})
	return v, err
}

// readPage is readValue for one page of a list, from offset with at most
// limit entries (0: all), and the total number of entries.
func readPage[T any](ctx context.Context, s *Store, what string, offset, limit int, find func(tx *Tx) (T, int, error)) (T, int, error) {
	var page T
	if offset < 0 || limit < 0 {
		return page, 0, claims.Errorf(claims.EINVALID, "Offset and limit cannot be negative.")
	}
	var n int
	err := s.read(ctx, what, func(tx *Tx) (err error) {
		page, n, err = find(tx)
		return err
	})
	return page, n, err
}

// only returns the first entry of list, the records found for one ID;
// ENOTFOUND with the message notFound (a format naming id) when there is
// none.
func only[T any](list []T, err error, notFound, id string) (T, error) {
	var none T
	if err != nil {
		return none, err
	}
	if len(list) == 0 {
		return none, claims.Errorf(claims.ENOTFOUND, notFound, id)
	}
	return list[0], nil
}
