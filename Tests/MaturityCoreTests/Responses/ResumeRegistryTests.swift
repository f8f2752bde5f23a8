import Foundation
import MaturityCore
import Testing

/// Where each person's list of unfinished assessments lives.
@Suite struct ResumeRegistryTests {
    @Test func theStateFolderComesFromXDGThenHome() {
        #expect(ResumeRegistry.defaultFile(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/sam"])
                == "/state/maturity/sessions.json")
        #expect(ResumeRegistry.defaultFile(environment: ["XDG_STATE_HOME": "", "HOME": "/home/sam"])
                == "/home/sam/.local/state/maturity/sessions.json")
        #expect(ResumeRegistry.defaultFile(environment: ["HOME": "/home/sam/"]) == "/home/sam/.local/state/maturity/sessions.json")
    }

    /// Without even HOME, the temporary folder, as Foundation's NSTemporaryDirectory() gave it.
    @Test func withoutHomeTheTemporaryFolderIsUsed() {
        let expected = ((NSTemporaryDirectory() as NSString).appendingPathComponent(".local/state") as NSString)
            .appendingPathComponent("maturity/sessions.json")
        #expect(ResumeRegistry.defaultFile(environment: [:]) == expected)
    }
}
