import ArgumentParser
import MaturityCommandLine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Our own entry point, so that usage errors exit with 2 as the docs promise (the argument
// parser's default is 64), while help, version and command failures behave as usual.
do {
    var command = try Maturity.parseAsRoot()
    try command.run()
} catch {
    if Maturity.exitCode(for: error) == .validationFailure {
        let message = Maturity.fullMessage(for: error)
        Terminal.writeToStandardError(message + "\n")
        exit(2)
    }
    Maturity.exit(withError: error)
}
