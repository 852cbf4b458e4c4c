// Package scaleouttest holds the failure drill of the scale-out deployment
// as a test: pages published with "ingest --queue" are drained by worker
// processes into PostgreSQL while a worker is killed with SIGKILL, the NATS
// server is killed and restarted, and PostgreSQL is stopped as by a crash
// and restarted. The servers are private ones the test starts and restarts
// itself (internal/integration), so that the shared servers other tests use
// are left alone. The package has no code of its own besides the test.
package scaleouttest
