import MaturityUI
import Testing

/// Escape sequences ncurses passes through undecoded (TERM not matching the terminal) become
/// the keys they stand for, or nothing: never Escape followed by characters.
@Suite struct EscapeSequenceTests {
    @Test(arguments: [
        ("[A", Key.up), ("[B", .down), ("[C", .right), ("[D", .left), ("OA", .up), ("OD", .left),
        ("[H", .home), ("[F", .end), ("OH", .home), ("OF", .end), ("[1~", .home), ("[7~", .home),
        ("[4~", .end), ("[8~", .end), ("[5~", .pageUp), ("[6~", .pageDown), ("[3~", .delete),
        ("[Z", .backTab), ("OM", .enter), ("[1;5A", .up), ("[5;2~", .pageUp),
        ("[200~", .pasteStart), ("[201~", .pasteEnd),
    ])
    func knownSequencesAreKeys(body: String, key: Key) {
        #expect(Key(escapeSequence: body) == key)
    }

    @Test(arguments: ["[2~", "[15~", "OP", "[M", "[<0;3;4M", "[", "O", "", "x", "[202~"])
    func otherSequencesAreDropped(body: String) {
        #expect(Key(escapeSequence: body) == nil)
    }
}
