// Package integration finds the real servers that storyline's integration
// tests run against — PostgreSQL and NATS with JetStream — and gives each
// test a place of its own on them.
//
// A server is taken from STORYLINE_TEST_POSTGRES_URL or
// STORYLINE_TEST_NATS_URL when set; otherwise from its default port on
// 127.0.0.1 when something answers there. A test is skipped, with a message
// saying how to run it, only when no server can be reached.
package integration

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

const (
	localPostgres = "127.0.0.1:5432"
	localNATS     = "127.0.0.1:4222"
)

// PostgresURL returns the PostgreSQL database to test against.
func PostgresURL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("STORYLINE_TEST_POSTGRES_URL"); u != "" {
		return u
	}
	skipUnlessAnswers(t, localPostgres, "PostgreSQL", "STORYLINE_TEST_POSTGRES_URL", "run one on "+localPostgres)
	return "postgres://postgres@" + localPostgres + "/test?sslmode=disable"
}

// NATSURL returns the NATS server (with JetStream) to test against.
func NATSURL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("STORYLINE_TEST_NATS_URL"); u != "" {
		return u
	}
	skipUnlessAnswers(t, localNATS, "NATS", "STORYLINE_TEST_NATS_URL", "run nats-server -js on "+localNATS)
	return "nats://" + localNATS
}

// NewSchemaName returns a fresh schema name starting with prefix, unlikely
// to collide with any other test run's.
func NewSchemaName(prefix string) string {
	b := make([]byte, 6)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// DropSchemaAtCleanup drops schema from the database at url when t ends.
func DropSchemaAtCleanup(t testing.TB, url, schema string) {
	t.Helper()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Logf("cleanup: drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Logf("cleanup: drop schema %s: %v", schema, err)
		}
	})
}

// PostgresSchemaURL creates a fresh schema in the test database and returns
// a URL whose search_path is that schema; the schema is dropped when t ends.
func PostgresSchemaURL(t testing.TB, prefix string) string {
	t.Helper()
	base := PostgresURL(t)
	schema := NewSchemaName(prefix)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect %s: %v", base, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	DropSchemaAtCleanup(t, base, schema)
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

func skipUnlessAnswers(t testing.TB, addr, what, env, how string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 500*time.Millisecond)
	if err != nil {
		t.Skipf("no %s server: set %s or %s (%v)", what, env, how, err)
	}
	c.Close()
}
