package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import java.util.List;

/** The global admin's mappings of the partner's Entra security groups to desk roles and the screened flag. */
public interface GroupMappingsUseCase {
    List<GroupMapping> list(Caller caller);

    /** Maps the group to the role (members screened when {@code screened}); mapping it again changes the flag. */
    GroupMapping map(Caller caller, GroupId groupId, Role role, boolean screened);

    /** Removes every mapping of the group: its members lose those roles at their next sign-in. */
    void unmap(Caller caller, GroupId groupId);
}
