extension Diagnostic {
    /// The same diagnostic with a stable code for tools to match on.
    public func coded(_ code: String) -> Diagnostic {
        var copy = self
        copy.code = code
        return copy
    }
}

extension FrameworkLoadError {
    var isNotFound: Bool {
        if case .notFound = self { return true }
        return false
    }
}
