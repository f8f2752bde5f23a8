import Foundation

/// What a folder of responses holds at one moment, as the workshop view counts it: complete
/// responses (the results), how many are still in progress, and the files it could not use.
public struct FolderSnapshot: Sendable, Equatable {
    public struct Unusable: Sendable, Equatable {
        public var file: String
        public var reason: String

        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    public var complete: [Response]
    public var inProgress: Int
    public var unusable: [Unusable]

    public init(complete: [Response] = [], inProgress: Int = 0, unusable: [Unusable] = []) {
        self.complete = complete
        self.inProgress = inProgress
        self.unusable = unusable
    }

    /// Sorts what was read: in-progress files are counted, never used as results; files that
    /// could not be read, or that answer another framework, are listed with the reason.
    public init(loaded: [LoadedResponse], framework: Framework) {
        self.init()
        for item in loaded {
            let name = (item.path as NSString).lastPathComponent
            guard let response = item.response else {
                let error = item.diagnostics.first { $0.isError }
                unusable.append(Unusable(file: name, reason: error.map { "line \($0.mark.line): \($0.message)" } ?? "cannot be read"))
                continue
            }
            guard response.frameworkID == framework.id else {
                unusable.append(Unusable(file: name, reason: "answers the framework \"\(response.frameworkID)\""))
                continue
            }
            if response.status == .complete { complete.append(response) } else { inProgress += 1 }
        }
    }
}
