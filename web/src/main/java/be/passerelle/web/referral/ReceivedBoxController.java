package be.passerelle.web.referral;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseworker's received box: the referrals sent to their institution, by state, a page at a time. */
@Controller
class ReceivedBoxController {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final List<String> STATES =
            List.of("SENT", "ACKNOWLEDGED", "ACCEPTED", "CLOSED", "DECLINED", "FORWARDED", "WITHDRAWN");

    private final Referrals referrals;

    ReceivedBoxController(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/received";
    }

    /** The whole page, or only its box for htmx (the filter and the paging link). */
    @GetMapping("/received")
    String received(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        String filter = state != null && STATES.contains(state) ? state : null;
        Referrals.Page page = referrals.box("received", filter, cursor);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BRUSSELS);
        List<ReceivedBoxPage.Row> rows = page.items().stream()
                .map(item -> new ReceivedBoxPage.Row(
                        item.id(),
                        item.reference(),
                        item.subject(),
                        item.sender(),
                        item.sector(),
                        item.state(),
                        item.dueAt() == null ? "" : dates.format(item.dueAt()),
                        item.overdue()))
                .toList();
        model.addAttribute("page", new ReceivedBoxPage(filter, STATES, rows, page.nextCursor()));
        return htmx != null ? "received :: box" : "received";
    }

    /**
     * The received box's view model.
     *
     * @param state the state filter, {@code null} for all
     * @param states the states one may filter by
     * @param rows the page's referrals
     * @param nextCursor the next page's cursor, {@code null} on the last page
     */
    record ReceivedBoxPage(String state, List<String> states, List<Row> rows, String nextCursor) {
        /** One referral of the list, its due date in Brussels time and the user's language. */
        record Row(
                String id,
                String reference,
                String subject,
                String sender,
                String sector,
                String state,
                String dueAt,
                boolean overdue) {}
    }
}
