package crawl

import (
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// retryableStatus reports whether an HTTP status is worth retrying: 429 Too
// Many Requests, 408 Request Timeout and the transient 5xx codes.
func retryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusRequestTimeout,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// retryableError reports whether a transport error is transient: timeouts,
// stalled reads, connection resets and truncated responses. Refused
// connections and DNS failures are not retried.
func retryableError(err error) bool {
	if errors.Is(err, ErrTimeout) || errors.Is(err, ErrStalled) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.ErrUnexpectedEOF) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// backoff returns the wait before retry number attempt (0 for the first
// retry): exponential growth from base, capped at maxWait, with "equal
// jitter" (half fixed, half random) as described in the AWS Architecture
// Blog post "Exponential Backoff And Jitter" (Brooker, 2015), so that many
// clients retrying at once spread out.
func backoff(attempt int, base, maxWait time.Duration) time.Duration {
	d := base
	for i := 0; i < attempt && d < maxWait; i++ {
		d *= 2
	}
	if d > maxWait {
		d = maxWait
	}
	half := d / 2
	if half <= 0 {
		return d
	}
	return half + rand.N(half+1)
}

// parseRetryAfter parses a Retry-After header (RFC 9110 §10.2.3): either
// delay-seconds or an HTTP-date. It returns the wait from now, and false
// when the header is absent or malformed.
func parseRetryAfter(value string, now time.Time) (time.Duration, bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(value, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > 1<<31 {
			secs = 1 << 31
		}
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(value); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}
