"""The mistakes trainers really make (issue 17), each on a copy of the guide's own example
framework (docs/framework-format.md, section 2) or of the tiny one, with the exact messages
`maturity validate` must give for it. make-corpus.py calls add_all() with its own add()."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "docs", "framework-format.md"))


def guide_example():
    """The first ```yaml block of the guide that starts with the example's comment."""
    with open(GUIDE, encoding="utf-8") as f:
        text = f.read()
    start = text.index("```yaml\n# A small framework about volunteer data")
    body = text[start + len("```yaml\n"):]
    return body[:body.index("```\n")]


def msg(at, severity, message, hint=None):
    item = {"at": at, "severity": severity, "message": message}
    if hint is not None:
        item["hint"] = hint
    return item


def add_all(add, tiny_text):
    vd = guide_example()

    def ex(old, new, text=None):
        text = vd if text is None else text
        assert old in text, old
        return text.replace(old, new, 1)

    def tiny(old, new):
        assert old in tiny_text, old
        return tiny_text.replace(old, new, 1)

    hours = "        text: Do you know how many hours volunteers give each month?\n"
    nbsp = "\u00a0"

    # 1. Nothing a trainer wrote disappears or changes without a warning
    add("fw-hash-inside-text.yaml", "framework", "valid",
        ex(hours, "        text: Are we charity #1 for counting hours?\n"),
        "a space then # inside a text starts a comment: the rest of the text would vanish", messages=[
            msg("58:30", "warning", "the text stops before \"#1 for counting hours?\": a space then # starts a comment", "to keep the # in the text, put the whole text in double quotes: \"Are we charity #1 for counting…\"; if it is a comment, put a space after the #")])
    add("fw-hash-line-in-literal.yaml", "framework", "valid",
        ex("          Paper counts, as long", "          # note to self: ask the office\n          Paper counts, as long"),
        "a line starting with # inside | text is shown to people", messages=[
            msg("30:11", "warning", "this line of | text starts with #, so people are shown it, # included: it is not a comment", "to keep it as a note that people do not see, move it above the line that ends with |; Markdown is shown as written, so # makes no heading")])
    add("fw-key-moved-after-list.yaml", "framework", "valid",
        ex("          thriving: Every volunteer gets a short written note on what we keep, why, and for how long.\n",
           "          thriving: Every volunteer gets a short written note on what we keep, why, and for how long.\n    weight: 2\n",
           ex("        weight: 2  # counts twice as much as the other question\n", "")),
        "a question's weight after its statements, at the dimension's indentation: YAML makes it the dimension's",
        messages=[
            msg("44:5", "warning", "\"weight\" here is the weight of the dimension \"records\", but it comes after the questions: was it meant for question \"records-consent\"?", "if it is for question \"records-consent\", indent it to line up with that question's keys (8 spaces); if it is for the dimension \"records\", move it above \"questions:\"")])
    add("fw-key-dedented-between-items.yaml", "framework", "error",
        ex("          thriving: All contact details are in one shared place that we keep up to date.\n",
           "          thriving: All contact details are in one shared place that we keep up to date.\n    weight: 3\n"),
        "a question's key dedented to the dimension's indentation, with more questions below", messages=[
            msg("35:5", "error", "this line is indented less than the list above and below it", "if it belongs to the list item above, line it up with that item's keys (8 spaces)")])
    add("fw-yaml11-version-number.yaml", "framework", "valid", ex('version: "1.0"', "version: 1.10"),
        "a version that other YAML tools read as the number 1.1", messages=[
            msg("3:10", "warning", "\"1.10\" is text to maturity, but other YAML tools read it as the number 1.1", "write it in double quotes (\"1.10\") so that every tool reads it as text")])
    add("fw-yaml11-stage-id-yes.yaml", "framework", "valid",
        vd.replace("- id: growing", "- id: yes").replace("          growing:", "          yes:").replace("      growing:", "      yes:"),
        "a stage id that other YAML tools read as true, used as a key under every question", messages=[
            msg("15:9", "warning", "the id \"yes\" is text to maturity, but other YAML tools read it as the yes/no value true (also on 6 more lines: 33, 43, 49, 62, 68 and 72)", "write it in double quotes (\"yes\") wherever it stands, or choose an id that is a word: yes/no words, null and numbers confuse other tools")])
    add("fw-yaml11-values.yaml", "framework", "valid",
        ex("licence: CC BY 4.0", "licence: ~", ex("          thriving: We record hours every month and use them in reports and plans.",
                                                   "          thriving: off")),
        "whole values that other YAML tools read as null and false", messages=[
            msg("9:10", "warning", "\"~\" is text to maturity, but other YAML tools read it as nothing (null)", "write it in double quotes (\"~\") so that every tool reads it as text"),
            msg("63:21", "warning", "\"off\" is text to maturity, but other YAML tools read it as the yes/no value false", "write it in double quotes (\"off\") so that every tool reads it as text")])

    # 2. Characters pasted from Word, Google Docs or a PDF
    add("fw-curly-quotes-around-text.yaml", "framework", "valid",
        ex(hours, "        text: \u201cDo you know how many hours volunteers give each month?\u201d\n"),
        "a text in curly quotes, which stay part of the text", messages=[
            msg("58:15", "warning", "this text is in curly quotes (“ ”), which are kept as part of the text", "if they are meant as quotes around the text, retype them as straight quotes (\"), or delete them")])
    add("fw-curly-quotes-with-colon.yaml", "framework", "error",
        ex(hours, "        text: \u201cHours: do you know how many hours volunteers give each month?\u201d\n"),
        "a text with a colon in curly quotes, which do not quote it", messages=[
            msg("58:15", "error", "this text is in curly quotes (“ ”), which are not quotes to YAML, so its \": \" would start a new key", "retype the quotes as straight double quotes (\"), as an editor types them with \"smart quotes\" turned off")])
    add("fw-nbsp-indentation.yaml", "framework", "error",
        ex("    name: Records\n    description: What you write down",
           nbsp * 4 + "name: Records\n" + nbsp * 4 + "description: What you write down"),
        "two lines indented with non-breaking spaces pasted from a word processor", messages=[
            msg("23:1", "error", "this line is indented with non-breaking spaces (U+00A0), which look like spaces but are not (also on line 24)", "retype the indentation with ordinary spaces; non-breaking spaces come with text copied from Word, Google Docs, a PDF or a web page")])
    add("fw-nbsp-after-colon.yaml", "framework", "error", ex("    name: Records\n", "    name:" + nbsp + "Records\n"),
        "a non-breaking space after a colon", messages=[
            msg("23:10", "error", "after this colon is a non-breaking space (U+00A0), which looks like a space but is not", "retype it as an ordinary space; non-breaking spaces come with text copied from Word, Google Docs, a PDF or a web page")])
    add("fw-zero-width-space-in-key.yaml", "framework", "error",
        ex("        statements:\n          starting: Contact", "        state\u200bments:\n          starting: Contact"),
        "a zero-width space inside a key", messages=[
            msg("31:14", "error", "this key holds a zero-width space (U+200B), an invisible character", "delete it (put the cursor on either side of it and press Delete or Backspace until the key is right); it comes with text copied from a web page or a document")])
    add("fw-zero-width-space-in-text.yaml", "framework", "valid",
        ex("title: Volunteer data check", "title: Volunteer\u200b data check"),
        "a zero-width space inside a text", messages=[
            msg("5:8", "warning", "this text holds a zero-width space (U+200B), an invisible character, after \"Volunteer\"", "delete it unless it is meant (Thai, Khmer and some other languages use it between words); it comes with text copied from a web page or a document")])
    add("fw-zero-width-space-in-id.yaml", "framework", "error",
        ex("  - id: records\n", "  - id: rec\u200bords\n"), "a zero-width space inside an id", messages=[
            msg("22:9", "error", "the id \"rec​ords\" holds a zero-width space (U+200B), an invisible character, so it is not a valid id", "delete it: retype the id")])
    add("fw-utf16le-without-bom.yaml", "framework", "error", tiny_text.encode("utf-16-le"),
        "UTF-16 without a byte order mark", messages=[
            msg("1:1", "error", "this file is saved as UTF-16 (\"Unicode\" in Notepad), not as UTF-8", "save it again with the UTF-8 encoding: in Notepad, choose File > Save As and set Encoding to UTF-8")])
    add("fw-cr-inside-a-line.yaml", "framework", "error",
        tiny("title: Tiny\n", "title: Tiny\rdescription: pasted\n").replace("description: Two stages, one question.\n", ""),
        "one carriage return alone in a file with LF line endings", messages=[
            msg("4:12", "error", "this line ends with a carriage return alone (CR), as on old Macs", "save the file with Unix (LF) or Windows (CRLF) line endings; most editors offer them under \"Save As\" or in the status bar")])
    add("fw-apostrophe-starts-text.yaml", "framework", "error",
        ex(hours, "        text: 'Tis the season to count hours?\n"),
        "a text starting with an apostrophe, which YAML takes for an opening quote", messages=[
            msg("58:15", "error", "this text starts with an apostrophe ('), which opens a quoted text that is not closed on this line", "put the whole text in double quotes: \"'Tis the season to count hours…\"")])
    add("fw-apostrophe-inside-single-quotes.yaml", "framework", "error",
        ex(hours, "        text: 'Do you know the volunteers' hours?'\n"),
        "an apostrophe inside single quotes closes them", messages=[
            msg("58:44", "error", "unexpected text after the closing quote", "an apostrophe ends a text in single quotes: write it twice ('') inside them, or put the whole text in double quotes: \"'Do you know the volunteers' h…\"")])

    # 3. The cause first, and one message per cause
    add("fw-statement-dedented.yaml", "framework", "error",
        ex("          growing: Most contact details are in one list", "        growing: Most contact details are in one list"),
        "a statement dedented by two spaces, with more statements below it", messages=[
            msg("33:9", "error", "this line is indented less than the keys above and below it", "line it up with the keys around it (10 spaces)")])
    add("fw-last-statement-dedented.yaml", "framework", "error",
        ex("          thriving: All contact details are in one shared place",
           "        thriving: All contact details are in one shared place"),
        "the last statement dedented to the question's keys", messages=[
            msg("34:9", "error", "\"thriving\" is not a known key in question \"records-contact\"", "\"thriving\" is a stage: if this is its statement, indent it under \"statements:\" to line up with the others")])
    add("fw-reserved-stage-id.yaml", "framework", "error",
        vd.replace("- id: growing", "- id: dont-know").replace("          growing:", "          dont-know:")
          .replace("      growing:", "      dont-know:"),
        "a reserved answer used as a stage id", messages=[
            msg("15:9", "error", "\"dont-know\" cannot be a stage id: it is an answer for questions people cannot place", "choose another id for this stage")])
    four = "\n".join(line if not line.startswith(" ") else
                     " " * (2 * (len(line) - len(line.lstrip(" ")))) + line.lstrip(" ")
                     for line in vd.split("\n"))
    add("fw-four-spaces-keys-past-dash.yaml", "framework", "error", four,
        "indented by four throughout, the keys of each list item four past its dash", messages=[
            msg("13:9", "error", "this line is indented more than the key above it (also on 26 more lines: 14, 16, 17, 19, 20 and 21 more)", "in a list item the keys line up with the first key after \"- \" (here 6 spaces), whatever indentation the rest of the file uses")])
    # The same with the dash followed by three spaces, so that every level is four: valid.
    add("fw-four-spaces-consistent.yaml", "framework", "valid",
        "\n".join(line.replace("- ", "-   ", 1) if line.lstrip(" ").startswith("- ") else line for line in four.split("\n")),
        "indented by four throughout, each list item written -   id: so that its keys line up", messages=[])
    add("fw-text-after-literal-bar.yaml", "framework", "error",
        ex("        guidance: |\n          Think about", "        guidance: | Think about"),
        "text on the same line as |", messages=[
            msg("28:21", "error", "the text of a | starts on the line below it, not on the same line", "move \"Think about phone numbers, ema…\" to the next line, indented two spaces more than the key; to start a one-line text with |, put it in double quotes")])
    add("fw-dash-without-space.yaml", "framework", "error", ex("  - id: growing", "  -id: growing"),
        "a list item written -id: with no space after the dash", messages=[
            msg("15:3", "error", "a list item needs a space after its \"-\"", "write \"- id: growing\", with a space after the \"-\"")])
    add("fw-next-steps-misspelt-stage.yaml", "framework", "error",
        ex("    next-steps:\n      starting: |", "    next-steps:\n      startng: |"),
        "a misspelt stage id under next-steps", messages=[
            msg("46:7", "error", "the next steps of the dimension \"records\": \"startng\" is not a stage; did you mean \"starting\"?", "the stages are: starting, growing, thriving")])
    add("tr-misspelt-translation-id.yaml", "translation", "error",
        b"translation: data-maturty\nlanguage: de\nversion: \"1.0\"\ntitle: Datenreife\n",
        "a misspelt framework id after translation:", messages=[
            msg("1:14", "error", "cannot check this translation: no framework called \"data-maturty\"; did you mean \"data-maturity\"? The frameworks here are: data-maturity, data-skills, data-sharing-readiness, data-protection", "put the framework beside this file as NAME.yaml, or name its folder with --frameworks-dir")])
    questions = "".join("      - id: q%d\n        text: Question %d?\n        colour: blue\n        statements:\n"
                        "          low: Not really.\n          high: Very much.\n" % (n, n) for n in range(2, 152))
    add("fw-many-problems.yaml", "framework", "error", tiny_text + questions,
        "one unknown key in each of 150 questions: the messages stop at 100 and count the rest (CheckerLimitTests)")
    add("fw-long-unknown-key.yaml", "framework", "error",
        tiny("title: Tiny\n", "title: Tiny\n" + "Why we count volunteer hours, and why it matters " * 40 + ": x\n"),
        "a long line taken for a key: the message quotes only its start", messages=[
            msg("5:1", "error", "this key is longer than 1,024 characters", "a key is a short name followed by a colon; check that a colon did not end up in a long text")])
