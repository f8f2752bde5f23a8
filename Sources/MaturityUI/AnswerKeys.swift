import MaturityCore

/// The keys that answer a question, as both front ends say them: "1-5, d, a" (a statement's
/// number, `d` for don't know and `a` for not applicable where the question offers them).
enum AnswerKeys {
    /// Each key or range of keys: "1-5", then "d" and "a" where the question offers them.
    static func keys(for question: Question, stageCount: Int) -> [String] {
        var keys = ["1-\(stageCount)"]
        if question.allows(.dontKnow) { keys.append("d") }
        if question.allows(.notApplicable) { keys.append("a") }
        return keys
    }

    /// As a sentence says them: "1-5, d, a".
    static func list(for question: Question, stageCount: Int) -> String {
        keys(for: question, stageCount: stageCount).joined(separator: ", ")
    }
}
