/// What was not used and why, and the colophon: the framework's licence and attribution and
/// how the scores are computed.
extension HTMLReportWriter {
    static func problemsSection(_ report: Report) -> String {
        let words = report.words
        let versions = report.group.versions
        guard !report.problems.isEmpty || versions.hasWarnings || !versions.questionsNotInFramework.isEmpty
                || !versions.stagesNotInFramework.isEmpty else { return "" }
        func quotedList(_ items: [String]) -> String { words.list(items.map { words.quoted($0) }) }
        var out = ""
        if !report.problems.isEmpty {
            out += "<p>\(words.html(.htmlProblemsIntro))</p>"
            out += HTMLMarkup.table(caption: nil, header: [words.html(.htmlColumnSource), words.html(.htmlColumnWhy)],
                                    rows: report.problems.map { [HTMLMarkup.line(words.source(of: $0)), HTMLMarkup.text(words.reason(of: $0))] },
                                    className: "figures problems", textColumns: [1])
        }
        if versions.hasWarnings {
            let ids = versions.responsesWithDifferentFingerprint
            out += "<p>" + words.html(.htmlOtherVersionResponses, count: ids.count, ["responses": quotedList(ids)]) + "</p>"
            for variant in versions.variants where variant.fingerprintDiffers && !variant.frameworkQuestionsUnanswered.isEmpty {
                out += "<p>" + words.html(.htmlUnansweredInVersion, ["version": variant.version,
                                                                    "questions": quotedList(variant.frameworkQuestionsUnanswered)]) + "</p>"
            }
        }
        if !versions.questionsNotInFramework.isEmpty {
            out += "<p>" + words.html(.htmlUnknownQuestions, ["questions": quotedList(versions.questionsNotInFramework.map(\.id))]) + "</p>"
        }
        if !versions.stagesNotInFramework.isEmpty {
            out += "<p>" + words.html(.htmlUnknownStages, ["stages": quotedList(versions.stagesNotInFramework.map(\.id))]) + "</p>"
        }
        return section(id: "problems", title: words.html(.htmlNotUsed), out)
    }

    static func colophon(_ report: Report) -> String {
        let framework = report.framework
        let words = report.words
        var out = "<footer class=\"colophon\" aria-labelledby=\"colophon-heading\">\n"
            + "<h2 id=\"colophon-heading\">\(words.html(.htmlAbout))</h2>\n"
        out += "<p class=\"method\">\(HTMLMarkup.text(report.methodSentence))</p>\n<dl>"
        out += "<div><dt>\(words.html(.labelFramework))</dt><dd>"
            + words.html(.htmlFrameworkFull, ["title": framework.title, "id": framework.id, "version": framework.version])
            + "</dd></div>"
        if let licence = framework.licence, !licence.isEmpty {
            out += "<div><dt>\(words.html(.labelLicence))</dt><dd>\(HTMLMarkup.text(licence))</dd></div>"
        }
        if let attribution = framework.attribution, !attribution.isEmpty {
            out += "<div><dt>\(words.html(.labelAttribution))</dt><dd>\(HTMLMarkup.text(attribution))</dd></div>"
        }
        out += "<div><dt>\(words.html(.htmlMade))</dt><dd>"
            + words.html(.htmlMadeWith, ["day": words.day(report.generated.day), "responses": words.responses(report.respondents.count)])
            + "</dd></div></dl>\n"
        return out + "</footer>\n"
    }
}
