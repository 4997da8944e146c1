#!/usr/bin/env python3
"""Writes the seed inputs of CaseSearchFuzzTest (adapters-persistence): text typed into the case search.
The files sit directly in CaseSearchFuzzTestInputs/, so both fuzz methods of the class replay all of them.
Run from the repository root; the files it writes are committed and replayed in CI."""
import os, shutil

ROOT = "adapters-persistence/src/test/resources/com/partnerdesk/adapters/persistence/CaseSearchFuzzTestInputs"
shutil.rmtree(ROOT, ignore_errors=True)
os.makedirs(ROOT)
SEEDS = {
    "words.txt": "mailboxes unreachable",
    "prefix-as-typed.txt": "outbound-gc",
    "unicode.txt": "zażółć gęślą jaźń 邮件 📧 ÅNGSTRÖM",
    "quote.txt": '"',
    "quotes-unbalanced.txt": '"mail flow" "',
    "quotes-doubled.txt": '""""""',
    "quote-inside-word.txt": 'a"b c""d',
    "star.txt": "*",
    "star-after-word.txt": "mail* *flow",
    "near.txt": "NEAR(mail flow, 2)",
    "near-open.txt": "NEAR(",
    "near-nested.txt": "NEAR(NEAR(a b) c)",
    "minus.txt": "-mail -",
    "plus-caret.txt": "+mail ^flow",
    "column-filter.txt": "title:mail notes:x",
    "column-filter-braces.txt": "{title description}: x",
    "colon.txt": ":",
    "colons.txt": "::: a:b: :c",
    "boolean-operators.txt": "mail AND OR NOT ( ) flow",
    "operators-only.txt": "AND",
    "lowercase-operators.txt": "and or not near",
    "brackets.txt": "((((((((((mail",
    "closing-brackets.txt": ")))))",
    "sql.txt": "' OR 1=1; DROP TABLE cases; --",
    "sql-comment.txt": "/* */ -- x",
    "many-words.txt": " ".join("w%d" % i for i in range(2000)),
    "long-word.txt": "a" * 50_000,
    "control-characters.txt": "\x01\x02\x1b[31m\x7f",
    "whitespace-kinds.txt": "a\u00a0b\u2003c\u3000d\te\nf\rg",
    "empty.txt": "",
    "spaces.txt": "     ",
    "punctuation-only.txt": "!@#$%^&*()_+=-[]{};':\",./<>?|\\`~",
    "combining-marks.txt": "\u0301\u0301 e\u0301 \u20dd",
    "zero-width.txt": "a\u200bb \u200d \ufeff",
    "rtl-override.txt": "\u202email\u202c",
    "emoji-zwj.txt": "👩‍💻 🏳️‍🌈",
    "fullwidth.txt": "ｍａｉｌ　ｆｌｏｗ",
    "turkish-i.txt": "İSTANBUL ıi",
    "dotless-and-sharp-s.txt": "straße STRASSE",
    "digits-other-scripts.txt": "٣٤٥ ४५६ ௧௨",
    "letters-java-and-sqlite-disagree.txt": "ª º ˆ ˇ ˘ ʰ ꜀",
    "private-use.txt": "\ue000\uf8ff",
}
BYTES = {
    "nul.bin": b"a\x00b",
    "nul-only.bin": b"\x00",
    "bad-utf8.bin": b"caf\xc3\x28 \xff\xfe",
    "lone-surrogate-cesu.bin": b"\xed\xa0\x80 x",
    "overlong-slash.bin": b"\xc0\xaf",
    "binary.bin": bytes(range(256)),
}
for name, text in SEEDS.items():
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(text.encode("utf-8"))
for name, data in BYTES.items():
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(data)
