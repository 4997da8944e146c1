package com.partnerdesk.adapters.web.account;

import static com.partnerdesk.adapters.web.support.WebRole.AGENTS;

import com.partnerdesk.adapters.web.support.ErrorMapper;
import com.partnerdesk.adapters.web.support.FormState;
import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.adapters.web.support.Pages;
import com.partnerdesk.adapters.web.support.Requests;
import com.partnerdesk.adapters.web.support.Resource;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.SecondFactorUseCase;
import gg.jte.Content;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in agent's own account: enrolling a second factor for their password sign-in (a TOTP app, by a QR code
 * drawn here), and the recovery codes, shown once.
 */
public final class AccountRoutes implements Resource {
    private final SecondFactorUseCase secondFactor;
    private final Pages pages;

    public AccountRoutes(SecondFactorUseCase secondFactor, Pages pages) {
        this.secondFactor = secondFactor;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/account/second-factor", this::page, AGENTS);
        r.post("/account/second-factor", this::begin, AGENTS);
        r.post("/account/second-factor/confirm", this::confirm, AGENTS);
    }

    private void page(Context ctx) {
        render(ctx, 200, null, List.of(), FormState.NONE);
    }

    private void render(Context ctx, int status, SecondFactorUseCase.Enrolment enrolment, List<String> recoveryCodes,
                        FormState form) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", pages.page(ctx, "Second factor", "account"));
        params.put("status", secondFactor.status(Requests.caller(ctx)));
        params.put("secret", enrolment == null ? "" : enrolment.secret());
        Content qr = enrolment == null ? out -> { } : out -> out.writeContent(QrSvg.of(enrolment.otpauthUri(),
                "QR code of the secret for an authenticator app"));
        params.put("qr", qr);
        params.put("recoveryCodes", recoveryCodes);
        params.put("form", form);
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, status, "account/secondfactor.jte", params);
    }

    /** A new secret, shown once as a QR code and as text; the agent confirms it with a first code. */
    private void begin(Context ctx) {
        try {
            render(ctx, 200, secondFactor.begin(Requests.caller(ctx)), List.of(), FormState.NONE);
        } catch (InvalidInputException refused) {
            var problem = new ErrorMapper().map(refused);
            render(ctx, problem.status(), null, List.of(), FormState.refused("begin", pages.form(ctx), List.of(),
                    problem.errors(), Map.of("code", "Code"), "No new secret was made."));
        }
    }

    private void confirm(Context ctx) {
        Inputs in = pages.form(ctx);
        try {
            String code = in.required("code");
            in.check();
            List<String> codes = secondFactor.confirm(Requests.caller(ctx), code);
            render(ctx, 200, null, codes, FormState.NONE);
        } catch (InvalidInputException refused) {
            var problem = new ErrorMapper().map(refused);
            render(ctx, problem.status(), null, List.of(), FormState.refused("confirm", in, List.of("code"),
                    problem.errors(), Map.of("code", "Code"), "The second factor was not confirmed: start again "
                            + "and type the code the app shows."));
        }
    }
}
