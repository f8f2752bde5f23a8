import MaturityCore
import Testing

/// What each participant's assessment is started with: nothing from the participant reaches the
/// command line or the environment unchecked.
@Suite struct ParticipantLaunchTests {
    @Test func theArgumentsNameTheFolderTheResponseAndTheWayBack() {
        let launch = ParticipantLaunch(program: "/usr/bin/maturity", folder: "/srv/answers", framework: "data-maturity",
                                       frameworkFolders: ["/srv/frameworks"], responseID: "abc-123",
                                       rejoinCommand: "ssh -p 2222 otter-maple-42@192.168.1.23", language: "fr", plain: true)
        #expect(launch.arguments == ["/usr/bin/maturity", "assess", "--out", "/srv/answers", "--framework", "data-maturity",
                                     "--frameworks-dir", "/srv/frameworks", "--no-resume", "--response-id", "abc-123",
                                     "--rejoin-command", "ssh -p 2222 otter-maple-42@192.168.1.23", "--lang", "fr", "--plain"])
        let plainless = ParticipantLaunch(program: "m", folder: "f", framework: "x", responseID: "r", rejoinCommand: "c")
        #expect(!plainless.arguments.contains("--plain"))
        #expect(!plainless.arguments.contains("--lang"))
    }

    @Test func theEnvironmentKeepsTheHostsPlacesAndNothingElse() {
        let host = ["HOME": "/home/host", "PATH": "/usr/bin", "XDG_DATA_HOME": "/home/host/data", "SSH_AUTH_SOCK": "/tmp/agent",
                    "LD_PRELOAD": "/tmp/evil.so", "LANG": "fr_FR.UTF-8", "MATURITY_FRAMEWORKS": "/srv/fw"]
        let environment = ParticipantLaunch.environment(host: host, terminalType: "xterm-256color")
        #expect(environment == ["HOME": "/home/host", "PATH": "/usr/bin", "XDG_DATA_HOME": "/home/host/data",
                                "MATURITY_FRAMEWORKS": "/srv/fw", "LANG": "C.UTF-8", "TERM": "xterm-256color"])
        #expect(ParticipantLaunch.environment(host: [:], terminalType: nil)["PATH"] != nil)
    }

    @Test func aTerminalTypeIsANameOrNothing() {
        for good in ["xterm-256color", "screen.xterm-256color", "vt100", "rxvt-unicode+x", "tmux_256"] {
            #expect(ParticipantLaunch.checkedTerminalType(good) == good)
        }
        for bad in ["../../etc/passwd", "xterm\u{1b}[31m", "", ".hidden", "-x", "a b", String(repeating: "x", count: 65), "xterm/evil"] {
            #expect(ParticipantLaunch.checkedTerminalType(bad) == nil, "\(bad)")
        }
        #expect(ParticipantLaunch.environment(host: [:], terminalType: nil)["TERM"] == "dumb")
    }

    @Test func aTerminalTypeThisMachineDoesNotKnowBecomesXterm() {
        let known: Set = ["xterm-256color", "xterm", "screen"]
        func term(_ requested: String?, _ known: Set<String>) -> String? {
            ParticipantLaunch.environment(host: [:], terminalType: requested, isKnown: known.contains)["TERM"]
        }
        #expect(term("screen", known) == "screen")
        #expect(term("alacritty", known) == "xterm-256color", "full screen, not line by line")
        #expect(term("../x", known) == "xterm-256color")
        #expect(term("alacritty", ["xterm"]) == "xterm")
        #expect(term("alacritty", []) == "dumb")
        #expect(term(nil, known) == "dumb")
    }

    @Test func theLanguageComesFromTheLocale() {
        #expect(ParticipantLaunch.language(fromLocale: ["LANG": "fr_FR.UTF-8"]) == "fr")
        #expect(ParticipantLaunch.language(fromLocale: ["LANG": "cy_GB.utf8"]) == "cy")
        #expect(ParticipantLaunch.language(fromLocale: ["LANG": "en_GB.UTF-8", "LC_ALL": "es_ES.UTF-8"]) == "es")
        #expect(ParticipantLaunch.language(fromLocale: ["LC_MESSAGES": "de_DE@euro"]) == "de")
        for none in ["C", "C.UTF-8", "POSIX", "", "x", "12_34", "français"] {
            #expect(ParticipantLaunch.language(fromLocale: ["LANG": none]) == nil, "\(none)")
        }
        #expect(ParticipantLaunch.language(fromLocale: [:]) == nil)
    }
}
