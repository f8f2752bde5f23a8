import MaturityCore
import Testing

/// A framework may rename "Don't know" and "Not applicable" (`dont-know: Not sure`): read,
/// checked, made safe, and translated, with every problem located.
@Suite struct AnswerLabelTests {
    /// The minimal framework with `lines` added after its description.
    static func framework(adding lines: String) -> String {
        FrameworkDecoderTests.minimal.replacingOccurrences(of: "description: Two stages, one question.\n",
                                                           with: "description: Two stages, one question.\n" + lines)
    }

    static func decode(_ text: String) -> (framework: Framework?, diagnostics: [Diagnostic]) {
        FrameworkDecoder.decode(bytes: Array(text.utf8), file: "tiny.yaml")
    }

    @Test func aFrameworkWithoutLabelsKeepsTheLanguagesWords() throws {
        let framework = try #require(Self.decode(FrameworkDecoderTests.minimal).framework)
        #expect(framework.dontKnowLabel == nil)
        #expect(framework.notApplicableLabel == nil)
        #expect(framework.answerLabels == nil)
    }

    @Test func bothLabelsAreRead() throws {
        let (framework, diagnostics) = Self.decode(Self.framework(adding: "dont-know: Not sure\nnot-applicable: Does not apply here\n"))
        #expect(diagnostics.isEmpty)
        let labels = try #require(framework?.answerLabels)
        #expect(labels == AnswerLabels(dontKnow: "Not sure", notApplicable: "Does not apply here"))
        #expect(labels.label(for: .dontKnow) == "Not sure")
        #expect(labels.label(for: .notApplicable) == "Does not apply here")
    }

    @Test func oneLabelAloneLeavesTheOtherToTheLanguage() throws {
        let framework = try #require(Self.decode(Self.framework(adding: "dont-know: Not sure\n")).framework)
        #expect(framework.answerLabels == AnswerLabels(dontKnow: "Not sure", notApplicable: nil))
    }

    /// A `|` text on one line is a label (its closing line break is not part of it).
    @Test func aLabelWrittenWithABarOnOneLineIsRead() throws {
        let framework = try #require(Self.decode(Self.framework(adding: "dont-know: |\n  Not sure\n")).framework)
        #expect(framework.dontKnowLabel == "Not sure")
    }

    @Test func anEmptyLabelIsALocatedError() {
        let (framework, diagnostics) = Self.decode(Self.framework(adding: "dont-know:\n"))
        #expect(framework == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == "empty-text")
        #expect(diagnostics.first?.message == "\"dont-know\" of the framework is empty")
        #expect(diagnostics.first?.mark.line == 6)
    }

    @Test func aLabelOnSeveralLinesIsALocatedError() {
        let (framework, diagnostics) = Self.decode(Self.framework(adding: "not-applicable: |\n  Does not\n  apply\n"))
        #expect(framework == nil)
        #expect(diagnostics.map(\.code) == ["answer-label-on-several-lines"])
        #expect(diagnostics.first?.mark.line == 6)
        #expect(diagnostics.first?.hint?.contains("`not-applicable: Does not`") == true)
    }

    @Test func aLabelWiderThanFortyColumnsIsALocatedError() {
        let wide = String(repeating: "x", count: 41)
        let (framework, diagnostics) = Self.decode(Self.framework(adding: "dont-know: \(wide)\n"))
        #expect(framework == nil)
        #expect(diagnostics.map(\.code) == ["answer-label-too-long"])
        #expect(diagnostics.first?.message == "\"dont-know\" of the framework is 41 columns wide, more than the 40 a label may take")
        #expect(diagnostics.first?.mark == SourceMark(line: 6, column: 12))
        // Forty columns are allowed; so are twenty wide characters, but not twenty-one.
        #expect(Self.decode(Self.framework(adding: "dont-know: \(String(repeating: "x", count: 40))\n")).framework != nil)
        #expect(Self.decode(Self.framework(adding: "dont-know: \(String(repeating: "分", count: 20))\n")).framework != nil)
        #expect(Self.decode(Self.framework(adding: "dont-know: \(String(repeating: "分", count: 21))\n")).framework == nil)
    }

    @Test func aMisspeltLabelKeyIsSuggested() {
        let (_, diagnostics) = Self.decode(Self.framework(adding: "dont-knw: Not sure\n"))
        #expect(diagnostics.map(\.message) == ["\"dont-knw\" is not a known key here; did you mean \"dont-know\"?"])
        let (_, other) = Self.decode(Self.framework(adding: "not-aplicable: No\n"))
        #expect(other.map(\.message) == ["\"not-aplicable\" is not a known key here; did you mean \"not-applicable\"?"])
    }

    /// A rename written under a question is said to belong at the top level.
    @Test func aLabelUnderAQuestionIsSaidToBelongAtTheTop() {
        let text = FrameworkDecoderTests.minimal.replacingOccurrences(of: "        text: Is it so?\n",
                                                                      with: "        text: Is it so?\n        dont-know: Not sure\n")
        let (_, diagnostics) = Self.decode(text)
        #expect(diagnostics.map(\.code) == ["misplaced-key"])
        #expect(diagnostics.first?.message == "\"dont-know\" is not a known key in question \"q1\"")
        #expect(diagnostics.first?.hint?.hasPrefix("\"dont-know\" renames the answer in the whole framework: move it to the top level") == true)
    }

    /// Escape sequences and bidirectional overrides arrive made visible, as in every text.
    @Test func aHostileLabelIsMadeSafe() throws {
        let text = Self.framework(adding: "dont-know: \"\\e[2J\\e[31mNot sure\"\nnot-applicable: \"N/A \\u202Eevil\"\n")
        let (framework, _) = Self.decode(text)
        let labels = try #require(framework?.answerLabels)
        let dontKnow = try #require(labels.dontKnow)
        let notApplicable = try #require(labels.notApplicable)
        #expect(SafeText.isSafe(dontKnow, keepNewlines: false))
        #expect(SafeText.isSafe(notApplicable, keepNewlines: false))
        #expect(!dontKnow.unicodeScalars.contains { $0.value == 0x1B })
        #expect(dontKnow.hasSuffix("Not sure"))
        #expect(notApplicable == "N/A <U+202E>evil")
    }

    @Test func theLabelsDoNotChangeTheFingerprint() throws {
        let plain = try #require(Self.decode(FrameworkDecoderTests.minimal).framework)
        let renamed = try #require(Self.decode(Self.framework(adding: "dont-know: Not sure\n")).framework)
        #expect(plain.fingerprint == renamed.fingerprint)
    }
}
