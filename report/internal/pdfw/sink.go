package pdfw

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"io"
	"strconv"
	"sync"
)

// sink writes the objects to the output in the order they are queued, on
// a goroutine of its own: a page's content is compressed there while the
// next page is laid out. Only the sink touches the output, the offsets and
// the zlib writer (one, reset for every stream) until it is stopped.
type sink struct {
	out     *bufio.Writer
	n       int64   // bytes written
	offsets []int64 // by object number
	z       *zlib.Writer
	zbuf    bytes.Buffer
	obuf    []byte // scratch for stream dictionaries

	jobs chan job
	free chan []byte // stream buffers given back, for the next page
	done chan struct{}

	mu  sync.Mutex // guards err, which the sink sets and Err reads
	err error
}

// job is one object to write, or raw bytes (obj 0).
type job struct {
	obj    int
	body   []byte // a plain object's body, a stream's extra dictionary entries, or raw bytes
	data   []byte // stream data
	stream bool
}

// queueLen is how many objects may wait to be written: it bounds the
// memory held by pages finished but not yet written.
const queueLen = 16

// newSink returns a sink that writes to w, its goroutine started.
func newSink(w io.Writer) *sink {
	s := &sink{out: bufio.NewWriterSize(w, 64<<10), jobs: make(chan job, queueLen),
		free: make(chan []byte, 4), done: make(chan struct{})}
	s.z, _ = zlib.NewWriterLevel(&s.zbuf, zlib.DefaultCompression)
	go s.run()
	return s
}

// run writes the queued jobs in order until the queue is closed, giving
// stream buffers back for reuse.
func (s *sink) run() {
	defer close(s.done)
	for j := range s.jobs {
		switch {
		case j.obj == 0:
			s.write(j.body)
		case j.stream:
			s.writeStream(j)
			if cap(j.data) > 0 {
				select {
				case s.free <- j.data[:0]:
				default:
				}
			}
		default:
			s.writeObject(j.obj, j.body)
		}
	}
}

// stop waits until everything queued is written; the sink may then be
// used directly by the caller's goroutine.
func (s *sink) stop() {
	close(s.jobs)
	<-s.done
}

// buffer returns a buffer given back by the sink, or nil.
func (s *sink) buffer() []byte {
	select {
	case b := <-s.free:
		return b
	default:
		return nil
	}
}

// failed returns the first write error.
func (s *sink) failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// write writes b to the output and counts its bytes; after the first write
// error it does nothing and keeps that error.
func (s *sink) write(b []byte) {
	if s.err != nil { // only the sink's goroutine sets err
		return
	}
	n, err := s.out.Write(b)
	s.n += int64(n)
	if err != nil {
		s.mu.Lock()
		s.err = err
		s.mu.Unlock()
	}
}

// begin records the offset of obj and writes its header.
func (s *sink) begin(obj int) {
	for len(s.offsets) <= obj {
		s.offsets = append(s.offsets, 0)
	}
	s.offsets[obj] = s.n
	s.obuf = strconv.AppendInt(s.obuf[:0], int64(obj), 10)
	s.write(append(s.obuf, " 0 obj\n"...))
}

// writeObject writes the plain object obj with its body.
func (s *sink) writeObject(obj int, body []byte) {
	s.begin(obj)
	s.write(body)
	s.write([]byte("\nendobj\n"))
}

// writeStream compresses and writes a stream object.
func (s *sink) writeStream(j job) {
	s.zbuf.Reset()
	s.z.Reset(&s.zbuf)
	_, err := s.z.Write(j.data)
	if cerr := s.z.Close(); err == nil {
		err = cerr
	}
	if err != nil && s.err == nil {
		s.mu.Lock()
		s.err = err
		s.mu.Unlock()
	}
	s.begin(j.obj)
	b := append(s.obuf[:0], "<</Filter /FlateDecode /Length "...)
	b = strconv.AppendInt(b, int64(s.zbuf.Len()), 10)
	b = append(b, j.body...)
	b = append(b, ">>\nstream\n"...)
	s.write(b)
	s.write(s.zbuf.Bytes())
	s.write([]byte("\nendstream\nendobj\n"))
	s.obuf = b[:0]
}
