package com.partnerdesk.archfixtures.compliant.adapters.cli;

import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseCommand;
import com.partnerdesk.archfixtures.compliant.application.port.in.OpenCaseUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
@Command(name = "open-case")
public final class OpenCaseCliCommand implements Callable<Integer> {

    private final OpenCaseUseCase openCase;
    private final ObjectMapper json;

    @Parameters(index = "0")
    String caseId;

    @Parameters(index = "1")
    String customerId;

    public OpenCaseCliCommand(OpenCaseUseCase openCase, ObjectMapper json) {
        this.openCase = openCase;
        this.json = json;
    }

    @Override
    public Integer call() throws Exception {
        System.out.println(json.writeValueAsString(openCase.open(new OpenCaseCommand(caseId, customerId))));
        return 0;
    }
}
