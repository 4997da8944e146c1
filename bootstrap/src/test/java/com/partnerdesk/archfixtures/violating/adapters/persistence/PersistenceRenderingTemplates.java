package com.partnerdesk.archfixtures.violating.adapters.persistence;

import gg.jte.TemplateEngine;

/** Deliberately broken fixture for ArchitectureRulesCatchViolationsTest; never production code. Broken: jte templates outside the web adapter. */
public final class PersistenceRenderingTemplates {

    private final TemplateEngine templates;

    public PersistenceRenderingTemplates(TemplateEngine templates) {
        this.templates = templates;
    }

    public boolean hasReport() {
        return templates.hasTemplate("report.jte");
    }
}
