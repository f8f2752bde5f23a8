import Crypto
import Foundation
import MaturityCore
import NIOSSH

/// The server's own key: made once, kept in the user's data folder, so that participants'
/// SSH clients ask about it on their first connection only.
///
/// The file holds one line, `maturity-host-key ed25519 BASE64`, of the 32-byte private key. It is
/// written with mode 0600 in a folder of mode 0700, complete before it gets its name, and read
/// without following a link. A key file that others may read is refused with the fix (as OpenSSH
/// refuses an unprotected key), since anyone who has it can pass for the workshop.
public struct HostKey: Sendable {
    public let privateKey: Curve25519.Signing.PrivateKey
    public let path: String

    public var sshKey: NIOSSHPrivateKey { NIOSSHPrivateKey(ed25519Key: privateKey) }

    /// "SHA256:" and the base64 (without padding) of the hash of the public key as SSH sends it,
    /// exactly what OpenSSH shows when it asks about a new host.
    public var fingerprint: String {
        var wire: [UInt8] = []
        func append(_ bytes: [UInt8]) {
            let count = UInt32(bytes.count)
            wire += [UInt8(count >> 24), UInt8((count >> 16) & 0xff), UInt8((count >> 8) & 0xff), UInt8(count & 0xff)]
            wire += bytes
        }
        append(Array("ssh-ed25519".utf8))
        append(Array(privateKey.publicKey.rawRepresentation))
        let digest = Data(SHA256.hash(data: wire)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    static let header = "maturity-host-key ed25519 "

    /// `$XDG_DATA_HOME/maturity/workshop-host-key`, or under `~/.local/share`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Paths.appending(".local/share", to: environment["HOME"] ?? "/tmp")
        return Paths.appending("workshop-host-key", to: Paths.appending("maturity", to: base))
    }

    /// Reads the key at `path`, or makes and saves a new one when there is none.
    public static func loadOrCreate(at path: String) throws(Problem) -> HostKey {
        if let existing = try read(path) { return existing }
        let key = Curve25519.Signing.PrivateKey()
        try save(key, to: path)
        // Read back what is on disk: two workshops started at once keep one key between them.
        guard let saved = try read(path) else { throw Problem(description: "the workshop's key could not be read back from \(path)") }
        return saved
    }

    static func read(_ path: String) throws(Problem) -> HostKey? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw Problem(description: "\(path) is a link; the workshop's key must be a plain file (remove the link to make a new key)") }
            throw Problem(description: "cannot read the workshop's key \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw Problem(description: "\(path) is not a plain file; remove it to make a new key")
        }
        if status.st_uid != getuid() {
            throw Problem(description: "\(path) belongs to another user; remove it to make a new key")
        }
        if status.st_mode & 0o077 != 0 {
            throw Problem(description: "\(path) may be read by other users, who could then pass for this workshop; run chmod 600 \(path), or remove it to make a new key")
        }
        var bytes = [UInt8](repeating: 0, count: 512)
        let count = Foundation.read(descriptor, &bytes, bytes.count)
        guard count > 0 else { throw Problem(description: "\(path) is empty; remove it to make a new key") }
        let text = String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix(header), let raw = Data(base64Encoded: String(text.dropFirst(header.count))),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw Problem(description: "\(path) is not a workshop key; remove it to make a new one")
        }
        return HostKey(privateKey: key, path: path)
    }

    static func save(_ key: Curve25519.Signing.PrivateKey, to path: String) throws(Problem) {
        let folder = Paths.parent(of: path)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Problem(description: "cannot make the folder \(folder) for the workshop's key: \(error.localizedDescription)")
        }
        let temporary = path + ".new-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Problem(description: "cannot save the workshop's key in \(folder): \(String(cString: strerror(errno)))")
        }
        let line = Array((header + key.rawRepresentation.base64EncodedString() + "\n").utf8)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == line.count, synced else {
            unlink(temporary)
            throw Problem(description: "cannot save the workshop's key in \(folder): the disk may be full")
        }
        // link(2) fails when a key appeared meanwhile: the first one made stays.
        if link(temporary, path) != 0 && errno != EEXIST {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Problem(description: "cannot save the workshop's key as \(path): \(reason)")
        }
        unlink(temporary)
    }
}
