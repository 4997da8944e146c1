package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;

public record TriageCaseCommand(Caller caller, CaseId caseId, long expectedVersion, Optional<String> overrideReason,
                                Optional<SymptomClassification> classification) {
    public TriageCaseCommand {
        Require.present("caller", caller);
        Require.present("caseId", caseId);
        overrideReason = overrideReason == null ? Optional.empty()
                : overrideReason.map(String::strip).filter(s -> !s.isEmpty());
        classification = classification == null ? Optional.empty() : classification;
    }
}
