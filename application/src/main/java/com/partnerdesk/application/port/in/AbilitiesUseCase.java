package com.partnerdesk.application.port.in;

/** Tells what a caller may do, so that an adapter shows only what the agent can use. */
public interface AbilitiesUseCase {
    Abilities of(Caller caller);
}
