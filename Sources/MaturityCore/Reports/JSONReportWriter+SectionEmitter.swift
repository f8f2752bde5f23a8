// The emitters of the sections only some reports have (JSONReportWriter+Sections): groups,
// change over time and the benchmark, in `.sortedKeys` order as in JSONReportWriter+Emitter.

// MARK: - Groups

extension JSONReportWriter.Groups: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("by", by)
        out.field("hidden", hidden)
        out.field("minimum_size", minimumSize)
        out.field("others", others)
        out.field("shown", shown)
        out.field("without_value", withoutValue)
        out.endObject()
    }
}

extension JSONReportWriter.Groups.Group: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("dimensions", dimensions)
        out.field("name", name)
        out.field("overall", overall)
        out.field("responses", responses)
        out.endObject()
    }
}

extension JSONReportWriter.Groups.Hidden: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("groups", groups)
        out.field("people", people)
        out.field("protecting", protecting)
        out.endObject()
    }
}

// MARK: - Over time

extension JSONReportWriter.OverTime: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("grouping", grouping)
        out.field("maximum_gap_days", maximumGapDays)
        out.field("organisation", organisation)
        out.field("points", points)
        out.field("steps", steps)
        out.endObject()
    }
}

extension JSONReportWriter.OverTime.Point: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("dimensions", dimensions)
        out.field("first_day", firstDay)
        out.field("last_day", lastDay)
        out.field("overall", overall)
        out.field("responses", responses)
        out.endObject()
    }
}

extension JSONReportWriter.OverTime.Change: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("after", after)
        out.field("before", before)
        out.field("difference", difference)
        out.field("id", id)
        out.field("movement", movement)
        out.endObject()
    }
}

extension JSONReportWriter.OverTime.Step: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("dimensions", dimensions)
        out.field("from", from)
        out.field("overall", overall)
        out.field("to", to)
        out.endObject()
    }
}

// MARK: - Benchmark

extension JSONReportWriter.Benchmark: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("created", created)
        out.field("dimensions", dimensions)
        out.field("dimensions_not_in_benchmark", dimensionsNotInBenchmark)
        out.field("fingerprint_differs", fingerprintDiffers)
        out.key("framework")
        // BenchmarkFile.FrameworkReference's synthesized Codable keys.
        out.beginObject()
        out.field("fingerprint", framework.fingerprint)
        out.field("id", framework.id)
        out.field("version", framework.version)
        out.endObject()
        out.field("organisations", organisations)
        out.field("overall", overall)
        out.endObject()
    }
}

extension JSONReportWriter.Benchmark.Sector: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("max", max)
        out.field("mean", mean)
        out.field("median", median)
        out.field("min", min)
        out.field("organisations", organisations)
        out.field("q1", q1)
        out.field("q3", q3)
        out.field("sd", sd)
        out.endObject()
    }
}

extension JSONReportWriter.Benchmark.Position: JSONEmittable {
    func emit(into out: inout JSONOutput) {
        out.beginObject()
        out.field("difference", difference)
        out.field("id", id)
        out.field("organisation", organisation)
        out.field("percentile", percentile)
        out.field("placing", placing)
        out.field("sector", sector)
        out.endObject()
    }
}
