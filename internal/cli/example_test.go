package cli_test

import (
	"os"
	"strings"

	"github.com/bntext/bntext/internal/cli"
)

func ExampleRun() {
	code := cli.Run([]string{"pipe", "--steps", "normalize,digits"}, strings.NewReader("অাজ ১২ জুলাই\n"), os.Stdout, os.Stderr)
	_ = code
	// Output: আজ 12 জুলাই
}
