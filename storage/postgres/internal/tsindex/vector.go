package tsindex

import (
	"fmt"
	"slices"
)

// Entry is one lexeme of a tsvector, its impact (the part of ts_rank's
// calc_rank_or that depends on the lexeme's positions and weights alone,
// see impact) and its positions in ascending order (none when the vector
// holds the lexeme without positions), which phrases need.
type Entry struct {
	Lexeme string
	Impact float32
	Pos    []uint16
}

// maxPos is the largest position a tsvector holds (MAXENTRYPOS - 1): the
// server writes later words at this position.
const maxPos = 1<<14 - 1

// weightOf are ts_rank's default weights by label: D, C, B, A.
var weightOf = [4]float32{0.1, 0.2, 0.4, 1.0}

// impact computes, for the weights of a lexeme's positions in position
// order, what calc_rank_or (PostgreSQL's tsrank.c) adds before its division
// by π²/6: the best weight plus the sum of weight/(j+1)², without the
// best weight's own term; in float (float32) arithmetic, as the C code.
func impact(labels []byte) float32 {
	var resj float32
	wjm := float32(-1)
	jm := 0
	for j, l := range labels {
		w := weightOf[l]
		resj = resj + w/float32((j+1)*(j+1))
		if w > wjm {
			wjm, jm = w, j
		}
	}
	return wjm + resj - wjm/float32((jm+1)*(jm+1))
}

// ParseVector reads a tsvector's text form ('lexeme':1A,5 'other' ...;
// weight D is not written, a lexeme without positions counts as one
// position of weight D) into its entries, in the vector's order.
func ParseVector(s string) ([]Entry, error) {
	var out []Entry
	_, err := forEachEntry(s, nil, func(lex []byte, imp float32, pos []uint16) {
		out = append(out, Entry{Lexeme: string(lex), Impact: imp, Pos: slices.Clone(pos)})
	})
	return out, err
}

// SetVector indexes row with the tsvector whose text form is s (see
// ParseVector), replacing what it held.
func (ix *Index) SetVector(row int64, s string) error {
	ix.Remove(row)
	d := uint32(len(ix.row))
	var err error
	ix.buf, err = forEachEntry(s, ix.buf, func(lex []byte, imp float32, pos []uint16) {
		ix.add(d, lex, imp, pos)
	})
	ix.addDoc(row, d)
	return err
}

// forEachEntry calls fn with each lexeme of the tsvector text s, its
// impact and its positions (empty when it has none; fn must not keep lex
// or pos); buf is scratch space, returned for reuse.
func forEachEntry(s string, buf []byte, fn func(lex []byte, imp float32, pos []uint16)) ([]byte, error) {
	var labels []byte
	var pos []uint16
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		if s[i] != '\'' {
			return buf, fmt.Errorf("tsvector: unexpected %q at %d", s[i], i)
		}
		buf = buf[:0]
		i++
		for {
			if i >= len(s) {
				return buf, fmt.Errorf("tsvector: unterminated lexeme")
			}
			c := s[i]
			if c == '\\' && i+1 < len(s) {
				buf = append(buf, s[i+1])
				i += 2
				continue
			}
			if c == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					buf = append(buf, '\'')
					i += 2
					continue
				}
				i++
				break
			}
			buf = append(buf, c)
			i++
		}
		labels, pos = labels[:0], pos[:0]
		if i < len(s) && s[i] == ':' {
			i++
			for i < len(s) && s[i] != ' ' {
				p := 0
				for i < len(s) && s[i] >= '0' && s[i] <= '9' {
					p = min(p*10+int(s[i]-'0'), maxPos)
					i++
				}
				pos = append(pos, uint16(p))
				l := byte(0)
				if i < len(s) && s[i] >= 'A' && s[i] <= 'D' {
					l = 3 - (s[i] - 'A')
					i++
				}
				labels = append(labels, l)
				if i < len(s) && s[i] == ',' {
					i++
				}
			}
		} else {
			labels = append(labels, 0)
		}
		fn(buf, impact(labels), pos)
	}
	return buf, nil
}
