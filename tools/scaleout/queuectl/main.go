// Command queuectl inspects and removes a storyline job queue on NATS
// JetStream, for benchmarks and operations:
//
//	queuectl -name bench1 stats    # pending, in flight, dead letters
//	queuectl -name bench1 dead     # dead letters as JSON lines
//	queuectl -name bench1 delete   # remove the queue's streams
//
// -name selects the streams that "storyline ingest --queue nats://...?name=NAME"
// and "storyline worker" use; without it, the default STORYLINE_JOBS and
// STORYLINE_DEAD.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/storyline-dev/storyline/internal/jetstream"
)

func main() {
	url := flag.String("url", "nats://127.0.0.1:4222", "NATS server")
	name := flag.String("name", "", "queue name (as in --queue ...?name=NAME)")
	flag.Parse()
	if err := run(*url, *name, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "queuectl:", err)
		os.Exit(1)
	}
}

func run(url, name string, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("want one command: stats, dead or delete")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var opts jetstream.Options
	if name != "" {
		var err error
		if opts, err = jetstream.Named(name); err != nil {
			return err
		}
	}
	opts.URL = url
	opts.PublishOnly = true // inspect without touching the workers' consumer
	q, err := jetstream.Open(ctx, opts)
	if err != nil {
		return err
	}
	defer q.Close()
	enc := json.NewEncoder(os.Stdout)
	switch args[0] {
	case "stats":
		s, err := q.Stats(ctx)
		if err != nil {
			return err
		}
		return enc.Encode(map[string]any{"pending": s.Pending, "in_flight": s.InFlight, "redelivered": s.Redelivered, "dead": s.Dead, "bytes": s.Bytes})
	case "dead":
		dead, err := q.DeadLetters(ctx, 0)
		if err != nil {
			return err
		}
		for _, d := range dead {
			d.Job = nil // the page itself is not needed to see what failed
			if err := enc.Encode(d); err != nil {
				return err
			}
		}
		return nil
	case "delete":
		return q.Delete(ctx)
	}
	return fmt.Errorf("unknown command %q: want stats, dead or delete", args[0])
}
