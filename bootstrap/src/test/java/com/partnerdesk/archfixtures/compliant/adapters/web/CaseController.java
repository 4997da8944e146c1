package com.partnerdesk.archfixtures.compliant.adapters.web;

import com.partnerdesk.archfixtures.compliant.application.port.in.CaseView;
import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseCommand;
import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public final class CaseController {

    private final OpenCaseUseCase openCase;
    private final ObjectMapper json;

    public CaseController(OpenCaseUseCase openCase, ObjectMapper json) {
        this.openCase = openCase;
        this.json = json;
    }

    public void open(Context ctx) throws Exception {
        OpenCaseCommand command = json.readValue(ctx.body(), OpenCaseCommand.class);
        CaseView view = openCase.open(command);
        ctx.status(201).result(json.writeValueAsString(view));
    }
}
