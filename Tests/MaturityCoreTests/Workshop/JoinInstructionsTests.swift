import MaturityCore
import Testing

/// What the projector tells the room: the command with this machine's address, the code, the key.
@Suite struct JoinInstructionsTests {
    typealias Interface = JoinAddresses.Interface

    static let machine = [
        Interface(name: "lo", address: "127.0.0.1", isIPv6: false, isLoopback: true),
        Interface(name: "docker0", address: "172.17.0.1", isIPv6: false, isLoopback: false),
        Interface(name: "eth0", address: "203.0.113.5", isIPv6: false, isLoopback: false),
        Interface(name: "wlan0", address: "192.168.1.23", isIPv6: false, isLoopback: false),
        Interface(name: "wlan0", address: "fe80::1", isIPv6: true, isLoopback: false),
        Interface(name: "wlan0", address: "2001:db8::23", isIPv6: true, isLoopback: false),
        Interface(name: "lo", address: "::1", isIPv6: true, isLoopback: true),
    ]

    @Test func theRoomsOwnNetworkComesFirstAndContainersAreLeftOut() {
        #expect(JoinAddresses.choose(from: Self.machine, listen: "0.0.0.0") == ["192.168.1.23", "203.0.113.5"])
    }

    @Test func listeningOnEveryAddressAddsGlobalIPv6ButNotLinkLocal() {
        #expect(JoinAddresses.choose(from: Self.machine, listen: "::") == ["192.168.1.23", "203.0.113.5", "2001:db8::23"])
    }

    @Test func aParticularAddressIsTheOnlyOneShown() {
        #expect(JoinAddresses.choose(from: Self.machine, listen: "192.168.1.23") == ["192.168.1.23"])
    }

    @Test func withNoNetworkTheLoopbackAddressIsShown() {
        let alone = [Interface(name: "lo", address: "127.0.0.1", isIPv6: false, isLoopback: true)]
        #expect(JoinAddresses.choose(from: alone, listen: "0.0.0.0") == ["127.0.0.1"])
        #expect(JoinAddresses.choose(from: [], listen: "::") == ["::1"])
    }

    @Test func theCommandLeavesOutSSHsOwnPort() {
        let instructions = JoinInstructions(addresses: ["192.168.1.23", "10.0.0.2"], port: 2222, code: "blue kite", fingerprint: "SHA256:x")
        #expect(instructions.command() == "ssh -p 2222 join@192.168.1.23")
        #expect(instructions.command(user: "otter-maple-42") == "ssh -p 2222 otter-maple-42@192.168.1.23")
        #expect(instructions.command(address: "10.0.0.2") == "ssh -p 2222 join@10.0.0.2")
        var standard = instructions
        standard.port = 22
        #expect(standard.command() == "ssh join@192.168.1.23")
    }
}
