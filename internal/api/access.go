package api

import (
	"net"
	"net/http"
	"net/netip"
)

// Access decides which clients may use the server. Loopback clients always
// may; clients on private, link-local and unique-local networks may when LAN
// is set; others never. Write endpoints additionally need the token.
type Access struct {
	// LAN opens reading to clients on the local network.
	LAN bool
}

// Allowed reports whether a client at remoteAddr ("host:port") may connect.
func (a Access) Allowed(remoteAddr string) bool {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	ip = ip.Unmap()
	if ip.IsLoopback() {
		return true
	}
	return a.LAN && (ip.IsPrivate() || ip.IsLinkLocalUnicast())
}

// Wrap refuses requests from clients that are not allowed.
func (a Access) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !a.Allowed(r.RemoteAddr) {
			http.Error(w, "forbidden: this storyline server only answers its own machine (start it with --lan to open reading to the local network)", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}
