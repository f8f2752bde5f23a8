"""Mistakes in the keys that let the format hold published maturity models (issue 17, part 5):
stage values, guidance per statement, next steps per question and areas. Each is made on a
copy of the tiny framework, with the exact messages `maturity validate` must give for it.
make-corpus.py calls add_all() with its own add()."""

import os

from trainer_mistakes import msg

FRAMEWORKS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "frameworks"))


def add_all(add, tiny_text):
    def tiny(*pairs):
        text = tiny_text
        for old, new in pairs:
            assert old in text, old
            text = text.replace(old, new, 1)
        return text

    low = "    name: Low\n"
    high = "    name: High\n"

    # Stage values
    add("fw-stage-values-zero-to-one.yaml", "framework", "valid",
        tiny((low, low + "    value: 0\n"), (high, high + "    value: 1\n")),
        "stages valued 0 and 1, as published levels often are", messages=[])
    add("fw-stage-value-comma.yaml", "framework", "error",
        tiny((low, low + "    value: 0\n"), (high, high + "    value: 1,5\n")),
        "a stage's value written with a decimal comma", messages=[
            msg("12:12", "error", "the value \"1,5\" of the stage \"high\" uses a comma", "write decimals with a dot: 1.5")])
    add("fw-stage-value-not-number.yaml", "framework", "error",
        tiny((low, low + "    value: zero\n"), (high, high + "    value: 1\n")),
        "a stage's value written as a word", messages=[
            msg("9:12", "error", "the value \"zero\" of the stage \"low\" is not a number", "write the score of this stage as a number, such as 0, 1 or 2.5")])
    add("fw-stage-value-missing.yaml", "framework", "error",
        tiny((low, low + "    value: 0\n")),
        "one stage with a value and the other without", messages=[
            msg("10:5", "error", "the stage \"high\" has no \"value\", but other stages have one", "give every stage a value, or none: without values the stages score 1, 2, 3 and so on")])
    add("fw-stage-values-not-increasing.yaml", "framework", "error",
        tiny((low, low + "    value: 3\n"), (high, high + "    value: 3\n")),
        "two stages with the same value", messages=[
            msg("12:12", "error", "the value 3 of the stage \"high\" is not more than the value 3 of the stage \"low\" before it", "list the stages from least to most mature, each with a higher value than the one before")])

    # Guidance per statement
    statement = "          high: Very much.\n"
    add("fw-statement-guidance.yaml", "framework", "valid",
        tiny((statement, "          high:\n            text: Very much.\n            guidance: Every time, and we can show it.\n")),
        "a statement written as its text and its guidance", messages=[])
    add("fw-statement-guidance-without-text.yaml", "framework", "error",
        tiny((statement, "          high:\n            guidance: Every time, and we can show it.\n")),
        "a statement given guidance but no text", messages=[
            msg("20:13", "error", "the statement for \"high\" of question \"q1\" has no \"text\"", "add a line `text: ...` to it")])
    add("fw-statement-guidance-misspelt.yaml", "framework", "error",
        tiny((statement, "          high:\n            text: Very much.\n            guidence: Every time.\n")),
        "a statement's guidance key misspelt", messages=[
            msg("21:13", "error", "\"guidence\" is not a known key here; did you mean \"guidance\"?")])
    add("fw-next-step-with-guidance.yaml", "framework", "error",
        tiny((statement, statement + "    next-steps:\n      low:\n        text: Start.\n        guidance: Soon.\n")),
        "a dimension's next step written as a group, as a statement may be", messages=[
            msg("22:9", "error", "the text for \"low\" in the next steps of the dimension \"only\" should be text, but it is a group of keys", "write the text after the colon on the same line, or use | for several lines")])
    with open(os.path.join(FRAMEWORKS, "data-maturity.fr.yaml"), encoding="utf-8") as f:
        french = f.read()
    old = "      mastering: Nous utilisons les données dans chaque décision importante"
    assert old in french
    add("tr-statement-guidance-never-shown.yaml", "translation", "valid",
        french.replace(old, "      mastering:\n        guidance: Chaque décision.\n        text: Nous utilisons les données dans chaque décision importante", 1),
        "a translation gives a statement guidance that the framework does not have", messages=[
            msg("176:7", "warning", "the statement for \"mastering\" of question \"uses-decisions\" has no guidance in the framework, so this translation of it is never shown", "delete it here, or give the statement guidance in the framework first")])

    # Next steps per question
    add("fw-question-next-steps.yaml", "framework", "valid",
        tiny((statement, statement + "        next-steps:\n          low: Ask one team how they do it.\n")),
        "a question's own next step for a stage", messages=[])
    add("fw-question-next-step-for-last-stage.yaml", "framework", "valid",
        tiny((statement, statement + "        next-steps:\n          low: Ask one team how they do it.\n          high: Keep going.\n")),
        "a question's next step for the last stage, which is never shown", messages=[
            msg("20:9", "warning", "question \"q1\" has a next step for \"high\", the last stage, which has no next stage", "people at the last stage are shown no next step; delete it or move it")])
    add("fw-question-next-steps-misspelt-stage.yaml", "framework", "error",
        tiny((statement, statement + "        next-steps:\n          lw: Ask one team how they do it.\n")),
        "a misspelt stage id under a question's next-steps", messages=[
            msg("21:11", "error", "the next steps of question \"q1\": \"lw\" is not a stage; did you mean \"low\"?", "the stages are: low, high")])
    old = "\n  uses-services:\n"
    assert french.count(old) == 1
    add("tr-question-next-step-never-shown.yaml", "translation", "valid",
        french.replace(old, "\n    next-steps:\n      unaware: Regardez un chiffre avant la prochaine décision." + old, 1),
        "a translation gives a question a next step that the framework does not have", messages=[
            msg("178:7", "warning", "question \"uses-decisions\" has no next step for \"unaware\" in the framework, so this translation of it is never shown", "delete it here, or add a next step for \"unaware\" to the framework first")])

    # Areas
    def areas(*groups):
        text = "areas:\n"
        for area, members in groups:
            text += "  - id: %s\n    name: %s\n    dimensions:\n" % (area, area.capitalize())
            text += "".join("      - %s\n" % member for member in members)
        return text

    second = ("  - id: other\n    name: Other\n    questions:\n      - id: q2\n        text: Is that so?\n"
              "        statements:\n          low: Not really.\n          high: Very much.\n")
    add("fw-areas.yaml", "framework", "valid", tiny_text + areas(("whole", ["only"])),
        "one area holding the one dimension", messages=[])
    add("fw-area-unknown-dimension.yaml", "framework", "error", tiny_text + areas(("whole", ["onli"])),
        "an area lists a misspelt dimension id", messages=[
            msg("24:9", "error", "the area \"whole\": the framework has no dimension \"onli\"; did you mean \"only\"?", "the dimensions are: only")])
    add("fw-area-dimension-twice.yaml", "framework", "error", tiny_text + areas(("first", ["only"]), ("second", ["only"])),
        "two areas list the same dimension", messages=[
            msg("28:9", "error", "the dimension \"only\" is already in the area \"first\", on line 24", "list each dimension in one area only, once")])
    add("fw-area-dimension-left-out.yaml", "framework", "error", tiny_text + second + areas(("whole", ["only"])),
        "a dimension that no area lists", messages=[
            msg("20:9", "error", "the dimension \"other\" is in no area", "with areas, every dimension belongs to one: add \"- other\" to the dimensions of an area")])
    add("fw-area-without-dimensions.yaml", "framework", "error", tiny_text + areas(("whole", [])),
        "an area whose dimensions are left empty", messages=[
            msg("23:5", "error", "the area \"whole\" lists no dimension", "list the ids of its dimensions below `dimensions:`, one per line: - dimension-id")])
    add("tr-areas-the-framework-lacks.yaml", "translation", "error",
        french + "areas:\n  governance:\n    name: Gouvernance\n",
        "a translation names an area that its framework does not have", messages=[
            msg("%d:3" % (french.count("\n") + 2), "error", "the framework has no area \"governance\"", "a translation may only use the ids of the framework it translates")])
