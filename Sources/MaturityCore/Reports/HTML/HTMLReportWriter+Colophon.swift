/// What was not used and why, and the colophon: the framework's licence and attribution and
/// how the scores are computed.
extension HTMLReportWriter {
    static func problemsSection(_ report: Report) -> String {
        let versions = report.group.versions
        guard !report.problems.isEmpty || versions.hasWarnings || !versions.questionsNotInFramework.isEmpty
                || !versions.stagesNotInFramework.isEmpty else { return "" }
        var out = ""
        if !report.problems.isEmpty {
            out += "<p>These were left out; the report is built from the rest.</p>"
            out += HTMLMarkup.table(caption: nil, header: ["File or response", "Why it was not used"],
                                    rows: report.problems.map { [HTMLMarkup.line($0.source), HTMLMarkup.text($0.reason)] },
                                    className: "figures problems", textColumns: [1])
        }
        if versions.hasWarnings {
            let ids = versions.responsesWithDifferentFingerprint.map { "“\(HTMLMarkup.line($0))”" }
            out += "<p>\(HTMLMarkup.count(ids.count, "response was", "responses were")) made with a different version of the "
                + "framework (\(HTMLMarkup.list(ids))). Their answers count for every question both versions share.</p>"
            for variant in versions.variants where variant.fingerprintDiffers && !variant.frameworkQuestionsUnanswered.isEmpty {
                let questions = variant.frameworkQuestionsUnanswered.map { "“\(HTMLMarkup.line($0))”" }
                out += "<p>Questions of this framework that none of the version \(HTMLMarkup.line(variant.version)) responses "
                    + "answered, so unanswered for them: \(HTMLMarkup.list(questions)).</p>"
            }
        }
        if !versions.questionsNotInFramework.isEmpty {
            let ids = versions.questionsNotInFramework.map { "“\(HTMLMarkup.line($0.id))”" }
            out += "<p>Answers to questions this version of the framework does not have were not scored: \(HTMLMarkup.list(ids)).</p>"
        }
        if !versions.stagesNotInFramework.isEmpty {
            let ids = versions.stagesNotInFramework.map { "“\(HTMLMarkup.line($0.id))”" }
            out += "<p>Answers naming stages this framework does not have were not scored: \(HTMLMarkup.list(ids)).</p>"
        }
        return section(id: "problems", title: "Not used in this report", out)
    }

    static func colophon(_ report: Report) -> String {
        let framework = report.framework
        var out = "<footer class=\"colophon\" aria-labelledby=\"colophon-heading\">\n<h2 id=\"colophon-heading\">About this report</h2>\n"
        out += "<p class=\"method\">\(HTMLMarkup.text(report.methodSentence))</p>\n<dl>"
        out += "<div><dt>Framework</dt><dd>\(HTMLMarkup.line(framework.title)) (\(HTMLMarkup.line(framework.id)), "
            + "version \(HTMLMarkup.line(framework.version)))</dd></div>"
        if let licence = framework.licence, !licence.isEmpty {
            out += "<div><dt>Licence</dt><dd>\(HTMLMarkup.text(licence))</dd></div>"
        }
        if let attribution = framework.attribution, !attribution.isEmpty {
            out += "<div><dt>Attribution</dt><dd>\(HTMLMarkup.text(attribution))</dd></div>"
        }
        out += "<div><dt>Made</dt><dd>\(report.generated.day) with maturity, from \(HTMLMarkup.count(report.respondents.count, "response"))"
            + "</dd></div></dl>\n"
        return out + "</footer>\n"
    }
}
