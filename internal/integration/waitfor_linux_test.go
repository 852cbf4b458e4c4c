//go:build linux

package integration

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWaitFor checks that waitFor trusts ready only while the server runs:
// a server that exited (it could not bind its port) is not ready even when
// something else answers on the port.
func TestWaitFor(t *testing.T) {
	exited := make(chan struct{})
	close(exited)
	running := make(chan struct{})
	tests := []struct {
		name    string
		exited  chan struct{}
		ready   func() error
		wantErr bool
	}{
		{"running and ready", running, func() error { return nil }, false},
		{"exited, port answered by another", exited, func() error { return nil }, true},
		{"exited, nothing answers", exited, func() error { return errors.New("refused") }, true},
		{"running, never ready", running, func() error { return errors.New("refused") }, true},
	}
	for _, tt := range tests {
		err := waitFor(200*time.Millisecond, tt.exited, tt.ready)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: waitFor = %v; want error %v", tt.name, err, tt.wantErr)
		}
	}
}

// TestSweepPostgresDirs: old leftovers are removed; a recent directory and
// one whose server still runs are kept.
func TestSweepPostgresDirs(t *testing.T) {
	tmp := t.TempDir()
	mk := func(name string, age time.Duration, pid int) string {
		dir := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
			t.Fatal(err)
		}
		if pid != 0 {
			if err := os.WriteFile(filepath.Join(dir, "data", "postmaster.pid"), fmt.Appendf(nil, "%d\n/some/dir\n", pid), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		old := time.Now().Add(-age)
		if err := os.Chtimes(dir, old, old); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	left := mk("storyline-pg-left", time.Hour, 0)
	deadServer := mk("storyline-pg-dead", time.Hour, 1<<22+12345) // above pid_max's default: no such process
	running := mk("storyline-pg-running", time.Hour, os.Getpid())
	recent := mk("storyline-pg-recent", time.Minute, 0)
	other := mk("other-old", time.Hour, 0)
	sweepPostgresDirs(tmp, 30*time.Minute)
	for dir, want := range map[string]bool{left: false, deadServer: false, running: true, recent: true, other: true} {
		_, err := os.Stat(dir)
		if got := err == nil; got != want {
			t.Errorf("%s kept = %v; want %v", filepath.Base(dir), got, want)
		}
	}
}
