// swift-tools-version:6.0
import PackageDescription

// The built-in frameworks live in frameworks/ (their source of truth) and are compiled into the
// binary through a symbolic link, so `maturity` finds them from any directory.
let builtInFrameworkFiles = [
    "data-maturity.yaml",
    "data-maturity.fr.yaml",
    "data-skills.yaml",
    "data-sharing-readiness.yaml",
]

let package = Package(
    name: "maturity",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "maturity", targets: ["maturity"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Pure Swift: no terminal, no ncurses.
        .target(name: "MaturityCore"),
        // The shipped framework files as bytes, embedded in code.
        .target(
            name: "MaturityFrameworks",
            resources: builtInFrameworkFiles.map { .embedInCode("files/\($0)") }
        ),
        // Pure state, reducer and renderer for the screens.
        .target(name: "MaturityUI", dependencies: ["MaturityCore"]),
        // The only code that touches ncurses.
        .systemLibrary(name: "CNcursesw"),
        .target(name: "MaturityTerminal", dependencies: ["MaturityUI", "CNcursesw"]),
        .executableTarget(
            name: "maturity",
            dependencies: [
                "MaturityCore", "MaturityFrameworks", "MaturityUI", "MaturityTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed and memory figures: `swift run -c release maturity-bench`.
        .executableTarget(
            name: "maturity-bench",
            dependencies: ["MaturityCore", "MaturityFrameworks", "MaturityUI", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "MaturityCoreTests",
            dependencies: [
                "MaturityCore", "MaturityFrameworks",
                .product(name: "Yams", package: "Yams"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            // Test data, read from the source tree by path.
            exclude: ["Fixtures", "FuzzRegressions/Inputs"]
        ),
        .testTarget(name: "MaturityUITests", dependencies: ["MaturityUI"], exclude: ["Snapshots"]),
        .testTarget(name: "MaturityEndToEndTests", dependencies: ["maturity"]),
    ]
)
