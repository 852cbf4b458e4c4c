package pipeline

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestOrderedKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		var got []int
		err := Ordered(context.Background(), workers,
			func(yield func(int) error) error {
				for i := range 100 {
					if err := yield(i); err != nil {
						return err
					}
				}
				return nil
			},
			func(i int) int {
				// Later items finish first, so order must come from Ordered.
				time.Sleep(time.Duration(100-i) * time.Microsecond)
				return i * i
			},
			func(v int) error { got = append(got, v); return nil })
		if err != nil {
			t.Fatalf("workers=%d: Ordered = %v", workers, err)
		}
		if len(got) != 100 {
			t.Fatalf("workers=%d: got %d results; want 100", workers, len(got))
		}
		for i, v := range got {
			if v != i*i {
				t.Fatalf("workers=%d: result %d = %d; want %d", workers, i, v, i*i)
			}
		}
	}
}

func TestOrderedStopsOnEmitError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Ordered(context.Background(), 2,
		func(yield func(int) error) error {
			for i := 0; ; i++ {
				if err := yield(i); err != nil {
					return err
				}
			}
		},
		func(i int) int { return i },
		func(int) error {
			n++
			if n == 10 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Fatalf("Ordered = %v; want %v", err, stop)
	}
}
