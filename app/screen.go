package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenSize returns the size of the primary screen in the window's units,
// and false where it cannot be known (the test driver, no monitor). Call
// on the main goroutine, after the window was created.
var screenSize = func(win fyne.Window) (size fyne.Size, ok bool) {
	if _, native := win.(driver.NativeWindow); !native {
		return fyne.Size{}, false
	}
	defer func() {
		if recover() != nil { // GLFW reports errors by panicking
			size, ok = fyne.Size{}, false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	mode := m.GetVideoMode()
	if mode == nil || mode.Width <= 0 || mode.Height <= 0 {
		return fyne.Size{}, false
	}
	// Before the window is shown its scale is a guess that can lie a
	// little below 1 on a plain screen; a smaller screen is the safe error.
	scale := max(win.Canvas().Scale(), 1)
	return fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale), true
}

// fitScreen returns size made no larger than the screen, less room for a
// desktop panel and the title bar, so a size saved on a larger screen is
// never restored beyond the edges of a smaller one.
func fitScreen(size, screen fyne.Size) fyne.Size {
	const panelRoom = 64 // title bar and a desktop panel
	return fyne.NewSize(min(size.Width, screen.Width), min(size.Height, max(screen.Height-panelRoom, screen.Height*0.85)))
}

// restoredSize is the saved window size w×h, fitted to the screen of win
// where it is known.
func restoredSize(win fyne.Window, w, h float64) fyne.Size {
	size := fyne.NewSize(float32(w), float32(h))
	if screen, ok := screenSize(win); ok {
		size = fitScreen(size, screen)
	}
	return size
}
