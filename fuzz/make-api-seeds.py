#!/usr/bin/env python3
"""Writes the seed inputs of ApiFuzzTest (adapters-web): JSON bodies of opening a case, adding a note and
escalating, and query strings of the case search. Valid requests, near-valid ones with one thing wrong,
and hostile ones. Run from the repository root; the files it writes are committed and replayed in CI."""
import json, os, shutil

ROOT = "adapters-web/src/test/resources/com/partnerdesk/adapters/web/ApiFuzzTestInputs"
shutil.rmtree(ROOT, ignore_errors=True)
DIRS = {m: os.path.join(ROOT, m) for m in ("openCase", "addNote", "escalate", "searchCases")}
for d in DIRS.values():
    os.makedirs(d)
DELETE = object()


def put(method, name, content):
    with open(os.path.join(DIRS[method], name), "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def changed(base, **changes):
    out = dict(base)
    for k, v in changes.items():
        if v is DELETE:
            out.pop(k, None)
        else:
            out[k] = v
    return json.dumps(out)


CASE = {"service": "Exchange Online", "title": "Mailboxes unreachable",
        "description": "Every user gets 'cannot connect' in Outlook since 13:00 UTC.",
        "startedAt": "2026-03-10T13:00:00Z", "usersAffected": "TENANT", "impact": "CRITICAL",
        "classification": "UNAVAILABLE"}

# Hostile bodies that every endpoint gets.
COMMON = {
    "hostile-empty.json": b"",
    "hostile-whitespace.json": b" \r\n\t ",
    "hostile-not-json.txt": b"service=Exchange+Online&title=x",
    "hostile-array.json": b"[1, 2, 3]",
    "hostile-string.json": b'"just a string"',
    "hostile-number.json": b"42",
    "hostile-null.json": b"null",
    "hostile-deep-array.json": b"[" * 5000 + b"]" * 5000,
    "hostile-deep-object.json": b'{"a":' * 3000 + b"1" + b"}" * 3000,
    "hostile-deep-just-under-limit.json": b'{"text": "x", "n": ' + b"[" * 998 + b"]" * 998 + b"}",
    "hostile-huge-number.json": b'{"text": ' + b"9" * 5000 + b"}",
    "hostile-huge-exponent.json": b'{"text": 1e999999999, "title": -1e-999999999, "service": 1.8e308}',
    "hostile-nan.json": b'{"text": NaN}',
    "hostile-bad-utf8.json": b'{"text": "caf\xc3\x28 \xff\xfe", "title": "\xc0\xaf"}',
    "hostile-lone-surrogate-escape.json": b'{"text": "\\ud800 half \\udfff", "title": "\\udbff"}',
    "hostile-lone-surrogate-utf8.json": b'{"text": "\xed\xa0\x80"}',
    "hostile-utf16le-bom.json": b"\xff\xfe" + '{"text": "hi"}'.encode("utf-16-le"),
    "hostile-utf8-bom.json": b"\xef\xbb\xbf{\"text\": \"hi\"}",
    "hostile-nul-raw.json": b'{"text": "a\x00b"}',
    "hostile-nul-escaped.json": b'{"text": "a\\u0000b"}',
    "hostile-trailing-garbage.json": b'{"text": "hi"} {"text": "again"}',
    "hostile-truncated.json": b'{"text": "hi',
    "hostile-comments.json": b'/* c */ {"text": "hi"} // c',
    "hostile-single-quotes.json": b"{'text': 'hi'}",
    "hostile-binary.bin": bytes(range(256)),
    "hostile-field-types.json": b'{"text": {"a": 1}, "title": [1, 2], "service": true, "startedAt": 1710075600, '
                                b'"evidence": [], "severity": {"x": null}}',
}


def common(method):
    for name, content in COMMON.items():
        put(method, name, content)


# --- open a case ------------------------------------------------------------------------------------
put("openCase", "valid-unavailable.json", json.dumps(CASE))
put("openCase", "valid-configuration-lowercase-enums.json",
    changed(CASE, classification="configuration", impact="minimal", usersAffected="one"))
put("openCase", "valid-teams-defect-offset-time.json",
    changed(CASE, service="Microsoft Teams", classification="DEFECT", startedAt="2026-03-10T15:00:00+02:00"))
put("openCase", "valid-unicode.json", changed(CASE, title="Zażółć gęślą jaźń 📧 \u202e", description="邮件 " * 100))
put("openCase", "valid-extra-fields.json", changed(CASE, extra={"nested": [1, 2, 3]}, id="ignored"))
put("openCase", "near-missing-everything.json", "{}")
put("openCase", "near-missing-service.json", changed(CASE, service=DELETE))
put("openCase", "near-unknown-service.json", changed(CASE, service="Lotus Notes"))
put("openCase", "near-service-not-managed.json", changed(CASE, service="Azure Storage"))
put("openCase", "near-bad-enums.json", changed(CASE, usersAffected="MANY", impact="HUGE", classification="WEIRD"))
put("openCase", "near-bad-date.json", changed(CASE, startedAt="10/03/2026 13:00"))
put("openCase", "near-date-without-zone.json", changed(CASE, startedAt="2026-03-10T13:00:00"))
put("openCase", "near-title-too-long.json", changed(CASE, title="T" * 201))
put("openCase", "near-description-too-long.json", changed(CASE, description="D" * 20001))
put("openCase", "near-blank-title.json", changed(CASE, title="   "))
put("openCase", "near-null-fields.json", changed(CASE, title=None, description=None, impact=None))
put("openCase", "near-duplicate-keys.json", json.dumps(CASE)[:-1] + ', "service": "Lotus Notes"}')
put("openCase", "hostile-far-future.json", changed(CASE, startedAt="+1000000000-12-31T23:59:59.999999999Z"))
put("openCase", "hostile-far-future-2.json", changed(CASE, startedAt="+999999999-12-31T23:59:59Z"))
put("openCase", "hostile-far-past.json", changed(CASE, startedAt="-1000000000-01-01T00:00:00Z"))
put("openCase", "hostile-beyond-instant.json", changed(CASE, startedAt="+1000000001-01-01T00:00:00Z"))
put("openCase", "hostile-in-the-future.json", changed(CASE, startedAt="2099-01-01T00:00:00Z"))
put("openCase", "hostile-control-chars.json", changed(CASE, title="a\u0007\u001b[31mred\u0000", service="Exchange\tOnline"))
common("openCase")

# --- notes ------------------------------------------------------------------------------------------------
put("addNote", "valid-note.json", '{"text": "Called the customer back"}')
put("addNote", "valid-troubleshooting.json", '{"text": "Recreated the connector", "kind": "TROUBLESHOOTING"}')
put("addNote", "valid-kind-lowercase.json", '{"text": "x", "kind": "troubleshooting"}')
put("addNote", "valid-long-unicode.json", json.dumps({"text": "Zażółć 📧 " * 500}))
put("addNote", "near-empty-object.json", "{}")
put("addNote", "near-blank-text.json", '{"text": "   "}')
put("addNote", "near-null-text.json", '{"text": null}')
put("addNote", "near-bad-kind.json", '{"text": "x", "kind": "SECRET"}')
put("addNote", "near-system-kind.json", '{"text": "x", "kind": "SYSTEM"}')
put("addNote", "near-text-too-long.json", json.dumps({"text": "n" * 100_001}))
put("addNote", "near-text-number.json", '{"text": 12345678901234567890}')
common("addNote")

# --- escalation -------------------------------------------------------------------------------------------
DRAFT = {"title": "Mailboxes unreachable for the whole tenant",
         "description": "Since 13:00 UTC no user can connect; no health advisory covers it.",
         "severity": "critical", "supportTopicId": "32444671", "countryCode": "US",
         "evidence": {"affectedUsers": "all 2,400 users"}}
put("escalate", "valid-draft.json", json.dumps(DRAFT))
put("escalate", "valid-full-evidence.json", changed(DRAFT, severity="MODERATE", evidence={
    "startedAt": "2026-03-10T13:00:00Z", "affectedUsers": "all", "reproductionSteps": "1. open Outlook",
    "affectedSites": "HQ", "expectedBehaviour": "mail arrives", "actualBehaviour": "mail bounces"}))
put("escalate", "near-empty-object.json", "{}")
put("escalate", "near-bad-severity.json", changed(DRAFT, severity="urgent"))
put("escalate", "near-unknown-topic.json", changed(DRAFT, supportTopicId="99999999"))
put("escalate", "near-topic-of-other-family.json", changed(DRAFT, supportTopicId="32444681"))
put("escalate", "near-topic-not-a-number.json", changed(DRAFT, supportTopicId="'; DROP TABLE cases; --"))
put("escalate", "near-bad-country.json", changed(DRAFT, countryCode="USA"))
put("escalate", "near-lowercase-country.json", changed(DRAFT, countryCode="us"))
put("escalate", "near-evidence-not-object.json", changed(DRAFT, evidence="all users"))
put("escalate", "near-evidence-array.json", changed(DRAFT, evidence=[1, 2]))
put("escalate", "near-evidence-bad-date.json", changed(DRAFT, evidence={"startedAt": "yesterday"}))
put("escalate", "near-title-too-long.json", changed(DRAFT, title="T" * 5000))
put("escalate", "near-description-huge.json", changed(DRAFT, description="D" * 200_000))
put("escalate", "hostile-evidence-far-dates.json", changed(DRAFT, evidence={
    "startedAt": "+1000000000-12-31T23:59:59.999999999Z", "affectedUsers": "x"}))
put("escalate", "hostile-evidence-far-past.json", changed(DRAFT, evidence={"startedAt": "-1000000000-01-01T00:00:00Z"}))
put("escalate", "hostile-evidence-deep.json", '{"title": "t", "evidence": ' + '{"a":' * 990 + "1" + "}" * 990 + "}")
common("escalate")

# --- case search: the query string (see ApiFuzzTest.queryString) ------------------------------------------
Q = {
    "valid-empty.txt": b"",
    "valid-words.txt": b"q=mailboxes+unreachable",
    "valid-filters.txt": b"status=TRIAGED&tenantId=6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b&service=Exchange Online&impact=critical&attention=true&limit=10&offset=0",
    "valid-unicode.txt": "q=zażółć 邮件 📧".encode(),
    "fts-quote.txt": b'q="',
    "fts-quotes-unbalanced.txt": b'q="mail flow" "',
    "fts-star.txt": b"q=*",
    "fts-prefix-star.txt": b"q=mail*",
    "fts-near.txt": b"q=NEAR(mail flow, 2)",
    "fts-near-open.txt": b"q=NEAR(",
    "fts-minus.txt": b"q=-mail -",
    "fts-column-filter.txt": b"q=title:mail notes:x {title description}: x",
    "fts-colon-only.txt": b"q=:",
    "fts-boolean.txt": b"q=mail AND OR NOT ( ) flow",
    "fts-caret-plus.txt": b"q=^mail + flow",
    "fts-brackets.txt": b"q=((((((((((mail",
    "fts-sql.txt": b"q=' OR 1=1; DROP TABLE cases; --",
    "fts-many-words.txt": b"q=" + b" ".join([b"w%d" % i for i in range(2000)]),
    "fts-long-word.txt": b"q=" + b"a" * 50_000,
    "fts-nul.txt": b"q=a%00b",
    "fts-control.txt": b"q=%01%02%1b[31m",
    "bad-utf8-escapes.txt": b"q=%FF%FE%C3%28",
    "bad-percent-escape.txt": b"q=%zz%",
    "lone-surrogate-cesu.txt": b"q=%ED%A0%80",
    "repeated-params.txt": b"q=a&q=b&status=NEW&status=CLOSED",
    "bad-status.txt": b"status=BROKEN",
    "bad-tenant-id.txt": b"tenantId=not-a-guid",
    "bad-limit.txt": b"limit=0&offset=-1",
    "huge-limit.txt": b"limit=99999999999999999999&offset=99999999999999999999",
    "max-offset.txt": b"offset=2147483647&limit=500",
    "bad-attention.txt": b"attention=maybe",
    "empty-names.txt": b"=&&=x&q",
    "binary.bin": bytes(range(256)),
}
for name, content in Q.items():
    put("searchCases", name, content)
