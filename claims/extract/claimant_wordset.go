package extract

// lazySet is a set that is filled for every unit and asked only now and
// then (chooser.common and notFirst: at the end of a text, for a few
// names): add only appends, and has looks through the added values until
// it has been asked often enough for a map of them to pay.
type lazySet[T comparable] struct {
	vals    []T        // added since the map was last filled
	m       map[T]bool // the values added before
	queries int
}

// lazySetScans is how many questions a lazySet answers by looking through
// its values before it puts them in a map.
const lazySetScans = 4

func (s *lazySet[T]) add(v T) { s.vals = append(s.vals, v) }

// has reports whether v was added.
func (s *lazySet[T]) has(v T) bool {
	if s.m[v] {
		return true
	}
	if s.queries++; s.queries <= lazySetScans {
		for _, x := range s.vals {
			if x == v {
				return true
			}
		}
		return false
	}
	if len(s.vals) > 0 {
		if s.m == nil {
			s.m = make(map[T]bool, len(s.vals))
		}
		for _, x := range s.vals {
			s.m[x] = true
		}
		s.vals = s.vals[:0]
	}
	return s.m[v]
}
