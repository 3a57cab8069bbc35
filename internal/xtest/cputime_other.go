//go:build !unix

package xtest

import "time"

var start = time.Now()

// CPUTime returns the wall-clock time since the program started: CPU
// time is not measured here.
func CPUTime() time.Duration { return time.Since(start) }
