import MaturityCore

/// The workshop room on the projector (`maturity workshop`): how to join, always at the top; the
/// full-screen join card (j); and the question before ending the workshop for everyone (q).
extension PresenterState {
    /// One row of the room's header: pieces from the left, and a figure at the right.
    struct RoomRow: Equatable {
        var pieces: [Piece]
        var right: Piece?

        struct Piece: Equatable {
            var text: String
            var role: StyleRole
        }
    }

    /// Screens at least this tall show the key's fingerprint in the header as well.
    static let fingerprintRowHeight = 16

    /// The join command and code on one row when they fit beside the count of people connected,
    /// else on two; the fingerprint below when there is room (the join card always has it).
    func roomRows(size: Size) -> [RoomRow] {
        guard let room else { return [] }
        let width = size.width - 2
        let command = room.instructions.command()
        let code = room.instructions.code
        let count = RoomRow.Piece(text: words.presenterConnected(room.connected), role: .heading)
        // The code's and the key's labels line up, each followed by two spaces at least.
        let labelWidth = max(DisplayWidth.of(words.presenterCodeLabel), DisplayWidth.of(words.presenterKeyLabel)) + 2
        func padded(_ label: String) -> String { label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label)) }
        let codeLabel = padded(words.presenterCodeLabel)
        let oneRow = [RoomRow.Piece(text: words.presenterJoinLabel + "  ", role: .dim), .init(text: command, role: .title),
                      .init(text: "   " + codeLabel, role: .dim), .init(text: code, role: .title)]
        var rows: [RoomRow]
        if Self.width(of: oneRow) + 3 + DisplayWidth.of(count.text) <= width {
            rows = [RoomRow(pieces: oneRow, right: count)]
        } else {
            rows = [RoomRow(pieces: [.init(text: fitted(command, width: width), role: .title)], right: nil),
                    RoomRow(pieces: [.init(text: codeLabel, role: .dim), .init(text: code, role: .title)],
                            right: Self.width(of: [.init(text: codeLabel + code, role: .dim)]) + 3 + DisplayWidth.of(count.text) <= width ? count : nil)]
        }
        let key = [RoomRow.Piece(text: padded(words.presenterKeyLabel), role: .dim), .init(text: room.instructions.fingerprint, role: .heading)]
        if size.height >= Self.fingerprintRowHeight, Self.width(of: key) <= width {
            rows.append(RoomRow(pieces: key, right: nil))
        }
        return rows
    }

    static func width(of pieces: [RoomRow.Piece]) -> Int {
        pieces.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    func drawRoomRows(_ rows: [RoomRow], into frame: inout Frame) {
        for (row, line) in rows.enumerated() {
            var column = 1
            for piece in line.pieces { column += frame.put(piece.text, row: row, column: column, role: piece.role) }
            if let right = line.right {
                frame.put(right.text, row: row, column: max(column + 1, frame.size.width - DisplayWidth.of(right.text) - 1), role: right.role)
            }
        }
    }

    /// The card for the projector: each step a participant takes, with the command, the key's
    /// fingerprint and the code in full.
    func joinCardLines(width: Int) -> [StyledLine] {
        guard let room else { return [] }
        let instructions = room.instructions
        var lines: [StyledLine] = []
        // Each step's text hangs under its number; what to type stands out beneath it.
        func step(_ number: String, _ text: String) {
            for (index, part) in TextWrap.lines(text, width: max(1, width - 3)).enumerated() {
                lines.append(StyledLine((index == 0 ? number + " " : "   ") + part, role: .heading))
            }
        }
        func show(_ text: String) {
            lines += StyledLine.wrapped(text, width: width, role: .title, indent: 5)
        }
        step("1.", words.presenterJoinStepTerminal)
        lines.append(.blank)
        step("2.", words.presenterJoinStepType)
        show(instructions.command())
        lines.append(.blank)
        step("3.", words.presenterJoinStepKey)
        show(instructions.fingerprint)
        step("  ", words.presenterJoinStepYes)
        lines.append(.blank)
        step("4.", words.presenterJoinStepCode)
        show(instructions.code)
        lines.append(.blank)
        lines += StyledLine.wrapped(words.presenterJoinRejoin(RoomSettings.joinUser),
                                    width: width, role: .dim)
        lines += StyledLine.wrapped(words.presenterJoinScreenReader(instructions.command(user: RoomSettings.plainUser)),
                                    width: width, role: .dim)
        let others = instructions.addresses.dropFirst()
        if !others.isEmpty {
            lines += StyledLine.wrapped(words.presenterJoinOtherAddresses(others.map { instructions.command(address: $0) }.joined(separator: ",  ")),
                                        width: width, role: .dim)
        }
        lines += StyledLine.wrapped(words.presenterJoinStatus(room.connected, room.joined, room.seats),
                                    width: width, role: .dim)
        return lines
    }

    /// In place of the key hints while the host is asked whether to end the workshop.
    func drawEndConfirmation(into frame: inout Frame) {
        let rows = frame.size.height
        frame.paint(row: rows - 2, role: .warning)
        frame.paint(row: rows - 1, role: .warning)
        frame.put(fitted(words.presenterEndQuestion, width: frame.size.width - 2),
                  row: rows - 2, column: 1, role: .warning)
        frame.put(fitted(words.presenterEndKeys, width: frame.size.width - 2),
                  row: rows - 1, column: 1, role: .warning)
    }
}
