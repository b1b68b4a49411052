package pdfw

import "math"

// Content builds a content stream. Coordinates are in points from the
// top-left corner of the page (y grows downwards); colours are RGB bytes.
// Graphics state is written only when it changes.
type Content struct {
	buf    []byte
	height float64

	fill, stroke RGB     // colours in effect
	known        uint8   // which of fill (1) and stroke (2) are known
	lineW        float64 // line width in effect, -1 unknown
	font         *Font   // font and size in effect (text state outlives BT…ET)
	fontSize     float64
}

// reset empties c for a new stream on a page of d.
func (c *Content) reset(d *Writer) {
	c.buf = c.buf[:0]
	c.height = d.height
	c.known, c.lineW, c.font = 0, -1, nil
}

// Bytes returns the stream so far.
func (c *Content) Bytes() []byte { return c.buf }

// RGB is a colour.
type RGB [3]uint8

// appendColor appends "r g b op" for col.
func appendColor(b []byte, col RGB, op string) []byte {
	for _, v := range col {
		b = appendFrac(b, float64(v)/255)
		b = append(b, ' ')
	}
	return append(append(b, op...), '\n')
}

// appendFrac appends v in [0,1] with three decimals at most.
func appendFrac(b []byte, v float64) []byte {
	v = math.Round(v*1000) / 1000
	n := len(b)
	b = append(b, []byte{'0', '.', '0', '0', '0'}...)
	if v >= 1 {
		return append(b[:n], '1')
	}
	m := int(v * 1000)
	b[n+2], b[n+3], b[n+4] = byte('0'+m/100), byte('0'+m/10%10), byte('0'+m%10)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// SetFill sets the colour of filled shapes and text.
func (c *Content) SetFill(col RGB) {
	if c.known&1 == 0 || col != c.fill {
		c.fill, c.known = col, c.known|1
		c.buf = appendColor(c.buf, col, "rg")
	}
}

// SetStroke sets the colour of lines.
func (c *Content) SetStroke(col RGB) {
	if c.known&2 == 0 || col != c.stroke {
		c.stroke, c.known = col, c.known|2
		c.buf = appendColor(c.buf, col, "RG")
	}
}

// SetLineWidth sets the width of lines in points.
func (c *Content) SetLineWidth(w float64) {
	if w != c.lineW {
		c.lineW = w
		c.buf = append(appendNum(c.buf, w), " w\n"...)
	}
}

// point appends "x y" in PDF coordinates.
func (c *Content) point(x, y float64) {
	c.buf = appendNum(c.buf, x)
	c.buf = append(c.buf, ' ')
	c.buf = appendNum(c.buf, c.height-y)
}

// Line strokes a line from (x1, y1) to (x2, y2).
func (c *Content) Line(x1, y1, x2, y2 float64) {
	c.point(x1, y1)
	c.buf = append(c.buf, " m "...)
	c.point(x2, y2)
	c.buf = append(c.buf, " l S\n"...)
}

// FillRect fills the rectangle with top-left corner (x, y).
func (c *Content) FillRect(x, y, w, h float64) {
	c.point(x, y+h)
	c.buf = append(c.buf, ' ')
	c.buf = appendNum(c.buf, w)
	c.buf = append(c.buf, ' ')
	c.buf = appendNum(c.buf, h)
	c.buf = append(c.buf, " re f\n"...)
}

// kappa places the control points of a quarter circle drawn as a Bézier
// curve.
const kappa = 0.5522847498

// FillRoundedRect fills a rectangle whose corners are quarter circles of
// radius r.
func (c *Content) FillRoundedRect(x, y, w, h, r float64) {
	r = min(r, w/2, h/2)
	k := r * kappa
	c.point(x+r, y)
	c.buf = append(c.buf, " m "...)
	c.lineTo(x+w-r, y)
	c.curve(x+w-r+k, y, x+w, y+r-k, x+w, y+r)
	c.lineTo(x+w, y+h-r)
	c.curve(x+w, y+h-r+k, x+w-r+k, y+h, x+w-r, y+h)
	c.lineTo(x+r, y+h)
	c.curve(x+r-k, y+h, x, y+h-r+k, x, y+h-r)
	c.lineTo(x, y+r)
	c.curve(x, y+r-k, x+r-k, y, x+r, y)
	c.buf = append(c.buf, "f\n"...)
}

// FillCircle fills a circle around (x, y).
func (c *Content) FillCircle(x, y, r float64) {
	k := r * kappa
	c.point(x+r, y)
	c.buf = append(c.buf, " m "...)
	c.curve(x+r, y+k, x+k, y+r, x, y+r)
	c.curve(x-k, y+r, x-r, y+k, x-r, y)
	c.curve(x-r, y-k, x-k, y-r, x, y-r)
	c.curve(x+k, y-r, x+r, y-k, x+r, y)
	c.buf = append(c.buf, "f\n"...)
}

// lineTo appends a line from the current point to (x, y).
func (c *Content) lineTo(x, y float64) {
	c.point(x, y)
	c.buf = append(c.buf, " l "...)
}

// curve appends a Bézier curve from the current point through the control
// points (x1, y1) and (x2, y2) to (x3, y3).
func (c *Content) curve(x1, y1, x2, y2, x3, y3 float64) {
	c.point(x1, y1)
	c.buf = append(c.buf, ' ')
	c.point(x2, y2)
	c.buf = append(c.buf, ' ')
	c.point(x3, y3)
	c.buf = append(c.buf, " c "...)
}

// Text draws s in font f of size points with its baseline starting at
// (x, y), in the fill colour. s is drawn as text, never interpreted. The
// font is selected only when it changes.
func (c *Content) Text(f *Font, size, x, y float64, s string) {
	c.buf = append(c.buf, "BT "...)
	if f != c.font || size != c.fontSize {
		c.font, c.fontSize = f, size
		c.buf = append(c.buf, '/')
		c.buf = append(c.buf, f.name...)
		c.buf = append(c.buf, ' ')
		c.buf = appendNum(c.buf, size)
		c.buf = append(c.buf, " Tf "...)
	}
	c.point(x, y)
	c.buf = append(c.buf, " Td "...)
	n := len(c.buf)
	c.buf = f.encode(c.buf, s)
	codes := c.buf[n:]
	// The codes are copied (escaped) behind themselves, then moved down.
	c.buf = appendLiteral(c.buf, codes)
	lit := c.buf[n+len(codes):]
	c.buf = append(c.buf[:n], lit...)
	c.buf = append(c.buf, " Tj ET\n"...)
}
