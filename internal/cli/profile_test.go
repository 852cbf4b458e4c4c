package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-dev/storyline/internal/cli"
)

// TestCPUProfile checks that --cpuprofile writes a profile for a command
// that succeeds and for one that fails, and that a path it cannot create
// is an error naming it.
func TestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "p.html")
	if err := os.WriteFile(page, []byte("<html><head><title>Harbour talks</title></head><body><article><p>Talks resumed in Port Avel on Monday, the envoy said.</p></article></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"command succeeds", []string{"extract", page}, 0},
		{"command fails", []string{"extract", filepath.Join(dir, "missing.html")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prof := filepath.Join(t.TempDir(), "cpu.pprof")
			var out, errb bytes.Buffer
			args := append([]string{"--cpuprofile", prof}, tt.args...)
			if code := cli.Main(context.Background(), args, strings.NewReader(""), &out, &errb); code != tt.wantCode {
				t.Fatalf("exit %d; want %d (stderr: %s)", code, tt.wantCode, errb.String())
			}
			fi, err := os.Stat(prof)
			if err != nil {
				t.Fatalf("no profile written: %v", err)
			}
			if fi.Size() == 0 {
				t.Error("the profile is empty: it was not stopped and flushed")
			}
		})
	}
	t.Run("path cannot be created", func(t *testing.T) {
		bad := filepath.Join(dir, "no", "such", "dir", "cpu.pprof")
		var out, errb bytes.Buffer
		code := cli.Main(context.Background(), []string{"--cpuprofile", bad, "version"}, strings.NewReader(""), &out, &errb)
		if code == 0 {
			t.Fatal("exit 0; want an error for a profile path that cannot be created")
		}
		if !strings.Contains(errb.String(), bad) {
			t.Errorf("error %q does not name the path %s", errb.String(), bad)
		}
	})
}
