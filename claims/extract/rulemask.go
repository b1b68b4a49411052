package extract

import (
	"math/bits"
	"sync/atomic"
)

// ruleIndex says which token rules apply to a word (tokenRule.applies) as
// a bit mask over a list of rules, bit k for rule k, from the word's
// categories and flags: the rules that apply are then found without asking
// each one, and run in the list's order.
type ruleIndex struct {
	src    *tokenRule // the list it was built for: its first rule and length
	n      int
	always uint64      // rules without a guard
	byFlag [256]uint64 // rules whose guard a token flag meets
	byCat  [64]uint64  // rules whose guard a category bit meets
}

// ruleIdx is the index rulesIndex built last.
var ruleIdx atomic.Pointer[ruleIndex]

// rulesIndex returns the index of rules, building it when rules is not the
// list the last index was built for (tests swap the list). Nil when there
// are more rules than bits.
func rulesIndex(rules []tokenRule) *ruleIndex {
	if len(rules) == 0 || len(rules) > 64 {
		return nil
	}
	if x := ruleIdx.Load(); x != nil && x.src == &rules[0] && x.n == len(rules) {
		return x
	}
	x := &ruleIndex{src: &rules[0], n: len(rules)}
	for k := range rules {
		r := &rules[k]
		bit := uint64(1) << k
		if r.cats == 0 && r.flags == 0 {
			x.always |= bit
			continue
		}
		for f := range x.byFlag {
			if uint8(f)&r.flags != 0 {
				x.byFlag[f] |= bit
			}
		}
		for c := range x.byCat {
			if r.cats&(1<<c) != 0 {
				x.byCat[c] |= bit
			}
		}
	}
	ruleIdx.Store(x)
	return x
}

// of returns the mask of the rules that apply to t.
func (x *ruleIndex) of(t *token) uint64 {
	m := x.always | x.byFlag[t.flags]
	for c := uint64(t.cat); c != 0; c &= c - 1 {
		m |= x.byCat[bits.TrailingZeros64(c)]
	}
	return m
}
