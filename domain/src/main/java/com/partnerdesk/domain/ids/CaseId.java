package com.partnerdesk.domain.ids;

import com.partnerdesk.domain.common.DomainIds;
import java.util.UUID;

/** The desk's id of a case: a GUID, so that ids from another installation are simply unknown here. */
public record CaseId(String value) {
    public CaseId {
        value = DomainIds.guid("caseId", value);
    }

    public static CaseId of(String value) {
        return new CaseId(value);
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /** The first eight characters, as agents quote a case on the phone. */
    public String shortForm() {
        return value.substring(0, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
