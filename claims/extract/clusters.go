package extract

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
)

// Word clusters (Brown et al. 1992; as features: Koo et al. 2008, Turian
// et al. 2010) let words the labelled rows saw rarely or never share the
// weight of words used in the same places: "rose", "fell" and "climbed"
// before "by". They are learned from unlabelled text by FitClusters
// (clusterfit.go, run by internal/fitclusters) and kept in clusters.bin as
// (word key, cluster) pairs only: the key is the word's 32-bit input hash
// (tokenKey), so the file holds no text.

// clustersBin is the fitted cluster table in the form of Clusters.WriteTo.
//
//go:embed clusters.bin
var clustersBin []byte

// wordClusters is the compiled cluster table: nil when clusters.bin is
// empty (then no unit has cluster inputs).
var wordClusters = func() *Clusters {
	c, err := ReadClusters(clustersBin)
	if err != nil {
		panic(fmt.Sprintf("extract: clusters.bin: %v", err))
	}
	if c.Len() == 0 {
		return nil
	}
	return c
}()

// cluRare is the count below which a word is rare (cluMask 64).
var cluRare = func() int {
	n, _ := strconv.Atoi(os.Getenv("CLURARE"))
	return n
}()

// clusterMagic opens a cluster file.
const clusterMagic = "CLU1"

// Clusters maps word keys (tokenKey) to a fine and a coarse cluster. The
// ids of the two languages do not overlap: German fine clusters are
// 0…Fine-1, English Fine…2·Fine-1 (coarse alike).
type Clusters struct {
	Fine, Coarse int // clusters per language at each granularity
	keys         []uint32
	ids          []uint32 // fine | coarse<<16, in the order of keys
	index        map[uint32]uint32
}

// Len returns the number of words with a cluster.
func (c *Clusters) Len() int { return len(c.keys) }

// lookup returns the fine and coarse cluster of word key k.
func (c *Clusters) lookup(k uint32) (fine, coarse uint32, ok bool) {
	v, ok := c.index[k]
	if ok && cluMask&64 != 0 && int(v>>24) >= cluRare {
		return 0, 0, false
	}
	return v & 0xffff, v >> 16 & 0xff, ok
}

// newClusters builds the table from parallel slices of keys, fine and
// coarse ids (in any order; a key must not repeat).
func newClusters(fine, coarse int, keys []uint32, f, co []uint16) *Clusters {
	c := &Clusters{Fine: fine, Coarse: coarse, index: make(map[uint32]uint32, len(keys))}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	for _, i := range order {
		v := uint32(f[i]) | uint32(co[i])<<16
		c.keys = append(c.keys, keys[i])
		c.ids = append(c.ids, v)
		c.index[keys[i]] = v
	}
	return c
}

// WriteTo writes the table: the magic, the entry count and the two
// cluster counts (little-endian uint32, uint16, uint16), then per word in
// key order its key (uint32), fine and coarse cluster (uint16 each).
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	b := make([]byte, 0, 12+8*len(c.keys))
	b = append(b, clusterMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(c.keys)))
	b = binary.LittleEndian.AppendUint16(b, uint16(c.Fine))
	b = binary.LittleEndian.AppendUint16(b, uint16(c.Coarse))
	for i, k := range c.keys {
		b = binary.LittleEndian.AppendUint32(b, k)
		b = binary.LittleEndian.AppendUint16(b, uint16(c.ids[i]&0xffff))
		b = binary.LittleEndian.AppendUint16(b, uint16(c.ids[i]>>16))
	}
	n, err := w.Write(b)
	return int64(n), err
}

// ReadClusters parses the form WriteTo writes; empty input is an empty
// table.
func ReadClusters(b []byte) (*Clusters, error) {
	if len(b) == 0 {
		return &Clusters{}, nil
	}
	if len(b) < 12 || string(b[:4]) != clusterMagic {
		return nil, errors.New("not a cluster file")
	}
	n := int(binary.LittleEndian.Uint32(b[4:]))
	if len(b) != 12+8*n {
		return nil, fmt.Errorf("cluster file of %d bytes for %d entries", len(b), n)
	}
	fine, coarse := int(binary.LittleEndian.Uint16(b[8:])), int(binary.LittleEndian.Uint16(b[10:]))
	keys, f, co := make([]uint32, n), make([]uint16, n), make([]uint16, n)
	for i := range keys {
		e := b[12+8*i:]
		keys[i] = binary.LittleEndian.Uint32(e)
		f[i], co[i] = binary.LittleEndian.Uint16(e[4:]), binary.LittleEndian.Uint16(e[6:])
		if i > 0 && keys[i] <= keys[i-1] {
			return nil, fmt.Errorf("entry %d: keys out of order", i)
		}
	}
	return newClusters(fine, coarse, keys, f, co), nil
}
