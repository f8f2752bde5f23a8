import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores, the results in the same order: for reading, scoring and writing
    /// thousands of responses, where each element costs microseconds. Arrays shorter than
    /// `serialBelow` are mapped on the calling thread, where starting threads would cost more.
    func concurrentMap<Result>(serialBelow: Int = 2, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count >= Swift.max(serialBelow, 2) else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index is written exactly once, by one thread.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (output.baseAddress! + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}
