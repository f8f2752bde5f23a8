extension MarkdownReportWriter {
    /// A GitHub-flavoured Markdown table whose columns are padded to line up, so that it reads
    /// as a table in a terminal too. Cells must already be escaped (`ReportText.markdown`):
    /// an escaped pipe (`\|`) stays inside its cell.
    struct Table {
        enum Alignment {
            case left
            case right
        }

        var headers: [String]
        var alignments: [Alignment]
        var rows: [[String]] = []

        /// A table whose first column is text and the others figures (right-aligned).
        init(_ headers: [String], textColumns: Int = 1) {
            self.headers = headers
            alignments = headers.indices.map { $0 < textColumns ? .left : .right }
        }

        mutating func add(_ row: [String]) {
            // Every row has exactly as many cells as the header, whatever the caller passed.
            var cells = Array(row.prefix(headers.count))
            cells += Array(repeating: "", count: headers.count - cells.count)
            rows.append(cells)
        }

        /// The table's lines: header, delimiter, one line per row.
        var lines: [String] {
            var widths = headers.map { max(3, DisplayWidth.of($0)) }
            for row in rows {
                for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
            }
            func line(_ cells: [String]) -> String {
                let padded = cells.enumerated().map { index, cell in
                    let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                    return alignments[index] == .right ? padding + cell : cell + padding
                }
                return "| " + padded.joined(separator: " | ") + " |"
            }
            let delimiter = widths.enumerated().map { index, width in
                alignments[index] == .right ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
            }
            return [line(headers), "| " + delimiter.joined(separator: " | ") + " |"] + rows.map(line)
        }
    }
}
