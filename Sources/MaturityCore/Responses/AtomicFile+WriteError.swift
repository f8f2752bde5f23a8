#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// Why a file could not be written: its kind, decided from the system's error number where
    /// there is one (never from the words of a message, which differ by language and release),
    /// and the reason in plain words for people.
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public enum Kind: Equatable, Sendable {
            /// Something is already at the name (EEXIST): nothing was replaced.
            case exists
            /// ENOSPC.
            case diskFull
            /// EDQUOT.
            case quotaExceeded
            /// EACCES or EPERM.
            case permissionDenied
            /// EROFS.
            case readOnly
            /// ENOENT: the folder is not there (any more).
            case noFolder
            /// ENOTDIR: part of the path is a file.
            case notAFolder
            /// The name is a folder, or a link that is not followed, or holds another person's
            /// answers: refused by the program, not the system.
            case refused
            /// Any other error number.
            case other(Int32)

            public init(errorNumber: Int32) {
                switch errorNumber {
                case EEXIST: self = .exists
                case ENOSPC: self = .diskFull
                case EDQUOT: self = .quotaExceeded
                case EACCES, EPERM: self = .permissionDenied
                case EROFS: self = .readOnly
                case ENOENT: self = .noFolder
                case ENOTDIR: self = .notAFolder
                default: self = .other(errorNumber)
                }
            }
        }

        public var path: String
        public var kind: Kind
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        /// A refusal of the program's own, with its reason.
        public init(path: String, kind: Kind = .refused, reason: String) {
            self.path = path
            self.kind = kind
            self.reason = reason
        }

        /// The system's error `number`, in plain words.
        public init(path: String, errorNumber number: Int32) {
            self.init(path: path, kind: Kind(errorNumber: number), reason: AtomicFile.reason(forErrorNumber: number))
        }
    }

    /// A system error number in plain words.
    static func reason(forErrorNumber number: Int32) -> String {
        switch Kind(errorNumber: number) {
        case .exists: return "it already exists"
        case .diskFull: return "the disk is full"
        case .quotaExceeded: return "the disk quota is used up"
        case .permissionDenied: return "permission denied"
        case .readOnly: return "the folder is read-only"
        case .noFolder: return "the folder does not exist"
        case .notAFolder, .refused, .other: return String(cString: strerror(number))
        }
    }
}

private typealias Kind = AtomicFile.WriteError.Kind
