import MaturityCore

extension ScreenText {
    /// What the host reads when the workshop ends: who joined and who finished, what could not
    /// start, and where the answers are with the command to run next.
    public func workshopClosing(_ counts: WorkshopCounts, folder: String) -> String {
        var summary: String
        if counts.joined == 0 {
            summary = workshopEndedNobody
        } else if counts.silent > 0 {
            summary = workshopEndedSilent(counts.joined, counts.finished, counts.unfinished, counts.silent)
        } else {
            summary = workshopEndedSummary(counts.joined, counts.finished, counts.unfinished)
        }
        if counts.failedToStart > 0 { summary += " " + workshopNotStarted(counts.failedToStart) }
        return summary + "\n" + workshopNext(folder)
    }
}
