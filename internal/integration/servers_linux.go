//go:build linux

package integration

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Private servers. A test that restarts a server for real (kill -9 of
// nats-server, an immediate shutdown of PostgreSQL) cannot do it to the
// shared ones on the default ports, which other tests and packages use at
// the same time; it starts servers of its own instead, on free loopback
// ports, with their data in a temporary directory. They die with the test
// process (a parent-death signal) and are stopped and removed when the test
// ends.

// startTimeout bounds how long a private server may take to answer.
const startTimeout = 30 * time.Second

// NATSServer is a private nats-server with JetStream, which a test may kill
// and start again on the same port and store directory.
type NATSServer struct {
	t    testing.TB
	bin  string
	dir  string
	port int

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// StartNATS starts a private nats-server with JetStream on a free loopback
// port; it is killed when t ends. The test is skipped when no nats-server
// binary is found (STORYLINE_TEST_NATS_SERVER, PATH, /usr/sbin).
func StartNATS(t testing.TB) *NATSServer {
	t.Helper()
	bin := os.Getenv("STORYLINE_TEST_NATS_SERVER")
	if bin == "" {
		bin = lookPath("nats-server", "/usr/sbin/nats-server", "/usr/local/bin/nats-server")
	}
	if bin == "" {
		t.Skip("no nats-server binary for a private NATS server: install nats-server or set STORYLINE_TEST_NATS_SERVER")
	}
	s := &NATSServer{t: t, bin: bin, dir: t.TempDir(), port: freePort(t)}
	t.Cleanup(s.Kill)
	s.Start()
	return s
}

// URL is the server's client URL.
func (s *NATSServer) URL() string { return "nats://" + s.addr() }

func (s *NATSServer) addr() string { return "127.0.0.1:" + strconv.Itoa(s.port) }

// Start starts the server (again), on the same port and store directory,
// and returns once it accepts clients. It fails the test if it cannot.
func (s *NATSServer) Start() {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		s.t.Fatalf("nats-server on %s: already running", s.addr())
	}
	logf, err := os.OpenFile(filepath.Join(s.dir, "nats-server.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		s.t.Fatal(err)
	}
	defer logf.Close()
	cmd := exec.Command(s.bin, "-a", "127.0.0.1", "-p", strconv.Itoa(s.port), "-js", "-sd", filepath.Join(s.dir, "store"))
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("start %s: %v", s.bin, err)
	}
	s.cmd, s.done = cmd, make(chan struct{})
	go func(done chan struct{}) { cmd.Wait(); close(done) }(s.done)
	if err := waitFor(startTimeout, s.done, func() error {
		c, err := net.DialTimeout("tcp", s.addr(), time.Second)
		if err != nil {
			return err
		}
		defer c.Close()
		c.SetReadDeadline(time.Now().Add(time.Second))
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil || !strings.HasPrefix(line, "INFO ") {
			return fmt.Errorf("no INFO greeting (%q, %v)", line, err)
		}
		return nil
	}); err != nil {
		s.t.Fatalf("nats-server on %s did not come up: %v\n%s", s.addr(), err, tail(filepath.Join(s.dir, "nats-server.log")))
	}
}

// Kill kills the server with SIGKILL, as a crash would, and waits for it to
// exit. It does nothing when the server is not running.
func (s *NATSServer) Kill() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.done
	s.cmd = nil
}

// PostgresServer is a private PostgreSQL cluster, which a test may stop
// (as a crash would) and start again on the same port and data directory.
type PostgresServer struct {
	t    testing.TB
	bin  string // directory of initdb and postgres
	dir  string // socket directory; the cluster is in dir/data
	port int
	cred *syscall.Credential // the postgres user when running as root

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// StartPostgres creates a private PostgreSQL cluster (initdb, trust
// authentication for the postgres user) in a temporary directory, starts it
// on a free loopback port and returns once it accepts connections; it is
// stopped and removed when t ends. Run as root, the server runs as the
// postgres user, since PostgreSQL refuses to run as root. The test is
// skipped when no PostgreSQL binaries are found (STORYLINE_TEST_POSTGRES_BIN,
// the newest /usr/lib/postgresql/*/bin, or initdb on PATH) or, as root,
// there is no postgres user.
func StartPostgres(t testing.TB) *PostgresServer {
	t.Helper()
	bin := postgresBinDir()
	if bin == "" {
		t.Skip("no PostgreSQL server binaries (initdb, postgres) for a private server: install them or set STORYLINE_TEST_POSTGRES_BIN")
	}
	s := &PostgresServer{t: t, bin: bin, port: freePort(t)}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Skipf("running as root and no postgres user to run a private PostgreSQL server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	sweepPostgresDirs(os.TempDir(), staleAfter)
	// Not t.TempDir: its parent directories are private to root, and the
	// server, run as postgres, must reach its data and socket directory.
	dir, err := os.MkdirTemp("", "storyline-pg-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if s.cred != nil {
		if err := os.Chown(dir, int(s.cred.Uid), int(s.cred.Gid)); err != nil {
			t.Fatal(err)
		}
	}
	s.dir = dir
	initdb := s.command(filepath.Join(bin, "initdb"), "-D", s.dataDir(), "-U", "postgres",
		"-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
	if out, err := initdb.CombinedOutput(); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	t.Cleanup(s.Crash)
	s.Start()
	return s
}

func postgresBinDir() string {
	if d := os.Getenv("STORYLINE_TEST_POSTGRES_BIN"); d != "" {
		return d
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if isFile(filepath.Join(d, "initdb")) && isFile(filepath.Join(d, "postgres")) {
			return d
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil && isFile(filepath.Join(filepath.Dir(p), "postgres")) {
		return filepath.Dir(p)
	}
	return ""
}

// version is the major version in /usr/lib/postgresql/VERSION/bin.
func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func (s *PostgresServer) dataDir() string { return filepath.Join(s.dir, "data") }

// command returns a command that runs as the server's user.
func (s *PostgresServer) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = s.dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	return cmd
}

// URL is a connection URL for the server's postgres database.
func (s *PostgresServer) URL() string {
	return "postgres://postgres@127.0.0.1:" + strconv.Itoa(s.port) + "/postgres?sslmode=disable"
}

// Start starts the server (again) on the same port and data directory, and
// returns once it accepts connections, after crash recovery if it was
// stopped with Crash. It fails the test if it cannot.
func (s *PostgresServer) Start() {
	s.t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		s.t.Fatalf("postgres on port %d: already running", s.port)
	}
	logPath := filepath.Join(s.dir, "postgres.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		s.t.Fatal(err)
	}
	defer logf.Close()
	// fsync=off: a crash of the server process (not of the machine) loses
	// nothing the kernel has, and the test runs faster.
	cmd := s.command(filepath.Join(s.bin, "postgres"), "-D", s.dataDir(), "-p", strconv.Itoa(s.port),
		"-k", s.dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200")
	cmd.Stdout, cmd.Stderr = logf, logf
	// SIGQUIT is PostgreSQL's immediate shutdown: should the test process
	// die, the server and its backends go with it.
	cmd.SysProcAttr.Pdeathsig = syscall.SIGQUIT
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("start postgres: %v", err)
	}
	s.cmd, s.done = cmd, make(chan struct{})
	go func(done chan struct{}) { cmd.Wait(); close(done) }(s.done)
	if err := waitFor(startTimeout, s.done, func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, s.URL())
		if err != nil {
			return err
		}
		return c.Close(ctx)
	}); err != nil {
		s.t.Fatalf("postgres on port %d did not come up: %v\n%s", s.port, err, tail(logPath))
	}
}

// Crash stops the server with an immediate shutdown (what pg_ctl -m
// immediate does: SIGQUIT to the postmaster, which kills every backend at
// once without a checkpoint, so the next start runs crash recovery) and
// waits for it to exit. It does nothing when the server is not running.
func (s *PostgresServer) Crash() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGQUIT)
	select {
	case <-s.done:
	case <-time.After(20 * time.Second):
		s.cmd.Process.Signal(syscall.SIGKILL)
		<-s.done
	}
	s.cmd = nil
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// waitFor calls ready until it succeeds, the process behind exited closes,
// or timeout passes.
// staleAfter is the age after which a storyline-pg-* directory whose
// server is not running is taken for the leftover of a killed test run.
const staleAfter = 30 * time.Minute

// sweepPostgresDirs removes the storyline-pg-* directories in tmp left by
// test runs that were killed before their cleanup: those last modified more
// than maxAge ago whose server is not running (no postmaster.pid naming a
// live process). A directory of a running test is kept.
func sweepPostgresDirs(tmp string, maxAge time.Duration) {
	dirs, _ := filepath.Glob(filepath.Join(tmp, "storyline-pg-*"))
	for _, dir := range dirs {
		fi, err := os.Stat(dir)
		if err != nil || !fi.IsDir() || time.Since(fi.ModTime()) < maxAge {
			continue
		}
		if b, err := os.ReadFile(filepath.Join(dir, "data", "postmaster.pid")); err == nil {
			line, _, _ := strings.Cut(string(b), "\n")
			if pid, err := strconv.Atoi(strings.TrimSpace(line)); err == nil && pid > 0 && syscall.Kill(pid, 0) != syscall.ESRCH {
				continue // the server still runs
			}
		}
		os.RemoveAll(dir)
	}
}

func waitFor(timeout time.Duration, exited <-chan struct{}, ready func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		err := ready()
		if err == nil {
			// Ready only counts while our server runs: a server that
			// could not bind its port exits, and ready may then be
			// answered by whoever holds the port.
			select {
			case <-exited:
				return errors.New("the server exited, though something answers on its port")
			case <-time.After(100 * time.Millisecond):
				return nil
			}
		}
		select {
		case <-exited:
			return fmt.Errorf("the server exited (last error: %w)", err)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not ready after %v: %w", timeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func lookPath(name string, fallbacks ...string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	for _, p := range fallbacks {
		if isFile(p) {
			return p
		}
	}
	return ""
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// tail returns the last lines of a server's log, for a failure message.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}
