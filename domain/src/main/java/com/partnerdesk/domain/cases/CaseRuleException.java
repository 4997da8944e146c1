package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.DomainException;

/** A case refused a change that its state allows but one of its rules does not (e.g. a note on a closed case). */
public final class CaseRuleException extends DomainException {
    public CaseRuleException(String message) {
        super(message);
    }
}
