import MaturityCore
import Testing

/// The room code and the rejoin names: read off a wall, typed on any keyboard, never guessed
/// by accident.
@Suite struct RoomCodeTests {
    @Test func aCodeIsAcceptedHoweverItIsSpacedOrCapitalised() throws {
        let code = try #require(RoomCode("blue kite"))
        for typed in ["blue kite", "Blue Kite", "BLUE-KITE", "bluekite", "  blue   kite ", "blue_kite", "blue.kite"] {
            #expect(code.accepts(typed), "\(typed)")
        }
        for typed in ["blue", "blue kites", "kite blue", "", "blue kit", "bluekite1"] {
            #expect(!code.accepts(typed), "\(typed)")
        }
    }

    @Test func theHostsWordingIsShownWithItsSpacesTidied() throws {
        #expect(try #require(RoomCode("  Blue   Kite ")).shown == "Blue Kite")
        #expect(try #require(RoomCode("Tea-Pot 42")).key == "teapot42")
    }

    @Test func aCodeNeedsFourLettersOrDigits() {
        #expect(RoomCode("abc") == nil)
        #expect(RoomCode("a-b-c") == nil)
        #expect(RoomCode("!!!! ----") == nil)
        #expect(RoomCode("abcd") != nil)
    }

    @Test func lettersBeyondASCIIAreKeptAsTheyAre() throws {
        let code = try #require(RoomCode("thé vert"))
        #expect(code.accepts("THÉ VERT") == false, "only ASCII letters are case-folded")
        #expect(code.accepts("thévert"))
    }

    @Test func madeUpCodesAreTwoDifferentListedWords() {
        var generator = SplitMix(state: 7)
        var seen = Set<String>()
        for _ in 0..<2_000 {
            let code = RoomCode.random(using: &generator)
            let words = code.shown.split(separator: " ").map(String.init)
            #expect(words.count == 2)
            #expect(words[0] != words[1])
            #expect(words.allSatisfy(RoomWords.all.contains))
            #expect(code.accepts(code.shown))
            seen.insert(code.shown)
        }
        #expect(seen.count > 1_900, "codes repeat far more than two words from \(RoomWords.all.count) should")
    }

    @Test func theWordsAreShortPlainAndDistinct() {
        #expect(Set(RoomWords.all).count == RoomWords.all.count)
        #expect(RoomWords.all.count >= 200)
        for word in RoomWords.all {
            #expect((2...8).contains(word.count), "\(word)")
            #expect(word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }, "\(word)")
        }
    }

    @Test func rejoinNamesAreTwoWordsAndANumber() throws {
        var generator = SplitMix(state: 11)
        for _ in 0..<1_000 {
            let name = RejoinName.random(using: &generator)
            #expect(RejoinName(name.text) == name)
            #expect(RejoinName(name.text.uppercased()) == name, "typed in capitals, it is the same name")
        }
        #expect(RejoinName("otter-maple-42") != nil)
        for notAName in ["join", "plain", "otter-maple", "otter-maple-4", "otter-maple-100", "otter-notaword-42",
                         "otter-maple-42-1", "otter maple 42", "", "root"] {
            #expect(RejoinName(notAName) == nil, "\(notAName)")
        }
    }

    @Test func theSeatNameIsReadFromTheRejoinCommand() {
        #expect(WorkshopSeat(rejoinCommand: "ssh -p 2222 otter-maple-42@192.168.1.23").name == "otter-maple-42")
        #expect(WorkshopSeat(rejoinCommand: "ssh otter-maple-42@host").name == "otter-maple-42")
    }
}
