/// The framework `maturity new framework NAME` writes: small, valid, and with a comment on
/// every key, so that a trainer can start from it without the guide open.
public enum FrameworkStarter {
    /// The starter's text for the framework id `id` (a valid id, which the caller checks).
    /// The id is written in quotes when other YAML tools would read it as anything but text.
    public static func text(id: String) -> String {
        let title = id.split(separator: "-").joined(separator: " ")
        let shownTitle = title.prefix(1).uppercased() + title.dropFirst()
        return """
            # A new framework, written by `maturity new framework`. Change its texts, add stages,
            # dimensions and questions, and check it with `maturity validate FILE` as you go.
            # Every key is explained in docs/framework-format.md. A line starting with # is a
            # comment, which nobody else sees.

            # The framework's id: lower-case letters, digits and hyphens. People choose it by this id.
            framework: \(ResponseEncoder.plainIfSafe(id))
            # Any text, in quotes. Change it each time you change the framework.
            version: "0.1"
            # The language of the texts in this file, as a code such as en or fr.
            language: en
            # The name people see, on one line.
            title: \(ResponseEncoder.quoted(String(shownTitle)))
            # What the framework is for and who should answer it. With |, the text goes on the
            # lines below, indented, and keeps its line breaks.
            description: |
              Say here what this framework helps people look at, and who should answer it.
            # Optional: the licence under which others may reuse this framework.
            licence: CC BY 4.0
            # Optional: credit for the ideas it builds on.
            attribution: Started from the example that maturity writes.
            # Optional: your own name for the answer "Don't know", on one line; take away the #
            # to use it. Without it, each language's usual words are shown.
            # dont-know: Not sure
            # Optional: the same for the answer "Not applicable".
            # not-applicable: Does not apply to us
            # The stages, from least to most mature: the first scores 1, the next 2, and so on.
            # To give them scores of your own (levels 0 to 3, say), add `value: 0` and so on to
            # every stage.
            stages:
              # Each stage starts with "- id:". Statements and next steps use its id as their key.
              - id: starting
                # The stage's name as people see it.
                name: Starting
                # Optional: what an organisation at this stage looks like.
                description: It happens by habit, if at all.
              - id: growing
                name: Growing
                description: Good habits are in place, but they rest on a few people.
              - id: thriving
                name: Thriving
                description: Everyone does it well, and it keeps getting better.
            # The themes people are asked about, each with a few questions.
            dimensions:
              # Each dimension starts with "- id:".
              - id: first-theme
                # The dimension's name as people see it.
                name: First theme
                # Optional: what the dimension covers.
                description: Say what this theme covers.
                # Optional: how much it counts compared with the other dimensions (1 when left out).
                weight: 1
                # The questions, each starting with "- id:".
                questions:
                  # A question's id is unique in the whole file: starting it with its dimension's id helps.
                  - id: first-theme-question
                    # The question as people see it.
                    text: Write the first question here?
                    # Optional: extra help for people answering, such as words explained.
                    guidance: Explain any word that people may not know.
                    # Optional: how much it counts within its dimension (1 when left out).
                    weight: 1
                    # Optional: the answers besides the statements. Without allow, "don't know" only.
                    allow:
                      - dont-know
                      - not-applicable
                    # One statement per stage, keyed by stage id, from least to most mature.
                    statements:
                      starting: We have not started on this.
                      growing: We do this sometimes, or in some teams.
                      thriving: We do this well, everywhere, and look at how to do it better.
                    # Optional: what to do next for people who give this answer, shown with it.
                    next-steps:
                      starting: Find out who already does this, and ask them how.
                # Optional: what to do next at each stage but the last, to reach the next one.
                next-steps:
                  starting: Choose one small step that you could take this month.
                  growing: Ask the teams that do this well to show the others how.
              - id: second-theme
                name: Second theme
                questions:
                  - id: second-theme-question
                    text: Write another question here?
                    statements:
                      starting: We have not started on this.
                      # A statement may carry guidance on what it means here: write its text
                      # and guidance below its stage id.
                      growing:
                        text: We do this sometimes, or in some teams.
                        guidance: Choose this if at least one team does it every time.
                      thriving: We do this well, everywhere, and look at how to do it better.
                next-steps:
                  starting: Choose one small step that you could take this month.
                  growing: Ask the teams that do this well to show the others how.
            # Optional: areas group the dimensions under larger names, each scored as the mean of
            # its dimensions. With areas, every dimension is in exactly one.
            areas:
              - id: first-area
                name: First area
                dimensions:
                  - first-theme
              - id: second-area
                name: Second area
                dimensions:
                  - second-theme

            """
    }
}
