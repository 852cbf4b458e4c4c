package jetstream

import (
	"encoding/binary"
	"testing"
)

// TestGunzippedSize checks the size hint read from a gzip trailer, including
// forged trailers: a value above what fits in an int32 must give 0, not a
// negative size (make would panic on a 32-bit build; run with GOARCH=386).
func TestGunzippedSize(t *testing.T) {
	member := func(n int, size uint32) []byte {
		z := make([]byte, n)
		binary.LittleEndian.PutUint32(z[n-4:], size)
		return z
	}
	tests := []struct {
		name string
		z    []byte
		want int
	}{
		{"too short", make([]byte, 17), 0},
		{"plain", member(100, 5000), 5000},
		{"zero", member(100, 0), 0},
		{"beyond deflate's ratio", member(100, 1032*100+1), 0},
		{"at deflate's ratio", member(100, 1032*100), 1032 * 100},
		{"above maxDecoded", member(1<<20, maxDecoded+1), 0},
		{"top bit set", member(100, 0x80000000), 0},
		{"all ones", member(100, 0xFFFFFFFF), 0},
	}
	for _, tt := range tests {
		if got := gunzippedSize(tt.z); got != tt.want {
			t.Errorf("%s: gunzippedSize = %d, want %d", tt.name, got, tt.want)
		}
	}
}
