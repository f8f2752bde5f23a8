import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MaturityCommandLine
import MaturityCore

/// `maturity workshop DIR`: reads the options (for `--help` and their checks), then becomes the
/// workshop program, `maturity-workshop`, found beside this one. The SSH server lives there so
/// that its libraries, and the full Foundation they bring, stay out of every participant's
/// assessment, which is this program.
struct WorkshopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: WorkshopOptions.abstract,
        discussion: WorkshopOptions.discussion
    )

    @OptionGroup var options: WorkshopOptions

    func run() throws {
        let me = Self.ownPath()
        let folder = Paths.parent(of: me)
        let candidates = [Paths.appending("maturity-workshop", to: folder),
                          Paths.appending("lib/maturity/maturity-workshop", to: Paths.parent(of: folder)),
                          Paths.appending("libexec/maturity/maturity-workshop", to: Paths.parent(of: folder))]
        guard let program = candidates.first(where: { access($0, X_OK) == 0 }) else {
            // `swift run maturity` builds this program only; `swift build` builds both.
            Terminal.warn("the workshop program is missing: it should be at \(candidates[0]). In a copy of the source, run `swift build` first; otherwise reinstall maturity")
            throw ExitCode(1)
        }
        let given = CommandLine.arguments
        let start = (given.firstIndex(of: "workshop") ?? 0) + 1
        let arguments = [program] + given[start...] + ["--assessment-program", me]
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        pointers.append(nil)
        execv(program, pointers)
        Terminal.warn("cannot start the workshop program \(program): \(String(cString: strerror(errno)))")
        throw ExitCode(1)
    }

    /// This program's own file, links resolved, so that the one beside it is found.
    static func ownPath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
