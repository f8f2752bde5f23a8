import MaturityCore

/// The keys that answer a question, as both front ends say them: "1-5, d, a" (a statement's
/// number, `d` for don't know and `a` for not applicable where the question offers them).
enum AnswerKeys {
    static func list(for question: Question, stageCount: Int) -> String {
        var keys = "1-\(stageCount)"
        if question.allows(.dontKnow) { keys += ", d" }
        if question.allows(.notApplicable) { keys += ", a" }
        return keys
    }
}
