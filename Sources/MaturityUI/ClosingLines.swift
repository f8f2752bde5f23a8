import MaturityCore

/// The last copy of a response that was written, and where: in the chosen folder, or in the
/// fallback folder when the chosen one refused it.
public struct SavedCopy: Sendable, Equatable {
    public var path: String
    public var response: Response
    public var inFallback: Bool

    public init(path: String, response: Response, inFallback: Bool) {
        self.path = path
        self.response = response
        self.inFallback = inFallback
    }
}

/// What the assessment says as it ends: what is saved, where, and what is not. Worked out from
/// what was last written and what the person gave, never from whether the last save worked: a
/// full disk after three answers leaves those three saved, and the closing lines must say so
/// (and must not advise answering again what is already on disk).
public struct ClosingLines: Sendable, Equatable {
    /// For standard output: where the answers are.
    public var output: [String] = []
    /// For standard error (after "maturity: "): what went elsewhere, and what is not saved.
    public var warnings: [String] = []
    /// True when something went wrong with saving: the command then ends with status 1.
    public var failed = false

    /// The questions whose answer or note as given differs from the copy on disk (all that were
    /// given, when nothing was written), in the framework's order.
    public static func unsavedQuestions(of given: Response, saved: Response?, framework: Framework) -> [Int] {
        framework.questions.enumerated().compactMap { index, question in
            let id = question.id
            let answerDiffers = given.answers[id] != saved?.answers[id]
            let noteDiffers = (given.notes[id] ?? "") != (saved?.notes[id] ?? "")
            return answerDiffers || noteDiffers ? index + 1 : nil
        }
    }

    /// - Parameters:
    /// The one command that makes a report of the saved answers (the way back to the results,
    /// with the charts): `options` name the framework when the report could not find it alone.
    public static func reportCommand(path: String, complete: Bool, options: [String] = []) -> String {
        ShellWords.line(["maturity", "report", path] + (complete ? [] : ["--include-in-progress"]) + options
                        + ["-o", "report.html"])
    }

    ///   - inProgress: how to describe a saved response that is not finished (whether and how
    ///     the same command carries on depends on how it was run).
    ///   - reportOptions: what `maturity report` needs besides the file to find the framework.
    public init(words: ScreenText, framework: Framework, given: Response, saved: SavedCopy?, usedFallback: Bool,
                folder: String, fallbackFolder: String, inProgress: String, reportOptions: [String] = []) {
        let unsaved = Self.unsavedQuestions(of: given, saved: saved?.response, framework: framework)
        if let saved {
            let complete = saved.response.status == .complete
            let state = complete ? words.stateComplete : inProgress
            let path = SafeText.sanitize(saved.path, keepNewlines: false)
            output.append(words.finalSavedIn(path, state))
            output.append(words.reportHow(Self.reportCommand(path: path, complete: complete,
                                                             options: reportOptions.map { SafeText.sanitize($0, keepNewlines: false) })))
        } else if unsaved.isEmpty {
            output.append(words.nothingSaved)
        }
        if usedFallback {
            warnings.append(words.answersKeptElsewhere(SafeText.sanitize(folder, keepNewlines: false),
                                                       SafeText.sanitize(fallbackFolder, keepNewlines: false)))
            failed = true
        }
        if !unsaved.isEmpty {
            warnings.append(words.answersNotSaved(unsaved, SafeText.sanitize(folder, keepNewlines: false),
                                                  SafeText.sanitize(fallbackFolder, keepNewlines: false)))
            failed = true
        }
    }
}
