package be.passerelle.web.referral;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseworker's two boxes: the referrals sent to their institution ({@code /received}) and those it sent
 * ({@code /sent}), filtered by state, sector and overdue, a page at a time.
 */
@Controller
class BoxController {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final List<String> STATES =
            List.of("SENT", "ACKNOWLEDGED", "ACCEPTED", "CLOSED", "DECLINED", "FORWARDED", "WITHDRAWN");
    /** The assignment filters: assigned to the user, or to nobody of the institution. */
    static final List<String> ASSIGNEES = List.of("me", "none");
    /** The API's sector codes; anything else is no filter (never sent on to the API). */
    private static final Pattern SECTOR = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Referrals referrals;
    private final Finder finder;

    BoxController(Referrals referrals, Finder finder) {
        this.referrals = referrals;
        this.finder = finder;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/received";
    }

    /** The received or sent box: the whole page, or only its box for htmx (the filters and the paging link). */
    @GetMapping("/{box:received|sent}")
    String box(
            @PathVariable String box,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        return box(box, filter(state, sector, overdue, assignee), cursor, htmx, locale, model);
    }

    private String box(String box, Referrals.Filter filter, String cursor, String htmx, Locale locale, Model model) {
        Referrals.Page page = referrals.box(box, filter, cursor);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BRUSSELS);
        boolean received = box.equals("received");
        List<BoxPage.Row> rows = page.items().stream()
                .map(item -> new BoxPage.Row(
                        item.id(),
                        item.reference(),
                        item.subject(),
                        received ? item.sender() : item.receiver(),
                        item.sector(),
                        item.state(),
                        item.dueAt() == null ? "" : dates.format(item.dueAt()),
                        item.overdue(),
                        item.assignee()))
                .toList();
        model.addAttribute(
                "page", new BoxPage(box, filter, ASSIGNEES, STATES, finder.sectors(), rows, page.nextCursor()));
        return htmx != null ? "box :: box" : "box";
    }

    /** An unknown value of a filter is no filter (never sent on to the API). */
    static Referrals.Filter filter(String state, String sector, String overdue, String assignee) {
        return new Referrals.Filter(
                state != null && STATES.contains(state) ? state : null,
                sector != null && SECTOR.matcher(sector).matches() ? sector : null,
                "true".equals(overdue),
                assignee != null && ASSIGNEES.contains(assignee) ? assignee : null);
    }

    /**
     * A box's view model.
     *
     * @param box {@code received} or {@code sent}
     * @param filter the filters applied
     * @param assignees the assignment filters ({@code me}, {@code none})
     * @param states the states one may filter by
     * @param sectors the sectors one may filter by, labelled in the user's language
     * @param rows the page's referrals
     * @param nextCursor the next page's cursor, {@code null} on the last page
     */
    record BoxPage(
            String box,
            Referrals.Filter filter,
            List<String> assignees,
            List<String> states,
            List<Finder.Sector> sectors,
            List<Row> rows,
            String nextCursor) {
        /**
         * One referral of the list, its due date in Brussels time and the user's language.
         *
         * @param other the other institution: the sender in the received box, the receiver in the sent box
         * @param assignee whom it is assigned to in the user's institution, {@code null} for nobody
         */
        record Row(
                String id,
                String reference,
                String subject,
                String other,
                String sector,
                String state,
                String dueAt,
                boolean overdue,
                String assignee) {}
    }
}
