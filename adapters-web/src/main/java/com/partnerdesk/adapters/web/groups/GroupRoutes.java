package com.partnerdesk.adapters.web.groups;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.FormState;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.common.InvalidValueException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The global admin's page of Entra group mappings: which of the partner's security groups give which desk role, and
 * which screen their members for restricted customers. Members get the roles at their next sign-in.
 */
public final class GroupRoutes implements Resource {
    static final Map<String, String> LABELS = Map.of("groupId", "Group object id", "role", "Role");

    private final GroupMappingsUseCase groups;
    private final Pages pages;

    public GroupRoutes(GroupMappingsUseCase groups, Pages pages) {
        this.groups = groups;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/admin/groups", this::page, AGENTS);
        r.post("/admin/groups", this::mapForm, AGENTS);
        r.post("/admin/groups/unmap", this::unmapForm, AGENTS);
    }

    private void page(Context ctx) {
        render(ctx, 200, FormState.NONE);
    }

    private void render(Context ctx, int status, FormState form) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Entra groups", "groups"));
        params.put("mappings", groups.list(Requests.caller(ctx)));
        params.put("roles", List.of(Role.values()));
        params.put("form", form);
        pages.render(ctx, status, "groups/groups.jte", params);
    }

    private void mapForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "map", in, "The group was not mapped.", () -> {
            Optional<GroupId> group = groupId(in);
            Optional<Role> role = Optional.ofNullable(in.requiredEnum("role", Role.class));
            boolean screened = in.flag("screened");
            in.check();
            groups.map(Requests.caller(ctx), group.orElseThrow(), role.orElseThrow(), screened);
            return "Members of " + group.orElseThrow().value() + " are " + role.orElseThrow().label()
                    + (screened ? ", screened," : "") + " from their next sign-in.";
        });
    }

    private void unmapForm(Context ctx) {
        Inputs in = pages.form(ctx);
        attempt(ctx, "unmap", in, "The mapping was not removed.", () -> {
            Optional<GroupId> group = groupId(in);
            in.check();
            groups.unmap(Requests.caller(ctx), group.orElseThrow());
            return "Group " + group.orElseThrow().value() + " no longer gives a role; its members lose it at their "
                    + "next sign-in.";
        });
    }

    private static Optional<GroupId> groupId(Inputs in) {
        String typed = in.required("groupId");
        return typed == null ? Optional.empty() : in.value("groupId", () -> GroupId.of(typed));
    }

    private void attempt(Context ctx, String form, Inputs in, String alert, Supplier<String> action) {
        try {
            pages.done(ctx, "/admin/groups", action.get());
        } catch (InvalidInputException | InvalidValueException | NotFoundException refused) {
            var problem = new ErrorMapper().map(refused);
            String sentence = problem.errors().isEmpty() ? alert + " " + problem.detail() : alert;
            render(ctx, problem.status(), FormState.refused(form, in, List.of("groupId", "role"), problem.errors(),
                    LABELS, sentence));
        }
    }
}
