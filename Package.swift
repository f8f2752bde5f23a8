// swift-tools-version:6.0
import PackageDescription

// The built-in frameworks live in frameworks/ (their source of truth) and are compiled into the
// binary through a symbolic link, so `maturity` finds them from any directory.
let builtInFrameworkFiles = [
    "data-maturity.yaml",
    "data-maturity.fr.yaml",
    "data-maturity.es.yaml",
    "data-maturity.cy.yaml",
    "data-skills.yaml",
    "data-sharing-readiness.yaml",
    "data-protection.yaml",
    "data-protection.fr.yaml",
    "data-protection.es.yaml",
    "data-protection.cy.yaml",
]

// The program's own words, one file per language (languages/, their source of truth), compiled
// into the binary the same way. English first: it is the reference for the others.
let builtInLanguageFiles = ["en.yaml", "fr.yaml", "es.yaml", "cy.yaml"]

let package = Package(
    name: "maturity",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "maturity", targets: ["maturity"]),
        .executable(name: "maturity-workshop", targets: ["maturity-workshop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The workshop's SSH server only; the assessment itself never links them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Pure Swift: no terminal, no ncurses.
        // The program's own words (languages/) are embedded here: the screens and the reports
        // both speak them.
        .target(
            name: "MaturityCore",
            resources: builtInLanguageFiles.map { .embedInCode("languages/\($0)") }
        ),
        // The shipped framework files as bytes, embedded in code.
        .target(
            name: "MaturityFrameworks",
            resources: builtInFrameworkFiles.map { .embedInCode("files/\($0)") }
        ),
        // Pure state, reducer and renderer for the screens.
        .target(
            name: "MaturityUI",
            dependencies: ["MaturityCore"]
        ),
        // The only code that touches ncurses.
        .systemLibrary(name: "CNcursesw"),
        .target(name: "MaturityTerminal", dependencies: ["MaturityUI", "CNcursesw"]),
        // Options and messages that both executables share.
        .target(
            name: "MaturityCommandLine",
            dependencies: [
                "MaturityCore", "MaturityFrameworks", "MaturityUI", "MaturityTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "maturity",
            dependencies: [
                "MaturityCore", "MaturityFrameworks", "MaturityUI", "MaturityTerminal", "MaturityCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Starts a child process on a pseudo-terminal: fork and exec need C.
        .target(name: "CPseudoTerminal"),
        // The workshop room: an SSH server that gives every participant the assessment.
        .target(
            name: "MaturityWorkshop",
            dependencies: [
                "MaturityCore", "MaturityUI", "CPseudoTerminal",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A program of its own, so that the SSH server's libraries (which bring the full
        // Foundation) stay out of the assessment that every participant runs.
        .executableTarget(
            name: "maturity-workshop",
            dependencies: [
                "MaturityCore", "MaturityFrameworks", "MaturityUI", "MaturityTerminal", "MaturityCommandLine",
                "MaturityWorkshop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // The assessment every participant runs: named so that it is built with this.
                // (Not the other way round: the `maturity` program would then link the SSH
                // server's libraries too.)
                "maturity",
            ]
        ),
        // Speed and memory figures: `swift run -c release maturity-bench`.
        .executableTarget(
            name: "maturity-bench",
            dependencies: [
                "MaturityCore", "MaturityFrameworks", "MaturityUI", .product(name: "Yams", package: "Yams"),
                // The workshop's load test plays its participants with an SSH client of its own.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
            ]
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
        .testTarget(name: "MaturityUITests", dependencies: ["MaturityUI"], exclude: ["Snapshots", "KeyInputs"]),
        // The terminal runner's loop, with a scripted terminal in place of ncurses.
        .testTarget(name: "MaturityTerminalTests", dependencies: ["MaturityTerminal"]),
        .testTarget(name: "MaturityEndToEndTests", dependencies: ["maturity", "maturity-workshop"]),
    ]
)
