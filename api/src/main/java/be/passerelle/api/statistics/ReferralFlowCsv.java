package be.passerelle.api.statistics;

import java.util.List;

/**
 * The referral-flow tables as one CSV (RFC 4180: CRLF, quoted where needed, UTF-8, a header row) in
 * long format, one published figure per row:
 * {@code table,month,sender,receiver,measure,category,value,suppressed}. Tables: {@code network},
 * {@code months}, {@code receivers}, {@code flows}; a suppressed breakdown is one row with an empty
 * category.
 */
final class ReferralFlowCsv {
    static final String HEADER = "table,month,sender,receiver,measure,category,value,suppressed";

    private final StringBuilder out = new StringBuilder(HEADER).append("\r\n");

    private ReferralFlowCsv() {}

    /** The whole CSV: after the header, the {@code asOf} row ({@code network,,,,asOf,,<instant>,false}), then the figures. */
    static String of(ReferralFlowResponse tables) {
        ReferralFlowCsv csv = new ReferralFlowCsv();
        csv.row("network", "", "", "", "asOf", "", tables.asOf().toString(), false);
        return csv.append(tables);
    }

    /** The published figures only, without {@code asOf}. */
    static String figures(ReferralFlowResponse tables) {
        return new ReferralFlowCsv().append(tables);
    }

    private String append(ReferralFlowResponse tables) {
        ReferralFlowCsv csv = this;
        csv.count("network", "", "", "", "referrals", "", tables.referrals());
        for (ReferralFlowResponse.MonthRow month : tables.months()) {
            String m = Integer.toString(month.month());
            csv.count("months", m, "", "", "referrals", "", month.referrals());
            csv.breakdown("months", m, "", "sector", month.bySector());
            csv.breakdown("months", m, "", "language", month.byLanguage());
            csv.breakdown("months", m, "", "region", month.byRegion());
        }
        for (ReferralFlowResponse.ReceiverRow r : tables.receivers()) {
            csv.count("receivers", "", "", r.receiver(), "received", "", r.received());
            csv.breakdown("receivers", "", r.receiver(), "state", r.byState());
            csv.figure(r.receiver(), "acceptanceRate", r.acceptanceRate());
            csv.figure(r.receiver(), "medianDaysToAcknowledge", r.medianDaysToAcknowledge());
            csv.figure(r.receiver(), "medianDaysToAccept", r.medianDaysToAccept());
            csv.figure(r.receiver(), "medianDaysToClose", r.medianDaysToClose());
        }
        for (ReferralFlowResponse.FlowRow flow : tables.flows()) {
            csv.count("flows", "", flow.sender(), flow.receiver(), "referrals", "", flow.referrals());
        }
        return out.toString();
    }

    private void breakdown(
            String table, String month, String receiver, String measure, ReferralFlowResponse.Breakdown b) {
        if (b.suppressed()) {
            row(table, month, "", receiver, measure, "", "", true);
            return;
        }
        b.cells().forEach(c -> count(table, month, "", receiver, measure, c.category(), c.referrals()));
    }

    private void count(
            String table,
            String month,
            String sender,
            String receiver,
            String measure,
            String category,
            ReferralFlowResponse.Count count) {
        row(
                table,
                month,
                sender,
                receiver,
                measure,
                category,
                count.suppressed() ? "" : count.count().toString(),
                count.suppressed());
    }

    private void figure(String receiver, String measure, ReferralFlowResponse.Figure figure) {
        row(
                "receivers",
                "",
                "",
                receiver,
                measure,
                "",
                figure.suppressed() ? "" : figure.value().toString(),
                figure.suppressed());
    }

    private void row(
            String table,
            String month,
            String sender,
            String receiver,
            String measure,
            String category,
            String value,
            boolean suppressed) {
        List<String> fields =
                List.of(table, month, sender, receiver, measure, category, value, Boolean.toString(suppressed));
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String escape(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
