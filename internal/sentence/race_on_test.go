//go:build race

package sentence

// timeScale stretches the time bounds of the linear-time tests under the
// race detector, which slows the code down about tenfold.
const timeScale = 10
