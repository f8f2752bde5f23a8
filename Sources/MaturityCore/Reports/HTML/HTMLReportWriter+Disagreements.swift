/// Where people differ: the dimensions the group is split on, and the questions behind them,
/// written as prompts for a conversation rather than as verdicts.
extension HTMLReportWriter {
    static func disagreements(_ report: Report) -> String {
        let splits = report.content.splits
        var out = "<p>\(HTMLMarkup.text(report.words(.splitRule))) Such a split rarely means someone is wrong: people see "
            + "different parts of the organisation, or read a question differently. It is a good place to start talking.</p>\n"
        if splits.shown.isEmpty {
            out += "<p class=\"all-clear\">No dimension splits the group: people broadly agree.</p>"
        }
        for item in splits.shown {
            let name = HTMLMarkup.line(item.dimensionName)
            out += "<article class=\"discussion\"><h3>\(name) <span class=\"range\">\(HTMLMarkup.line(item.sentence))</span></h3>"
            out += "<p class=\"prompt\">Why do some of us put \(name) at \(HTMLMarkup.line(item.lowStages)) and others at "
                + "\(HTMLMarkup.line(item.highStages))? What does each of us see that the others may not?</p>"
            if !item.questions.isEmpty {
                out += "<p>The question\(item.questions.count == 1 ? "" : "s") to start with:</p><ul class=\"spread\">"
                for question in item.questions { out += questionItem(question) }
                out += "</ul>"
            }
            out += "</article>\n"
        }
        if !splits.notShown.isEmpty {
            out += "<p>Also split: \(HTMLMarkup.list(splits.notShown.map(HTMLMarkup.line))).</p>"
        }
        if !splits.farFromTheMiddle.isEmpty {
            let notes = splits.farFromTheMiddle.map { "\(HTMLMarkup.line($0.dimensionName)): \(HTMLMarkup.line($0.sentence))" }
            out += "<p class=\"muted\">Far from the rest, but not a split: \(notes.joined(separator: "; ")).</p>"
        }
        return section(id: "disagreements", title: "Where people differ", out)
    }

    /// One question behind a split: its text, how many stand at either end, and the statements
    /// at the lowest and highest stage chosen, so the group can see what each side chose.
    static func questionItem(_ question: SplitItem.Question) -> String {
        var out = "<li><p class=\"question\">\(HTMLMarkup.text(question.text))</p>"
        out += "<p class=\"muted\">\(HTMLMarkup.count(question.lowPeople, "person", "people")) chose "
            + "\(HTMLMarkup.line(question.lowStages)), \(question.highPeople) \(HTMLMarkup.line(question.highStages)) "
            + "(\(HTMLMarkup.count(question.answers, "person", "people")) chose a statement).</p>"
        if let low = question.lowStatement, let high = question.highStatement {
            out += "<dl class=\"ends\"><div><dt>Some chose</dt><dd>“\(HTMLMarkup.text(low))”</dd></div>"
                + "<div><dt>Others chose</dt><dd>“\(HTMLMarkup.text(high))”</dd></div></dl>"
        }
        return out + "</li>"
    }
}
