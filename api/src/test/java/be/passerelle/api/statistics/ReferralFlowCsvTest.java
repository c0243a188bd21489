package be.passerelle.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.api.statistics.ReferralFlowResponse.Breakdown;
import be.passerelle.api.statistics.ReferralFlowResponse.Cell;
import be.passerelle.api.statistics.ReferralFlowResponse.Count;
import be.passerelle.api.statistics.ReferralFlowResponse.FlowRow;
import be.passerelle.api.statistics.ReferralFlowResponse.MonthRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralFlowCsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_with_doubled_quotes() {
        assertThat(ReferralFlowCsv.escape("energy")).isEqualTo("energy");
        assertThat(ReferralFlowCsv.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReferralFlowCsv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReferralFlowCsv.escape("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void one_row_per_published_figure_with_suppressed_ones_empty() {
        ReferralFlowResponse tables = new ReferralFlowResponse(
                2026,
                Instant.parse("2026-11-27T10:00:00Z"),
                new Count(12L, false),
                List.of(new MonthRow(
                        1,
                        new Count(12L, false),
                        new Breakdown(false, List.of(new Cell("energy", new Count(null, true)))),
                        new Breakdown(true, List.of()),
                        new Breakdown(false, List.of()))),
                List.of(),
                List.of(new FlowRow("wal", "nrj", new Count(7L, false))));

        assertThat(ReferralFlowCsv.of(tables))
                .isEqualTo("table,month,sender,receiver,measure,category,value,suppressed\r\n"
                        + "network,,,,asOf,,2026-11-27T10:00:00Z,false\r\n"
                        + "network,,,,referrals,,12,false\r\n"
                        + "months,1,,,referrals,,12,false\r\n"
                        + "months,1,,,sector,energy,,true\r\n"
                        + "months,1,,,language,,,true\r\n"
                        + "flows,,wal,nrj,referrals,,7,false\r\n");
        assertThat(ReferralFlowCsv.figures(tables)).doesNotContain("asOf");
    }
}
