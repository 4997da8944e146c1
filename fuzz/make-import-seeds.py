#!/usr/bin/env python3
"""Writes the seed inputs of ImportFuzzTest (adapters-cli): Graph health JSON and customers CSV.

Valid documents, near-valid ones with one thing wrong, and hostile ones (deep nesting, huge numbers,
bad UTF-8, other encodings, NUL bytes, dates at the edge of time). Run from the repository root;
the files it writes are committed, so CI replays exactly these.
"""
import json, os, shutil

ROOT = "adapters-cli/src/test/resources/com/partnerdesk/adapters/cli/ImportFuzzTestInputs"
HEALTH = os.path.join(ROOT, "healthImport")
CUSTOMERS = os.path.join(ROOT, "customersImport")
shutil.rmtree(ROOT, ignore_errors=True)
for d in (HEALTH, CUSTOMERS):
    os.makedirs(d)


def put(folder, name, content):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def issue(**changes):
    base = {
        "startDateTime": "2026-03-10T08:30:00Z", "endDateTime": None,
        "lastModifiedDateTime": "2026-03-10T20:05:12.4870000Z",
        "title": "Users may be unable to send mail", "id": "EX900001",
        "impactDescription": "Mail flow is delayed.", "classification": "incident", "origin": "microsoft",
        "status": "investigating", "service": "Exchange Online", "feature": "Mail flow",
        "featureGroup": "Mail", "isResolved": False, "highImpact": None,
        "details": [{"name": "Regions", "value": "us-gov-virginia"}],
        "posts": [{"createdDateTime": "2026-03-10T08:45:00Z", "postType": "regular",
                   "description": {"contentType": "text", "content": "We are investigating."}}],
    }
    for k, v in changes.items():
        if v is DELETE:
            base.pop(k, None)
        else:
            base[k] = v
    return base


DELETE = object()


def page(*issues):
    return json.dumps({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues",
                       "value": list(issues)}, indent=1)


# --- Graph health JSON: valid ------------------------------------------------------------------
shutil.copy("adapters-cli/src/test/resources/graph/issues-page.json", os.path.join(HEALTH, "valid-page-every-status.json"))
shutil.copy("adapters-cli/src/test/resources/graph/issues-array.json", os.path.join(HEALTH, "valid-bare-array.json"))
put(HEALTH, "valid-one-issue.json", page(issue()))
put(HEALTH, "valid-empty-page.json", '{"value": []}')
put(HEALTH, "valid-empty-array.json", "[]")
put(HEALTH, "valid-pascal-case-status-resolved.json", page(issue(status="ServiceRestored", isResolved=True,
                                                                  endDateTime="2026-03-10T12:00:00Z",
                                                                  classification="Advisory")))
put(HEALTH, "valid-offset-and-local-times.json", page(issue(startDateTime="2026-03-10T08:30:00+02:00",
                                                             lastModifiedDateTime="2026-03-10T20:05:12.1234567")))
put(HEALTH, "valid-value-after-other-fields.json",
    '{"@odata.nextLink": "https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues?$skip=1",'
    ' "extra": {"nested": [1, 2, {"deep": true}]}, "value": [' + json.dumps(issue()) + ']}')
put(HEALTH, "valid-unicode-text.json", page(issue(title="Zażółć gęślą jaźń — 邮件 📧 \u202e RTL",
                                                   impactDescription="\u0000 NUL inside a JSON string")))
put(HEALTH, "valid-no-regions-no-posts.json", page(issue(details=DELETE, posts=DELETE)))
put(HEALTH, "valid-description-as-string.json", page(issue(posts=[{"createdDateTime": "2026-03-10T08:45:00Z",
                                                                   "postType": "quick", "description": "plain"}])))

# --- near-valid: one thing wrong ------------------------------------------------------------------
shutil.copy("adapters-cli/src/test/resources/graph/issues-faults.json", os.path.join(HEALTH, "near-many-faults.json"))
put(HEALTH, "near-unknown-status.json", page(issue(status="kindaBroken")))
put(HEALTH, "near-unknown-classification.json", page(issue(classification="outage")))
put(HEALTH, "near-missing-id.json", page(issue(id=DELETE)))
put(HEALTH, "near-blank-title.json", page(issue(title="   ")))
put(HEALTH, "near-duplicate-ids.json", page(issue(), issue(title="again")))
put(HEALTH, "near-bad-date.json", page(issue(startDateTime="10/03/2026 08:30")))
put(HEALTH, "near-end-before-start.json", page(issue(endDateTime="2020-01-01T00:00:00Z", isResolved=True,
                                                      status="serviceRestored")))
put(HEALTH, "near-bad-region.json", page(issue(details=[{"name": "Regions", "value": "us gov virginia,,, ;drop"}])))
put(HEALTH, "near-isresolved-string.json", page(issue(isResolved="yes")))
put(HEALTH, "near-wrong-container-types.json", page(issue(details={"name": "Regions"}, posts="none",
                                                           title=["a", "b"], service={"name": "Exchange"})))
put(HEALTH, "near-value-is-object.json", '{"value": {"id": "EX1"}}')
put(HEALTH, "near-value-null.json", '{"value": null}')
put(HEALTH, "near-array-of-scalars.json", '[1, "two", null, true, [3]]')
put(HEALTH, "near-root-scalar.json", '"just a string"')
put(HEALTH, "near-trailing-comma.json", page(issue())[:-2] + ",]}")
put(HEALTH, "near-truncated.json", page(issue())[:400])
put(HEALTH, "near-post-without-date.json", page(issue(posts=[{"postType": "regular", "description": None}])))
put(HEALTH, "near-id-number.json", page(issue(id=12345)))
put(HEALTH, "near-title-too-long.json", page(issue(title="x" * 5000)))

# --- hostile ----------------------------------------------------------------------------------------
put(HEALTH, "hostile-deep-array.json", "[" * 5000 + "]" * 5000)
put(HEALTH, "hostile-deep-object-in-issue.json",
    '{"value": [{"id": "EX1", "title": "t", "service": "s", "extra": ' + '{"a":' * 3000 + "1" + "}" * 3000 + "}]}")
put(HEALTH, "hostile-deep-in-details.json",
    '[{"id": "EX1", "details": ' + "[" * 1200 + "]" * 1200 + "}]")
put(HEALTH, "hostile-huge-number.json", '[{"id": "EX1", "isResolved": ' + "9" * 5000 + "}]")
put(HEALTH, "hostile-huge-exponent.json", '[{"id": 1e999999999, "isResolved": -1e-999999999, "title": 1.7976931348623157e309}]')
put(HEALTH, "hostile-far-dates.json", page(issue(startDateTime="+999999999-12-31T23:59:59Z",
                                                  lastModifiedDateTime="-999999999-01-01T00:00:00Z")))
put(HEALTH, "hostile-far-dates-2.json", page(issue(startDateTime="+1000000000-01-01T00:00:00Z")))
put(HEALTH, "hostile-far-local-date.json", page(issue(startDateTime="+999999999-12-31T23:59:59.999999999",
                                                       endDateTime="+999999999-12-31T23:59:59-18:00")))
put(HEALTH, "hostile-bad-utf8-in-string.json", b'[{"id": "EX1", "title": "caf\xc3\x28 \xff\xfe", "service": "Exchange Online"}]')
put(HEALTH, "hostile-overlong-utf8.json", b'[{"id": "EX\xc0\xaf1"}]')
put(HEALTH, "hostile-lone-surrogate-utf8.json", b'[{"id": "EX1", "title": "\xed\xa0\x80"}]')
put(HEALTH, "hostile-lone-surrogate-escape.json", page(issue())
    .replace("Users may be unable to send mail", "\\ud800 half a pair \\udfff"))
put(HEALTH, "hostile-utf16le-bom.json", b"\xff\xfe" + '{"value": []}'.encode("utf-16-le"))
put(HEALTH, "hostile-utf16be.json", page(issue()).encode("utf-16-be"))
put(HEALTH, "hostile-utf32-pattern.json", b"\x00\x00\x00[\x00\x00\x00]\xff\xff\xff\xff")
put(HEALTH, "hostile-utf8-bom.json", b"\xef\xbb\xbf" + page(issue()).encode())
put(HEALTH, "hostile-nul-bytes.json", b'[{"id": "EX\x001"}]\x00\x00')
put(HEALTH, "hostile-binary.bin", bytes(range(256)))
put(HEALTH, "hostile-comments-and-single-quotes.json", "// comment\n[{'id': 'EX1'}] /* x */")
put(HEALTH, "hostile-nan-infinity.json", '[{"id": NaN, "isResolved": Infinity}]')
put(HEALTH, "hostile-duplicate-value-keys.json", '{"value": 5, "value": [' + json.dumps(issue()) + ']}')
put(HEALTH, "hostile-regions-huge-list.json", page(issue(details=[{"name": "REGIONS",
                                                                   "value": ",".join(["us-gov-virginia"] * 2000)}])))
put(HEALTH, "hostile-control-characters.json", page(issue(id="EX\t\n\r1", service="Exchange\u0007Online")))
put(HEALTH, "hostile-empty-file.json", b"")
put(HEALTH, "hostile-whitespace-only.json", "  \n\t \r\n")

# --- customers CSV -------------------------------------------------------------------------------------
HEADER = "tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,resellerType,country,services"
GOOD = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,Contoso Defense Solutions,contosodefense.onmicrosoft.us,GCC_HIGH,us-gov-virginia,ACTIVE,yes,CSP,DIRECT,US,Exchange Online"


def row(**changes):
    cols = HEADER.split(",")
    values = GOOD.split(",")
    for k, v in changes.items():
        values[cols.index(k)] = v
    return ",".join(values)


shutil.copy("adapters-cli/src/test/resources/customers/customers-good.csv", os.path.join(CUSTOMERS, "valid-three-customers-bom-crlf.csv"))
put(CUSTOMERS, "valid-one-customer-lf.csv", HEADER + "\n" + GOOD + "\n")
put(CUSTOMERS, "valid-no-final-newline.csv", HEADER + "\r\n" + GOOD)
put(CUSTOMERS, "valid-columns-reordered-any-case.csv",
    "SERVICES,country,resellertype,supportPlan,supportRole,relationship,region,cloud,domain,name,TENANTID\n"
    "Microsoft Teams;Exchange Online,US,INDIRECT,NONE,no,PENDING,us-gov-texas,gcc,,\"Name, with comma\",0B8E7D6C-5A4B-4C3D-9E2F-1A0B9C8D7E6F\n")
put(CUSTOMERS, "valid-quoted-newline-and-quotes.csv", HEADER + "\n" + row(name='"Fabrikam ""West""\nsecond line"') + "\n")
put(CUSTOMERS, "valid-blank-lines.csv", "\n\n" + HEADER + "\n\n" + GOOD + "\n\n\n")
put(CUSTOMERS, "valid-unicode-name.csv", HEADER + "\n" + row(name="Zażółć gęślą jaźń 株式会社 📧") + "\n")

shutil.copy("adapters-cli/src/test/resources/customers/customers-faults.csv", os.path.join(CUSTOMERS, "near-many-faults.csv"))
put(CUSTOMERS, "near-header-only.csv", HEADER + "\n")
put(CUSTOMERS, "near-empty.csv", b"")
put(CUSTOMERS, "near-unknown-column.csv", HEADER + ",notes\n" + GOOD + ",hello\n")
put(CUSTOMERS, "near-missing-column.csv", HEADER.rsplit(",", 1)[0] + "\n" + GOOD.rsplit(",", 1)[0] + "\n")
put(CUSTOMERS, "near-duplicate-column.csv", HEADER + ",name\n" + GOOD + ",Again\n")
put(CUSTOMERS, "near-too-few-fields.csv", HEADER + "\n" + "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,Contoso\n")
put(CUSTOMERS, "near-too-many-fields.csv", HEADER + "\n" + GOOD + ",,,,\n")
put(CUSTOMERS, "near-unclosed-quote.csv", HEADER + "\n" + row(name='"Contoso') + "\n")
put(CUSTOMERS, "near-quote-inside-field.csv", HEADER + "\n" + row(name='Con"toso') + "\n")
put(CUSTOMERS, "near-text-after-quote.csv", HEADER + "\n" + row(name='"Contoso"Inc') + "\n")
put(CUSTOMERS, "near-bad-enums.csv", HEADER + "\n" + row(cloud="AZURE", relationship="friends", supportRole="maybe",
                                                           supportPlan="GOLD", resellerType="TIER3") + "\n")
put(CUSTOMERS, "near-bad-country-region.csv", HEADER + "\n" + row(country="USA", region="US Gov Virginia") + "\n")
put(CUSTOMERS, "near-no-services.csv", HEADER + "\n" + row(services=";;; ;") + "\n")
put(CUSTOMERS, "near-unknown-service.csv", HEADER + "\n" + row(services="Exchange Online;Lotus Notes") + "\n")
put(CUSTOMERS, "near-guid-forms.csv", HEADER + "\n" + row(tenantId="{6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b}") + "\n"
    + row(tenantId="6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b") + "\n" + row(tenantId="") + "\n")
put(CUSTOMERS, "near-duplicate-tenant.csv", HEADER + "\n" + GOOD + "\n" + GOOD.upper() + "\n")
put(CUSTOMERS, "near-name-too-long.csv", HEADER + "\n" + row(name="N" * 5000) + "\n")
put(CUSTOMERS, "near-blank-name.csv", HEADER + "\n" + row(name="   ") + "\n")

put(CUSTOMERS, "hostile-bad-utf8.csv", (HEADER + "\n").encode() + row(name="caf").encode() .replace(b"caf", b"caf\xc3\x28\xff"))
put(CUSTOMERS, "hostile-lone-surrogate-utf8.csv", (HEADER + "\n").encode() + row(name="X").encode().replace(b",X,", b",\xed\xa0\x80,"))
put(CUSTOMERS, "hostile-utf16le-bom.csv", b"\xff\xfe" + (HEADER + "\r\n" + GOOD + "\r\n").encode("utf-16-le"))
put(CUSTOMERS, "hostile-nul-bytes.csv", (HEADER + "\n" + row(name="Con\x00toso", domain="\x00") + "\n").encode())
put(CUSTOMERS, "hostile-formula-injection.csv", HEADER + "\n" + row(name="=cmd|' /C calc'!A0", domain="@SUM(1+1)") + "\n")
put(CUSTOMERS, "hostile-cr-only-line-ends.csv", HEADER + "\r" + GOOD + "\r")
put(CUSTOMERS, "hostile-only-quotes.csv", '"""""""""""""""""""""""\n""\n"')
put(CUSTOMERS, "hostile-only-commas.csv", ",,,,,,,,,,\n" * 3)
put(CUSTOMERS, "hostile-thousands-of-fields.csv", HEADER + "\n" + ",".join(["x"] * 20000) + "\n")
put(CUSTOMERS, "hostile-binary.bin", bytes(range(256)))
put(CUSTOMERS, "hostile-json-not-csv.csv", page(issue()))
put(CUSTOMERS, "hostile-bom-twice.csv", "\ufeff\ufeff" + HEADER + "\n" + GOOD + "\n")
put(CUSTOMERS, "hostile-control-characters.csv", HEADER + "\n" + row(region="us-gov-\tvirginia", country="U\u0007S") + "\n")
