package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import java.util.List;

/** Which of the partner's Entra security groups give which desk role (and the screened flag). */
public interface GroupMappings {
    /** Every mapping, by group id then role. */
    List<GroupMapping> all();

    /** Adds the mapping, or changes the screened flag of the group's mapping to that role. */
    void put(GroupMapping mapping);

    /** Removes every mapping of the group; false when it had none. */
    boolean remove(GroupId groupId);
}
