# Developer targets; CI runs .ci/run, which calls the same test command.
GO ?= go

.PHONY: build test lint fuzz bench integration-test

build:
	$(GO) build -o bin/storyline ./cmd/storyline

test:
	$(GO) test ./...

lint:
	test -z "$$(gofmt -l $$(git ls-files '*.go'))"
	$(GO) vet ./...

# Short fuzz runs of every parser; longer runs are for hunting, not for CI.
fuzz:
	@for pkg in $$($(GO) list ./internal/...); do \
		for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "$$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime 20s $$pkg || exit 1; \
		done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...
