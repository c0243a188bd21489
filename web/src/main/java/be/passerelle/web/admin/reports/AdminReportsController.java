package be.passerelle.web.admin.reports;

import be.passerelle.client.model.ReportResponse;
import be.passerelle.client.model.ReportRevision;
import be.passerelle.web.api.FormRefused;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution's annual reports (tenant-admin): the list of years, one year's draft form, its
 * publication (after a confirmation page) and its revisions. The API decides who may (a caseworker gets its
 * 403) and which figures are consistent (its errors come back next to their fields).
 */
@Controller
class AdminReportsController {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final AnnualReports reports;
    private final MessageSource messages;

    AdminReportsController(AnnualReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/admin/reports")
    String list(Locale locale, Model model) {
        model.addAttribute("page", new ListPage(years(locale), null));
        return "admin-reports";
    }

    /** The list's "open a year" form (a GET form, so without JavaScript): to that year's page. */
    @GetMapping("/admin/reports/open")
    String open(@RequestParam(required = false) String year, Locale locale, Model model) {
        Integer parsed = year(year);
        if (parsed == null) {
            model.addAttribute("page", new ListPage(years(locale), year));
            return "admin-reports";
        }
        return "redirect:/admin/reports/" + parsed;
    }

    @GetMapping("/admin/reports/{year:\\d{4}}")
    String year(@PathVariable int year, @RequestParam(required = false) Integer revision, Locale locale, Model model) {
        Optional<ReportResponse> report = reports.year(year);
        ReportView view = new ReportView(messages, locale, reports.sectors());
        Map<String, String> values = report.flatMap(r -> draft(r))
                .map(d -> ReportForm.values(d.getFigures()))
                .orElseGet(Map::of);
        model.addAttribute("page", page(year, report, revision, view, values, Map.of(), locale));
        return "admin-reports-year";
    }

    @PostMapping("/admin/reports/{year:\\d{4}}")
    String save(
            @PathVariable int year,
            @RequestParam Map<String, String> posted,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        ReportView view = new ReportView(messages, locale, reports.sectors());
        ReportForm.Read read = ReportForm.read(posted, view.sectorCodes());
        Map<String, List<ReportView.Message>> errors;
        if (read.complete()) {
            try {
                reports.save(year, read.body());
                flash.addFlashAttribute("notice", "reports.saved");
                return "redirect:/admin/reports/" + year;
            } catch (FormRefused refused) {
                errors = refused.errors().isEmpty()
                        ? Map.of("", List.of(new ReportView.Message(text("reports.error.refused", locale), null)))
                        : view.apiErrors(refused.errors());
            }
        } else {
            errors = view.pageErrors(read.refused());
        }
        model.addAttribute("page", page(year, reports.year(year), null, view, posted, errors, locale));
        return "admin-reports-year";
    }

    /** The confirmation page: publishing is permanent. */
    @GetMapping("/admin/reports/{year:\\d{4}}/publish")
    String confirmPublish(@PathVariable int year, Model model) {
        Optional<ReportRevision> draft = reports.year(year).flatMap(AdminReportsController::draft);
        if (draft.isEmpty()) {
            return "redirect:/admin/reports/" + year;
        }
        model.addAttribute("page", new ConfirmPage(year, draft.get().getRevision()));
        return "admin-reports-publish";
    }

    @PostMapping("/admin/reports/{year:\\d{4}}/publish")
    String publish(@PathVariable int year, RedirectAttributes flash) {
        try {
            reports.publish(year);
            flash.addFlashAttribute("notice", "reports.published");
        } catch (FormRefused refused) {
            flash.addFlashAttribute("alert", "reports.error.nothingToPublish");
        }
        return "redirect:/admin/reports/" + year;
    }

    /** Opens a new draft revision of a published year, starting from the published figures. */
    @PostMapping("/admin/reports/{year:\\d{4}}/revision")
    String revise(@PathVariable int year, RedirectAttributes flash) {
        Optional<ReportResponse> report = reports.year(year);
        Optional<ReportRevision> current = report.flatMap(AdminReportsController::current);
        if (report.flatMap(AdminReportsController::draft).isEmpty() && current.isPresent()) {
            try {
                reports.save(year, current.get().getFigures());
                flash.addFlashAttribute("notice", "reports.revisionOpened");
            } catch (FormRefused refused) {
                flash.addFlashAttribute("alert", "reports.error.refused");
            }
        }
        return "redirect:/admin/reports/" + year;
    }

    private List<YearRow> years(Locale locale) {
        DateTimeFormatter dates = dates(locale);
        return reports.years().getReports().stream()
                .map(r -> new YearRow(
                        r.getYear(),
                        r.getCurrentRevision(),
                        r.getDraftRevision(),
                        r.getRevisions().size(),
                        r.getRevisions().isEmpty()
                                ? ""
                                : format(dates, r.getRevisions().get(0).getUpdatedAt())))
                .toList();
    }

    private YearPage page(
            int year,
            Optional<ReportResponse> report,
            Integer revision,
            ReportView view,
            Map<String, String> values,
            Map<String, List<ReportView.Message>> errors,
            Locale locale) {
        DateTimeFormatter dates = dates(locale);
        Optional<ReportRevision> draft = report.flatMap(AdminReportsController::draft);
        Optional<ReportRevision> current = report.flatMap(AdminReportsController::current);
        List<RevisionRow> revisions = report.map(r -> r.getRevisions().stream()
                        .map(v -> new RevisionRow(
                                v.getRevision(),
                                String.valueOf(v.getStatus()),
                                format(dates, v.getCreatedAt()),
                                format(dates, v.getUpdatedAt()),
                                format(dates, v.getPublishedAt()),
                                format(dates, v.getSupersededAt())))
                        .toList())
                .orElseGet(List::of);
        // the read-only figures: the revision asked for, else the current published one
        Optional<ReportRevision> shown = report.flatMap(r -> r.getRevisions().stream()
                .filter(v -> revision == null
                        ? v.getStatus() == ReportRevision.StatusEnum.PUBLISHED
                        : v.getRevision().equals(revision) && v.getStatus() != ReportRevision.StatusEnum.DRAFT)
                .findFirst());
        boolean editable = draft.isPresent() || report.isEmpty();
        List<ReportView.Group> form = editable ? view.groups(values, errors) : List.of();
        return new YearPage(
                year,
                report.isPresent(),
                draft.map(ReportRevision::getRevision).orElse(null),
                current.map(ReportRevision::getRevision).orElse(null),
                form,
                ReportView.summary(form, errors),
                shown.map(ReportRevision::getRevision).orElse(null),
                shown.map(s -> view.groups(ReportForm.values(s.getFigures()), Map.of()))
                        .orElseGet(List::of),
                revisions);
    }

    private static Optional<ReportRevision> draft(ReportResponse report) {
        return report.getRevisions().stream()
                .filter(r -> r.getStatus() == ReportRevision.StatusEnum.DRAFT)
                .findFirst();
    }

    private static Optional<ReportRevision> current(ReportResponse report) {
        return report.getRevisions().stream()
                .filter(r -> r.getStatus() == ReportRevision.StatusEnum.PUBLISHED)
                .findFirst();
    }

    /** A year typed into the list's form: four digits, else {@code null}. */
    static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(BRUSSELS);
    }

    private static String format(DateTimeFormatter dates, OffsetDateTime at) {
        return at == null ? "" : dates.format(at);
    }

    /**
     * The list of years.
     *
     * @param refusedYear what was typed into the "open a year" form when it is not a year; {@code null} else
     */
    record ListPage(List<YearRow> years, String refusedYear) {}

    /**
     * One year of the list.
     *
     * @param current the published revision the public reads, {@code null} before the first publication
     * @param draft the draft revision, {@code null} when none
     * @param updatedAt when the newest revision last changed
     */
    record YearRow(int year, Integer current, Integer draft, int revisions, String updatedAt) {}

    /**
     * One year's page.
     *
     * @param exists whether the institution has a report for the year
     * @param draft the draft's revision number, {@code null} when none
     * @param current the published revision the public reads, {@code null} when none
     * @param form the draft form's groups (empty when there is no draft to edit)
     * @param summary the refusals of the last save, linking to their fields
     * @param shownRevision the published revision shown read-only, {@code null} when none
     * @param shown its figures
     * @param revisions every revision, newest first
     */
    record YearPage(
            int year,
            boolean exists,
            Integer draft,
            Integer current,
            List<ReportView.Group> form,
            List<ReportView.SummaryItem> summary,
            Integer shownRevision,
            List<ReportView.Group> shown,
            List<RevisionRow> revisions) {
        public boolean editable() {
            return !form.isEmpty();
        }
    }

    /** A revision of the year, its dates in Brussels time and the user's language ({@code ""} when none). */
    record RevisionRow(
            int revision, String status, String createdAt, String updatedAt, String publishedAt, String supersededAt) {}

    record ConfirmPage(int year, int revision) {}
}
