#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MaturityCore
import MaturityUI

/// Saves a person's response after every answer: into the chosen folder, or, when that fails
/// (a full disk, a read-only or vanished folder), into a fallback folder that the message names.
final class AnswerSaver {
    let folder: String
    let fallbackFolder: String
    let framework: Framework
    /// The words of the messages, in the framework's language.
    let words: ScreenText
    let registry: ResumeRegistry
    /// False on an account several people share: nobody's file is remembered as theirs.
    let remembers: Bool
    /// Answers went to the fallback folder because the chosen one failed.
    private(set) var usedFallback = false
    /// The last copy written, in either folder: what the closing lines say is saved.
    private(set) var lastSaved: SavedCopy?
    private var fallbackPath: String?
    /// This session's claim on its response file: held from the moment the session picks the
    /// file up (resumed or made) until the process ends.
    private var lock: FileLock?

    init(folder: String, framework: Framework, words: ScreenText, registry: ResumeRegistry, remembers: Bool = true,
         fallbackFolder: String) {
        self.folder = folder
        self.framework = framework
        self.words = words
        self.registry = registry
        self.remembers = remembers
        self.fallbackFolder = fallbackFolder
    }

    /// Makes the folder; returns a sentence to show when it cannot be made.
    func prepare() -> String? {
        do {
            try ResponseStore(folder: folder).prepare()
            return nil
        } catch {
            return words.folderUnusable(error.description, fallbackFolder)
        }
    }

    /// Claims an existing response file for this session, waiting up to `seconds` for another
    /// session to let go of it; false when another session still has it open.
    func claim(_ path: String, waitingUpTo seconds: Double = 0) -> Bool {
        if lock?.path == path { return true }
        guard let taken = FileLock.acquire(path, waitingUpTo: seconds) else { return false }
        lock = taken
        return true
    }

    enum Outcome {
        case saved(String)
        case failed(String)
    }

    /// Writes the response; `path` is its file once it has one.
    func save(_ response: Response, at path: String?) -> Outcome {
        let store = ResponseStore(folder: folder)
        do {
            let saved: String
            if let path, !path.hasPrefix(fallbackFolder) {
                // Never over a file another session has open: its answers would be lost.
                guard claim(path) else { return saveToFallback(response, reason: words.openInAnotherSession) }
                try store.save(response, at: path, framework: framework)
                saved = path
            } else {
                saved = try store.create(response, framework: framework)
                // A new file is nobody else's yet: claimed before anyone can be offered it.
                _ = claim(saved)
            }
            remember(response, at: saved, in: folder)
            lastSaved = SavedCopy(path: saved, response: response, inFallback: false)
            return .saved(saved)
        } catch {
            return saveToFallback(response, reason: error.reason)
        }
    }

    private func saveToFallback(_ response: Response, reason: String) -> Outcome {
        let store = ResponseStore(folder: fallbackFolder)
        do {
            try store.prepare()
            if let fallbackPath {
                try store.save(response, at: fallbackPath, framework: framework)
            } else {
                fallbackPath = try store.create(response, framework: framework)
            }
            usedFallback = true
            if let fallbackPath { lastSaved = SavedCopy(path: fallbackPath, response: response, inFallback: true) }
            return .failed(words.saveKeptElsewhere(reason, folder, fallbackPath ?? fallbackFolder))
        } catch {
            return .failed(words.saveFailedTwice(reason, folder, error.reason, fallbackFolder))
        }
    }

    /// The session carries on a response already on disk: that copy is what is saved so far.
    func resumed(_ response: Response, at path: String) {
        lastSaved = SavedCopy(path: path, response: response, inFallback: path.hasPrefix(fallbackFolder))
    }

    /// Whether every answer and note in `response` is in the copy last written.
    func hasSaved(everythingIn response: Response) -> Bool {
        ClosingLines.unsavedQuestions(of: response, saved: lastSaved?.response, framework: framework).isEmpty
    }

    private func remember(_ response: Response, at path: String, in folder: String) {
        guard remembers else { return }
        if response.status == .complete {
            registry.rememberFinished(framework: framework.id, folder: folder, path: path, response: response.id)
        } else {
            registry.remember(framework: framework.id, folder: folder, path: path, response: response.id)
        }
    }
}
