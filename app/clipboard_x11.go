//go:build cgo && !wayland && (linux || freebsd || openbsd || netbsd)

package app

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long cdNowMs(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

// cdNextEvent waits until deadline (ms) for an event of window w of the
// given type (and, for PropertyNotify, of property p, new value); 0 when
// the time is up.
static int cdNextEvent(Display *d, Window w, int type, Atom p, long deadline, XEvent *ev) {
	for (;;) {
		while (XPending(d) > 0) {
			XNextEvent(d, ev);
			if (ev->xany.window != w || ev->type != type) continue;
			if (type == PropertyNotify && (ev->xproperty.atom != p || ev->xproperty.state != PropertyNewValue)) continue;
			return 1;
		}
		long left = deadline - cdNowMs();
		if (left <= 0) return 0;
		struct pollfd fd = { ConnectionNumber(d), POLLIN, 0 };
		poll(&fd, 1, (int)left);
	}
}

// cdAppend reads property p of w (deleting it) and appends its bytes to
// *buf; it returns the number of bytes read, -1 on a failure, and sets
// *type to the property's type.
static long cdAppend(Display *d, Window w, Atom p, char **buf, unsigned long *len, Atom *type) {
	int format;
	unsigned long n, after;
	unsigned char *data = NULL;
	if (XGetWindowProperty(d, w, p, 0, LONG_MAX / 4, True, AnyPropertyType, type, &format, &n, &after, &data) != Success) return -1;
	if (format != 8) n = 0;
	if (n > 0 && *type != XInternAtom(d, "INCR", False)) {
		char *grown = realloc(*buf, *len + n);
		if (grown == NULL) { XFree(data); return -1; }
		memcpy(grown + *len, data, n);
		*buf = grown;
		*len += n;
	}
	if (data) XFree(data);
	return (long)n;
}

// cdReadClipboard reads the CLIPBOARD selection as UTF-8, NUL bytes and
// all, into *out (malloc'd, *outLen bytes). It returns 0 on success, 1
// when the selection is not there, is held by a window of the client
// whose window ours is (that client, blocked in this paste, could not
// answer) or cannot be given as UTF-8, 2 when no display can be opened
// and 3 on a timeout or an error.
static int cdReadClipboard(unsigned long ours, int timeoutMs, char **out, unsigned long *outLen) {
	*out = NULL;
	*outLen = 0;
	Display *d = XOpenDisplay(NULL);
	if (d == NULL) return 2;
	int rc = 3;
	Atom clip = XInternAtom(d, "CLIPBOARD", False);
	Atom utf8 = XInternAtom(d, "UTF8_STRING", False);
	Atom incr = XInternAtom(d, "INCR", False);
	Atom prop = XInternAtom(d, "CLAIMDESK_PASTE", False);
	Window owner = XGetSelectionOwner(d, clip);
	XID mask = ((_XPrivDisplay)d)->private4; // the resource ID mask
	if (mask == 0 || ((mask + 1) & mask) != 0) mask = 0x1FFFFF;
	if (owner == None || (ours != 0 && (owner & ~mask) == (ours & ~mask))) {
		XCloseDisplay(d);
		return 1;
	}
	Window w = XCreateSimpleWindow(d, DefaultRootWindow(d), 0, 0, 1, 1, 0, 0, 0);
	XSelectInput(d, w, PropertyChangeMask);
	XConvertSelection(d, clip, utf8, prop, w, CurrentTime);
	XFlush(d);
	long deadline = cdNowMs() + timeoutMs;
	XEvent ev;
	char *buf = NULL;
	unsigned long len = 0;
	Atom type = None;
	if (!cdNextEvent(d, w, SelectionNotify, None, deadline, &ev)) goto done;
	if (ev.xselection.property == None) { rc = 1; goto done; }
	if (cdAppend(d, w, prop, &buf, &len, &type) < 0) goto done;
	if (type == incr) { // sent in parts, each announced by a new value
		XFlush(d);
		for (;;) {
			if (!cdNextEvent(d, w, PropertyNotify, prop, deadline, &ev)) goto done;
			long n = cdAppend(d, w, prop, &buf, &len, &type);
			if (n < 0) goto done;
			XFlush(d);
			if (n == 0) break;
		}
	} else if (type != utf8) {
		rc = 1;
		goto done;
	}
	*out = buf;
	*outLen = len;
	buf = NULL;
	rc = 0;
done:
	free(buf);
	XDestroyWindow(d, w);
	XCloseDisplay(d);
	return rc;
}
*/
import "C"

import (
	"time"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// x11Wait is how long a paste waits for the clipboard's owner to answer
// before it takes the driver's text as it is.
const x11Wait = 2 * time.Second

// readSelection reads the clipboard (the X CLIPBOARD selection) as UTF-8
// itself, NUL bytes included, in a connection of its own; ok is false
// when it cannot: no X display, no owner, an owner that is this window
// (the driver has the text and knows it whole) or no answer in x11Wait.
func readSelection() (text string, ok bool) {
	var out *C.char
	var n C.ulong
	rc := C.cdReadClipboard(C.ulong(ownWindow()), C.int(x11Wait/time.Millisecond), &out, &n)
	if rc != 0 {
		return "", false
	}
	defer C.free(unsafe.Pointer(out))
	return C.GoStringN(out, C.int(n)), true
}

// ownWindow returns the X window of the app's first window, 0 when there
// is none or it is not an X window.
func ownWindow() uintptr {
	a := fyne.CurrentApp()
	if a == nil {
		return 0
	}
	var id uintptr
	for _, w := range a.Driver().AllWindows() {
		if nw, ok := w.(driver.NativeWindow); ok {
			nw.RunNative(func(ctx any) {
				if x, ok := ctx.(driver.X11WindowContext); ok {
					id = x.WindowHandle
				}
			})
		}
		if id != 0 {
			break
		}
	}
	return id
}
