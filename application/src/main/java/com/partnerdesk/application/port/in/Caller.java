package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.common.Require;

/** Who is asking, and through which door: every use case acts for a caller. */
public record Caller(Actor actor, Channel channel) {
    public Caller {
        Require.present("actor", actor);
        Require.present("channel", channel);
    }

    public static Caller operator(String name) {
        return new Caller(new Actor.Operator(name), Channel.CLI);
    }
}
