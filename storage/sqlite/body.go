package sqlite

import (
	"bytes"
	"compress/flate"
	"database/sql/driver"
	"fmt"
	"io"

	"modernc.org/sqlite"
)

// Article bodies are stored compressed (0009_compact.sql): the column body
// is computed from body_text (a body kept as text: empty, short, or
// written by a copy) or body_z (the body deflated), so every reader,
// the full-text index included, sees the text as before. Writers store
// packBody's pair.
//
//	claimdesk_deflate(text) the body deflated (raw DEFLATE, RFC 1951)
//	claimdesk_inflate(blob) the text again
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_deflate", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			switch v := args[0].(type) {
			case string:
				return deflate(v), nil
			case []byte:
				return deflate(string(v)), nil
			}
			return nil, nil
		})
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_inflate", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			b, ok := args[0].([]byte)
			if !ok {
				return args[0], nil
			}
			return inflate(b)
		})
}

// minPacked is the length from which a body is stored compressed; shorter
// ones gain too little to be worth it.
const minPacked = 256

// packBody returns how an article body is stored, as the values of
// body_text and body_z: as text (z is NULL), or compressed (text is "").
func packBody(body string) (text string, z any) {
	if len(body) < minPacked {
		return body, nil
	}
	if b := deflate(body); len(b) < len(body) {
		return "", b
	}
	return body, nil
}

// CopyColumn is the column of table a copy into a SQLite database writes
// the value of col to: an article's body goes in as text (body_text),
// which reads as the body like a compressed one.
func CopyColumn(table, col string) string {
	if table == "articles" && col == "body" {
		return "body_text"
	}
	return col
}

// deflate compresses s with raw DEFLATE.
func deflate(s string) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression) // the level is valid
	_, _ = io.WriteString(w, s)                          // a bytes.Buffer does not fail
	_ = w.Close()
	return buf.Bytes()
}

// inflate decompresses what deflate wrote.
func inflate(b []byte) (string, error) {
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
	if err != nil {
		return "", fmt.Errorf("damaged compressed article body: %w", err)
	}
	return string(out), nil
}
