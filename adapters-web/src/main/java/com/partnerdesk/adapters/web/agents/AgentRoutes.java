package com.partnerdesk.adapters.web.agents;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.FormState;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentRuleException;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.common.InvalidValueException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Agents, for the global admin: the agents page and its forms, and the agents as JSON. The page cannot hurt: disabling
 * asks to confirm first (the page shown again with the question), a disabled agent can be enabled again, nobody
 * disables themselves or the last global admin (the application refuses), and a new agent gets a password.
 */
public final class AgentRoutes implements Resource {
    static final Map<String, String> LABELS = Map.of("email", "E-mail", "name", "Name", "roles", "Roles",
            "password", "Password");

    private final AgentsUseCase agents;
    private final Pages pages;
    private final Json json;

    public AgentRoutes(AgentsUseCase agents, Pages pages, Json json) {
        this.agents = agents;
        this.pages = pages;
        this.json = json;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/admin/agents", this::page, AGENTS);
        r.post("/admin/agents", this::addForm, AGENTS);
        r.post("/admin/agents/disable", this::disableForm, AGENTS);
        r.post("/admin/agents/enable", this::enableForm, AGENTS);
        r.post("/admin/agents/roles", this::rolesForm, AGENTS);
        r.post("/admin/agents/password", this::passwordForm, AGENTS);
        r.get(Requests.API + "/agents", this::list, AGENTS);
        r.post(Requests.API + "/agents", this::add, AGENTS);
    }

    /** The agents; {@code ?disable=<e-mail>} asks to confirm disabling that agent. */
    private void page(Context ctx) {
        String confirming = Optional.ofNullable(ctx.queryParam("disable")).orElse("");
        render(ctx, 200, confirming, FormState.NONE);
    }

    private void render(Context ctx, int status, String confirming, FormState form) {
        List<Agent> all = agents.list(Requests.caller(ctx));
        Optional<Agent> toDisable = all.stream().filter(a -> a.email().value().equalsIgnoreCase(confirming)
                && !a.disabled()).findFirst();
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Agents", "admin"));
        params.put("agents", all);
        params.put("roles", List.of(Role.values()));
        params.put("confirm", toDisable.orElse(null));
        params.put("form", form);
        pages.render(ctx, status, "agents/agents.jte", params);
    }

    private void addForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "add", in, List.of("email", "name"), "The agent was not added.", () -> {
            AgentInput.NewAgent agent = AgentInput.newAgent(in);
            agents.add(Requests.caller(ctx), agent.email(), agent.name(), agent.roles(),
                    agent.password().map(String::toCharArray));
            return "Agent " + agent.email().value() + " added; they sign in with the password you gave.";
        });
    }

    private void disableForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "disable", in, List.of("email"), "Not disabled.", () -> {
            Email email = AgentInput.agent(in);
            agents.disable(Requests.caller(ctx), email);
            return "Agent " + email.value() + " disabled: signed out, API tokens revoked. Enable them again below.";
        });
    }

    private void enableForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "enable", in, List.of("email"), "Not enabled.", () -> {
            Email email = AgentInput.agent(in);
            agents.enable(Requests.caller(ctx), email);
            return "Agent " + email.value() + " enabled: they sign in with their password (issue new API tokens).";
        });
    }

    private void rolesForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "roles", in, List.of("email"), "The roles were not changed.", () -> {
            Optional<Email> email = AgentInput.email(in);
            Set<Role> roles = AgentInput.roles(in);
            in.check();
            agents.changeRoles(Requests.caller(ctx), email.orElseThrow(), roles);
            return "Roles of " + email.orElseThrow().value() + " changed.";
        });
    }

    private void passwordForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "password", in, List.of("email"), "The password was not set.", () -> {
            Optional<Email> email = AgentInput.email(in);
            String password = in.required("password");
            in.check();
            agents.resetPassword(Requests.caller(ctx), email.orElseThrow(), password.toCharArray());
            return "Password of " + email.orElseThrow().value() + " set.";
        });
    }

    /** An agents form: done with a confirmation, or the agents page again with the fault and what was typed. */
    private void attempt(Context ctx, String form, Inputs in, List<String> fields, String alert, Supplier<String> action) {
        try {
            pages.done(ctx, "/admin/agents", action.get());
        } catch (InvalidInputException | InvalidValueException | AgentRuleException refused) {
            var problem = new ErrorMapper().map(refused);
            String sentence = problem.errors().isEmpty() ? alert + " " + problem.detail() : alert;
            render(ctx, problem.status(), "", FormState.refused(form, in, fields, problem.errors(), LABELS, sentence));
        }
    }

    private void list(Context ctx) {
        Json.Paging paging = Json.Paging.of(ctx);
        var all = agents.list(Requests.caller(ctx));
        json.respond(ctx, 200, paging.page(all.stream().map(AgentJson::of).toList()));
    }

    private void add(Context ctx) {
        AgentInput.NewAgent input = AgentInput.newAgent(json.body(ctx));
        var agent = agents.add(Requests.caller(ctx), input.email(), input.name(), input.roles(),
                input.password().map(String::toCharArray));
        ctx.header("Location", Requests.API + "/agents/" + agent.id().value());
        json.respond(ctx, 201, AgentJson.of(agent));
    }
}
