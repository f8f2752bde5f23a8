/// The words of a report's list of what was not used, shared by every format.
extension ReportPhrase {
    public static let problemResponse = ReportPhrase("report-problem-response")
    public static let problemBenchmark = ReportPhrase("report-problem-benchmark")
    public static let problemCannotBeRead = ReportPhrase("report-problem-cannot-be-read")
    public static let problemAtLine = ReportPhrase("report-problem-at-line")
    public static let problemOtherFramework = ReportPhrase("report-problem-other-framework")
    public static let problemCopy = ReportPhrase("report-problem-copy")
    public static let problemInProgress = ReportPhrase("report-problem-in-progress")
}

extension ReportWords {
    /// What was not used, in the report's language: a file's path as it is.
    public func source(of problem: Report.Problem) -> String {
        switch problem.place {
        case .response(let id): self(.problemResponse, ["id": SafeText.sanitize(id, keepNewlines: false)])
        case .benchmark: self(.problemBenchmark)
        case nil: problem.source
        }
    }

    /// Why, in the report's language; a file's own error keeps the reader's words (English),
    /// and a reason only the command line gives stays as it said it.
    public func reason(of problem: Report.Problem) -> String {
        let safe = { SafeText.sanitize($0, keepNewlines: false) }
        switch problem.kind {
        case .unreadable(let error?):
            return self(.problemAtLine, ["line": number(error.mark.line), "column": number(error.mark.column),
                                         "message": safe(error.message)])
        case .unreadable(nil): return self(.problemCannotBeRead)
        case .otherFramework(let answered, let used):
            return self(.problemOtherFramework, ["answered": safe(answered), "used": safe(used)])
        case .copy(let id, let usedPath): return self(.problemCopy, ["id": safe(id), "path": safe(usedPath)])
        case .inProgress(let answered, let questions):
            return counted(.problemInProgress, questions, ["answered": number(answered)])
        case nil: return problem.reason
        }
    }
}
