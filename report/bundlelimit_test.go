package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"claimdesk/report"
)

// countingReaderAt counts the bytes read from a zip file.
type countingReaderAt struct {
	r *bytes.Reader
	n atomic.Int64
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n.Add(int64(n))
	return n, err
}

// zeroBomb zips n entries of size zero bytes each (as snapshots, so only
// the limits can reject them) with honest headers.
func zeroBomb(t testing.TB, n, size int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zeros := make([]byte, size)
	for i := 0; i < n; i++ {
		zeros[0] = byte(i)
		w, err := zw.Create("snapshots/" + sha(zeros))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(zeros)
	}
	zw.Close()
	return buf.Bytes()
}

// TestReadBundleStopsEarly: many entries, each just at the size where the
// ratio of one entry is not checked, together over the total limit (the
// 1,100 × 1 MiB zip of the hostile-input review, scaled down). They are
// rejected before decompressing, with a message naming the real limit.
func TestReadBundleStopsEarly(t *testing.T) {
	lim := report.Limits{MaxEntries: 1000, MaxEntrySize: 4 << 20, MaxTotalSize: 8 << 20, MaxRatio: 100, RatioMinSize: 1 << 20}
	z := zeroBomb(t, 20, 1<<20)
	r := &countingReaderAt{r: bytes.NewReader(z)}
	_, err := report.ReadBundle(context.Background(), r, int64(len(z)), lim)
	if err == nil || !strings.Contains(err.Error(), "at most 8.0 MiB") || strings.Contains(err.Error(), "limit is 0") {
		t.Fatalf("ReadBundle = %v, want a rejection naming the limit of 8.0 MiB", err)
	}
	if got := r.n.Load(); got > int64(len(z))/2 {
		t.Fatalf("read %d of %d bytes before rejecting, want it to stop before the entries", got, len(z))
	}

	// Under the total limit but compressed far more than MaxRatio together.
	lim.MaxTotalSize = 64 << 20
	z = zeroBomb(t, 20, 1<<20)
	r = &countingReaderAt{r: bytes.NewReader(z)}
	_, err = report.ReadBundle(context.Background(), r, int64(len(z)), lim)
	if err == nil || !strings.Contains(err.Error(), "100:1 together") {
		t.Fatalf("ReadBundle = %v, want the bundle-wide ratio named", err)
	}
	if got := r.n.Load(); got > int64(len(z))/2 {
		t.Fatalf("read %d of %d bytes before rejecting, want it to stop before the entries", got, len(z))
	}
}
