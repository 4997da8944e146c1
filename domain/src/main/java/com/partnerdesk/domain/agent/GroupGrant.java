package com.partnerdesk.domain.agent;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent signing in through the identity provider holds: the roles of every mapped group they are a member of
 * (roles add up), screened when any of those groups is a screened one. Groups without a mapping give nothing.
 */
public record GroupGrant(Set<Role> roles, boolean screened) {
    public GroupGrant {
        roles = Set.copyOf(roles);
    }

    /** The grant of {@code groups} under {@code mappings}; empty when no mapped group gives a role. */
    public static Optional<GroupGrant> of(Set<GroupId> groups, Collection<GroupMapping> mappings) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean screened = false;
        for (GroupMapping mapping : mappings) {
            if (groups.contains(mapping.groupId())) {
                roles.add(mapping.role());
                screened |= mapping.screened();
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(new GroupGrant(roles, screened));
    }
}
