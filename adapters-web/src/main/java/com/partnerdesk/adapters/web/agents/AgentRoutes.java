package com.partnerdesk.adapters.web.agents;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Json;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Agents, for the global admin: the agents page and its forms, and the agents as JSON. */
public final class AgentRoutes implements Resource {
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
        r.post("/admin/agents/roles", this::rolesForm, AGENTS);
        r.post("/admin/agents/password", this::passwordForm, AGENTS);
        r.get(Requests.API + "/agents", this::list, AGENTS);
        r.post(Requests.API + "/agents", this::add, AGENTS);
    }

    private void page(Context ctx) {
        var all = agents.list(Requests.caller(ctx));
        pages.render(ctx, 200, "agents/agents.jte", Map.of("page", pages.page(ctx, "Agents", "admin"), "agents", all,
                "roles", List.of(Role.values())));
    }

    private void addForm(Context ctx) {
        AgentInput.NewAgent agent = AgentInput.newAgent(pages.form(ctx));
        agents.add(Requests.caller(ctx), agent.email(), agent.name(), agent.roles(),
                agent.password().map(String::toCharArray));
        pages.done(ctx, "/admin/agents", "Agent " + agent.email().value() + " added");
    }

    private void disableForm(Context ctx) {
        Email email = AgentInput.agent(pages.form(ctx));
        agents.disable(Requests.caller(ctx), email);
        pages.done(ctx, "/admin/agents", "Agent " + email.value() + " disabled");
    }

    private void rolesForm(Context ctx) {
        Inputs in = pages.form(ctx);
        var email = AgentInput.email(in);
        Set<Role> roles = AgentInput.roles(in);
        in.check();
        agents.changeRoles(Requests.caller(ctx), email.orElseThrow(), roles);
        pages.done(ctx, "/admin/agents", "Roles of " + email.orElseThrow().value() + " changed");
    }

    private void passwordForm(Context ctx) {
        Inputs in = pages.form(ctx);
        var email = AgentInput.email(in);
        String password = in.required("password");
        in.check();
        agents.resetPassword(Requests.caller(ctx), email.orElseThrow(), password.toCharArray());
        pages.done(ctx, "/admin/agents", "Password of " + email.orElseThrow().value() + " reset");
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
