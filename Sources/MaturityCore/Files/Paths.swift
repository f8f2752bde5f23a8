/// Path strings taken apart and joined, exactly as Foundation's `NSString` path methods do on
/// Linux, so that maturity needs only FoundationEssentials (which has none of them): the full
/// Foundation brings ICU's data and several megabytes of memory with it.
///
/// Only "/" separates components. Runs of slashes count as one, and a trailing slash is ignored,
/// except in `appending`, which joins the text as given.
public enum Paths {
    /// `folder/name`: one slash between them unless `folder` already ends with one; either part
    /// alone when the other is empty (`appendingPathComponent`).
    public static func appending(_ component: String, to path: String) -> String {
        if component.isEmpty { return path }
        if path.isEmpty { return component }
        return path.hasSuffix("/") ? path + component : path + "/" + component
    }

    /// The last component: `"b"` for `"/a/b/"`, `"/"` for `"/"` (`lastPathComponent`).
    public static func lastComponent(of path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed.utf16.count <= 1 { return fixed }
        return String(fixed[startOfLastComponent(fixed)...])
    }

    /// Everything before the last component: `"/a"` for `"/a/b/"`, `"/"` for `"/a"`, `""` for
    /// `"a"` (`deletingLastPathComponent`).
    public static func parent(of path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        let start = startOfLastComponent(fixed)
        if start == fixed.startIndex { return "" }
        if start == fixed.index(after: fixed.startIndex) { return "/" }
        return String(fixed[..<fixed.index(before: start)])
    }

    /// The text after the last dot of the last component, `""` when there is none; a dot file
    /// such as `".profile"` has no extension (`pathExtension`).
    public static func pathExtension(of path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed.utf16.count > 1, let start = startOfExtension(fixed) else { return "" }
        return String(fixed[start...])
    }

    /// The path without the extension of its last component, and without a trailing slash
    /// (`deletingPathExtension`).
    public static func deletingExtension(of path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed.utf16.count > 1, let start = startOfExtension(fixed) else { return fixed }
        return String(fixed[..<fixed.index(before: start)])
    }

    // MARK: - The rules Foundation applies before taking a path apart

    /// Runs of slashes made one, then one trailing slash dropped; `"/"` stays as it is.
    static func fixingSlashes(_ path: String) -> String {
        if path == "/" { return path }
        var result = ""
        result.reserveCapacity(path.utf8.count)
        var previousWasSlash = false
        for character in path {
            let isSlash = character == "/"
            if !(isSlash && previousWasSlash) { result.append(character) }
            previousWasSlash = isSlash
        }
        if result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// Where the last component starts in a path with no trailing slash.
    private static func startOfLastComponent(_ fixed: String) -> String.Index {
        var position = fixed.endIndex
        while position > fixed.startIndex {
            let previous = fixed.index(before: position)
            if fixed[previous] == "/" { break }
            position = previous
        }
        return position
    }

    /// Just after the extension's dot, or nil: no dot, a leading dot, or the component `".."`.
    private static func startOfExtension(_ fixed: String) -> String.Index? {
        let componentStart = startOfLastComponent(fixed)
        var position = fixed.endIndex
        while position > componentStart {
            let previous = fixed.index(before: position)
            if fixed[previous] == "." {
                if previous == componentStart { return nil }
                let beforeDot = fixed.index(before: previous)
                if position == fixed.endIndex, beforeDot == componentStart, fixed[beforeDot] == "." { return nil }
                return position
            }
            position = previous
        }
        return nil
    }
}
