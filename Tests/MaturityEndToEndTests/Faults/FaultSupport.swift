import Foundation
import MaturityCore

/// A small deterministic random generator (SplitMix64): a failing round can be replayed from
/// the seed printed with it.
struct FaultRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// A private home for one fault test: the output folder, and the state folder where unfinished
/// assessments are remembered and where answers go when the output folder cannot take them.
struct FaultHome {
    let root: URL
    var out: URL { root.appendingPathComponent("responses") }
    var state: URL { root.appendingPathComponent("state") }
    /// Where `maturity` keeps answers the output folder refused.
    var fallback: URL { state.appendingPathComponent("maturity/unsaved") }
    var environment: [String: String] {
        ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": root.appendingPathComponent("data").path]
    }

    init() throws {
        root = try BinaryRunner.temporaryFolder()
    }

    /// Every file the store would read in `folder` (temporary files left out), read.
    static func loadAll(_ folder: URL) -> [LoadedResponse] {
        ResponseStore(folder: folder.path).loadAll()
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The questions of the built-in data-maturity framework, in order, with 4 per dimension.
enum DataMaturity {
    static let questions = ["uses-decisions", "uses-services", "uses-impact", "uses-reporting", "data-collection",
                            "data-quality", "data-storage", "data-protection", "analysis-summaries", "analysis-patterns",
                            "analysis-outside-data", "analysis-sharing", "leadership-priority", "leadership-plan",
                            "leadership-resources", "leadership-risk", "culture-attitude", "culture-sharing",
                            "culture-learning", "culture-people", "tools-recording", "tools-joined-up", "tools-value",
                            "tools-safety", "skills-confidence", "skills-analysis", "skills-learning", "skills-recruitment"]
    static let stages = ["unaware", "emerging", "learning", "developing", "mastering"]

    /// The highest "Question N of 28" in `text`, or 0.
    static func lastQuestionShown(in text: String) -> Int {
        var highest = 0
        var rest = text[...]
        while let range = rest.range(of: "Question ") {
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isNumber }
            if let number = Int(digits), rest.dropFirst(digits.count).hasPrefix(" of 28") { highest = max(highest, number) }
        }
        return highest
    }
}

/// A tmpfs mounted for one test (root only): a tiny disk that fills up, or a read-only one.
final class Tmpfs {
    let mountPoint: URL
    private var mounted = false

    /// Mounts a tmpfs of `kilobytes` at a new folder, read-only when asked; nil when this
    /// machine does not allow it.
    init?(kilobytes: Int, readOnly: Bool = false) {
        mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-tmpfs-\(UUID().uuidString.prefix(8))")
        guard getuid() == 0, (try? FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)) != nil
        else { return nil }
        let options = "size=\(kilobytes)k,mode=0755" + (readOnly ? ",ro" : "")
        guard Self.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.path]) == 0 else {
            try? FileManager.default.removeItem(at: mountPoint)
            return nil
        }
        mounted = true
    }

    deinit { unmount() }

    /// Whether this machine lets the tests mount a tmpfs: root, and `mount` works here.
    static let isAvailable: Bool = {
        guard getuid() == 0 else { return false }
        return Tmpfs(kilobytes: 16) != nil
    }()

    /// Fills the disk to the last byte with a file of its own, and returns that file.
    @discardableResult
    func fill() -> URL {
        let filler = mountPoint.appendingPathComponent("filler.bin")
        let descriptor = open(filler.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return filler }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x2E, count: 512)
        while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, chunk.count) }) > 0 {}
        // The last partial chunk: byte by byte.
        var one: UInt8 = 0x2E
        while write(descriptor, &one, 1) == 1 {}
        return filler
    }

    func unmount() {
        guard mounted else { return }
        mounted = false
        if Self.run(["umount", mountPoint.path]) != 0 { _ = Self.run(["umount", "-l", mountPoint.path]) }
        try? FileManager.default.removeItem(at: mountPoint)
    }

    @discardableResult
    static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
