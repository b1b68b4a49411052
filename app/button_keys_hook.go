package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// buttonKeysHook puts buttonKey before the desktop driver's own handling
// of the keys of win, once its GLFW window exists: it reports false until
// then (call it again later) and true once the keys are hooked. Fyne
// offers no public way to see a key before the focused control; its GLFW
// window's key callback is taken (the driver runs a window's calls with
// its context current) and called for every key buttonKey does not use.
// Call on the UI goroutine.
func buttonKeysHook(win fyne.Window) (hooked bool) {
	if _, native := win.(driver.NativeWindow); !native {
		return true // the test driver: nothing to hook
	}
	ctx, ok := win.(interface{ RunWithContext(func()) })
	if !ok {
		return true
	}
	defer func() {
		if recover() != nil { // no GLFW window yet
			hooked = false
		}
	}()
	ctx.RunWithContext(func() {
		gw := glfw.GetCurrentContext()
		if gw == nil {
			return
		}
		var next glfw.KeyCallback
		next = gw.SetKeyCallback(func(w *glfw.Window, key glfw.Key, scancode int, action glfw.Action, mods glfw.ModifierKey) {
			if action != glfw.Release && mods == 0 {
				if name, ok := buttonKeyNames[key]; ok && buttonKey(win.Canvas(), &fyne.KeyEvent{Name: name}) {
					return
				}
			}
			if next != nil {
				next(w, key, scancode, action, mods)
			}
		})
		hooked = true
	})
	return hooked
}

// buttonKeyNames are the keys buttonKey may take, by their GLFW names.
var buttonKeyNames = map[glfw.Key]fyne.KeyName{
	glfw.KeyEnter:   fyne.KeyReturn,
	glfw.KeyKPEnter: fyne.KeyEnter,
	glfw.KeyEscape:  fyne.KeyEscape,
	glfw.KeyF1:      fyne.KeyF1,
}

// hookButtonKeysSoon hooks the keys of win (buttonKeysHook) as soon as its
// GLFW window exists, which is once it is shown; it gives up after a
// minute.
func hookButtonKeysSoon(win fyne.Window) {
	go func() {
		for range 600 {
			time.Sleep(100 * time.Millisecond)
			var done bool
			onUI(func() { done = buttonKeysHook(win) })
			if done {
				return
			}
		}
	}()
}
