import MaturityCore
import Testing

@Suite struct ShellWordsTests {
    @Test func plainWordsStayAsTheyAre() {
        #expect(ShellWords.quoted("/home/sam/.local/share/maturity/responses/a-1.yaml") == "/home/sam/.local/share/maturity/responses/a-1.yaml")
        #expect(ShellWords.line(["maturity", "report", "x.yaml", "-o", "report.html"]) == "maturity report x.yaml -o report.html")
    }

    @Test func spacesQuotesAndDollarsAreQuoted() {
        #expect(ShellWords.quoted("/srv/Food Bank/answers.yaml") == "'/srv/Food Bank/answers.yaml'")
        #expect(ShellWords.quoted("O'Brien's") == "'O'\\''Brien'\\''s'")
        #expect(ShellWords.quoted("$HOME") == "'$HOME'")
        #expect(ShellWords.quoted("") == "''")
        #expect(ShellWords.quoted("réponses") == "'réponses'")
    }
}
