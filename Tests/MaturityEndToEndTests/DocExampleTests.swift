import Foundation
import Testing

/// Every marked example of output in the guides is run, and must be what the program prints.
/// The input is the guide's own example framework (section 2 of framework-format.md) and its
/// translation (section 5), with the mistake each example describes planted in a copy.
@Suite struct DocExampleTests {
    /// A change to one file of the example folder: `find` replaced by `replace`, once.
    struct Edit: Sendable {
        var file: String
        var find: String
        var replace: String

        init(_ file: String, _ find: String, _ replace: String) {
            self.file = file
            self.find = find
            self.replace = replace
        }
    }

    /// How to make the folder an example runs in, and the command for blocks without `$`.
    struct Setup: Sendable {
        var edits: [Edit] = []
        /// Files added to the folder: path -> text, made from the originals by `extraFiles`.
        var extra: @Sendable (_ framework: String, _ translation: String) -> [String: String] = { _, _ in [:] }
        var command: [String] = []
    }

    static let framework = "volunteer-data.yaml", translation = "volunteer-data.fr.yaml"

    /// The guide's example files, found by their first lines.
    static func originals() throws -> (framework: String, translation: String) {
        let blocks = DocExample.blocks(in: "docs/framework-format.md").map { $0.example.lines.joined(separator: "\n") + "\n" }
        let framework = try #require(blocks.first { $0.hasPrefix("# A small framework about volunteer data") })
        let translation = try #require(blocks.first { $0.hasPrefix("translation: volunteer-data\n") })
        return (framework, translation)
    }

    static let setups: [String: Setup] = [
        // framework-format.md, section 3
        "too-far-indented": Setup(edits: [Edit(framework, "    description: What you write down", "     description: What you write down")],
                                  command: ["validate", framework]),
        "tab": Setup(edits: [Edit(framework, "    name: Records\n", "\tname: Records\n")], command: ["validate", framework]),
        "no-space-after-colon": Setup(edits: [Edit(framework, "    name: Records\n", "    name:Records\n")], command: ["validate", framework]),
        "key-twice": Setup(edits: [Edit(framework, "    description: What you write down about your volunteers, and where you keep it.\n",
                                        "    description: What you write down about your volunteers, and where you keep it.\n    name: Records again\n")],
                           command: ["validate", framework]),
        "list-in-brackets": Setup(edits: [Edit(framework, "        allow:\n          - dont-know\n          - not-applicable\n",
                                               "        allow: [dont-know, not-applicable]\n")], command: ["validate", framework]),
        "list-on-key-line": Setup(edits: [Edit(framework, "        allow:\n          - dont-know\n", "        allow: - dont-know\n")],
                                  command: ["validate", framework]),
        "text-runs-on": Setup(edits: [Edit(framework, "        text: Where do you keep volunteers' contact details?\n",
                                           "        text: Where do you keep volunteers'\n          contact details?\n")],
                              command: ["validate", framework]),
        "colon-in-text": Setup(edits: [Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                                            "        text: Hours: do you know how many hours volunteers give each month?\n")],
                               command: ["validate", framework]),
        "brackets-in-text": Setup(edits: [Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                                               "        text: [Draft] Do you count volunteer hours?\n")], command: ["validate", framework]),
        "apostrophe-in-single-quotes": Setup(edits: [Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                                                          "        text: 'Do you know the volunteers' hours?'\n")], command: ["validate", framework]),
        "text-after-quote": Setup(edits: [Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                                               "        text: \"Hours\" given by volunteers each month?\n")], command: ["validate", framework]),
        "comment-empties-key": Setup(edits: [Edit(framework, "        guidance: A rough figure is fine. Many funders ask for it.\n",
                                                  "        guidance: #1 tip: a rough figure is fine.\n")], command: ["validate", framework]),
        "four-spaces": Setup(extra: { framework, _ in
            // Every indentation doubled: the keys of each list item four past its dash.
            let doubled = framework.components(separatedBy: "\n").map { line in
                let spaces = line.prefix { $0 == " " }.count
                return String(repeating: " ", count: spaces * 2) + String(line.dropFirst(spaces))
            }
            return ["four.yaml": doubled.joined(separator: "\n")]
        }, command: ["validate", "four.yaml"]),
        "key-after-list": Setup(edits: [
            Edit(framework, "        weight: 2  # counts twice as much as the other question\n", ""),
            Edit(framework, "          thriving: Every volunteer gets a short written note on what we keep, why, and for how long.\n",
                 "          thriving: Every volunteer gets a short written note on what we keep, why, and for how long.\n    weight: 2\n"),
        ], command: ["validate", framework]),
        "dash-without-space": Setup(edits: [Edit(framework, "  - id: growing", "  -id: growing")], command: ["validate", framework]),
        "hash-line-in-literal": Setup(edits: [Edit(framework, "          Paper counts, as long", "          # ask the office\n          Paper counts, as long")],
                                      command: ["validate", framework]),
        "text-after-bar": Setup(edits: [Edit(framework, "        guidance: |\n          Think about", "        guidance: | Think about")],
                                command: ["validate", framework]),
        "apostrophe-starts-text": Setup(edits: [Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                                                     "        text: 'Tis the season to count hours?\n")], command: ["validate", framework]),
        "hash-in-text": Setup(edits: [Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                                           "        text: Are we charity #1 in town?\n")], command: ["validate", framework]),
        "version-number": Setup(edits: [Edit(framework, "version: \"1.0\"", "version: 1.10")], command: ["validate", framework]),
        "non-breaking-spaces": Setup(edits: [Edit(framework, "    name: Records\n    description: What you write down",
                                                  "\u{A0}\u{A0}\u{A0}\u{A0}name: Records\n\u{A0}\u{A0}\u{A0}\u{A0}description: What you write down")],
                                     command: ["validate", framework]),
        "not-utf8": Setup(extra: { framework, _ in
            ["latin1.yaml": framework.replacingOccurrences(of: "title: Volunteer data check", with: "title: Volunteer data check caf\u{FFFD}")]
        }, command: ["validate", "latin1.yaml"]),
        // framework-format.md, sections 5 and 6
        "missing-guidance": Setup(edits: [Edit(translation, "    guidance: Un chiffre approximatif suffit. Beaucoup de financeurs le demandent.\n", "")]),
        "misspelt-question": Setup(edits: [Edit(translation, "  use-hours:\n", "  use-hour:\n")]),
        "four-mistakes": Setup(edits: [
            Edit(framework, "          growing: Most contact details are in one list, but it is often out of date.\n", ""),
            Edit(framework, "    weight: 1.5\n", "    weight: 1,5\n"),
            Edit(framework, "        text: Do you know how many hours volunteers give each month?\n",
                 "        text: Hours: do you know how many hours volunteers give each month?\n"),
            Edit(framework, "        text: Do you use your records to plan rotas and spot gaps?\n        statements:\n",
                 "        text: Do you use your records to plan rotas and spot gaps?\n        statments:\n"),
        ]),
        "no-problems": Setup(),
        "your-framework-listed": Setup(command: ["frameworks", "--frameworks-dir", "my-frameworks"]),
        // framework-format.md, section 4
        "label-too-long": Setup(edits: [Edit(framework, "licence: CC BY 4.0\n",
                                             "licence: CC BY 4.0\ndont-know: We do not know the answer to this question right now\n")],
                                command: ["validate", framework]),
        // framework-format.md, section 5
        "label-not-translated": Setup(edits: [Edit(framework, "licence: CC BY 4.0\n", "licence: CC BY 4.0\ndont-know: Not sure\n")],
                                      command: ["validate", translation]),
        // commands.md
        "assess-cannot-load": Setup(extra: { framework, _ in
            ["broken.yaml": framework.replacingOccurrences(of: "    weight: 1.5\n", with: "    weight: 1,5\n")]
        }),
        "validate-text": Setup(edits: [Edit(translation, "  use-hours:\n", "  use-hour:\n")]),
        "validate-json": Setup(edits: [Edit(translation, "  use-hours:\n", "  use-hour:\n")]),
        "frameworks-listing": Setup(),
        "new-framework": Setup(),
        "frameworks-broken": Setup(extra: { framework, _ in
            ["my-frameworks/broken.yaml": framework.replacingOccurrences(of: "    weight: 1.5\n", with: "    weight: 1,5\n")]
        }, command: ["frameworks", "--frameworks-dir", "my-frameworks"]),
        "frameworks-translations": Setup(extra: { _, translation in
            let broken = translation.replacingOccurrences(of: "  use-hours:\n", with: "  use-hour:\n")
            return ["my-frameworks/volunteer-data.es.yaml": broken.replacingOccurrences(of: "language: fr", with: "language: es"),
                    "my-frameworks/volunteer-data.fr2.yaml": translation,
                    "my-frameworks/old-survey.fr.yaml": translation.replacingOccurrences(of: "translation: volunteer-data", with: "translation: old-survey")]
        }),
        "frameworks-same-id": Setup(extra: { framework, _ in
            ["more-frameworks/my-skills.yaml": framework.replacingOccurrences(of: "framework: volunteer-data", with: "framework: data-skills")]
        }, command: ["frameworks", "--frameworks-dir", "more-frameworks"]),
        "frameworks-dir-missing": Setup(),
        "usage-error": Setup(),
        // translating.md
        "validate-language": Setup(extra: { _, _ in
            ["de.yaml": "program: maturity\nlanguage: de\ntexts:\n  question-of: Frage {number} von {totl}\n  dont-knw: Weiß nicht\n"]
        }),
        // response-format.md
        "validate-response": Setup(extra: { _, _ in
            ["responses/volunteer-data-20261121-3f9c2a7e.yaml": """
                response: "3f9c2a7e-6c1d-4f0e-9a51-2b7d8e4c1a90"
                framework: volunteer-data
                framework-version: "1.0"
                language: en
                organisation: "Example Trust"
                updated: 2026-11-21T10:20:00Z
                status: complete
                answers:
                  records-contact: "growing"
                  records-consent: "thrivng"
                  use-hour: "starting"

                """]
        }),
    ]

    /// The guide's example folder with the example's changes made.
    static func folder(for setup: Setup) throws -> URL {
        let (framework, translation) = try originals()
        var files = [Self.framework: framework, Self.translation: translation,
                     "my-frameworks/\(Self.framework)": framework, "my-frameworks/\(Self.translation)": translation]
        for edit in setup.edits {
            let text = try #require(files[edit.file])
            #expect(text.contains(edit.find), "the example no longer holds \(String(reflecting: edit.find))")
            files[edit.file] = text.replacingOccurrences(of: edit.find, with: edit.replace)
        }
        files.merge(setup.extra(framework, translation)) { _, new in new }
        let folder = try BinaryRunner.temporaryFolder()
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // U+FFFD stands for a byte that is not UTF-8: the Latin-1 "é" of an old editor.
            var bytes = Data()
            for scalar in text.unicodeScalars {
                if scalar == "\u{FFFD}" { bytes.append(0xE9) } else { bytes.append(contentsOf: Array(String(scalar).utf8)) }
            }
            try bytes.write(to: url)
        }
        return folder
    }

    @Test(arguments: DocExample.all)
    func theExampleIsWhatTheProgramPrints(example: DocExample) throws {
        let setup = try #require(Self.setups[example.name], "no setup for the example \"\(example.name)\"")
        let folder = try Self.folder(for: setup)
        defer { try? FileManager.default.removeItem(at: folder) }
        let place = "\(example.document):\(example.line) (\(example.name))"
        if example.lines.first?.hasPrefix("$ ") == true {
            for (arguments, shown) in example.commands {
                let outcome = try BinaryRunner.run(arguments, in: folder)
                #expect(outcome.output + outcome.errors == shown, "\(place): `maturity \(arguments.joined(separator: " "))` printed:\n\(outcome.output + outcome.errors)")
            }
        } else {
            let outcome = try BinaryRunner.run(setup.command, in: folder)
            let printed = (outcome.output + outcome.errors).components(separatedBy: "\n")
            var next = printed.startIndex
            for line in example.lines where !line.isEmpty {
                guard let found = printed[next...].firstIndex(where: { $0.hasSuffix(line) }) else {
                    Issue.record("\(place): \(String(reflecting: line)) is not in what `maturity \(setup.command.joined(separator: " "))` printed:\n\(printed.joined(separator: "\n"))")
                    return
                }
                next = printed.index(after: found)
            }
        }
    }

    @Test func everyExampleOfOutputIsMarkedAndEverySetupIsUsed() {
        for document in DocExample.documents {
            for (marker, example) in DocExample.blocks(in: document) where marker == nil {
                #expect(!DocExample.looksLikeOutput(example.lines), "\(document):\(example.line): an example of output without `<!-- example: NAME -->`")
            }
        }
        let used = Set(DocExample.all.map(\.name))
        #expect(Set(Self.setups.keys).subtracting(used).isEmpty, "setups for no example: \(Set(Self.setups.keys).subtracting(used).sorted())")
        #expect(DocExample.all.count >= Self.setups.count)
    }
}
