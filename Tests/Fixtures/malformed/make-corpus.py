#!/usr/bin/env python3
"""Writes the malformed-file corpus that MalformedCorpusFaultTests reads.

Run from anywhere:  python3 Tests/Fixtures/malformed/make-corpus.py
It deletes the .yaml files beside it, writes them again with manifest.json, and prints the
count and total size. The output is deterministic (seeded), so the committed files are what
this script writes; commit both.

Every file is named KIND-what-is-wrong.yaml, where KIND is fw (a framework), tr (a translation
of the built-in data-maturity framework) or resp (a response to data-maturity). manifest.json
says, for each file, what reading it must give:

  error      at least one located error, and no framework/response comes out
  diagnosed  at least one located diagnostic (a warning is enough); a value may come out
  same       no error, and the same value as the file named in "same_as" (BOM, CRLF...)
  valid      no error, and a value comes out (odd but allowed: a 200 KB line, a tab in text)
  truncated  a prefix of "original": either an error, or a value that holds nothing the
             original lacks (a cut at a clean place can leave a smaller valid file)
  any        no requirement but the common ones

An entry may carry "messages": the exact diagnostics `maturity validate` gives for the file,
each with its place (line:column), severity, message and hint (trainer_mistakes.py, and
format_mistakes.py for the keys that hold published models).

An entry may carry "known_issue": a product bug this file shows, not yet fixed; the test then
expects the check that fails to fail (withKnownIssue), and says so once the bug is fixed.

Common to all: the reader never crashes, and every diagnostic has line >= 1, column >= 1, a
line no further than one past the file's last, a non-empty message, and no raw control or
bidi character in its text.
"""

import json
import os
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the corpus
import trainer_mistakes  # noqa: E402
import format_mistakes  # noqa: E402
from trainer_mistakes import msg  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
FRAMEWORKS = os.path.join(ROOT, "frameworks")

rng = random.Random(20261121)
entries = []  # (name, kind, expect, bytes, extra)


def add(name, kind, expect, data, note, **extra):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert name not in [e[0] for e in entries], name
    entries.append((name, kind, expect, data, dict(extra, note=note)))


def shipped(name):
    with open(os.path.join(FRAMEWORKS, name), "rb") as f:
        return f.read()


# --------------------------------------------------------------------------------------------
# Base texts

TINY = """framework: tiny
version: "1"
language: en
title: Tiny
description: Two stages, one question.
stages:
  - id: low
    name: Low
  - id: high
    name: High
dimensions:
  - id: only
    name: Only
    questions:
      - id: q1
        text: Is it so?
        statements:
          low: Not really.
          high: Very much.
"""

QUESTIONS = ("uses-decisions uses-services uses-impact uses-reporting data-collection data-quality "
             "data-storage data-protection analysis-summaries analysis-patterns analysis-outside-data "
             "analysis-sharing leadership-priority leadership-plan leadership-resources leadership-risk "
             "culture-attitude culture-sharing culture-learning culture-people tools-recording "
             "tools-joined-up tools-value tools-safety skills-confidence skills-analysis skills-learning "
             "skills-recruitment").split()
STAGES = ["unaware", "emerging", "learning", "developing", "mastering"]

RESPONSE = "".join([
    'response: "3f9c2a7e-6c1d-4f0e-9a51-2b7d8e4c1a90"\n',
    "framework: data-maturity\n",
    'framework-version: "1.0"\n',
    "language: en\n",
    'organisation: "Example Trust"\n',
    'respondent: "Sam Jones"\n',
    'team: "Fundraising"\n',
    'role: "Volunteer coordinator"\n',
    "started: 2026-11-21T10:00:00Z\n",
    "updated: 2026-11-21T10:20:00Z\n",
    "status: complete\n",
    "answers:\n",
    "".join('  %s: "%s"\n' % (q, STAGES[i % 5]) for i, q in enumerate(QUESTIONS)),
    "notes:\n",
    "  uses-decisions: |\n",
    "    We review the dashboard monthly.\n",
    "    Twice in winter.\n",
    '  data-quality: "Patchy, honestly."\n',
])


def tiny(old, new):
    assert old in TINY, old
    return TINY.replace(old, new, 1)


def resp(old, new):
    assert old in RESPONSE, old
    return RESPONSE.replace(old, new, 1)


# The valid baselines the "same" files are compared with (they are not malformed).
add("fw-base-tiny.yaml", "framework", "same", TINY, "the valid baseline for the tiny variants",
    same_as="fw-base-tiny.yaml")
add("resp-base.yaml", "response", "same", RESPONSE, "the valid baseline for the response variants",
    same_as="resp-base.yaml")

# --------------------------------------------------------------------------------------------
# Truncated shipped files, cut at many offsets (never right after a line break, so that most
# cuts land inside a key, a value or a block)


def cuts(data, count, low=0.01, high=0.97):
    offsets = set()
    while len(offsets) < count:
        at = rng.randint(int(len(data) * low), int(len(data) * high))
        while at > 1 and data[at - 1] == 0x0A:
            at -= 1
        # Never inside a UTF-8 sequence: that case has files of its own below.
        while at < len(data) and (data[at] & 0xC0) == 0x80:
            at += 1
        offsets.add(at)
    return sorted(offsets)


for name, kind, count, stem in [("data-maturity.yaml", "framework", 20, "fw"),
                                ("data-skills.yaml", "framework", 8, "fw"),
                                ("data-sharing-readiness.yaml", "framework", 6, "fw"),
                                ("data-maturity.fr.yaml", "translation", 6, "tr")]:
    data = shipped(name)
    for at in cuts(data, count):
        add("%s-truncated-%s-at-%05d.yaml" % (stem, name[:-5], at), kind, "truncated", data[:at],
            "%s cut after %d of %d bytes" % (name, at, len(data)), original="frameworks/" + name)

for at in cuts(RESPONSE.encode(), 10, low=0.02, high=0.95):
    add("resp-truncated-at-%04d.yaml" % at, "response", "truncated", RESPONSE.encode()[:at],
        "the baseline response cut after %d bytes" % at, original="resp-base.yaml")

# Cut inside a multi-byte character: the last character is incomplete.
fr = shipped("data-maturity.fr.yaml")
at = fr.index("é".encode()) + 1
add("tr-truncated-inside-a-character.yaml", "translation", "error", fr[:at],
    "the French translation cut between the two bytes of its first é")

# --------------------------------------------------------------------------------------------
# Binary and other encodings


def noise(n):
    return bytes(rng.randrange(256) for _ in range(n))


for kind, stem in [("framework", "fw"), ("response", "resp")]:
    add(stem + "-binary-random.yaml", kind, "error", noise(4096), "4 KB of random bytes")
    add(stem + "-binary-all-nul.yaml", kind, "error", b"\0" * 2048, "2 KB of NUL bytes")
add("fw-binary-elf-header.yaml", "framework", "error",
    b"\x7fELF\x02\x01\x01\0" + noise(1000), "the start of a program")
add("fw-binary-png.yaml", "framework", "error",
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + noise(600), "a picture")
add("fw-binary-gzip.yaml", "framework", "error", b"\x1f\x8b\x08\0" + noise(800), "a compressed file")
add("resp-binary-zip.yaml", "response", "error", b"PK\x03\x04" + noise(700), "a zip archive")
add("fw-nul-inside-a-value.yaml", "framework", "error", tiny("title: Tiny", "title: Ti\0ny"),
    "a NUL byte inside the title")
add("fw-nul-at-start.yaml", "framework", "error", b"\0" + TINY.encode(), "a NUL byte before everything")
add("resp-nul-inside-a-name.yaml", "response", "error", resp('"Sam Jones"', '"Sam\0Jones"'),
    "a NUL byte inside the respondent's name")

add("fw-utf16le-with-bom.yaml", "framework", "same", b"\xff\xfe" + TINY.encode("utf-16-le"),
    "UTF-16 little-endian, as Notepad saves \"Unicode\": read as its text", same_as="fw-base-tiny.yaml")
add("fw-utf16be-with-bom.yaml", "framework", "same", b"\xfe\xff" + TINY.encode("utf-16-be"),
    "UTF-16 big-endian: read as its text", same_as="fw-base-tiny.yaml")
add("resp-utf16le-no-bom.yaml", "response", "error", RESPONSE.encode("utf-16-le"),
    "UTF-16 without a byte order mark", messages=[
        msg("1:1", "error", "this file is saved as UTF-16 (\"Unicode\" in Notepad), not as UTF-8", "save it again with the UTF-8 encoding: in Notepad, choose File > Save As and set Encoding to UTF-8")])
add("fw-latin1-accent.yaml", "framework", "error",
    TINY.replace("title: Tiny", "title: Tiny caf\xe9").encode("latin-1"), "Latin-1 é (one byte, 0xE9)")
add("fw-invalid-utf8-lone-continuation.yaml", "framework", "error",
    TINY.encode().replace(b"Is it so?", b"Is it \x80so?"), "a lone continuation byte in a question")
add("fw-c1-control-in-question.yaml", "framework", "error", tiny("text: Is it so?", "text: Is it \x80so?"),
    "U+0080, a C1 control written as valid UTF-8: refused with its line and column, as YAML refuses it")
add("fw-invalid-utf8-overlong.yaml", "framework", "error", TINY.encode().replace(b"Only", b"On\xc0\xafly", 1),
    "an overlong encoding of /")
add("fw-invalid-utf8-surrogate.yaml", "framework", "error", TINY.encode().replace(b"Low\n", b"Lo\xed\xa0\x80w\n", 1),
    "a UTF-16 surrogate encoded as UTF-8")
add("fw-invalid-utf8-at-end.yaml", "framework", "error", TINY.encode() + b"# caf\xc3",
    "an incomplete character in a comment at the very end")
add("resp-invalid-utf8-organisation.yaml", "response", "error",
    RESPONSE.encode().replace(b"Example Trust", b"Example \xff\xfe Trust", 1), "0xFF 0xFE inside the organisation")

# --------------------------------------------------------------------------------------------
# Byte order marks and line endings (valid: they must read the same as without)

add("fw-bom.yaml", "framework", "same", b"\xef\xbb\xbf" + TINY.encode(), "a UTF-8 byte order mark",
    same_as="fw-base-tiny.yaml")
add("fw-crlf.yaml", "framework", "same", TINY.replace("\n", "\r\n"), "Windows line endings",
    same_as="fw-base-tiny.yaml")
add("fw-bom-crlf-shipped.yaml", "framework", "same",
    b"\xef\xbb\xbf" + shipped("data-skills.yaml").replace(b"\n", b"\r\n"),
    "the shipped data-skills framework with a BOM and CRLF", same_as="frameworks/data-skills.yaml")
add("fw-mixed-crlf-and-lf.yaml", "framework", "same",
    "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(TINY.split("\n")[:-1])),
    "every other line ends in CRLF", same_as="fw-base-tiny.yaml")
add("fw-no-final-newline.yaml", "framework", "same", TINY.rstrip("\n"), "no line break at the end",
    same_as="fw-base-tiny.yaml")
add("resp-bom-crlf.yaml", "response", "same", b"\xef\xbb\xbf" + RESPONSE.replace("\n", "\r\n").encode(),
    "a response with a BOM and CRLF line endings", same_as="resp-base.yaml")
add("fw-bom-twice.yaml", "framework", "error", b"\xef\xbb\xbf\xef\xbb\xbf" + TINY.encode(),
    "two byte order marks: the second is a character before the first key")
add("fw-bom-in-the-middle.yaml", "framework", "error", tiny("dimensions:", "\ufeffdimensions:"),
    "a byte order mark at the start of a later line")
add("fw-old-mac-cr-only.yaml", "framework", "error", TINY.replace("\n", "\r"),
    "classic Mac line endings (CR alone)", messages=[
        msg("1:16", "error", "the lines of this file end with a carriage return alone (CR), as on old Macs", "save the file with Unix (LF) or Windows (CRLF) line endings; most editors offer them under \"Save As\" or in the status bar")])
add("resp-cr-only.yaml", "response", "error", RESPONSE.replace("\n", "\r"), "CR alone ends every line")

# --------------------------------------------------------------------------------------------
# Indentation: tabs and mixtures

add("fw-tab-indentation.yaml", "framework", "error", tiny("    name: Low", "\tname: Low"),
    "a tab indents one key")
add("fw-tabs-everywhere.yaml", "framework", "error",
    "\n".join(("\t" * ((len(l) - len(l.lstrip(" "))) // 2)) + l.lstrip(" ") for l in TINY.split("\n")),
    "every indentation level is a tab", messages=[
        msg("7:1", "error", "a tab is used for indentation (also on 11 more lines: 8, 9, 10, 12, 13 and 6 more)", "indent with spaces only (two per level); most editors can convert tabs to spaces")])
add("fw-space-then-tab.yaml", "framework", "error", tiny("        text: Is it so?", "      \t  text: Is it so?"),
    "spaces then a tab in one indentation")
add("fw-mixed-two-and-four-spaces.yaml", "framework", "error",
    tiny("    questions:\n      - id: q1\n        text: Is it so?",
         "    questions:\n        - id: q1\n          text: Is it so?"),
    "a question indented by four, its statements still by two", messages=[
        msg("17:9", "error", "this line is indented less than the keys above it", "line it up with the keys of the list item above (10 spaces)")])
add("fw-key-indented-one-space-too-far.yaml", "framework", "error", tiny("    name: High", "     name: High"),
    "one key one space deeper than its siblings")
add("fw-key-indented-one-space-short.yaml", "framework", "error", tiny("        text: Is it so?", "       text: Is it so?"),
    "one key one space shallower than its siblings")
add("resp-tab-in-answers.yaml", "response", "error", resp('  uses-services:', '\tuses-services:'),
    "a tab indents an answer")
add("resp-answers-indented-unevenly.yaml", "response", "error", resp('  uses-impact:', '   uses-impact:'),
    "one answer indented by three spaces")
add("fw-tab-after-colon.yaml", "framework", "any", tiny("title: Tiny", "title:\tTiny"),
    "a tab, not a space, after a colon (YAML allows it as separation)")
add("fw-literal-block-last-without-newline.yaml", "framework", "valid",
    tiny("description: Two stages, one question.\n", "") + "description: |\n  Two stages,\n  one question.",
    "the file ends inside a | block, with no final line break")
add("resp-note-block-last-without-newline.yaml", "response", "valid",
    RESPONSE + "  data-protection: |\n    A locked cupboard.", "the file ends inside a | note, with no final line break")
add("fw-tab-inside-text.yaml", "framework", "valid", tiny("text: Is it so?", "text: Is it\tso?"),
    "a tab inside text, not in the indentation, is allowed")

# --------------------------------------------------------------------------------------------
# Huge lines (about 200 KB) and deep nesting

BIG = 200 * 1024
words = " ".join(rng.choice(["data", "charity", "volunteer", "trust", "board", "report"]) for _ in range(BIG // 6))
add("fw-huge-description-line.yaml", "framework", "valid", tiny("description: Two stages, one question.",
                                                              "description: " + words[:BIG]),
    "a valid framework whose description is one 200 KB line")
add("fw-huge-line-without-colon.yaml", "framework", "error", tiny("dimensions:", "x" * (BIG // 2) + "\ndimensions:"),
    "a 100 KB line that is not `key: value`")
add("fw-huge-key.yaml", "framework", "error", tiny("title: Tiny", "k" * (64 * 1024) + ": v\ntitle: Tiny"),
    "a 64 KB key")
add("fw-huge-unclosed-quote.yaml", "framework", "error", tiny("title: Tiny", 'title: "' + "a" * (BIG // 2)),
    "a double-quoted title that runs 100 KB to the end of the line and never closes")
add("resp-huge-note.yaml", "response", "valid",
    resp('  data-quality: "Patchy, honestly."', '  data-quality: "' + words[:BIG] + '"'),
    "a 200 KB note: fine, and read like any other")
add("resp-huge-garbage-line.yaml", "response", "error", resp("answers:\n", "answers:\n" + "#x" * (BIG // 4) + "!\n" + "=" * 1000 + "\n"),
    "a huge comment line, then a line of = signs among the answers")

deep_map = "".join("  " * i + "k%d:\n" % i for i in range(100)) + "  " * 100 + "leaf: x\n"
add("fw-nesting-100-mappings.yaml", "framework", "error", deep_map, "mappings nested 100 deep")
deep_seq = "".join("  " * i + "-\n" for i in range(300)) + "  " * 300 + "x\n"
add("fw-nesting-300-lists.yaml", "framework", "error", deep_seq, "lists nested 300 deep, one per line")
add("fw-nesting-5000-dashes-one-line.yaml", "framework", "error", "- " * 5000 + "x\n",
    "5,000 nested list markers on one line")
add("fw-nesting-under-a-question.yaml", "framework", "error",
    tiny("          high: Very much.\n",
         "          high: Very much.\n        guidance:\n" + "".join("  " * (5 + i) + "g%d:\n" % i for i in range(80))
         + "  " * 85 + "end: x\n"),
    "80 levels of mappings inside a question's guidance")
add("resp-nesting-deep-answers.yaml", "response", "error",
    resp("answers:\n", "answers:\n" + "".join("  " * (1 + i) + "a%d:\n" % i for i in range(90)) + "  " * 91 + "z: x\n"),
    "answers nested 90 deep")
add("fw-nesting-flow-brackets.yaml", "framework", "error", "stages: " + "[" * 3000 + "]" * 3000 + "\n",
    "3,000 nested flow brackets")

# --------------------------------------------------------------------------------------------
# Wrong types

wrong_fw = [
    ("stages-is-text", "stages:\n  - id: low\n    name: Low\n  - id: high\n    name: High\n", "stages: low and high\n"),
    ("dimensions-is-text", "dimensions:\n", "dimensions: none\nunused:\n"),
    ("questions-is-text", "    questions:\n", "    questions: q1\n    unused:\n"),
    ("statements-is-a-list", "          low: Not really.\n          high: Very much.\n",
     "          - Not really.\n          - Very much.\n"),
    ("weight-is-a-word", "    name: Only\n", "    name: Only\n    weight: heavy\n"),
    ("weight-is-negative", "    name: Only\n", "    name: Only\n    weight: -2\n"),
    ("weight-is-a-list", "    name: Only\n", "    name: Only\n    weight:\n      - 2\n"),
    ("version-is-a-mapping", 'version: "1"\n', "version:\n  major: 1\n"),
    ("title-is-a-list", "title: Tiny\n", "title:\n  - Tiny\n"),
    ("title-is-empty", "title: Tiny\n", "title:\n"),
    ("language-is-a-sentence", "language: en\n", "language: English please\n"),
    ("id-has-spaces", "  - id: only\n", "  - id: the only one\n"),
    ("stage-id-is-a-mapping", "  - id: low\n", "  - id:\n      x: low\n"),
    ("allow-is-a-word", "        text: Is it so?\n", "        text: Is it so?\n        allow: everything\n"),
    ("allow-unknown-answer", "        text: Is it so?\n", "        text: Is it so?\n        allow:\n          - maybe\n"),
    ("root-is-a-list", "framework: tiny\n", "- framework: tiny\n"),
    ("root-is-text", TINY, "just a sentence\n"),
    ("one-stage-only", "  - id: high\n    name: High\n", ""),
    ("statement-for-unknown-stage", "          high: Very much.\n", "          high: Very much.\n          middle: Sort of.\n"),
    ("statement-missing", "          high: Very much.\n", ""),
    ("same-id-twice", "  - id: high\n", "  - id: low\n"),
]
for name, old, new in wrong_fw:
    add("fw-wrong-type-%s.yaml" % name, "framework", "error", tiny(old, new), name.replace("-", " "))

wrong_resp = [
    ("answers-is-a-list", "answers:\n  uses-decisions:", "answers:\n  - uses-decisions:"),
    ("answers-is-text", "answers:\n", "answers: all of them\nleftover:\n"),
    ("status-is-done", "status: complete", "status: done"),
    ("updated-is-yesterday", "updated: 2026-11-21T10:20:00Z", "updated: yesterday"),
    ("updated-has-no-zone", "updated: 2026-11-21T10:20:00Z", "updated: 2026-11-21 10:20"),
    ("updated-month-13", "updated: 2026-11-21T10:20:00Z", "updated: 2026-13-21T10:20:00Z"),
    ("response-is-a-mapping", 'response: "3f9c2a7e-6c1d-4f0e-9a51-2b7d8e4c1a90"', "response:\n  id: 3f9c"),
    ("organisation-is-a-list", 'organisation: "Example Trust"', "organisation:\n  - Example Trust"),
    ("answer-is-a-mapping", '  uses-decisions: "unaware"', "  uses-decisions:\n    stage: unaware"),
    ("note-is-a-list", '  data-quality: "Patchy, honestly."', "  data-quality:\n    - Patchy"),
    ("framework-is-another", "framework: data-maturity", "framework: data-skills"),
    ("framework-id-has-spaces", "framework: data-maturity", "framework: data maturity"),
    ("language-is-a-number", "language: en", "language: 42"),
]
for name, old, new in wrong_resp:
    add("resp-wrong-type-%s.yaml" % name, "response", "error", resp(old, new), name.replace("-", " "))

for key in ["response", "framework", "framework-version", "organisation", "updated", "status", "answers"]:
    if key == "answers":
        head, rest = RESPONSE.split("answers:\n")
        text = head + "notes:\n" + rest.split("notes:\n")[1]
    else:
        text = "".join(l for l in RESPONSE.splitlines(True) if not l.startswith(key + ":"))
    add("resp-missing-%s.yaml" % key, "response", "error", text, "the required key %s is left out" % key)

add("resp-unknown-stage.yaml", "response", "diagnosed", resp('"developing"', '"develloping"'),
    "a misspelt stage: a warning, and the answer is not counted")
add("resp-unknown-question.yaml", "response", "diagnosed", resp("  uses-decisions:", "  uses-decision:"),
    "a question id the framework lacks: a warning")
add("resp-dont-know-not-offered.yaml", "response", "diagnosed", resp('  uses-services: "emerging"', '  uses-services: "not-applicable"'),
    "not-applicable on a question that does not offer it")

# --------------------------------------------------------------------------------------------
# Every refused construct

refused = [
    ("flow-mapping", "    name: Low\n", "    name: {text: Low}\n"),
    ("flow-sequence", "stages:\n", "allow: [dont-know]\nstages:\n"),
    ("flow-sequence-for-stages", "stages:\n  - id: low\n    name: Low\n  - id: high\n    name: High\n", "stages: [low, high]\n"),
    ("anchor", "  - id: low\n", "  - &first\n    id: low\n"),
    ("alias", "          high: Very much.\n", "          high: *first\n"),
    ("anchor-and-alias", "title: Tiny\n", "title: &t Tiny\ndescription2: *t\n"),
    ("merge-key", "    name: High\n", "    name: High\n    <<: *first\n"),
    ("tag-str", "title: Tiny\n", "title: !!str Tiny\n"),
    ("tag-custom", "title: Tiny\n", "title: !local Tiny\n"),
    ("document-start", "framework: tiny\n", "---\nframework: tiny\n"),
    ("document-end", "", "...\n"),
    ("two-documents", "", "---\nframework: another\n"),
    ("directive", "framework: tiny\n", "%YAML 1.2\n---\nframework: tiny\n"),
    ("folded-block", "description: Two stages, one question.\n", "description: >\n  Two stages,\n  one question.\n"),
    ("complex-key", "title: Tiny\n", "? title\n: Tiny\n"),
    ("multi-line-plain", "description: Two stages, one question.\n", "description: Two stages,\n  one question.\n"),
    ("unclosed-single-quote", "title: Tiny\n", "title: 'Tiny\n"),
    ("unclosed-double-quote-at-end", "          high: Very much.\n", '          high: "Very much.\n'),
    ("bad-escape", "title: Tiny\n", 'title: "Ti\\qny"\n'),
    ("text-after-closing-quote", "title: Tiny\n", 'title: "Tiny" and more\n'),
    ("no-space-after-colon", "title: Tiny\n", "title:Tiny\n"),
    ("list-on-key-line", "stages:\n", "stages: - id: x\nignored:\n"),
    ("literal-block-bad-indicator", "description: Two stages, one question.\n", "description: |x\n  Two stages.\n"),
    ("literal-block-not-indented", "description: Two stages, one question.\n", "description: |\nTwo stages.\n"),
    ("plain-starting-with-percent", "title: Tiny\n", "title: %Tiny\n"),
    ("plain-starting-with-backtick", "title: Tiny\n", "title: `Tiny`\n"),
    ("plain-starting-with-at", "title: Tiny\n", "title: @Tiny\n"),
]
for name, old, new in refused:
    data = tiny(old, new) if old else TINY + new
    add("fw-refused-%s.yaml" % name, "framework", "error", data, "refused: " + name.replace("-", " "))

add("resp-refused-json.yaml", "response", "error",
    json.dumps({"response": "x", "framework": "data-maturity", "answers": {"uses-decisions": "learning"}}) + "\n",
    "a response written as JSON (flow style)")
add("resp-refused-flow-answers.yaml", "response", "error",
    resp("answers:\n", "answers: {uses-decisions: learning}\nextra:\n"), "answers in flow style")
add("resp-refused-anchor.yaml", "response", "error", resp('  uses-services: "emerging"', '  uses-services: &e "emerging"'),
    "an anchor on an answer")
add("resp-refused-alias.yaml", "response", "error", resp('  uses-services: "emerging"', "  uses-services: *e"),
    "an alias as an answer")
add("resp-refused-tag.yaml", "response", "error", resp("status: complete", "status: !!str complete"), "a tag")
add("resp-refused-two-documents.yaml", "response", "error", RESPONSE + "---\n" + RESPONSE, "two responses in one file")
add("resp-refused-folded-note.yaml", "response", "error", resp("  uses-decisions: |\n", "  uses-decisions: >\n"),
    "a note as a folded block")

# --------------------------------------------------------------------------------------------
# Empty, comments only, duplicates, keys in the wrong place

for kind, stem in [("framework", "fw"), ("response", "resp"), ("translation", "tr")]:
    add(stem + "-empty.yaml", kind, "error", b"", "an empty file")
add("fw-only-a-bom.yaml", "framework", "error", b"\xef\xbb\xbf", "nothing but a byte order mark")
add("fw-only-blank-lines.yaml", "framework", "error", "\n  \n\t\n\n", "blank lines, one with a tab")
add("fw-only-comments.yaml", "framework", "error", "# a framework\n# to be written\n   # soon\n", "comments only")
add("resp-only-comments.yaml", "response", "error", "# answers go here\n", "comments only")
add("fw-only-document-marker.yaml", "framework", "error", "---\n", "a document marker and nothing else")

add("fw-duplicate-top-level-key.yaml", "framework", "error", TINY + "title: Again\n", "title set twice")
add("fw-duplicate-statement.yaml", "framework", "error", tiny("          high: Very much.\n", "          high: Very much.\n          high: Twice.\n"),
    "a statement given twice")
add("fw-duplicate-stages-key.yaml", "framework", "error", TINY + "stages:\n  - id: x\n    name: X\n", "a second stages list")
add("resp-duplicate-answer.yaml", "response", "error", resp('  uses-services: "emerging"\n', '  uses-services: "emerging"\n  uses-services: "mastering"\n'),
    "one question answered twice")
add("resp-duplicate-status.yaml", "response", "error", resp("status: complete\n", "status: complete\nstatus: in-progress\n"),
    "status given twice")

add("fw-misplaced-statements-at-dimension.yaml", "framework", "error",
    tiny("    questions:\n", "    statements:\n      low: x\n    questions:\n"), "statements under a dimension")
add("fw-misplaced-framework-in-question.yaml", "framework", "error",
    tiny("        text: Is it so?\n", "        text: Is it so?\n        framework: tiny\n"), "a top-level key inside a question")
add("fw-misspelt-key.yaml", "framework", "error", tiny("        statements:", "        statments:"), "statements misspelt")
add("fw-list-item-among-keys.yaml", "framework", "error", tiny("title: Tiny\n", "title: Tiny\n- stray\n"),
    "a list item among the top-level keys")
add("fw-key-after-list-lined-with-dash.yaml", "framework", "error", tiny("    name: Low\n", "    name: Low\n  description: x\n"),
    "a key lined up with the dash of the list item above")
add("fw-line-belonging-to-nothing.yaml", "framework", "error", TINY + "  stray: indented after the end\n",
    "an indented line after the last key")
add("fw-a-response-read-as-a-framework.yaml", "framework", "error", RESPONSE, "a response given where a framework belongs")
add("resp-a-framework-read-as-a-response.yaml", "response", "error", TINY, "a framework given where a response belongs")
add("resp-answers-under-notes.yaml", "response", "error",
    resp("answers:\n", "notes:\n  answers:\n").replace("notes:\n  uses-decisions: |", "more:\n  uses-decisions: |"),
    "the answers indented under notes")
add("resp-unknown-top-level-key.yaml", "response", "error", resp("status: complete\n", "status: complete\nscore: 5\n"),
    "a key responses do not have")
add("tr-unknown-question.yaml", "translation", "error",
    b"translation: data-maturity\nlanguage: de\nversion: \"1.0\"\nquestions:\n  no-such-question:\n    text: Was?\n",
    "a translation of a question the framework lacks")
add("tr-of-another-framework.yaml", "translation", "error",
    b"translation: data-skills\nlanguage: de\nversion: \"1.0\"\ntitle: Datenkompetenzen\n", "a translation of another framework")
add("tr-wrong-type-stages.yaml", "translation", "error",
    b"translation: data-maturity\nlanguage: de\nversion: \"1.0\"\nstages: alle\n", "stages as text")

# --------------------------------------------------------------------------------------------
# Hostile text: control characters, escapes and bidi overrides in places that are read

add("fw-escape-sequence-in-title.yaml", "framework", "any", tiny("title: Tiny", "title: \"Tiny\\e[2J\\e]0;pwned\\a\""),
    "terminal escapes in a quoted title (read, then shown as visible symbols)")
add("fw-raw-escape-in-key.yaml", "framework", "error", tiny("title: Tiny", "ti\x1b[31mtle: Tiny"),
    "a raw ESC inside a key")
add("fw-bidi-override-in-id.yaml", "framework", "error", tiny("  - id: only", "  - id: on\u202ely"),
    "a right-to-left override inside an id")
add("resp-escape-in-organisation.yaml", "response", "any", resp('"Example Trust"', '"Example\\e[2J Trust\\u202e"'),
    "an escape and a bidi override in the organisation")
add("resp-control-characters-raw.yaml", "response", "any", resp('"Sam Jones"', '"Sam\x07\x08\x1b[H Jones"'),
    "raw BEL, BS and ESC in the respondent's name")


# --------------------------------------------------------------------------------------------
# The mistakes trainers really make, each with the exact messages it must give

trainer_mistakes.add_all(add, TINY)
format_mistakes.add_all(add, TINY)

# Last, so that the cuts above stay where they were: the framework that uses every key for
# published models, cut short.
data = shipped("data-protection.yaml")
for at in cuts(data, 6):
    add("fw-truncated-data-protection-at-%05d.yaml" % at, "framework", "truncated", data[:at],
        "data-protection.yaml cut after %d of %d bytes" % (at, len(data)), original="frameworks/data-protection.yaml")


# --------------------------------------------------------------------------------------------

def main():
    for name in os.listdir(HERE):
        if name.endswith(".yaml") or name == "manifest.json":
            os.remove(os.path.join(HERE, name))
    manifest = []
    total = 0
    for name, kind, expect, data, extra in entries:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        total += len(data)
        item = {"file": name, "kind": kind, "expect": expect}
        item.update({k: v for k, v in extra.items() if v is not None})
        manifest.append(item)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"schema": "maturity-malformed-corpus/1", "files": manifest}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%d files, %d bytes" % (len(entries), total))


main()
