#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Colours for a framework's stages: one sequential scale from light to dark, so the stages
/// stay in order when printed in grey, with the text colour that reads on each. Charts never
/// rely on colour alone: every bar and segment is also labelled or ordered by stage.
struct StagePalette {
    /// Fill colours, first stage lightest.
    var fills: [String]
    /// Text colour that contrasts with each fill.
    var inks: [String]

    /// Anchor colours (teal-blue, light to dark, each step darker in grey as well).
    private static let anchors: [(Double, Double, Double)] = [
        (0xE4, 0xF0, 0xEC), (0xA8, 0xD5, 0xCB), (0x5F, 0xA8, 0xA3), (0x2B, 0x73, 0x84), (0x18, 0x3B, 0x5E),
    ]

    init(stageCount: Int) {
        let count = max(stageCount, 1)
        var fills: [String] = []
        var inks: [String] = []
        for index in 0..<count {
            let position = count == 1 ? 1.0 : Double(index) / Double(count - 1) * Double(Self.anchors.count - 1)
            let lower = min(Int(position), Self.anchors.count - 2)
            let fraction = position - Double(lower)
            let a = Self.anchors[lower]
            let b = Self.anchors[lower + 1]
            let rgb = (a.0 + (b.0 - a.0) * fraction, a.1 + (b.1 - a.1) * fraction, a.2 + (b.2 - a.2) * fraction)
            fills.append(Self.hex(rgb))
            // Relative luminance decides between dark and white text.
            let luminance = 0.2126 * Self.linear(rgb.0) + 0.7152 * Self.linear(rgb.1) + 0.0722 * Self.linear(rgb.2)
            inks.append(luminance > 0.25 ? "#14232e" : "#ffffff")
        }
        self.fills = fills
        self.inks = inks
    }

    func fill(_ stage: Int?) -> String {
        guard let stage, fills.indices.contains(stage) else { return "#d9dde1" }
        return fills[stage]
    }

    func ink(_ stage: Int?) -> String {
        guard let stage, inks.indices.contains(stage) else { return "#14232e" }
        return inks[stage]
    }

    /// sRGB channel 0...255 to linear light, for the relative luminance of WCAG.
    private static func linear(_ channel: Double) -> Double {
        let c = channel / 255
        return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    private static func hex(_ rgb: (Double, Double, Double)) -> String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for channel in [rgb.0, rgb.1, rgb.2] {
            let value = min(max(Int(channel.rounded()), 0), 255)
            out.append(digits[value / 16])
            out.append(digits[value % 16])
        }
        return out
    }
}
