package claims

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a fresh random ID in the form of a version 4 UUID
// ("9effec2e-e764-4956-9fe7-cde2cda2dd80"), for a record the window makes
// before it is stored: a new rating scale and its levels (the storage gives
// every other record its ID). It is written here, not taken from
// github.com/google/uuid as the storage does, because that package imports
// database/sql/driver, and nothing above the storage may import
// database/sql (scripts/depcheck.sh).
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand.Read does not fail (Go 1.24 and later)
	}
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 9562 variant
	var s [36]byte
	hex.Encode(s[0:8], b[0:4])
	hex.Encode(s[9:13], b[4:6])
	hex.Encode(s[14:18], b[6:8])
	hex.Encode(s[19:23], b[8:10])
	hex.Encode(s[24:], b[10:])
	s[8], s[13], s[18], s[23] = '-', '-', '-', '-'
	return string(s[:])
}
