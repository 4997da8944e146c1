package com.partnerdesk.adapters.web.reports;

import com.partnerdesk.adapters.web.support.Words;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.CategoryFigures;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.EscalationMetrics;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.Period;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.PeriodFigures;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.TurnaroundBand;
import com.partnerdesk.domain.cases.EscalationCategory;
import gg.jte.Content;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The escalation-quality report as a page: its figures in words and four charts drawn as SVG — the escalation rate per
 * category, the cases deflected by a known incident, the vendor's turnaround and the missed response targets over time
 * — each with its figures as a table. Steps are days, weeks or months counted in UTC.
 */
public record ReportPage(EscalationMetrics metrics, String sinceTyped, String sinceFault) {
    static final String BLUE = "#2b4c9b";
    static final String ORANGE = "#a35a00";
    static final String GREY = "#7b8794";
    static final String RED = "#b3261e";
    static final String ACCENT = "#2f6f9f";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** One category's line: its words and figures. */
    public record CategoryLine(String category, int triaged, int escalated, String rate) {
    }

    public static String percent(double rate) {
        return Math.round(rate * 100) + "%";
    }

    public String rate() {
        return percent(metrics.escalationRate());
    }

    public String median() {
        return metrics.medianVendorResponse().map(ReportPage::duration).orElse("no answer yet");
    }

    /** "day by day", "week by week" or "month by month". */
    public String steps() {
        String unit = Words.of(metrics.period()).toLowerCase(Locale.ROOT);
        return unit + " by " + unit;
    }

    public List<CategoryLine> categories() {
        List<CategoryLine> lines = new ArrayList<>();
        metrics.byCategory().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, CategoryFigures> e) -> -e.getValue().escalationRate())
                        .thenComparing(e -> categoryWords(e.getKey())))
                .forEach(e -> lines.add(new CategoryLine(categoryWords(e.getKey()), e.getValue().triaged(),
                        e.getValue().escalated(), percent(e.getValue().escalationRate()))));
        return lines;
    }

    public Content categoryChart() {
        List<Svg.Bar> bars = new ArrayList<>();
        metrics.byCategory().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, CategoryFigures> e) -> -e.getValue().escalationRate())
                        .thenComparing(e -> categoryWords(e.getKey())))
                .forEach(e -> bars.add(new Svg.Bar(categoryWords(e.getKey()), e.getValue().escalationRate(),
                        percent(e.getValue().escalationRate()) + " · " + e.getValue().escalated() + " of "
                                + e.getValue().triaged())));
        return Svg.bars("chart-categories", "Escalation rate per category",
                "For each category triage gave, the share of its cases escalated to the vendor.", bars, 1.0, ACCENT);
    }

    public List<String> stepLabels() {
        return metrics.overTime().stream().map(p -> label(p, metrics.period())).toList();
    }

    public List<PeriodFigures> overTime() {
        return metrics.overTime();
    }

    public Content deflectionChart() {
        List<Integer> deflected = metrics.overTime().stream().map(PeriodFigures::deflected).toList();
        List<Integer> escalated = metrics.overTime().stream().map(PeriodFigures::escalated).toList();
        List<Integer> rest = metrics.overTime().stream().map(ReportPage::others).toList();
        return Svg.columns("chart-deflection", "Cases opened, " + steps() + ": deflected by a known incident, escalated, "
                        + "other", "Cases opened in each step, stacked: " + metrics.deflectedByKnownIncident()
                        + " deflected by a known incident, " + metrics.casesEscalated() + " escalated, the rest neither.",
                stepLabels(), List.of(new Svg.Series("Deflected by a known incident", BLUE, deflected),
                        new Svg.Series("Escalated", ORANGE, escalated), new Svg.Series("Other", GREY, rest)));
    }

    /** Cases opened in the step that were neither deflected nor escalated. */
    public static int others(PeriodFigures p) {
        return Math.max(0, p.opened() - p.deflected() - p.escalated());
    }

    public List<String> bandLabels() {
        return metrics.vendorTurnaround().stream().map(ReportPage::band).toList();
    }

    public List<TurnaroundBand> bands() {
        return metrics.vendorTurnaround();
    }

    public Content turnaroundChart() {
        return Svg.columns("chart-turnaround", "Vendor turnaround: time to the vendor's first answer",
                metrics.answeredByVendor() + " service request(s) answered by the vendor, counted by how long the "
                        + "first answer took after filing; median " + median() + ".", bandLabels(),
                List.of(new Svg.Series("Service requests", ACCENT,
                        metrics.vendorTurnaround().stream().map(TurnaroundBand::requests).toList())));
    }

    public Content breachChart() {
        return Svg.columns("chart-breaches", "Vendor response targets missed, " + steps(),
                metrics.responseTargetBreaches() + " service request(s) missed the vendor's response target; each is "
                        + "counted in the step its target fell due.", stepLabels(),
                List.of(new Svg.Series("Response targets missed", RED,
                        metrics.overTime().stream().map(PeriodFigures::responseTargetBreaches).toList())));
    }

    static String categoryWords(String code) {
        try {
            return Words.of(EscalationCategory.valueOf(code));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    static String label(PeriodFigures p, Period period) {
        return period == Period.MONTH ? MONTH.format(p.start()) : DAY.format(p.start());
    }

    static String band(TurnaroundBand b) {
        if (b.from().isZero()) {
            return "under " + hours(b.to().orElseThrow());
        }
        return b.to().map(to -> hours(b.from()).replace(" h", "") + "–" + hours(to)).orElse(hours(b.from()) + " or more");
    }

    private static String hours(Duration d) {
        return d.toHours() + " h";
    }

    static String duration(Duration d) {
        long hours = d.toHours();
        return hours == 0 ? d.toMinutesPart() + " min" : hours + " h " + d.toMinutesPart() + " min";
    }
}
