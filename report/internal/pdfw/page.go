package pdfw

// Page is a page being drawn. Finish writes it; after that only its number
// remains in memory.
type Page struct {
	Content
	d     *Writer
	no    int // 1-based position in the document
	links []link
	held  bool
	done  bool
}

// link is a link annotation: to a URI, or to a place in the document.
type link struct {
	x, y, w, h float64 // points, top-left origin
	uri        string
	dest       Dest
}

// Dest is a place in the document: a page number and a y position in
// points from the top of the page.
type Dest struct {
	Page int
	Y    float64
}

// NewPage adds a page at the end of the document. It reuses the buffer
// of a page already written.
func (d *Writer) NewPage() *Page {
	p := &Page{d: d, no: len(d.pages) + 1}
	p.buf = d.s.buffer()
	p.reset(d)
	ref := pageRef{obj: d.reserve()}
	if d.Overlay != nil {
		ref.overlay = d.reserve()
	}
	d.pages = append(d.pages, ref)
	return p
}

// Number returns the page's position in the document, from 1.
func (p *Page) Number() int { return p.no }

// Hold keeps the page in memory until Close, so that it can still be drawn
// on after later pages are finished; Finish does nothing until then.
func (p *Page) Hold() {
	if !p.held && !p.done {
		p.held = true
		p.d.held = append(p.d.held, p)
	}
}

// Release ends the hold on the page and writes it.
func (p *Page) Release() {
	p.held = false
	p.Finish()
}

// LinkURI makes the rectangle with top-left corner (x, y) a link to uri.
func (p *Page) LinkURI(x, y, w, h float64, uri string) {
	p.links = append(p.links, link{x: x, y: y, w: w, h: h, uri: uri})
}

// LinkDest makes the rectangle a link to a place in the document.
func (p *Page) LinkDest(x, y, w, h float64, to Dest) {
	p.links = append(p.links, link{x: x, y: y, w: w, h: h, dest: to})
}

// Finish writes the page: its content, its links and the page object. A
// held page is written by Close.
func (p *Page) Finish() {
	if p.held || p.done {
		return
	}
	p.done = true
	d := p.d
	ref := d.pages[p.no-1]
	content := d.reserve()
	d.stream(content, "", p.buf)
	annots := p.writeLinks()
	b := []byte("<</Type /Page /Parent ")
	b = appendRef(b, d.pagesObj)
	b = append(b, " /Contents "...)
	if ref.overlay > 0 {
		b = append(b, '[')
		b = appendRef(b, content)
		b = append(b, ' ')
		b = appendRef(b, ref.overlay)
		b = append(b, ']')
	} else {
		b = appendRef(b, content)
	}
	if len(annots) > 0 {
		b = append(b, " /Annots ["...)
		for i, a := range annots {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendRef(b, a)
		}
		b = append(b, ']')
	}
	b = append(b, ">>"...)
	d.object(ref.obj, b)
	p.buf, p.links = nil, nil // the buffer is the writer's now
}

// writeLinks writes the page's link annotations and returns their objects.
func (p *Page) writeLinks() []int {
	d := p.d
	var objs []int
	for _, l := range p.links {
		if l.uri == "" && (l.dest.Page < 1 || l.dest.Page > len(d.pages)) {
			continue
		}
		obj := d.reserve()
		b := []byte("<</Type /Annot /Subtype /Link /Border [0 0 0] /Rect [")
		b = appendNum(b, l.x)
		b = append(b, ' ')
		b = appendNum(b, d.height-l.y-l.h)
		b = append(b, ' ')
		b = appendNum(b, l.x+l.w)
		b = append(b, ' ')
		b = appendNum(b, d.height-l.y)
		b = append(b, "] "...)
		if l.uri != "" {
			b = append(b, "/A <</S /URI /URI "...)
			b = appendLiteral(b, l.uri)
			b = append(b, ">>"...)
		} else {
			b = appendDest(append(b, "/Dest "...), d, l.dest)
		}
		d.object(obj, append(b, ">>"...))
		objs = append(objs, obj)
	}
	return objs
}

// appendDest appends the explicit destination [page /XYZ 0 y null].
func appendDest(b []byte, d *Writer, to Dest) []byte {
	b = append(b, '[')
	b = appendRef(b, d.pages[to.Page-1].obj)
	b = append(b, " /XYZ 0 "...)
	b = appendNum(b, d.height-to.Y)
	return append(b, " null]"...)
}
