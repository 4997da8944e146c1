#!/usr/bin/env python3
"""Writes a Microsoft Graph serviceHealthIssue page with N issues, for import measurements.

usage: bench/generate-health-issues.py N FILE
"""
import json
import sys
from datetime import datetime, timedelta, timezone

SERVICES = ["Exchange Online", "Microsoft Teams", "SharePoint Online", "OneDrive for Business",
            "Microsoft Entra", "Microsoft Intune", "Microsoft 365 suite"]
STATUSES = ["serviceDegradation", "investigating", "ServiceRestored", "restoringService",
            "postIncidentReviewPublished", "falsePositive", "serviceInterruption", "extendedRecovery"]
REGIONS = ["us-gov-virginia", "us-gov-texas", "us-gov-arizona", "us-dod-central", "us-dod-east"]


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    start = datetime(2026, 11, 1, tzinfo=timezone.utc)
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"@odata.context":"https://graph.microsoft.us/v1.0/$metadata#admin/serviceAnnouncement/issues","value":[')
        for i in range(count):
            began = start + timedelta(minutes=7 * i)
            issue = {
                "startDateTime": began.isoformat().replace("+00:00", "Z"),
                "endDateTime": None,
                "lastModifiedDateTime": (began + timedelta(minutes=30)).isoformat().replace("+00:00", "Z"),
                "title": f"Users may experience problems with feature {i % 97}",
                "id": f"{'EXTMSPCO'[i % 4 * 2:i % 4 * 2 + 2]}{100000 + i}",
                "impactDescription": "Users may be unable to use the feature.",
                "classification": "incident" if i % 3 else "advisory",
                "origin": "microsoft",
                "status": STATUSES[i % len(STATUSES)],
                "service": SERVICES[i % len(SERVICES)],
                "feature": "Feature",
                "featureGroup": "Group",
                "isResolved": False,
                "highImpact": None,
                "details": [{"name": "Regions", "value": REGIONS[i % len(REGIONS)]}],
                "posts": [{"createdDateTime": (began + timedelta(minutes=5)).isoformat().replace("+00:00", "Z"),
                           "postType": "regular",
                           "description": {"contentType": "html", "content": "We're investigating."}}],
            }
            if i:
                out.write(",")
            json.dump(issue, out)
        out.write("]}")


if __name__ == "__main__":
    main()
