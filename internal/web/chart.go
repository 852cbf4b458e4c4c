package web

import (
	"fmt"
	"time"

	"github.com/storyline-dev/storyline/internal/store"
)

// timeChart is a column chart of document counts over time, drawn as SVG by
// the "timechart" template.
type timeChart struct {
	Width, Height int
	Bars          []bar
	Max           int
	First, Last   string // labels under the first and last column
	Unit          string // "day", "week" or "month"
}

type bar struct {
	X, Y, W, H float64
	Title      string
}

// rowChart is a horizontal bar chart of counts by label (outlets).
type rowChart struct {
	Width, Height int
	Rows          []row
}

type row struct {
	Y, W        float64
	Label, Href string
	Count       int
}

const chartW, chartH = 640, 160

// newTimeChart buckets daily counts by day, week or month so that there are
// at most about 120 columns, filling gaps with zeros.
func newTimeChart(days []store.Count) *timeChart {
	type point struct {
		t time.Time
		n int
	}
	var pts []point
	for _, d := range days {
		t, err := time.Parse("2006-01-02", d.Key)
		if err != nil {
			continue
		}
		pts = append(pts, point{t, d.Count})
	}
	if len(pts) == 0 {
		return nil
	}
	first, last := pts[0].t, pts[len(pts)-1].t
	span := int(last.Sub(first).Hours()/24) + 1
	unit, key := "day", func(t time.Time) time.Time { return t }
	step := func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	switch {
	case span > 120*7:
		unit = "month"
		key = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	case span > 120:
		unit = "week"
		key = func(t time.Time) time.Time { return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) }
		step = func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	}
	counts := map[time.Time]int{}
	for _, p := range pts {
		counts[key(p.t)] += p.n
	}
	var keys []time.Time
	for t := key(first); !t.After(key(last)); t = step(t) {
		keys = append(keys, t)
	}
	c := &timeChart{Width: chartW, Height: chartH, Unit: unit}
	for _, k := range keys {
		c.Max = max(c.Max, counts[k])
	}
	w := float64(chartW) / float64(len(keys))
	plot := float64(chartH - 20)
	for i, k := range keys {
		n := counts[k]
		h := plot * float64(n) / float64(max(c.Max, 1))
		if n > 0 && h < 2 {
			h = 2
		}
		c.Bars = append(c.Bars, bar{X: float64(i) * w, Y: plot - h, W: max(w-1, 1), H: h,
			Title: fmt.Sprintf("%s %s: %s", unit, k.Format("2006-01-02"), plural(n, "document"))})
	}
	c.First, c.Last = keys[0].Format("2 Jan 2006"), keys[len(keys)-1].Format("2 Jan 2006")
	return c
}

// newRowChart draws the largest counts as horizontal bars; href makes each
// row a link.
func newRowChart(counts []store.Count, limit int, href func(key string) string) *rowChart {
	if len(counts) == 0 {
		return nil
	}
	if len(counts) > limit {
		counts = counts[:limit]
	}
	c := &rowChart{Width: 420, Height: 22*len(counts) + 4}
	top := counts[0].Count
	for _, cnt := range counts {
		top = max(top, cnt.Count)
	}
	for i, cnt := range counts {
		c.Rows = append(c.Rows, row{Y: float64(i * 22), W: 1 + 200*float64(cnt.Count)/float64(max(top, 1)),
			Label: cnt.Key, Count: cnt.Count, Href: href(cnt.Key)})
	}
	return c
}
