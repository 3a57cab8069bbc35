// Command bntext repairs, normalizes, converts and romanizes Bengali text.
// Run 'bntext help' for the commands.
package main

import (
	"os"

	"github.com/bntext/bntext/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
