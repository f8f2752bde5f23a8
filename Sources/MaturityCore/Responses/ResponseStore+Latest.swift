extension ResponseStore {
    /// The copy of a response saved last in this folder, by the same rule as `ResponseSelection`,
    /// or nil when the folder holds none: how a workshop participant who joins again finds their
    /// own answers (their assessment knows only the id).
    public func latest(withID id: String, framework: Framework) -> (path: String, response: Response)? {
        var best: (path: String, response: Response)?
        for loaded in loadAll(framework: framework) {
            guard let response = loaded.response, response.id == id, response.frameworkID == framework.id else { continue }
            let candidate = (path: loaded.path, response: response)
            if let current = best, !ResponseSelection.isNewer(candidate, than: current) { continue }
            best = candidate
        }
        return best
    }
}

extension Response {
    /// A response id given on the command line: letters, digits and hyphens, as the ids this
    /// program makes (UUIDs), at most 64 of them.
    public static func isWellFormedID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
