package pdfw

// Flow lays text out on the pages of a Writer in millimetres from the
// top-left corner, with a current position, margins and automatic page
// breaks, after the model of FPDF (Cell, MultiCell, Ln): a report written
// for that model keeps its look. Pages are finished as soon as the flow
// leaves them, unless held.
type Flow struct {
	d    *Writer
	page *Page
	held map[int]*Page // held pages by number, for SetPage

	x, y             float64
	lMargin, rMargin float64
	tMargin          float64
	breakAt          float64 // lowest y of a cell before an automatic page break
	autoBreak        bool
	inHeader         bool
	lasth            float64
	cMargin          float64 // space left and right of a cell's text

	st style

	// Header, when set, is called at the top of each new page.
	Header func()
}

// style is the drawing state a page break keeps.
type style struct {
	font             *Font
	sizePt, size     float64 // font size in points and in millimetres
	text, fill, draw RGB
	lineWidth        float64 // millimetres
}

// k is the number of points in a millimetre.
const k = 72 / 25.4

// NewFlow starts laying out on d with the given margins (mm); a cell that
// would reach into the bottom margin starts a new page.
func NewFlow(d *Writer, left, top, right, bottom float64) *Flow {
	return &Flow{d: d, held: map[int]*Page{}, lMargin: left, tMargin: top, rMargin: right,
		breakAt: d.height/k - bottom, autoBreak: true, cMargin: 28.35 / k / 10, st: style{lineWidth: 0.2}}
}

// Writer returns the document.
func (f *Flow) Writer() *Writer { return f.d }

// PageWidth returns the page width in millimetres.
func (f *Flow) PageWidth() float64 { return f.d.width / k }

// AddPage finishes the current page (unless held), starts a new one at the
// top margin and draws its header; the style is kept.
func (f *Flow) AddPage() {
	if f.page != nil {
		f.page.Finish()
	}
	f.page = f.d.NewPage()
	f.x, f.y = f.lMargin, f.tMargin
	if f.Header != nil {
		saved := f.st
		f.inHeader = true
		f.Header()
		f.inHeader = false
		f.st = saved
	}
}

// SetOverlay has draw called for every page once the page count is
// known (when the writer is closed), with the flow on that page: for
// running footers such as "page N of M". It must be set before the first
// page. No page breaks happen while it draws.
func (f *Flow) SetOverlay(draw func(page, pages int)) {
	f.d.Overlay = func(p *Page, pages int) {
		saved, savedPage := f.st, f.page
		f.page, f.inHeader = p, true
		draw(p.no, pages)
		f.st, f.page, f.inHeader = saved, savedPage, false
	}
}

// Hold keeps the current page to be drawn on again with SetPage.
func (f *Flow) Hold() {
	f.page.Hold()
	f.held[f.page.no] = f.page
}

// Release writes the current page, held or not; SetPage cannot return to
// it.
func (f *Flow) Release() {
	if f.page != nil {
		delete(f.held, f.page.no)
		f.page.Release()
	}
}

// SetPage moves to held page n to draw on it again; it reports false (and
// does nothing) when page n is not held.
func (f *Flow) SetPage(n int) bool {
	p, ok := f.held[n]
	if !ok {
		return false
	}
	if f.page != p {
		f.page.Finish()
		f.page = p
	}
	return true
}

// Finish finishes the current page; the writer can then be closed.
func (f *Flow) Finish() {
	if f.page != nil {
		f.page.Finish()
	}
}

// PageNo returns the current page's number.
func (f *Flow) PageNo() int {
	if f.page == nil {
		return 0
	}
	return f.page.no
}

// SetAutoPageBreak turns automatic page breaks on or off.
func (f *Flow) SetAutoPageBreak(on bool) { f.autoBreak = on }

// GetX returns the current x position.
func (f *Flow) GetX() float64 { return f.x }

// GetY returns the current y position.
func (f *Flow) GetY() float64 { return f.y }

// SetX sets the current x position.
func (f *Flow) SetX(x float64) { f.x = x }

// SetY moves to the left margin at y.
func (f *Flow) SetY(y float64) { f.x, f.y = f.lMargin, y }

// SetXY sets the current position.
func (f *Flow) SetXY(x, y float64) { f.x, f.y = x, y }

// SetLeftMargin sets the left margin and moves x to it if x is left of it.
func (f *Flow) SetLeftMargin(m float64) {
	f.lMargin = m
	if f.x < m {
		f.x = m
	}
}

// Ln moves to the left margin, h lower.
func (f *Flow) Ln(h float64) { f.x, f.y = f.lMargin, f.y+h }

// SetFont selects font and size (points) for the following text.
func (f *Flow) SetFont(font *Font, sizePt float64) {
	f.st.font, f.st.sizePt, f.st.size = font, sizePt, sizePt/k
}

// SetTextColor sets the colour of text.
func (f *Flow) SetTextColor(c RGB) { f.st.text = c }

// SetFillColor sets the colour of filled shapes.
func (f *Flow) SetFillColor(c RGB) { f.st.fill = c }

// SetDrawColor sets the colour of lines.
func (f *Flow) SetDrawColor(c RGB) { f.st.draw = c }

// SetLineWidth sets the width of lines in millimetres.
func (f *Flow) SetLineWidth(w float64) { f.st.lineWidth = w }

// Line draws a line in the draw colour and line width.
func (f *Flow) Line(x1, y1, x2, y2 float64) {
	c := &f.page.Content
	c.SetStroke(f.st.draw)
	c.SetLineWidth(f.st.lineWidth * k)
	c.Line(x1*k, y1*k, x2*k, y2*k)
}

// Rect fills a rectangle in the fill colour.
func (f *Flow) Rect(x, y, w, h float64) {
	f.page.SetFill(f.st.fill)
	f.page.FillRect(x*k, y*k, w*k, h*k)
}

// RoundedRect fills a rectangle with round corners of radius r.
func (f *Flow) RoundedRect(x, y, w, h, r float64) {
	f.page.SetFill(f.st.fill)
	f.page.FillRoundedRect(x*k, y*k, w*k, h*k, r*k)
}

// Circle fills a circle around (x, y).
func (f *Flow) Circle(x, y, r float64) {
	f.page.SetFill(f.st.fill)
	f.page.FillCircle(x*k, y*k, r*k)
}

// Here returns the current position as a destination for links and
// bookmarks.
func (f *Flow) Here() Dest { return Dest{Page: f.page.no, Y: f.y * k} }

// Bookmark adds an outline entry pointing to the current position.
func (f *Flow) Bookmark(title string, level int) { f.d.Bookmark(title, level, f.Here()) }

// LinkURI makes a rectangle (mm) of the current page a link to uri.
func (f *Flow) LinkURI(x, y, w, h float64, uri string) { f.page.LinkURI(x*k, y*k, w*k, h*k, uri) }
