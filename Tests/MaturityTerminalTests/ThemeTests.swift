import MaturityTerminal
import MaturityUI
import Testing

/// Nothing a person needs to read is dim: dim text is hard to read for people with low vision,
/// under NO_COLOR and on a light background alike.
@Suite struct ThemeTests {
    static let themes = [Theme.monochrome, Theme.colour(colourCount: 8), Theme.colour(colourCount: 256)]
    /// The roles that carry words or values (every role but the empty part of a bar, whose
    /// score is written beside it).
    static let readRoles: [StyleRole] = [.normal, .title, .heading, .dim, .focus, .chosen, .keyHint, .warning,
                                         .error, .success, .barFilled, .stage1, .stage2, .stage3, .stage4, .stage5]

    @Test(arguments: themes)
    func noRoleThatIsReadIsDim(theme: Theme) {
        for role in Self.readRoles {
            #expect(!theme.style(for: role).dim, "\(theme.name): \(role) is dim")
        }
    }

    /// The key bar in the terminal's own foreground, readable on a dark or a light background.
    @Test(arguments: themes)
    func theKeyBarHasTheTerminalsOwnColour(theme: Theme) {
        #expect(theme.style(for: .keyHint).foreground == nil)
    }
}
