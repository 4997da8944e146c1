package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.ids.CaseId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Gives a case to an agent (taking it when the agent is the caller) or to nobody (releasing it). The version, when
 * given, is the one the caller has in front of them: a case changed since is refused instead of taken from under them.
 */
public record ChangeOwnerCommand(Caller caller, CaseId caseId, Optional<Email> agent, OptionalLong expectedVersion) {
    public ChangeOwnerCommand {
        Require.present("caller", caller);
        Require.present("caseId", caseId);
        Require.present("agent", agent);
        Require.present("version", expectedVersion);
    }
}
