package com.partnerdesk.adapters.web.support;

import io.javalin.config.RoutesConfig;

/** One resource of the desk: registers its pages and its {@code /api/v1} routes, each with the roles it admits. */
public interface Resource {
    void register(RoutesConfig routes);
}
