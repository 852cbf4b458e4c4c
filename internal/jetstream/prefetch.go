package jetstream

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	js "github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-dev/storyline/internal/pipeline"
)

// pullWait is how long one pull waits on the server for jobs. It bounds
// how long Close waits for a pull in flight (the client gives the server's
// reply one more second), whose jobs it then gives back, and how soon a
// pull lost with a cut connection is asked again.
const pullWait = time.Second

// prefetcher keeps up to Options.Prefetch jobs pulled ahead of Receive, so
// that the next job is usually in hand when a worker asks for it, and
// renews their reservations while they wait: a job buffered behind a long
// one must not expire and be handed to another worker as a second
// delivery (nats.go's own message iterators buffer without renewing).
type prefetcher struct {
	q *Queue
	// mu guards buf and stopping.
	mu       sync.Mutex
	buf      []js.Msg
	stopping bool
	// ready is signalled when buf gains a job; room when it loses one or
	// the prefetcher is stopping. Both hold at most one signal.
	ready, room chan struct{}
	// done is closed when the pull loop has ended.
	done chan struct{}
}

func newPrefetcher(q *Queue) *prefetcher {
	p := &prefetcher{q: q, ready: make(chan struct{}, 1), room: make(chan struct{}, 1), done: make(chan struct{})}
	go p.pull()
	go p.renew()
	return p
}

func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// pull fetches jobs whenever the buffer has room, until stop.
func (p *prefetcher) pull() {
	defer close(p.done)
	o := p.q.opts
	delay := 100 * time.Millisecond
	for {
		p.mu.Lock()
		stopping, want := p.stopping, o.Prefetch-len(p.buf)
		p.mu.Unlock()
		if stopping || p.q.nc.IsClosed() {
			return
		}
		if want <= 0 {
			<-p.room
			continue
		}
		// Not tied to stop: a pull in flight runs to its end, so that
		// the jobs it brings land in the buffer and Close gives them
		// back, instead of reaching a closed subscription and waiting
		// out AckWait. FetchMaxWait, not a context: the pull then ends
		// on the server's "expired" reply, which comes after the jobs it
		// delivered, where a context's deadline could race them and drop
		// one already delivered.
		batch, err := p.q.consumer.Fetch(want, js.FetchMaxWait(pullWait))
		if err == nil {
			for m := range batch.Messages() {
				p.push(m)
			}
			err = batch.Error()
		}
		switch {
		case err == nil, errors.Is(err, context.DeadlineExceeded), errors.Is(err, nats.ErrTimeout),
			errors.Is(err, js.ErrNoMessages):
			delay = 100 * time.Millisecond
		case errors.Is(err, nats.ErrConnectionClosed), errors.Is(err, js.ErrConnectionClosed):
			return
		default:
			// A cut connection or a deleted consumer: ask again later.
			o.Logger.Warn("pull failed, retrying", "consumer", o.Consumer, "error", err)
			p.mu.Lock()
			stopping := p.stopping
			p.mu.Unlock()
			if stopping {
				return
			}
			t := time.NewTimer(delay)
			select {
			case <-t.C:
			case <-p.room: // stopping, or a job was taken: try at once
			}
			t.Stop()
			delay = min(2*delay, 5*time.Second)
		}
	}
}

// renew keeps the buffered jobs' reservations alive, every AckWait/3 as
// the jobs being run (see Queue.ackFunc), until the pull loop has ended.
// It renews a copy of the buffer, so that a slow connection never holds
// up take and push.
func (p *prefetcher) renew() {
	t := time.NewTicker(p.q.opts.AckWait / 3)
	defer t.Stop()
	var buf []js.Msg
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
			p.mu.Lock()
			buf = append(buf[:0], p.buf...)
			p.mu.Unlock()
			for _, m := range buf {
				_ = m.InProgress() // a lost renewal only risks a duplicate run
			}
			clear(buf) // hold no message past its turn
		}
	}
}

func (p *prefetcher) push(m js.Msg) {
	p.mu.Lock()
	p.buf = append(p.buf, m)
	p.mu.Unlock()
	signal(p.ready)
}

// take returns the oldest buffered job, waiting for one until ctx is done
// or the prefetcher has stopped (pipeline.ErrClosed).
func (p *prefetcher) take(ctx context.Context) (js.Msg, error) {
	for {
		p.mu.Lock()
		if len(p.buf) > 0 {
			m := p.buf[0]
			p.buf[0] = nil
			p.buf = p.buf[1:]
			more := len(p.buf) > 0
			p.mu.Unlock()
			signal(p.room)
			if more {
				signal(p.ready) // for the next waiting receiver
			}
			return m, nil
		}
		p.mu.Unlock()
		select {
		case <-p.ready:
		case <-p.done:
			return nil, pipeline.ErrClosed
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// stop ends the pull loop, waiting at most wait for a pull in flight, and
// gives back (negatively acknowledges) every job still buffered, so that
// other workers get them at once rather than after AckWait.
func (p *prefetcher) stop(wait time.Duration) {
	p.mu.Lock()
	p.stopping = true
	p.mu.Unlock()
	signal(p.room)
	select {
	case <-p.done:
	case <-time.After(wait):
	}
	p.mu.Lock()
	buf := p.buf
	p.buf = nil
	p.mu.Unlock()
	for _, m := range buf {
		_ = m.Nak() // else it is redelivered after AckWait
	}
}
