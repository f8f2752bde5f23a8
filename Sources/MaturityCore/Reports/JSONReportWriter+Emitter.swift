// Writes the "maturity-report/1" types of JSONReportWriter+Schema and +Sections with
// `JSONOutput`, giving the bytes their `Encodable` conformances give through JSONEncoder.
//
// Each object's keys are written in `.sortedKeys` order, by UTF-8 bytes: `not_applicable`
// before `not_scored`, `over_time` before `overall`, `respondent` before `response`. A field
// added to a type needs adding here too, in its place; JSONReportEquivalenceTests checks every
// type against JSONEncoder.

/// A value that writes itself as JSON.
protocol JSONEmittable {
    func emit(into out: inout JSONOutput)
}

extension JSONOutput {
    mutating func field(_ key: StaticString, _ value: some JSONEmittable) {
        self.key(key)
        value.emit(into: &self)
    }

    /// The value, or `null` (a `Nullable` property).
    mutating func field(_ key: StaticString, _ value: (some JSONEmittable)?) {
        self.key(key)
        if let value { value.emit(into: &self) } else { null() }
    }

    mutating func field(_ key: StaticString, _ values: [some JSONEmittable]) {
        self.key(key)
        beginArray()
        for value in values {
            element()
            value.emit(into: &self)
        }
        endArray()
    }
}

extension JSONReportWriter.Document: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("areas", areas)
        // Absent (not null) when the report has no such section, as `encodeIfPresent` leaves them.
        if let benchmark { out.field("benchmark", benchmark) }
        out.field("dimensions", dimensions)
        out.field("framework", framework)
        out.field("generated", generated)
        if let groups { out.field("groups", groups) }
        out.field("language", language)
        out.field("method", method)
        out.field("next_steps", nextSteps)
        out.field("organisations", organisations)
        if let overTime { out.field("over_time", overTime) }
        out.field("overall", overall)
        out.field("problems", problems)
        out.field("question_steps", questionSteps)
        out.key("respondents")
        JSONReportWriter.Respondent.emit(respondents, into: &out)
        out.field("responses", responses)
        if let rounds { out.field("rounds", rounds) }
        out.field("schema", schema)
        out.field("versions", versions)
        out.endObject()
    }
}

extension JSONReportWriter.Rounds: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("earlier_responses", earlierResponses)
        out.field("first_day", firstDay)
        out.field("last_day", lastDay)
        out.field("maximum_gap_days", maximumGapDays)
        out.field("note", note)
        out.field("responses", responses)
        out.endObject()
    }
}

extension JSONReportWriter.FrameworkInfo: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("attribution", attribution)
        out.field("fingerprint", fingerprint)
        out.field("id", id)
        out.field("language", language)
        out.field("licence", licence)
        out.field("stages", stages)
        out.field("title", title)
        out.field("version", version)
        out.endObject()
    }
}

extension JSONReportWriter.FrameworkInfo.Stage: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("id", id)
        out.field("name", name)
        out.field("value", value)
        out.endObject()
    }
}

extension JSONReportWriter.AreaFigures: JSONEmittable {
    /// The figures' keys and the area's own, merged in one sorted object.
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("dimensions", dimensions)
        out.field("histogram", figures.histogram)
        out.field("id", id)
        out.field("max", figures.max)
        out.field("mean", figures.mean)
        out.field("median", figures.median)
        out.field("min", figures.min)
        out.field("name", name)
        out.field("not_scored", figures.notScored)
        out.field("q1", figures.q1)
        out.field("q3", figures.q3)
        out.field("scored", figures.scored)
        out.field("sd", figures.sd)
        out.field("stage", figures.stage)
        out.endObject()
    }
}

extension JSONReportWriter.Organisation: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("name", name)
        out.field("responses", responses)
        out.endObject()
    }
}

// MARK: - Group figures

extension JSONReportWriter.DimensionFigures: JSONEmittable {
    /// The figures' keys and the dimension's own, merged in one sorted object.
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("answered", answered)
        out.field("disagreement", disagreement)
        out.field("histogram", figures.histogram)
        out.field("id", id)
        out.field("max", figures.max)
        out.field("mean", figures.mean)
        out.field("median", figures.median)
        out.field("min", figures.min)
        out.field("name", name)
        out.field("not_applicable", notApplicable)
        out.field("not_scored", figures.notScored)
        out.field("q1", figures.q1)
        out.field("q3", figures.q3)
        out.field("scored", figures.scored)
        out.field("sd", figures.sd)
        out.field("split", split)
        out.field("stage", figures.stage)
        out.field("total", total)
        out.field("unknowns", unknowns)
        out.field("widest_questions", widestQuestions)
        out.endObject()
    }
}

extension JSONReportWriter.Split: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("high_people", highPeople)
        out.field("high_stages", highStages)
        out.field("low_people", lowPeople)
        out.field("low_stages", lowStages)
        out.endObject()
    }
}

extension JSONReportWriter.NextStep: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("dimension", dimension)
        out.field("from", from)
        out.field("lines", lines)
        out.field("text", text)
        out.field("to", to)
        out.endObject()
    }
}

extension JSONReportWriter.QuestionStep: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("dimension", dimension)
        out.field("from", from)
        out.field("guidance", guidance)
        out.field("lines", lines)
        out.field("number", number)
        out.field("question", question)
        out.field("statement", statement)
        out.field("text", text)
        out.field("to", to)
        out.endObject()
    }
}

extension JSONReportWriter.OverallFigures: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("answered", answered)
        out.field("histogram", figures.histogram)
        out.field("max", figures.max)
        out.field("mean", figures.mean)
        out.field("median", figures.median)
        out.field("min", figures.min)
        out.field("not_scored", figures.notScored)
        out.field("q1", figures.q1)
        out.field("q3", figures.q3)
        out.field("scored", figures.scored)
        out.field("sd", figures.sd)
        out.field("stage", figures.stage)
        out.field("total", total)
        out.field("unknowns", unknowns)
        out.endObject()
    }
}

extension JSONReportWriter.QuestionSpread: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("answers", answers)
        out.field("highest", highest)
        out.field("lowest", lowest)
        out.field("question", question)
        out.field("spread", spread)
        out.field("text", text)
        out.endObject()
    }
}

// MARK: - Respondents

extension JSONReportWriter.Respondent {
    /// Every respondent, working out the order of the dimension keys once for all who share
    /// the same ids (all of them, in a report: they come from one framework).
    static func emit(_ respondents: [Self], into out: inout JSONOutput) {
        var order = DimensionOrder()
        out.beginArray()
        for index in respondents.indices {  // in place, not a copy of each
            out.element()
            respondents[index].emit(into: &out, order: &order)
        }
        out.endArray()
    }

    func emit(into out: inout JSONOutput, order: inout DimensionOrder) {
        out.beginObject()
        out.field("answered", answered)
        out.key("dimensions")
        out.beginObject()
        for (key, index) in order.keys(for: dimensions) {
            out.key(key)
            dimensions[index].score.emit(into: &out)
        }
        out.endObject()
        out.field("organisation", organisation)
        out.field("overall", overall)
        out.field("respondent", respondent)
        out.field("response", response)
        out.field("role", role)
        out.field("status", status)
        out.field("team", team)
        out.field("total", total)
        out.field("updated", updated)
        out.endObject()
    }

    /// The dimension keys in `.sortedKeys` order, each with the position of its value.
    ///
    /// As in the dictionary JSONEncoder keeps an object in, a key given twice (ids that Swift
    /// counts as equal) appears once, spelt as first given, with the value given last.
    struct DimensionOrder {
        private var ids: [String] = []
        private var keys: [(key: String, index: Int)] = []

        mutating func keys(for dimensions: [(id: String, score: JSONReportWriter.DimensionScore)]) -> [(key: String, index: Int)] {
            let same = dimensions.count == ids.count && zip(dimensions, ids).allSatisfy { $0.id == $1 }
            if !same {
                ids = dimensions.map(\.id)
                var last: [String: Int] = [:]
                var firstSpelling: [String] = []
                for (index, id) in ids.enumerated() where last.updateValue(index, forKey: id) == nil {
                    firstSpelling.append(id)
                }
                keys = firstSpelling.sorted(by: JSONOutput.precedes).map { ($0, last[$0]!) }
            }
            return keys
        }
    }
}

extension JSONReportWriter.Score: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("score", score)
        out.field("stage", stage)
        out.endObject()
    }
}

extension JSONReportWriter.DimensionScore: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("answered", answered)
        out.field("dont-know", dontKnow)
        out.field("not-applicable", notApplicable)
        out.field("score", score)
        out.field("stage", stage)
        out.field("total", total)
        out.endObject()
    }
}

extension JSONReportWriter.Problem: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("reason", reason)
        out.field("source", source)
        out.endObject()
    }
}

// MARK: - Versions

extension JSONReportWriter.Versions: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("questions_not_in_framework", questionsNotInFramework)
        out.field("stages_not_in_framework", stagesNotInFramework)
        out.field("variants", variants)
        out.field("warning", warning)
        out.endObject()
    }
}

extension JSONReportWriter.Versions.Variant: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("answers_not_in_framework", answersNotInFramework)
        out.field("fingerprint", fingerprint)
        out.field("fingerprint_differs", fingerprintDiffers)
        out.field("framework_questions_unanswered", frameworkQuestionsUnanswered)
        out.field("responses", responses)
        out.field("version", version)
        out.endObject()
    }
}

extension JSONReportWriter.Versions.Count: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("id", id)
        out.field("responses", responses)
        out.endObject()
    }
}
