package com.partnerdesk.adapters.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.output.StringOutput;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTest {

    private static String render(gg.jte.Content content) {
        StringOutput out = new StringOutput();
        content.writeTo(out);
        return out.toString();
    }

    @Test
    void everyTextIsEscapedAndTheChartIsNamedForScreenReaders() {
        String svg = render(Svg.bars("c1", "Rate <per> category", "a & b", List.of(
                new Svg.Bar("<script>alert(1)</script>", 0.5, "50% \"half\"")), 1.0, "#2f6f9f"));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<title id=\"c1-title\">Rate &lt;per&gt; category</title>")
                .contains("<desc id=\"c1-desc\">a &amp; b</desc>").contains("aria-labelledby=\"c1-title c1-desc\"")
                .contains("50% &quot;half&quot;");
    }

    @Test
    void barsAreDrawnInProportionAndStackedColumnsAddUp() {
        String bars = render(Svg.bars("b", "t", "d", List.of(new Svg.Bar("all", 1.0, "100%"),
                new Svg.Bar("half", 0.5, "50%")), 1.0, "#000"));
        String columns = render(Svg.columns("c", "t", "d", List.of("1 Mar", "2 Mar"), List.of(
                new Svg.Series("A", "#111", List.of(1, 0)), new Svg.Series("B", "#222", List.of(1, 2)))));

        assertThat(bars).contains("width=\"300\" height=\"20\" fill=\"#000\"").contains("width=\"150\" height=\"20\" fill=\"#000\"");
        // the scale is 2: a column of 2 fills the plot's 180 units, a value of 1 half of it
        assertThat(columns).contains("height=\"90.0\" fill=\"#111\"").contains("height=\"180.0\" fill=\"#222\"");
        assertThat(columns).contains(">A</text>").contains(">B</text>").contains(">1 Mar</text>");
    }

    @Test
    void anEmptyChartSaysSo() {
        assertThat(render(Svg.bars("e", "t", "d", List.of(), 1.0, "#000"))).contains("Nothing to show for this period.");
        assertThat(Svg.niceCeiling(0)).isEqualTo(2);
        assertThat(Svg.niceCeiling(7)).isEqualTo(8);
    }
}
