/// How a participant joins the room, as the projector and the join card show it: the `ssh`
/// command for each address of this machine, the room code, and the server key's fingerprint
/// (what OpenSSH asks about on the first connection).
public struct JoinInstructions: Sendable, Equatable {
    /// The addresses to show, the likeliest first (see `JoinAddresses`).
    public var addresses: [String]
    public var port: Int
    public var code: String
    /// "SHA256:…", as `ssh` prints it.
    public var fingerprint: String

    public init(addresses: [String], port: Int, code: String, fingerprint: String) {
        self.addresses = addresses
        self.port = port
        self.code = code
        self.fingerprint = fingerprint
    }

    /// The address on the projector.
    public var mainAddress: String { addresses.first ?? "127.0.0.1" }

    /// `ssh -p 2222 join@192.168.1.23`; the port is left out when it is SSH's own, 22.
    public func command(user: String = RoomSettings.joinUser, address: String? = nil) -> String {
        let host = address ?? mainAddress
        return port == 22 ? "ssh \(user)@\(host)" : "ssh -p \(port) \(user)@\(host)"
    }
}

/// Which of this machine's addresses a room can reach, best first.
public enum JoinAddresses {
    public struct Interface: Sendable, Equatable {
        public var name: String
        public var address: String
        public var isIPv6: Bool
        public var isLoopback: Bool

        public init(name: String, address: String, isIPv6: Bool, isLoopback: Bool) {
            self.name = name
            self.address = address
            self.isIPv6 = isIPv6
            self.isLoopback = isLoopback
        }
    }

    /// Interfaces of containers and virtual machines: reachable from this machine only.
    static let virtualPrefixes = ["docker", "br-", "veth", "virbr", "vmnet", "lxc", "cni", "flannel", "podman"]

    /// The addresses to show for a server listening on `listen`: that address alone when it is a
    /// particular one; otherwise the machine's IPv4 addresses on real networks (private ones
    /// first, as a room's Wi-Fi gives), then global IPv6 ones when listening on `::`, and the
    /// loopback address only when there is nothing else.
    public static func choose(from interfaces: [Interface], listen: String) -> [String] {
        let everyIPv4 = listen == "0.0.0.0"
        let everyAddress = listen == "::"
        guard everyIPv4 || everyAddress else { return [listen] }
        let real = interfaces.filter { interface in
            !interface.isLoopback && !virtualPrefixes.contains { interface.name.hasPrefix($0) }
        }
        var chosen = real.filter { !$0.isIPv6 }.map(\.address)
        chosen.sort { isPrivate($0) && !isPrivate($1) }
        if everyAddress {
            chosen += real.filter { $0.isIPv6 && !$0.address.lowercased().hasPrefix("fe80") }.map(\.address)
        }
        var seen = Set<String>()
        chosen = chosen.filter { seen.insert($0).inserted }
        return chosen.isEmpty ? [everyAddress ? "::1" : "127.0.0.1"] : chosen
    }

    /// 10/8, 172.16/12 and 192.168/16: the ranges of home, office and venue networks.
    static func isPrivate(_ address: String) -> Bool {
        let parts = address.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 4 else { return false }
        return parts[0] == 10 || (parts[0] == 172 && (16...31).contains(parts[1])) || (parts[0] == 192 && parts[1] == 168)
    }
}
