import ArgumentParser
import MaturityCommandLine
import MaturityCore
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
// The arguments as the system gave them: a file name that is not valid UTF-8 keeps its bytes
// (FileSystemName), where CommandLine.arguments would replace them and lose the file.
let arguments = (1..<Int(CommandLine.argc)).compactMap { index in
    CommandLine.unsafeArgv[index].map { FileSystemName.decode(cString: $0) }
}

do {
    var command = try Maturity.parseAsRoot(arguments)
    try command.run()
} catch {
    if Maturity.exitCode(for: error) == .validationFailure {
        let message = Maturity.misspelledCommand(in: arguments).map { "maturity: " + $0 } ?? Maturity.fullMessage(for: error)
        Terminal.writeToStandardError(message + "\n")
        exit(2)
    }
    Maturity.exit(withError: error)
}
