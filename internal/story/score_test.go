package story

import (
	"math"
	"testing"
)

// storyOf builds a story whose centroid is the sum of the given unit
// vectors (term ID -> weight), as join builds it.
func storyOf(members ...map[int32]float64) *story {
	s := &story{centroid: map[int32]float64{}, rec: newRecorder()}
	for _, m := range members {
		for t, w := range m {
			s.centroid[t] += w
		}
		s.rec.size++
	}
	var n2 float64
	for _, w := range s.centroid {
		n2 += w * w
	}
	s.norm = math.Sqrt(n2)
	return s
}

func TestStoryScore(t *testing.T) {
	e := func(i int32) map[int32]float64 { return map[int32]float64{i: 1} }
	same := make([]map[int32]float64, 0, 50)
	broad := make([]map[int32]float64, 0, 50)
	for i := range int32(50) {
		same = append(same, e(1))
		broad = append(broad, e(i))
	}
	for _, tc := range []struct {
		name  string
		s     *story
		dot   float64 // article e(1) against the centroid
		score float64
	}{
		// One member: the score is the cosine between the two articles.
		{"one member", storyOf(e(1)), 1, 1},
		// Copies of one article: as alike as one member, whatever their number.
		{"50 copies", storyOf(same...), 50, 1},
		// 50 unrelated members, one of them the article: the cosine to the
		// centroid would be 1/sqrt(50) = 0.141; the mean cosine to the
		// members is 1/50; the score is their geometric mean, 50^-3/4.
		{"50 unrelated", storyOf(broad...), 1, math.Pow(50, -0.75)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.dot * tc.s.scale(); math.Abs(got-tc.score) > 1e-9 {
				t.Errorf("score %.6f, want %.6f", got, tc.score)
			}
		})
	}
}

func TestCentroidCosineRest(t *testing.T) {
	for _, tc := range []struct {
		name      string
		a, b      map[int32]float64
		cos, rest float64
	}{
		// Alike in one term only ("black" in Black Friday and Black Nativity).
		{"one shared term", map[int32]float64{1: 3, 2: 4}, map[int32]float64{1: 3, 3: 4}, 9.0 / 25, 0},
		{"two shared terms", map[int32]float64{1: 3, 2: 4}, map[int32]float64{1: 3, 2: 4}, 1, 9.0 / 25},
		{"nothing shared", map[int32]float64{1: 1}, map[int32]float64{2: 1}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cos, rest := centroidCosine(storyOf(tc.a), storyOf(tc.b))
			if math.Abs(cos-tc.cos) > 1e-9 || math.Abs(rest-tc.rest) > 1e-9 {
				t.Errorf("cosine %.4f, without the top term %.4f; want %.4f, %.4f", cos, rest, tc.cos, tc.rest)
			}
		})
	}
}
