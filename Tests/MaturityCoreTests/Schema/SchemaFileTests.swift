import Foundation
import MaturityCore
import MaturityFrameworks
import Testing

/// docs/schema holds the JSON Schemas with which editors (through yaml-language-server) check
/// frameworks, translations and responses as they are typed. These tests keep them true: every
/// shipped file, every fixture that `maturity validate` finds nothing wrong with, the guide's
/// example, a response as the program writes it and the starter all fit them, and a misspelt
/// key does not. The checker is our own (JSONSchemaChecker), for the part of JSON Schema the
/// files use; Python's jsonschema, where it is installed, must agree with it.
@Suite struct SchemaFileTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/malformed")
    static let kinds = ["framework", "translation", "response", "language"]

    static func schemaURL(_ kind: String) -> URL {
        repository.appendingPathComponent("docs/schema/\(kind).schema.json")
    }

    static func checker(_ kind: String) throws -> JSONSchemaChecker {
        try JSONSchemaChecker(schema: Data(contentsOf: schemaURL(kind)))
    }

    /// A file as an editor's YAML tools see it, and which schema it is checked against.
    static func instance(_ bytes: [UInt8]) throws -> (kind: String, value: JSONValue) {
        let document = DocumentReader.read(bytes: bytes, file: "file.yaml")
        let root = try #require(document.root)
        return (DocumentKind(of: document).rawValue, JSONValue(yaml: root))
    }

    static func problems(_ bytes: [UInt8]) throws -> [String] {
        let (kind, value) = try instance(bytes)
        return try checker(kind).problems(in: value)
    }

    static let catalogue = FrameworkCatalogue(files: BuiltInFrameworks.files.map {
        FrameworkFile(name: $0.name, bytes: $0.bytes, origin: .builtIn)
    })

    @Test(arguments: kinds)
    func theSchemaUsesOnlyWhatTheCheckerChecks(kind: String) throws {
        #expect(try Self.checker(kind).unknownKeywords() == [])
    }

    /// The shipped language files (languages/*.yaml), read from the source.
    static func languageFiles() throws -> [(name: String, bytes: [UInt8])] {
        let folder = repository.appendingPathComponent("languages")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map {
            ($0, [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))))
        }
    }

    @Test func everyShippedFileFitsItsSchema() throws {
        for file in BuiltInFrameworks.files {
            #expect(try Self.problems(file.bytes) == [], "\(file.name)")
        }
        let languages = try Self.languageFiles()
        #expect(languages.count >= 4)
        for file in languages {
            #expect(try Self.instance(file.bytes).kind == "language")
            #expect(try Self.problems(file.bytes) == [], "\(file.name)")
        }
    }

    /// A language file's misspelt key, or a plural form that does not exist, is refused.
    @Test func aLanguageFilesMisspellingsAreRejected() throws {
        let english = String(decoding: try #require(try Self.languageFiles().first { $0.name == "en.yaml" }).bytes, as: UTF8.self)
        for (key, misspelt) in [("\ntexts:", "\ntext:"), ("    other:", "    others:"), ("\ndecimal-separator:", "\ndecimal-seperator:")] {
            #expect(english.contains(key))
            let wrong = english.replacingOccurrences(of: key, with: misspelt)
            #expect(!(try Self.problems(Array(wrong.utf8))).isEmpty, "\(misspelt) is accepted")
        }
    }

    /// A fixture with no problem at all for `validate` must fit the schema too (one with a
    /// warning may not: `version: 1.10` is a number to an editor, and so a red squiggle).
    @Test func everyFixtureThatValidateAcceptsFitsItsSchema() throws {
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).sorted() where name.hasSuffix(".yaml") {
            let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
            let diagnostics = Self.catalogue.check(FrameworkFile(name: name, bytes: bytes, origin: .path))
            guard diagnostics.isEmpty else { continue }
            checked += 1
            #expect(try Self.problems(bytes) == [], "\(name)")
        }
        #expect(checked >= 10)
    }

    @Test func theGuidesExampleAndTheStarterFitTheirSchemas() throws {
        let guide = try String(contentsOf: Self.repository.appendingPathComponent("docs/framework-format.md"), encoding: .utf8)
        let blocks = guide.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```\n")[0] }
        let framework = try #require(blocks.first { $0.hasPrefix("# A small framework about volunteer data") })
        let translation = try #require(blocks.first { $0.hasPrefix("translation: volunteer-data\n") })
        #expect(try Self.problems(Array(framework.utf8)) == [])
        #expect(try Self.problems(Array(translation.utf8)) == [])
        #expect(try Self.problems(Array(FrameworkStarter.text(id: "volunteer-data").utf8)) == [])
        #expect(try Self.problems(Array(FrameworkStarter.text(id: "no").utf8)) == [])
    }

    @Test func aResponseAsTheProgramWritesItFitsTheSchema() throws {
        let response = Response(id: "r-1", frameworkID: "data-maturity", frameworkVersion: "1.0", frameworkFingerprint: "00ff",
                                language: "no", organisation: "Trust", respondent: "Sam", started: Timestamp(parsing: "2026-11-21T10:00:00Z")!,
                                updated: Timestamp(parsing: "2026-11-21T10:20:00Z")!, status: .inProgress,
                                answers: ["uses-decisions": .stage("emerging"), "on": .dontKnow], notes: ["on": "Two\nlines"])
        #expect(try Self.problems(Array(ResponseEncoder.encode(response).utf8)) == [])
    }

    /// The files the misspelt-key tests start from: a shipped framework and translation, and
    /// the corpus's valid response.
    static func original(_ kind: String) throws -> String {
        switch kind {
        case "framework": return String(decoding: BuiltInFrameworks.files.first { $0.name == "data-maturity.yaml" }!.bytes, as: UTF8.self)
        case "translation": return String(decoding: BuiltInFrameworks.files.first { $0.name == "data-maturity.fr.yaml" }!.bytes, as: UTF8.self)
        default: return try String(contentsOf: fixtures.appendingPathComponent("resp-base.yaml"), encoding: .utf8)
        }
    }

    static let misspellings: [(kind: String, key: String, misspelt: String)] = [
        ("framework", "        statements:", "        statments:"),
        ("framework", "    next-steps:", "    next-step:"),
        ("framework", "licence:", "license:"),
        ("translation", "questions:", "question:"),
        ("translation", "    guidance:", "    guidence:"),
        ("response", "organisation:", "organization:"),
    ]

    @Test(arguments: 0..<misspellings.count)
    func aMisspeltKeyIsRejected(_ index: Int) throws {
        let (kind, key, misspelt) = Self.misspellings[index]
        let text = try Self.original(kind)
        #expect(text.contains(key))
        let wrong = text.replacingOccurrences(of: key, with: misspelt)
        let found = try Self.problems(Array(wrong.utf8))
        let name = misspelt.trimmingCharacters(in: .whitespaces).dropLast()
        #expect(found.contains { $0.hasSuffix("\"\(name)\" is not allowed") }, "\(kind) with \(misspelt): \(found)")
        #expect(!Self.catalogue.check(FrameworkFile(name: "x.yaml", bytes: Array(wrong.utf8), origin: .path)).isEmpty)
    }

    /// Python's jsonschema (a full implementation of draft 2020-12) gives the same verdict as
    /// our checker on every shipped file and every misspelling. Skipped, saying why, where
    /// python3 or its jsonschema package is missing (.ci/run installs python3-jsonschema).
    @Test func pythonsJSONSchemaGivesTheSameVerdicts() throws {
        guard let python = PythonJSONSchema.find() else {
            print("skipped: python3 with the jsonschema package is not installed (apt-get install python3-jsonschema)")
            return
        }
        var cases: [(kind: String, name: String, value: JSONValue)] = []
        for file in BuiltInFrameworks.files + (try Self.languageFiles()) {
            let (kind, value) = try Self.instance(file.bytes)
            cases.append((kind, file.name, value))
        }
        for (index, entry) in Self.misspellings.enumerated() {
            let wrong = try Self.original(entry.kind).replacingOccurrences(of: entry.key, with: entry.misspelt)
            cases.append((entry.kind, "misspelling \(index)", try Self.instance(Array(wrong.utf8)).value))
        }
        let verdicts = try python.verdicts(cases.map { (Self.schemaURL($0.kind).path, $0.value.json) })
        for (item, valid) in zip(cases, verdicts) {
            let ours = try Self.checker(item.kind).problems(in: item.value).isEmpty
            #expect(ours == valid, "\(item.name): our checker says \(ours), jsonschema says \(valid)")
        }
        #expect(verdicts.count == cases.count)
    }
}

/// python3 with jsonschema, run once over many instances.
struct PythonJSONSchema {
    var path: String

    static func find() -> PythonJSONSchema? {
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        for candidate in onPath + ["/usr/bin/python3"] where FileManager.default.isExecutableFile(atPath: candidate) {
            let probe = PythonJSONSchema(path: candidate)
            if (try? probe.run(["-c", "import jsonschema; jsonschema.Draft202012Validator"], input: "")) != nil { return probe }
        }
        return nil
    }

    func run(_ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: output, as: UTF8.self)
    }

    /// For each (schema file, instance as JSON): whether the instance is valid.
    func verdicts(_ cases: [(schema: String, instance: String)]) throws -> [Bool] {
        let script = """
            import json, sys, jsonschema
            for line in sys.stdin:
                case = json.loads(line)
                with open(case["schema"]) as f:
                    schema = json.load(f)
                valid = jsonschema.Draft202012Validator(schema).is_valid(case["instance"])
                print("valid" if valid else "invalid")
            """
        let input = cases.map { "{\"schema\":\(JSONValue.string($0.schema).json),\"instance\":\($0.instance)}" }.joined(separator: "\n") + "\n"
        return try run(["-c", script], input: input).split(separator: "\n").map { $0 == "valid" }
    }
}
