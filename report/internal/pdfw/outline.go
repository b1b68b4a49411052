package pdfw

import "strconv"

// outlineItem is a bookmark: a title, its level (0 = top) and where it
// points.
type outlineItem struct {
	title string
	level int
	dest  Dest
}

// Bookmark adds an entry to the outline (the bookmarks of a viewer) that
// points to to. Levels nest: an entry of level n+1 belongs to the last one
// of level n before it; a deeper jump is treated as one level down.
func (d *Writer) Bookmark(title string, level int, to Dest) {
	d.outline = append(d.outline, outlineItem{title: title, level: max(level, 0), dest: to})
}

// outlineNode is an entry's place in the outline tree.
type outlineNode struct {
	parent, prev, next, first, last int // object numbers, 0 for none
	count                           int // children
}

// outlineTree links the items into a tree; the result is indexed like
// items, with objects first+i, and root as parent of the top level.
func outlineTree(items []outlineItem, first, root int) (nodes []outlineNode, top []int) {
	nodes = make([]outlineNode, len(items))
	var stack []int // indexes of the open ancestors, by level
	lastAt := map[int]int{}
	for i, it := range items {
		lvl := min(it.level, len(stack))
		stack = stack[:lvl]
		parent := root
		if lvl > 0 {
			parent = first + stack[lvl-1]
		}
		nodes[i].parent = parent
		if prev, ok := lastAt[parent]; ok {
			nodes[i].prev = first + prev
			nodes[prev].next = first + i
		} else if lvl > 0 {
			nodes[stack[lvl-1]].first = first + i
		}
		if lvl == 0 {
			top = append(top, i)
		} else {
			nodes[stack[lvl-1]].last = first + i
			nodes[stack[lvl-1]].count++ // children shown when opened
		}
		lastAt[parent] = i
		stack = append(stack, i)
		delete(lastAt, first+i) // a new item has no children yet
	}
	return nodes, top
}

// writeOutline writes the outline and returns its root object, 0 if empty.
func (d *Writer) writeOutline() int {
	if len(d.outline) == 0 {
		return 0
	}
	root := d.reserve()
	first := d.nobj + 1
	for range d.outline {
		d.reserve()
	}
	nodes, top := outlineTree(d.outline, first, root)
	for i, it := range d.outline {
		n := nodes[i]
		b := []byte("<</Title ")
		b = appendText(b, it.title)
		b = append(b, " /Parent "...)
		b = appendRef(b, n.parent)
		for _, kv := range []struct {
			k   string
			obj int
		}{{" /Prev ", n.prev}, {" /Next ", n.next}, {" /First ", n.first}, {" /Last ", n.last}} {
			if kv.obj > 0 {
				b = appendRef(append(b, kv.k...), kv.obj)
			}
		}
		if n.count > 0 {
			b = append(b, " /Count -"...) // closed: the viewer shows the top level
			b = strconv.AppendInt(b, int64(n.count), 10)
		}
		b = appendDest(append(b, " /Dest "...), d, it.dest)
		d.object(first+i, append(b, ">>"...))
	}
	b := []byte("<</Type /Outlines /First ")
	b = appendRef(b, first+top[0])
	b = append(b, " /Last "...)
	b = appendRef(b, first+top[len(top)-1])
	b = append(b, " /Count "...)
	b = strconv.AppendInt(b, int64(len(top)), 10)
	d.object(root, append(b, ">>"...))
	d.outline = nil
	return root
}
