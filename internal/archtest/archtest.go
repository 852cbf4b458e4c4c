// Package archtest holds tests that guard storyline's architecture: the
// one-way flow of dependencies (ingest → extract → analyse → store → serve)
// and the documentation every package must carry. It has no code of its own.
package archtest
