import FuzzerDriver
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// SwiftPM links every executable with `--defsym main=maturity_fuzz_main` (its entry point is
// renamed so that tests can import it), so with `-parse-as-library` the link fails on an
// undefined `maturity_fuzz_main`, and libFuzzer's own `main` is never reached either way. This
// file is that renamed main: it hands the command line to libFuzzer's driver.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return 0 }
    return fuzz(UnsafeRawPointer(data), size)
}
exit(status)
