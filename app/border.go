package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// border is container.NewBorder with its objects in reading order: top,
// left, the centre, right, bottom. Tab walks a container's objects in
// their order, and container.NewBorder puts the centre first, so Tab went
// from the claim list up to the filters above it instead of on to the
// editor, and from a toolbar's field back to the buttons before it. The
// layout is the same; use border for every border of the window
// (TestNoNewBorder).
func border(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject
	add := func(os ...fyne.CanvasObject) {
		for _, o := range os {
			if o != nil {
				objs = append(objs, o)
			}
		}
	}
	add(top, left)
	add(center...)
	add(right, bottom)
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objs...)
}
