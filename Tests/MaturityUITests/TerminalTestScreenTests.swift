import MaturityUI
import Testing

/// The `maturity terminal-test` screen as text: what a host sees when checking a projector.
@Suite struct TerminalTestScreenTests {
    static func lines(_ frame: Frame) -> [String] {
        frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func at80x24ItShowsEveryRoleTheWideLineTheSizeAndTheKeys() {
        let frame = TerminalTestScreen.render(size: Size(width: 80, height: 24), lastKey: nil, colour: true)
        let lines = Self.lines(frame)
        #expect(lines.count == 24)
        #expect(lines[0] == " maturity terminal test")
        #expect(lines[2] == " Styles, colour theme:")
        #expect(lines[3] == " normal      title       heading     dim         focus       chosen")
        #expect(lines[4] == " keyHint     warning     error       success     barFilled   barEmpty")
        #expect(lines[5] == " stage1      stage2      stage3      stage4      stage5")
        #expect(lines[7] == " Wide characters: 日本語 café 😀 مرحبا")
        #expect(lines[8] == " Size: 80x24")
        #expect(lines[9] == " Last key: none")
        #expect(lines[23] == " q to quit")
        #expect(frame.cursor == Position(row: 9, column: 11))
    }

    @Test func eachRoleNameIsWrittenInItsOwnRole() {
        let frame = TerminalTestScreen.render(size: Size(width: 80, height: 24), lastKey: nil, colour: true)
        for (index, role) in StyleRole.allCases.enumerated() {
            let row = 3 + index / 6, column = 1 + (index % 6) * 12
            let name = TerminalTestScreen.name(of: role)
            #expect(String(frame.text(ofRow: row).dropFirst(column).prefix(name.count)) == name)
            #expect(frame[row, column].role == role, "\(name)")
            #expect(frame[row, column + name.count - 1].role == role, "\(name)")
        }
        #expect(frame[23, 1].role == .keyHint)
    }

    @Test func wideCharactersTakeTwoColumnsAndLeaveTheirSecondColumnEmpty() {
        let frame = TerminalTestScreen.render(size: Size(width: 80, height: 24), lastKey: nil, colour: true)
        // "Wide characters: " is 17 columns from column 1, so 日本語 sits in columns 18 to 23.
        #expect(frame[7, 18].character == "日")
        #expect(frame[7, 19].character == nil)
        #expect(frame[7, 20].character == "本")
        #expect(frame[7, 22].character == "語")
        #expect(frame[7, 23].character == nil)
        #expect(frame[7, 24].character == " ")
        #expect(frame[7, 28].character == "é")
        #expect(frame[7, 30].character == "😀")
        #expect(frame[7, 31].character == nil)
        #expect(frame[7, 32].character == " ")
        #expect(frame[7, 33].character == "م")
    }

    @Test func theLastKeyIsNamedAndTheMonochromeThemeSaysSo() {
        let size = Size(width: 80, height: 24)
        let typed = Self.lines(TerminalTestScreen.render(size: size, lastKey: .character("é"), colour: false))
        #expect(typed[2] == " Styles, monochrome theme (no colour):")
        #expect(typed[9] == " Last key: \"é\" (U+00E9)")
        let up = TerminalTestScreen.render(size: size, lastKey: .up, colour: false)
        #expect(Self.lines(up)[9] == " Last key: Up")
        #expect(up[9, 11].role == .chosen)
        #expect(TerminalTestScreen.describe(.interrupt) == "Ctrl-C")
        #expect(TerminalTestScreen.describe(.backTab) == "Shift-Tab")
        #expect(TerminalTestScreen.describe(.resize(Size(width: 100, height: 30))) == "resize to 100x30")
        #expect(TerminalTestScreen.describe(.character("👍🏽")) == "\"👍🏽\" (U+1F44D U+1F3FD)")
    }

    @Test func at40x12EverythingStillFits() {
        let lines = Self.lines(TerminalTestScreen.render(size: Size(width: 40, height: 12), lastKey: nil, colour: true))
        #expect(lines[0] == " maturity terminal test")
        #expect(lines[2] == " normal      title       heading")
        #expect(lines[7] == " stage4      stage5")
        #expect(lines[8] == " Wide characters: 日本語 café 😀 مرحبا")
        #expect(lines[9] == " Size: 40x12")
        #expect(lines[10] == " Last key: none")
        #expect(lines[11] == " q to quit")
    }

    @Test func below40x12ItAsksForALargerTerminal() {
        let frame = TerminalTestScreen.render(size: Size(width: 30, height: 8), lastKey: .up, colour: true)
        #expect(frame.text == """



             Please enlarge the terminal
               (need 40x12, have 30x8)


            q to quit
            """)
        #expect(frame[3, 1].role == .warning)
        // One column short still asks; the message wraps at word boundaries.
        let narrow = TerminalTestScreen.render(size: Size(width: 39, height: 24), lastKey: nil, colour: true)
        let words = narrow.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words == "Please enlarge the terminal (need 40x12, have 39x24) q to quit")
        #expect(TerminalTestScreen.render(size: Size(width: 80, height: 11), lastKey: nil, colour: true)
            .text.contains("Please enlarge the terminal (need 40x12, have 80x11)"))
    }
}
