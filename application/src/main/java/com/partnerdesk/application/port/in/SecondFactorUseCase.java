package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.audit.Channel;
import java.util.List;

/** A local account's second factor: TOTP (RFC 6238) with recovery codes. */
public interface SecondFactorUseCase {
    /** True when the agent has confirmed a second factor, which their password sign-in then asks for. */
    boolean required(AgentId agentId);

    /**
     * The second step of a password sign-in: a current TOTP code (one not used before) or an unused recovery code.
     * A NotAuthenticatedException (audited) otherwise.
     */
    Actor.AgentActor verify(AgentId agentId, String code, Channel channel);

    /** Starts (or restarts) the caller's enrolment: a new secret, to scan from its QR code. */
    Enrolment begin(Caller caller);

    /** Confirms the caller's enrolment with a first code; returns the recovery codes, shown once. */
    List<String> confirm(Caller caller, String code);

    /** What the caller's second factor is now. */
    Status status(Caller caller);

    /** An administrator's (or the ops CLI's) reset of an agent's second factor, for a lost phone. */
    void reset(Caller caller, Email email);

    /** A secret being enrolled: in base 32 (typed by hand) and as the otpauth URI its QR code holds. */
    record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[hidden]";
        }
    }

    record Status(boolean enrolled, boolean pending, int recoveryCodesLeft) {
    }
}
