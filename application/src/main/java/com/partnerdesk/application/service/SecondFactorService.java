package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotAuthenticatedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.secondfactor.RecoveryCodes;
import com.partnerdesk.domain.secondfactor.Totp;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * TOTP second factor for local accounts (ADR 0023). A code is checked against the clock and the last step used, and
 * its step is recorded in the same write, so two requests racing with one code cannot both pass; a recovery code is
 * marked used in the write that accepts it.
 */
public final class SecondFactorService implements SecondFactorUseCase {
    /** The issuer an authenticator app shows beside the code. */
    static final String ISSUER = "PartnerDesk";
    private static final String WRONG = "Wrong or already used code";

    private final Guard guard;
    private final AgentRepository agents;
    private final SecondFactors factors;
    private final AuditTrail audit;
    private final UnitOfWork unitOfWork;

    public SecondFactorService(Guard guard, AgentRepository agents, SecondFactors factors, AuditTrail audit,
                               UnitOfWork unitOfWork) {
        this.guard = guard;
        this.agents = agents;
        this.factors = factors;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean required(AgentId agentId) {
        return unitOfWork.read(() -> factors.find(agentId).map(SecondFactors.Enrolment::confirmed).orElse(false));
    }

    @Override
    public Actor.AgentActor verify(AgentId agentId, String code, Channel channel) {
        Instant now = guard.now();
        Optional<String> refusal = unitOfWork.write(() -> {
            Agent agent = agents.find(agentId).orElse(null);
            Optional<SecondFactors.Enrolment> enrolment = factors.find(agentId);
            if (agent == null || agent.disabled() || enrolment.isEmpty() || !enrolment.get().confirmed()) {
                return Optional.of("no confirmed second factor, or the agent is disabled");
            }
            if (RecoveryCodes.looksLikeOne(code)) {
                if (!factors.useRecoveryCode(agentId, RecoveryCodes.digest(code), now)) {
                    return Optional.of("wrong or used recovery code");
                }
                audit.append(AuditEvent.of(agent.asActor(), "agent.sign-in", Optional.empty(), Optional.empty(),
                        channel, AuditOutcome.ALLOWED, "signed in with password and a recovery code ("
                                + factors.recoveryCodesLeft(agentId) + " left)", now));
                return Optional.empty();
            }
            OptionalLong step = Totp.match(enrolment.get().secret().bytes(), code, now,
                    enrolment.get().lastUsedStep());
            if (step.isEmpty() || !factors.useStep(agentId, step.getAsLong())) {
                return Optional.of("wrong or already used code");
            }
            audit.append(AuditEvent.of(agent.asActor(), "agent.sign-in", Optional.empty(), Optional.empty(), channel,
                    AuditOutcome.ALLOWED, "signed in with password and TOTP code", now));
            return Optional.empty();
        });
        if (refusal.isPresent()) {
            String who = unitOfWork.read(() -> agents.find(agentId)).map(a -> a.email().value())
                    .orElse(agentId.value());
            unitOfWork.writeVoid(() -> audit.append(AuditEvent.anonymous(who, "agent.second-factor", channel,
                    refusal.get(), now)));
            throw new NotAuthenticatedException(WRONG);
        }
        return unitOfWork.read(() -> agents.find(agentId)).orElseThrow().asActor();
    }

    @Override
    public Enrolment begin(Caller caller) {
        AgentId self = self(caller);
        TotpSecret secret = TotpSecret.random();
        return guard.write(() -> {
            Agent agent = agents.find(self).orElseThrow(() -> new NotFoundException("Agent", self));
            if (factors.find(self).map(SecondFactors.Enrolment::confirmed).orElse(false)) {
                throw InvalidInputException.of("code", "a second factor is already confirmed; an administrator "
                        + "resets it (partnerdesk agents reset-second-factor) before a new one is enrolled");
            }
            factors.begin(self, secret, guard.now());
            guard.record(caller, "agent.second-factor.begin", Optional.empty(), Optional.empty(),
                    "TOTP enrolment started");
            return new Enrolment(secret.base32(), secret.otpauthUri(ISSUER, agent.email().value()));
        });
    }

    @Override
    public List<String> confirm(Caller caller, String code) {
        AgentId self = self(caller);
        List<String> codes = RecoveryCodes.generate();
        List<String> digests = codes.stream().map(RecoveryCodes::digest).toList();
        return guard.write(() -> {
            SecondFactors.Enrolment enrolment = factors.find(self).filter(e -> !e.confirmed())
                    .orElseThrow(() -> InvalidInputException.of("code", "no enrolment is waiting for a first code"));
            OptionalLong step = Totp.match(enrolment.secret().bytes(), code, guard.now(), OptionalLong.empty());
            if (step.isEmpty()) {
                throw InvalidInputException.of("code", "is not the current code of the authenticator app "
                        + "(six digits; check the phone's clock)");
            }
            factors.confirm(self, step.getAsLong(), digests, guard.now());
            guard.record(caller, "agent.second-factor.confirm", Optional.empty(), Optional.empty(),
                    "TOTP second factor confirmed; " + codes.size() + " recovery codes issued");
            return codes;
        });
    }

    @Override
    public Status status(Caller caller) {
        AgentId self = self(caller);
        return unitOfWork.read(() -> {
            Optional<SecondFactors.Enrolment> e = factors.find(self);
            boolean enrolled = e.map(SecondFactors.Enrolment::confirmed).orElse(false);
            return new Status(enrolled, e.isPresent() && !enrolled, enrolled ? factors.recoveryCodesLeft(self) : 0);
        });
    }

    @Override
    public void reset(Caller caller, Email email) {
        guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.second-factor.reset");
            Agent agent = agents.findByEmail(email).orElseThrow(() -> new NotFoundException("Agent", email));
            if (!factors.remove(agent.id())) {
                throw InvalidInputException.of("email", "agent " + email + " has no second factor");
            }
            guard.record(caller, "agent.second-factor.reset", Optional.empty(), Optional.empty(),
                    "second factor of " + email + " removed");
            return null;
        });
    }

    private static AgentId self(Caller caller) {
        if (caller.actor() instanceof Actor.AgentActor agent) {
            return agent.agentId();
        }
        throw InvalidInputException.of("agent", "only a signed-in agent enrols a second factor for themself");
    }
}
