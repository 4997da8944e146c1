package com.partnerdesk.application.service;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.GroupMappingsUseCase;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import java.util.List;
import java.util.Optional;

public final class GroupMappingsService implements GroupMappingsUseCase {
    private final Guard guard;
    private final GroupMappings mappings;

    public GroupMappingsService(Guard guard, GroupMappings mappings) {
        this.guard = guard;
        this.mappings = mappings;
    }

    @Override
    public List<GroupMapping> list(Caller caller) {
        return guard.read(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "group.list");
            return mappings.all();
        });
    }

    @Override
    public GroupMapping map(Caller caller, GroupId groupId, Role role, boolean screened) {
        GroupMapping mapping = new GroupMapping(groupId, role, screened);
        return guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "group.map");
            mappings.put(mapping);
            guard.record(caller, "group.map", Optional.empty(), Optional.empty(), "Entra group " + groupId
                    + " gives " + role + (screened ? ", screened" : ""));
            return mapping;
        });
    }

    @Override
    public void unmap(Caller caller, GroupId groupId) {
        guard.write(() -> {
            guard.require(caller, Action.MANAGE_AGENTS, "group.unmap");
            if (!mappings.remove(groupId)) {
                throw new NotFoundException("Group mapping", groupId);
            }
            guard.record(caller, "group.unmap", Optional.empty(), Optional.empty(), "Entra group " + groupId
                    + " no longer gives a role");
            return null;
        });
    }
}
