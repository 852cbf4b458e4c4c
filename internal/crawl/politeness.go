package crawl

import (
	"context"
	"sync"
	"time"
)

// politeness spaces out and bounds the requests made to each host: at most
// perHost requests in flight, request starts at least the host's interval
// apart, and no start sooner than the interval after the last answer. The interval is the configured minimum, raised by the
// host's robots.txt Crawl-delay; a Retry-After or a backoff pushes the next
// start further out. It is safe for concurrent use.
type politeness struct {
	now      func() time.Time
	sleep    func(context.Context, time.Duration) error
	interval time.Duration
	perHost  int
	maxDelay time.Duration

	mu    sync.Mutex
	gates map[string]*hostGate
}

// hostGate is the state kept for one host.
type hostGate struct {
	slots     chan struct{}
	mu        sync.Mutex
	next      time.Time // earliest start of the next reservation
	notBefore time.Time // no request starts before this (answers, Retry-After)
	interval  time.Duration
}

func newPoliteness(now func() time.Time, sleep func(context.Context, time.Duration) error, interval time.Duration, perHost int, maxDelay time.Duration) *politeness {
	return &politeness{now: now, sleep: sleep, interval: interval, perHost: perHost, maxDelay: maxDelay, gates: map[string]*hostGate{}}
}

func (p *politeness) gate(host string) *hostGate {
	p.mu.Lock()
	defer p.mu.Unlock()
	g := p.gates[host]
	if g == nil {
		g = &hostGate{slots: make(chan struct{}, p.perHost), interval: p.interval}
		p.gates[host] = g
	}
	return g
}

// acquire blocks until a request to host may start, and returns the function
// that releases the host's concurrency slot once the response is read.
func (p *politeness) acquire(ctx context.Context, host string) (release func(), err error) {
	g := p.gate(host)
	select {
	case g.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	g.mu.Lock()
	now := p.now()
	start := g.next
	if start.Before(now) {
		start = now
	}
	g.next = start.Add(g.interval)
	g.mu.Unlock()
	for wait := start.Sub(now); ; {
		if wait > 0 {
			if err := p.sleep(ctx, wait); err != nil {
				<-g.slots
				return nil, err
			}
		}
		// While this request waited, an answer or a Retry-After may have
		// pushed the host's earliest start further out.
		g.mu.Lock()
		wait = g.notBefore.Sub(p.now())
		g.mu.Unlock()
		if wait <= 0 {
			return func() { <-g.slots }, nil
		}
	}
}

// setCrawlDelay raises host's interval to d (capped at maxDelay) when d is
// longer than the configured minimum.
func (p *politeness) setCrawlDelay(host string, d time.Duration) {
	if p.maxDelay > 0 && d > p.maxDelay {
		d = p.maxDelay
	}
	g := p.gate(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	if d > g.interval {
		// The reservation already made used the old interval; move it.
		g.next = g.next.Add(d - g.interval)
		g.interval = d
	}
}

// done records that a request to host got its answer (or failed) at t.
// The next request starts no sooner than the interval after that, so the
// spacing the server sees holds even when a request took long to arrive
// (connection set-up, a loaded machine): the server saw the request before
// it answered.
func (p *politeness) done(host string, t time.Time) {
	g := p.gate(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.hold(t.Add(g.interval))
}

// holdUntil keeps every request to host from starting before t.
func (p *politeness) holdUntil(host string, t time.Time) {
	g := p.gate(host)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.hold(t)
}

// hold keeps requests from starting before t; g.mu must be held.
func (g *hostGate) hold(t time.Time) {
	if t.After(g.notBefore) {
		g.notBefore = t
	}
	if t.After(g.next) {
		g.next = t
	}
}
