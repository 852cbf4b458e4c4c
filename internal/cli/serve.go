package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline-dev/storyline/internal/api"
	"github.com/storyline-dev/storyline/internal/indexer"
	"github.com/storyline-dev/storyline/internal/ingest"
	"github.com/storyline-dev/storyline/internal/store"
	"github.com/storyline-dev/storyline/internal/web"
)

// serveOptions configures the HTTP server of serve and demo.
type serveOptions struct {
	addr  string
	lan   bool
	token string
	// ready, when set, is called with the URL once the server listens.
	ready func(url string)
}

func newServeCmd(e *env) *cobra.Command {
	var (
		db   string
		opts serveOptions
	)
	cmd := &cobra.Command{
		Use:   "serve --db PATH [--addr HOST:PORT]",
		Short: "Serve the web UI and the JSON API from a store",
		Long: `serve answers the web UI at / and the JSON API under /api/ from the store
at --db. It listens on 127.0.0.1:8080 unless --addr says otherwise, and
answers only clients on this machine unless --lan opens reading to the local
network (private address ranges).

Writing (POST /api/ingest) needs a bearer token, given with --token or the
STORYLINE_TOKEN environment variable; without one, writing is disabled, and
a --db file that does not exist is an error rather than a new empty store.`,
		Example: `  storyline serve --db news.db
  STORYLINE_TOKEN=s3cret storyline serve --db news.db --addr 0.0.0.0:8080 --lan`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if opts.token == "" {
				opts.token = os.Getenv("STORYLINE_TOKEN")
			}
			// With a token, pages can be posted: a new store may start empty.
			open := openExisting
			if opts.token != "" {
				open = func(ctx context.Context, db string) (store.Store, error) { return openStore(ctx, db, false) }
			}
			st, err := open(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			if opts.lan && !cmd.Flags().Changed("addr") {
				// Opening reads to the network means listening on it too.
				opts.addr = "0.0.0.0:8080"
			}
			opts.ready = func(url string) { fmt.Fprintf(e.stderr, "storyline: serving %s at %s\n", db, url) }
			return e.serve(ctx, st, opts)
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "the store: a SQLite file made by ingest, or a postgres:// URL")
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().BoolVar(&opts.lan, "lan", false, "answer read requests from the local network too (listens on 0.0.0.0:8080 unless --addr is given)")
	cmd.Flags().StringVar(&opts.token, "token", "", "bearer token required by write endpoints (default $STORYLINE_TOKEN)")
	_ = cmd.MarkFlagRequired("db")
	return cmd
}

// handler builds the whole HTTP handler: UI, API and access control.
func (e *env) handler(st store.Store, opts serveOptions) (http.Handler, error) {
	mux := http.NewServeMux()
	ui, err := web.New(st, web.Options{Log: e.log})
	if err != nil {
		return nil, err
	}
	ui.Register(mux)
	hi := &httpIngester{st: st}
	api.New(st, api.Options{Ingest: hi.ingest, Token: opts.token, Log: e.log}).Register(mux)
	return api.Access{LAN: opts.lan}.Wrap(web.Secure(mux)), nil
}

// serve listens on opts.addr and serves until ctx is done.
func (e *env) serve(ctx context.Context, st store.Store, opts serveOptions) error {
	h, err := e.handler(st, opts)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", opts.addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	url := "http://" + ln.Addr().String() + "/"
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		url = fmt.Sprintf("http://127.0.0.1:%d/", tcp.Port)
	}
	if opts.ready != nil {
		opts.ready(url)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shut down server: %w", err)
	}
	return nil
}

// httpIngester stores pages posted to the API, one request at a time.
type httpIngester struct {
	st store.Store
	mu sync.Mutex
	ix *indexer.Indexer
}

func (h *httpIngester) ingest(ctx context.Context, body io.Reader, contentType, id, url string) ([]api.IngestResult, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ix == nil {
		stages, err := analysisStages(time.Now())
		if err != nil {
			return nil, err
		}
		ix := indexer.New(h.st, stages)
		if _, err := ix.Restore(ctx); err != nil {
			return nil, err
		}
		h.ix = ix
	}
	var items []ingest.Item
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "ndjson") || strings.Contains(ct, "jsonl") {
		err := ingest.ReadJSONL(ctx, body, "api", func(it ingest.Item) error {
			items = append(items, it)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%w: %w", api.ErrBadInput, err)
		}
	} else {
		if id == "" && url == "" {
			return nil, fmt.Errorf("%w: an HTML page needs ?id= or ?url=", api.ErrBadInput)
		}
		b, err := io.ReadAll(io.LimitReader(body, ingest.MaxPageSize+1))
		if err != nil {
			return nil, fmt.Errorf("%w: read page: %w", api.ErrBadInput, err)
		}
		if len(bytes.TrimSpace(b)) == 0 {
			return nil, fmt.Errorf("%w: empty page", api.ErrBadInput)
		}
		if id == "" {
			id = url
		}
		kind := ingest.KindHTML
		if strings.HasPrefix(ct, "text/plain") {
			kind = ingest.KindText
		}
		items = append(items, ingest.Item{ID: id, Source: "api", URL: url, Kind: kind, Body: b, ContentType: contentType})
	}
	var out []api.IngestResult
	for _, it := range items {
		res, err := h.ix.Commit(ctx, h.ix.Prepare(ctx, pageOf(it)))
		r := api.IngestResult{ID: it.ID}
		switch {
		case errors.Is(err, indexer.ErrFailed):
			r.Error = err.Error()
		case err != nil:
			return out, err
		default:
			r.Result = res.String()
		}
		out = append(out, r)
	}
	if err := h.ix.Flush(ctx); err != nil {
		return out, err
	}
	return out, nil
}
