/// Where people differ: the dimensions the group is split on, and the questions behind them,
/// written as prompts for a conversation rather than as verdicts.
extension HTMLReportWriter {
    static func disagreements(_ report: Report) -> String {
        let words = report.words
        let splits = report.content.splits
        var out = "<p>\(words.html(.splitRule)) \(words.html(.htmlSplitAdvice))</p>\n"
        if splits.shown.isEmpty {
            out += "<p class=\"all-clear\">\(words.html(.htmlNoSplits))</p>"
        }
        for item in splits.shown {
            let name = HTMLMarkup.line(item.dimensionName)
            out += "<article class=\"discussion\"><h3>\(name) <span class=\"range\">\(HTMLMarkup.line(item.sentence))</span></h3>"
            out += "<p class=\"prompt\">" + words.html(.htmlSplitPrompt, ["dimension": item.dimensionName, "low-stages": item.lowStages,
                                                                         "high-stages": item.highStages]) + "</p>"
            if !item.questions.isEmpty {
                out += "<p>\(words.html(.htmlQuestionsToStart, count: item.questions.count))</p><ul class=\"spread\">"
                for question in item.questions { out += questionItem(question, words) }
                out += "</ul>"
            }
            out += "</article>\n"
        }
        if !splits.notShown.isEmpty {
            out += "<p>\(words.html(.htmlAlsoSplit, ["dimensions": words.list(splits.notShown)]))</p>"
        }
        if !splits.farFromTheMiddle.isEmpty {
            let notes = splits.farFromTheMiddle.map { words(.htmlFarItem, ["dimension": $0.dimensionName, "sentence": $0.sentence]) }
            out += "<p class=\"muted\">\(words.html(.htmlFarNotSplit, ["items": notes.joined(separator: "; ")]))</p>"
        }
        return section(id: "disagreements", title: words.html(.headingWherePeopleDiffer), out)
    }

    /// One question behind a split: its text, how many stand at either end, and the statements
    /// at the lowest and highest stage chosen, so the group can see what each side chose.
    static func questionItem(_ question: SplitItem.Question, _ words: ReportWords) -> String {
        var out = "<li><p class=\"question\">\(HTMLMarkup.text(question.text))</p>"
        out += "<p class=\"muted\">" + words.html(.htmlQuestionEnds, count: question.lowPeople, [
            "low-stages": question.lowStages, "high": words.number(question.highPeople), "high-stages": question.highStages,
            "answers": words.counted(.htmlQuestionAnswers, question.answers),
        ]) + "</p>"
        if let low = question.lowStatement, let high = question.highStatement {
            out += "<dl class=\"ends\"><div><dt>\(words.html(.htmlSomeChose))</dt><dd>\(words.html(.htmlQuoted, ["text": low]))</dd></div>"
                + "<div><dt>\(words.html(.htmlOthersChose))</dt><dd>\(words.html(.htmlQuoted, ["text": high]))</dd></div></dl>"
        }
        return out + "</li>"
    }
}
