/// Commands written out for a person to copy into a shell: each word as the shell reads it
/// back, quoted only when it must be.
public enum ShellWords {
    /// `word` unchanged when the shell takes it as it is, else in single quotes (a single
    /// quote inside written as `'\''`).
    public static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+=,:@%".unicodeScalars.contains(scalar))
        }
        if plain { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The words joined into one command line.
    public static func line(_ words: [String]) -> String {
        words.map(quoted).joined(separator: " ")
    }
}
