package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Local accounts' second factor: a TOTP secret per agent, the last time step used, and recovery code digests. */
public interface SecondFactors {
    Optional<Enrolment> find(AgentId agentId);

    /** Starts (or restarts) an enrolment not yet confirmed; refused by the caller when one is confirmed. */
    void begin(AgentId agentId, TotpSecret secret, Instant at);

    /** Confirms the enrolment, its first code having used {@code step}; the recovery codes replace any earlier ones. */
    void confirm(AgentId agentId, long step, List<String> recoveryCodeDigests, Instant at);

    /** Records the step of a code just accepted; false (nothing written) unless it is later than the last one used. */
    boolean useStep(AgentId agentId, long step);

    /** Marks an unused recovery code of the agent used; false when no unused code has that digest. */
    boolean useRecoveryCode(AgentId agentId, String digest, Instant at);

    int recoveryCodesLeft(AgentId agentId);

    /** Removes the agent's second factor and recovery codes (an administrator's reset); false when there was none. */
    boolean remove(AgentId agentId);

    /** An agent's TOTP secret, whether they confirmed it with a first code, and the step of the last code used. */
    record Enrolment(TotpSecret secret, boolean confirmed, OptionalLong lastUsedStep) {
    }
}
