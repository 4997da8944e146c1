package com.partnerdesk.archfixtures.violating.adapters.web;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: java.util.Date instead of java.time. */
public final class WebUsingJavaUtilDate {

    public String renderToday() {
        return new SimpleDateFormat("yyyy-MM-dd").format(new Date());
    }
}
