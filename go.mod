module github.com/bntext/bntext

go 1.26.0

require (
	github.com/klauspost/compress v1.20.4
	golang.org/x/text v0.44.0
)
