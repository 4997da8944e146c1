package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;

public record EscalateCaseCommand(Caller caller, CaseId caseId, long expectedVersion, EscalationDraft draft,
                                  Optional<String> idempotencyKey) {
    public EscalateCaseCommand {
        Require.present("caller", caller);
        Require.present("caseId", caseId);
        Require.present("draft", draft);
        idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
    }

    public String fingerprint() {
        return caseId.value() + "\u001f" + draft;
    }
}
