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
    /// An answer could be saved in neither folder.
    private(set) var lostAnswers = false
    private var fallbackPath: String?

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
                try store.save(response, at: path, framework: framework)
                saved = path
            } else {
                saved = try store.create(response, framework: framework)
            }
            remember(response, at: saved, in: folder)
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
            return .failed(words.saveKeptElsewhere(reason, folder, fallbackPath ?? fallbackFolder))
        } catch {
            lostAnswers = true
            return .failed(words.saveFailedTwice(reason, folder, error.reason, fallbackFolder))
        }
    }

    private func remember(_ response: Response, at path: String, in folder: String) {
        guard remembers else { return }
        if response.status == .complete {
            registry.forget(path: path)
        } else {
            registry.remember(framework: framework.id, folder: folder, path: path, response: response.id)
        }
    }
}
