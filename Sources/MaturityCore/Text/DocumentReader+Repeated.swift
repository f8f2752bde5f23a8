/// One mistake made on many lines (a file indented with tabs, or pasted with non-breaking
/// spaces) is one message: the first place, and the other lines counted, so that the cause
/// stands out instead of a screenful of the same words.
struct RepeatedProblem {
    var severity: Diagnostic.Severity
    var code: String
    var message: String
    var hint: String?
    /// 0-based line and byte offset of the first place.
    var line: Int
    var offset: Int
    var others: [(line: Int, offset: Int)] = []
}

extension SubsetParser {
    /// Notes a problem that may recur; `group` tells apart problems of one code that need
    /// different hints (by default the code itself).
    mutating func noteRepeated(_ message: String, line: Int, offset: Int, hint: String?, code: String,
                               severity: Diagnostic.Severity = .error, group: String? = nil) {
        let key = group ?? code
        if let index = repeatedIndex[key] {
            let problem = repeated[index]
            guard problem.line != line, problem.others.last?.line != line else { return }
            repeated[index].others.append((line, offset))
            return
        }
        repeatedIndex[key] = repeated.count
        repeated.append(RepeatedProblem(severity: severity, code: code, message: message, hint: hint, line: line, offset: offset))
    }

    /// Adds one diagnostic per repeated problem. These are few (one per kind), so they are
    /// added even past the reader's limit: they name the causes.
    mutating func reportRepeated() {
        for problem in repeated {
            let numbers = problem.others.map { source.lines[$0.line].number }
            var diagnostic = Diagnostic(problem.severity, file: source.name, at: mark(line: problem.line, offset: problem.offset),
                                        problem.message + RepeatedPlaces.alsoOn(numbers), hint: problem.hint)
            diagnostic.code = problem.code
            diagnostic.related = problem.others.prefix(RepeatedPlaces.relatedLimit).map {
                Diagnostic.Related(file: source.name, mark: mark(line: $0.line, offset: $0.offset), message: "the same here")
            }
            diagnostics.append(diagnostic)
        }
        repeated = []
        repeatedIndex = [:]
    }
}
