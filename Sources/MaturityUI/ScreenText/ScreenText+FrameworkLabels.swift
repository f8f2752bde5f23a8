import MaturityCore

extension ScreenText {
    /// These words with "don't know" and "not applicable" named as the framework names them
    /// (`dont-know: Not sure`), wherever the screens show them: as an answer, inside a
    /// sentence, and in the phrases that quote them. The words themselves when the framework
    /// renames neither. The one place where a framework's labels and a language's words meet.
    ///
    /// Inside a sentence a label is used as written (see `AnswerLabels`). The phrases that
    /// quote an answer ("You answered "don't know" to 3 questions") get the label in place of
    /// the language's own words, in either form; a phrase that words it otherwise keeps it.
    public func forFramework(_ framework: Framework) -> ScreenText {
        guard let labels = framework.answerLabels else { return self }
        var renames: [(from: String, to: String)] = []
        var words = self
        if let label = labels.dontKnow {
            renames += [(dontKnow, label), (dontKnowInSentence, label)]
            words.dontKnow = label
            words.dontKnowInSentence = label
        }
        if let label = labels.notApplicable {
            renames += [(notApplicable, label), (notApplicableInSentence, label)]
            words.notApplicable = label
            words.notApplicableInSentence = label
        }
        let pairs = renames
        let renamed: @Sendable (String) -> String = { AnswerLabels.replacing(pairs, in: $0) }
        words.noDontKnowAnswer = renamed(noDontKnowAnswer)
        words.noNotApplicableAnswer = renamed(noNotApplicableAnswer)
        words.presenterNotScoredYet = renamed(presenterNotScoredYet)
        let unknownsIntro = self.unknownsIntro
        words.unknownsIntro = { renamed(unknownsIntro($0)) }
        let presenterUnknownAnswers = self.presenterUnknownAnswers
        words.presenterUnknownAnswers = { renamed(presenterUnknownAnswers($0)) }
        return words
    }
}
