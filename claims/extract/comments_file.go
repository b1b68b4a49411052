package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// WriteTo writes the comment model in the text form the package embeds
// (comments.tsv): '#' lines (the layout and the stacking first, then
// notes), then "INDEX<TAB>WEIGHT" for every non-zero weight, in units of
// commentStep.
func (c *CommentsFitted) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	m := &c.m
	words := 0
	if m.lay.words {
		words = 1
	}
	fmt.Fprintf(bw, "# claim extraction comment model: commentBits %d, shapes %d\n", commentBits, nCommentShape)
	tf := 0
	if m.lay.tf {
		tf = 1
	}
	fmt.Fprintf(bw, "# layout %d %d %d %d\n", m.lay.minN, m.lay.maxN, words, tf)
	fmt.Fprintf(bw, "# stack %s\n", fmtStack(m.stack))
	fmt.Fprintf(bw, "# lambda %g, epochs %d, news weight %g, views %d, nb %g, bags %d; %d comments; stacked CV F1 %.3f at threshold %.2f (moved into the stack bias); shared model alone %.3f\n",
		c.Lambda, c.Epochs, c.News, c.Views, c.NB, c.Bags, c.Rows, c.CVF1, c.Threshold, c.SharedF1)
	for _, n := range c.Notes {
		fmt.Fprintf(bw, "# %s\n", n)
	}
	for i, v := range m.w {
		if v != 0 {
			fmt.Fprintf(bw, "%d\t%d\n", i, int(math.Round(float64(v)/commentStep)))
		}
	}
	return 0, bw.Flush()
}

// parseComments reads the text form written by WriteTo; nil for a text
// without a model (no layout line).
func parseComments(data string) (*commentModel, error) {
	var m commentModel
	haveLayout, haveStack := false, false
	for len(data) > 0 {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if line == "" {
			continue
		}
		if line[0] == '#' {
			if v, ok := strings.CutPrefix(line, "# layout "); ok {
				var words int
				var tf int // absent in files before the tf candidate: 0
				if v += " 0"; len(strings.Fields(v)) > 5 {
					return nil, fmt.Errorf("bad layout line %q", line)
				}
				if _, err := fmt.Sscanf(v, "%d %d %d %d", &m.lay.minN, &m.lay.maxN, &words, &tf); err != nil {
					return nil, fmt.Errorf("bad layout line %q", line)
				}
				m.lay.words, m.lay.tf, haveLayout = words == 1, tf == 1, true
				m.w = make([]float32, cmWeights)
			}
			if v, ok := strings.CutPrefix(line, "# stack "); ok {
				f := strings.Fields(v)
				if len(f) != nStack {
					return nil, fmt.Errorf("bad stack line %q", line)
				}
				for k, x := range f {
					var err error
					if m.stack[k], err = strconv.ParseFloat(x, 64); err != nil {
						return nil, fmt.Errorf("bad stack line %q", line)
					}
				}
				haveStack = true
			}
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		i, err1 := strconv.Atoi(a)
		v, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || i < 0 || i >= cmWeights || !haveLayout {
			return nil, fmt.Errorf("bad comment model line %q", line)
		}
		m.w[i] = float32(float64(v) * commentStep)
	}
	if !haveLayout {
		return nil, nil
	}
	if !haveStack {
		return nil, errors.New("no stack line")
	}
	return &m, nil
}
