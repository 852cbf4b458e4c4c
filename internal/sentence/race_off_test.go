//go:build !race

package sentence

// timeScale stretches the time bounds of the linear-time tests under the
// race detector; without it the bounds hold as written.
const timeScale = 1
