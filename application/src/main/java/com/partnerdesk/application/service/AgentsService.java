package com.partnerdesk.application.service;

import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.PasswordHasher;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.AdminContinuity;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.ApiToken;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.common.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class AgentsService implements AgentsUseCase {
    /** NIST SP 800-63B: at least 8 characters for a memorised secret; we ask for 12. */
    public static final int MIN_PASSWORD = 12;

    private final AdminContinuity continuity = new AdminContinuity();

    private final Guard guard;
    private final AgentRepository agents;
    private final PasswordHasher hasher;
    private final ApiTokens tokens;
    private final CaseOwners owners;

    public AgentsService(Guard guard, AgentRepository agents, PasswordHasher hasher, ApiTokens tokens,
                         CaseSupport support, CaseRepository cases) {
        this.guard = guard;
        this.agents = agents;
        this.hasher = hasher;
        this.tokens = tokens;
        this.owners = new CaseOwners(guard, support, cases, agents);
    }

    @Override
    public Agent add(Caller caller, Email email, String name, Set<Role> roles, Optional<char[]> password) {
        requireAllowed(caller, "agent.add");
        password.ifPresent(AgentsService::requireStrong);
        Optional<String> hash = password.map(hasher::hash);
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.add");
            if (agents.findByEmail(email).isPresent()) {
                throw InvalidInputException.of("email", "an agent with the e-mail " + email + " already exists");
            }
            Agent agent = new Agent(AgentId.random(), email, name, roles, false);
            agents.insert(agent, hash, guard.now());
            guard.record(caller, "agent.add", Optional.empty(), Optional.empty(), email + " with roles " + roles);
            return agent;
        });
    }

    @Override
    public List<Agent> list(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.list");
            return agents.all();
        });
    }

    @Override
    public Agent changeRoles(Caller caller, Email email, Set<Role> roles) {
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.roles");
            Agent current = load(email);
            continuity.checkRoles(caller.actor(), current, roles, agents.all());
            Agent changed = current.withRoles(roles);
            agents.update(changed);
            guard.record(caller, "agent.roles", Optional.empty(), Optional.empty(), email + " now has roles " + roles);
            if (!changed.disabled() && !owners.mayOwn(changed)) {
                owners.releaseAll(caller, changed, "owner " + email + " may no longer work cases");
            }
            return changed;
        });
    }

    @Override
    public Agent disable(Caller caller, Email email) {
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.disable");
            Agent current = load(email);
            continuity.checkDisable(caller.actor(), current, agents.all());
            Agent disabled = current.disable();
            agents.update(disabled);
            agents.revokeTokens(disabled.id());
            int released = owners.releaseAll(caller, disabled, "owner " + email + " was disabled");
            guard.record(caller, "agent.disable", Optional.empty(), Optional.empty(), email + " disabled; tokens revoked"
                    + (released == 0 ? "" : "; " + released + " case(s) left unowned"));
            return disabled;
        });
    }

    @Override
    public Agent enable(Caller caller, Email email) {
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.enable");
            Agent enabled = load(email).enable();
            agents.update(enabled);
            guard.record(caller, "agent.enable", Optional.empty(), Optional.empty(), email + " enabled");
            return enabled;
        });
    }

    @Override
    public Agent setScreened(Caller caller, Email email, boolean screened) {
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.screened");
            Agent changed = load(email).withScreened(screened);
            agents.update(changed);
            guard.record(caller, "agent.screened", Optional.empty(), Optional.empty(), email
                    + (screened ? " screened for restricted customers" : " no longer screened for restricted customers"));
            return changed;
        });
    }

    @Override
    public void resetPassword(Caller caller, Email email, char[] password) {
        requireAllowed(caller, "agent.password");
        requireStrong(password);
        String hash = hasher.hash(password);
        guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.password");
            agents.setPasswordHash(load(email).id(), hash);
            guard.record(caller, "agent.password", Optional.empty(), Optional.empty(), "password reset for " + email);
            return null;
        });
    }

    /** The longest a token may be issued for: ten years. */
    static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(3650);

    @Override
    public String issueToken(Caller caller, Email email, Optional<String> name, Optional<Duration> expiresIn) {
        expiresIn.ifPresent(AgentsService::requireLifetime);
        Optional<String> wanted = name.map(n -> {
            try {
                return ApiToken.name(n);
            } catch (InvalidValueException e) {
                throw InvalidInputException.of("name", e.getMessage().replaceFirst("^name: ", ""));
            }
        });
        String token = tokens.newToken();
        guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.token");
            Agent agent = load(email);
            if (agent.disabled()) {
                throw InvalidInputException.of("email", "agent " + email + " is disabled");
            }
            List<ApiToken> existing = agents.tokens(agent.id());
            String chosen = wanted.orElseGet(() -> freeName(existing));
            if (existing.stream().anyMatch(t -> t.name().equals(chosen))) {
                throw InvalidInputException.of("name", email + " already has a token named '" + chosen
                        + "'; revoke it first or choose another name");
            }
            Instant now = guard.now();
            ApiToken issued = new ApiToken(chosen, now, expiresIn.map(now::plus));
            agents.addToken(agent.id(), ApiTokens.digest(token), issued);
            guard.record(caller, "agent.token", Optional.empty(), Optional.empty(), "API token '" + chosen
                    + "' issued for " + email + issued.expiresAt().map(at -> ", expiring " + at).orElse(", not expiring"));
            return null;
        });
        return token;
    }

    @Override
    public List<ApiToken> tokens(Caller caller, Email email) {
        return guard.read(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.tokens");
            return agents.tokens(load(email).id());
        });
    }

    @Override
    public void revokeToken(Caller caller, Email email, String name) {
        guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "agent.revoke-token");
            if (!agents.revokeToken(load(email).id(), name == null ? "" : name.strip())) {
                throw new NotFoundException("API token", email + " / " + name);
            }
            guard.record(caller, "agent.revoke-token", Optional.empty(), Optional.empty(), "API token '"
                    + name.strip() + "' of " + email + " revoked");
            return null;
        });
    }

    private static String freeName(List<ApiToken> existing) {
        for (int n = existing.size() + 1; ; n++) {
            String candidate = "token-" + n;
            if (existing.stream().noneMatch(t -> t.name().equals(candidate))) {
                return candidate;
            }
        }
    }

    private static void requireLifetime(Duration expiresIn) {
        if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(MAX_TOKEN_LIFETIME) > 0) {
            throw InvalidInputException.of("expiresIn", "must be between 1 and " + MAX_TOKEN_LIFETIME.toDays() + " days");
        }
    }

    /**
     * Asks the policy before the password is checked and hashed (which happens outside the write, the hash
     * being slow), so that a refused caller is refused, and audited, whatever password it sent.
     */
    private void requireAllowed(Caller caller, String auditAction) {
        guard.read(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, auditAction);
            return null;
        });
    }

    private Agent load(Email email) {
        return agents.findByEmail(email).orElseThrow(() -> new NotFoundException("Agent", email));
    }

    private static void requireStrong(char[] password) {
        if (password.length < MIN_PASSWORD) {
            throw InvalidInputException.of("password", "must be at least " + MIN_PASSWORD + " characters long");
        }
    }
}
