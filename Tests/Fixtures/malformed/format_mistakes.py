"""Mistakes in the keys that let the format hold published maturity models (issue 17, part 5):
stage values, guidance per statement, next steps per question and areas. Each is made on a
copy of the tiny framework, with the exact messages `maturity validate` must give for it.
make-corpus.py calls add_all() with its own add()."""

from trainer_mistakes import msg


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
