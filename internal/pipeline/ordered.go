// Package pipeline is how storyline's stages are run over a stream of
// inputs. In one process, Ordered runs them in parallel over the cores and
// delivers the results in input order. Across processes, Job, Publisher and
// Receiver are the contract with a job queue (internal/jetstream implements
// it over NATS JetStream): at-least-once delivery with explicit
// acknowledgement, Permanent errors for poison inputs, and ErrClosed and
// ErrTooLarge for the queue's own refusals.
package pipeline

import (
	"context"
	"runtime"
	"sync"
)

// Ordered calls work on every value produced by source, using up to workers
// goroutines (runtime.GOMAXPROCS(0) when workers < 1), and calls emit with
// the results in the order source produced the values.
//
// At most a small multiple of workers values are in flight, so memory stays
// bounded however long the stream. Ordered returns the first error from
// source or emit, or ctx.Err() when ctx is done; work itself cannot fail:
// a per-item failure belongs in the result.
func Ordered[In, Out any](ctx context.Context, workers int,
	source func(yield func(In) error) error,
	work func(In) Out,
	emit func(Out) error,
) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		in  In
		out chan Out
	}
	jobs := make(chan job)
	// pending holds each job's result channel in input order; its capacity
	// bounds how far the workers may run ahead of emit.
	pending := make(chan chan Out, 4*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- work(j.in)
			}
		}()
	}

	srcErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		srcErr <- source(func(in In) error {
			out := make(chan Out, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{in: in, out: out}:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()

	var emitErr error
	for out := range pending {
		select {
		case r := <-out:
			if emitErr == nil {
				if emitErr = emit(r); emitErr != nil {
					cancel()
				}
			}
		case <-ctx.Done():
			if emitErr == nil {
				emitErr = ctx.Err()
			}
		}
	}
	wg.Wait()
	if err := <-srcErr; err != nil && emitErr == nil {
		return err
	}
	return emitErr
}
