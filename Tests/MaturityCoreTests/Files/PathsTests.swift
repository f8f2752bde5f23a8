import Foundation
import MaturityCore
import PropertyBased
import Testing

/// `Paths` stands in for Foundation's `NSString` path methods, which the shipped binary no
/// longer links: the same answers, edge cases included, checked against Foundation itself.
@Suite struct PathsTests {
    @Test func lastComponentIgnoresTrailingAndRepeatedSlashes() {
        #expect(Paths.lastComponent(of: "/a/b/c.yaml") == "c.yaml")
        #expect(Paths.lastComponent(of: "/a/b/") == "b")
        #expect(Paths.lastComponent(of: "a//b//") == "b")
        #expect(Paths.lastComponent(of: "name") == "name")
        #expect(Paths.lastComponent(of: "/") == "/")
        #expect(Paths.lastComponent(of: "") == "")
        #expect(Paths.lastComponent(of: ".") == ".")
        #expect(Paths.lastComponent(of: "./x") == "x")
    }

    @Test func parentIsEverythingBeforeTheLastComponent() {
        #expect(Paths.parent(of: "/a/b/c.yaml") == "/a/b")
        #expect(Paths.parent(of: "/a/b/") == "/a")
        #expect(Paths.parent(of: "/a") == "/")
        #expect(Paths.parent(of: "/") == "/")
        #expect(Paths.parent(of: "a") == "")
        #expect(Paths.parent(of: "a/b") == "a")
        #expect(Paths.parent(of: "a//b") == "a")
        #expect(Paths.parent(of: "") == "")
        #expect(Paths.parent(of: ".") == "")
        #expect(Paths.parent(of: "./x") == ".")
        // Foundation's NSString traps on these (one character after tidying the slashes).
        #expect(Paths.parent(of: "z") == "")
        #expect(Paths.parent(of: "z/") == "")
        #expect(Paths.parent(of: "./") == "")
    }

    @Test func appendingPutsOneSlashBetweenUnlessOneIsThere() {
        #expect(Paths.appending("b", to: "a") == "a/b")
        #expect(Paths.appending("b", to: "a/") == "a/b")
        #expect(Paths.appending("b", to: "/") == "/b")
        #expect(Paths.appending("b", to: "") == "b")
        #expect(Paths.appending("", to: "a") == "a")
        #expect(Paths.appending(".local/state", to: "/home/sam") == "/home/sam/.local/state")
    }

    @Test func extensionsAndDotFiles() {
        #expect(Paths.pathExtension(of: "report.HTML") == "HTML")
        #expect(Paths.pathExtension(of: "a/b.tar.gz") == "gz")
        #expect(Paths.pathExtension(of: "README") == "")
        #expect(Paths.pathExtension(of: ".profile") == "")
        #expect(Paths.pathExtension(of: "folder.d/file") == "")
        #expect(Paths.pathExtension(of: "name.") == "")
        #expect(Paths.pathExtension(of: "..") == "")
        #expect(Paths.pathExtension(of: "out.csv/") == "csv")
        #expect(Paths.deletingExtension(of: "data-maturity.fr.yaml") == "data-maturity.fr")
        #expect(Paths.deletingExtension(of: "README") == "README")
        #expect(Paths.deletingExtension(of: ".profile") == ".profile")
        #expect(Paths.deletingExtension(of: "name.") == "name")
        #expect(Paths.deletingExtension(of: "a/b.yaml/") == "a/b")
        #expect(Paths.deletingExtension(of: "/") == "/")
    }

    /// Where Foundation's own answer is not one to copy. Its `deletingLastPathComponent` fails a
    /// precondition, stopping the program, on a path of one character other than a slash (once
    /// repeated and trailing slashes go), such as "z" or "./". And after collapsing one run of
    /// slashes it reads on at a stale position: a second run is left half collapsed ("a///b//c"
    /// has the parent "a/b/"), and non-ASCII text after the run can stop the program ("a//é").
    static func foundationIsReliable(for path: String, parent: Bool) -> Bool {
        let runs = path.matches(of: /\/\/+/).count
        if runs > 1 || (runs == 1 && !path.allSatisfy(\.isASCII)) { return false }
        guard parent else { return true }
        var fixed = path.replacing(/\/+/, with: "/")
        if fixed != "/", fixed.hasSuffix("/") { fixed.removeLast() }
        return fixed == "/" || fixed.utf16.count != 1
    }

    @Test func everyRunOfSlashesCountsAsOne() {
        #expect(Paths.parent(of: "a///b//c") == "a/b")
        #expect(Paths.parent(of: "x///y//z/w") == "x/y/z")
        #expect(Paths.lastComponent(of: "a//é") == "é")
        #expect(Paths.parent(of: "//é") == "/")
        #expect(Paths.deletingExtension(of: "a//b//c.yaml//") == "a/b/c")
    }

    static let awkwardPaths = [
        "", "/", "//", "///", ".", "..", "...", "./", "../", "/.", "/..", "a", "a/", "a//", "/a", "//a",
        "a/b", "a//b/", "a//b//c", "a//é", "/a/b/c", ".profile", "a/.profile", "a/.profile/", "name.", "a.b.c", "a.b/c",
        "a.b/", "/a.", ".a.b", "..a", "a..", "x/..", "x/../y.z", "café/日本.yaml", "😀.😀", "a /b .c",
        "/tmp/", "~/x.yaml", "a\u{301}/b\u{301}.e\u{301}",
    ]

    @Test(arguments: awkwardPaths)
    func sameAnswersAsFoundation(path: String) {
        guard Self.foundationIsReliable(for: path, parent: false) else { return }
        let foundation = path as NSString
        #expect(Paths.lastComponent(of: path) == foundation.lastPathComponent)
        if Self.foundationIsReliable(for: path, parent: true) {
            #expect(Paths.parent(of: path) == foundation.deletingLastPathComponent)
        }
        #expect(Paths.pathExtension(of: path) == foundation.pathExtension)
        #expect(Paths.deletingExtension(of: path) == foundation.deletingPathExtension)
        for other in ["", "b", "/b", "b/", ".c"] {
            #expect(Paths.appending(other, to: path) == foundation.appendingPathComponent(other))
        }
    }

    @Test func sameAnswersAsFoundationForAnyPathOfSlashesDotsAndNames() async {
        let pieces = Gen.element(of: ["/", "/", ".", "a", "b", "é", " ", "..", "x.y"]).map { $0! }
        await propertyCheck(count: 500, input: pieces.array(of: 0...8), pieces.array(of: 0...3)) { parts, other in
            let path = parts.joined(), component = other.joined()
            guard Self.foundationIsReliable(for: path, parent: false) else { return }
            let foundation = path as NSString
            #expect(Paths.lastComponent(of: path) == foundation.lastPathComponent, "\(path)")
            if Self.foundationIsReliable(for: path, parent: true) {
                #expect(Paths.parent(of: path) == foundation.deletingLastPathComponent, "\(path)")
            }
            #expect(Paths.pathExtension(of: path) == foundation.pathExtension, "\(path)")
            #expect(Paths.deletingExtension(of: path) == foundation.deletingPathExtension, "\(path)")
            #expect(Paths.appending(component, to: path) == foundation.appendingPathComponent(component), "\(path) + \(component)")
        }
    }
}
