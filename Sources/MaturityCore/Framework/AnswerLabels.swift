/// A framework's own names for the answers that are not a stage, where it renames them
/// (`dont-know: Not sure`): what screens and reports show in place of the language's words.
///
/// A label is in the framework's language (or its translation's); one that is nil is not
/// renamed, and the words of the language it is shown in stand. Inside a sentence ("You
/// answered "Not sure" to 3 questions") a label is used as written: every sentence quotes it,
/// and lowering its first letter would be wrong for "I", names and acronyms.
public struct AnswerLabels: Sendable, Equatable {
    public var dontKnow: String?
    public var notApplicable: String?

    public init(dontKnow: String? = nil, notApplicable: String? = nil) {
        self.dontKnow = dontKnow
        self.notApplicable = notApplicable
    }

    /// The framework's label for this answer, or nil when it keeps the language's words.
    public func label(for answer: SpecialAnswer) -> String? {
        switch answer {
        case .dontKnow: return dontKnow
        case .notApplicable: return notApplicable
        }
    }
}

extension Framework {
    /// The answers this framework renames, or nil when it renames none: the one place that
    /// screens and reports ask, so that a rename is shown everywhere or nowhere.
    public var answerLabels: AnswerLabels? {
        guard dontKnowLabel != nil || notApplicableLabel != nil else { return nil }
        return AnswerLabels(dontKnow: dontKnowLabel, notApplicable: notApplicableLabel)
    }
}
