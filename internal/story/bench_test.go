package story

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time used by the process so far (all threads,
// garbage collection included). On a shared machine it measures cost
// per core better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchStream clusters n synthetic articles (generated in chunks outside
// the timer) and reports throughput, the working set and live heap.
func benchStream(b *testing.B, n int) {
	for b.Loop() {
		b.StopTimer()
		g := newSynth(1, 20_000)
		c := New(Options{})
		chunk := make([]Input, 0, 10_000)
		var clustered, cpu time.Duration
		for done := 0; done < n; {
			chunk = chunk[:0]
			for range min(10_000, n-done) {
				chunk = append(chunk, g.next())
			}
			b.StartTimer()
			start, startCPU := time.Now(), cpuTime()
			for _, in := range chunk {
				c.Add(in)
			}
			clustered += time.Since(start)
			cpu += cpuTime() - startCPU
			b.StopTimer()
			done += len(chunk)
		}
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(n)/clustered.Seconds(), "articles/s")
		b.ReportMetric(float64(clustered.Nanoseconds())/float64(n), "ns/article")
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
		b.ReportMetric(float64(c.OpenStories()), "open-stories")
		b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "MB-heap")
		b.StartTimer()
	}
}

// BenchmarkStream shows the cost per article staying flat as the stream
// grows: 20,000 articles a day, stories closing after 30 quiet days.
func BenchmarkStream(b *testing.B) {
	b.Run("n=10k", func(b *testing.B) { benchStream(b, 10_000) })
	b.Run("n=100k", func(b *testing.B) { benchStream(b, 100_000) })
}

// BenchmarkStream1M is the one-million-article run; it takes minutes, so it
// runs only with STORYLINE_BENCH_1M=1.
func BenchmarkStream1M(b *testing.B) {
	if os.Getenv("STORYLINE_BENCH_1M") == "" {
		b.Skip("set STORYLINE_BENCH_1M=1 to run")
	}
	benchStream(b, 1_000_000)
}

// TestHeapPlateau streams 250,000 synthetic articles and logs the live heap
// every 50,000: it must level off once the working set is full. It takes a
// few minutes, so it runs only with STORYLINE_MEM=1.
func TestHeapPlateau(t *testing.T) {
	if os.Getenv("STORYLINE_MEM") == "" {
		t.Skip("set STORYLINE_MEM=1 to run")
	}
	g := newSynth(1, 20_000)
	c := New(Options{})
	var first uint64
	for i := 1; i <= 250_000; i++ {
		c.Add(g.next())
		if i%50_000 == 0 {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			t.Logf("%d articles: live heap %d MB, %d open stories, %d posting entries, %d terms",
				i, ms.HeapInuse>>20, c.OpenStories(), c.posted, c.vocab.size())
			if first == 0 {
				first = ms.HeapInuse
			} else if ms.HeapInuse > 2*first {
				t.Errorf("heap grew from %d MB to %d MB", first>>20, ms.HeapInuse>>20)
			}
		}
	}
}
