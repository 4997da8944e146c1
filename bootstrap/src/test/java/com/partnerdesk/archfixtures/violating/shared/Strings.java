package com.partnerdesk.archfixtures.violating.shared;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: a helper package outside the hexagon, where no layer rule would look at it. */
public final class Strings {

    private Strings() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
