// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target for the readers of maturity: the YAML-subset reader, the framework
// decoder (and the translator), the response decoder (against the shipped framework or one in
// the input), the benchmark file reader, the diagnostic renderer, and the keys a terminal sends
// (escape sequences and pastes) through the assessment's reducer and renderer.
//
// The main package has no library product, so the sources are shared through symbolic links:
// Sources/MaturityCore, Sources/MaturityUI and Sources/MaturityFrameworks point at the main
// package's folders, and
// are compiled here as this package's own targets, with the fuzzer and address sanitizer on.
// Build and run it with Tests/scripts/fuzz.sh.

let builtInFrameworkFiles = [
    "data-maturity.yaml",
    "data-maturity.fr.yaml",
    "data-skills.yaml",
    "data-sharing-readiness.yaml",
]

let package = Package(
    name: "maturity-fuzz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "maturity-fuzz", targets: ["maturity-fuzz"]),
    ],
    targets: [
        .target(name: "MaturityCore"),
        .target(
            name: "MaturityFrameworks",
            resources: builtInFrameworkFiles.map { .embedInCode("files/\($0)") }
        ),
        .target(name: "MaturityUI", dependencies: ["MaturityCore"]),
        // Declares LLVMFuzzerRunDriver for main.swift.
        .target(name: "FuzzerDriver"),
        .executableTarget(name: "maturity-fuzz", dependencies: ["MaturityCore", "MaturityUI", "MaturityFrameworks", "FuzzerDriver"]),
    ]
)
