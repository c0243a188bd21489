package be.passerelle.web.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's public status page: no sign-in; the reference and access code are posted (never in a
 * URL), the answer is rendered in place (no redirect carries them) and never stored by the browser.
 */
@Controller
@RequestMapping("/status")
class StatusController {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int MAX_LENGTH = 64;

    private final ReferralStatuses statuses;

    StatusController(ReferralStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping
    String form(HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("page", StatusPage.empty());
        return "status";
    }

    @PostMapping
    String check(
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        String typedReference = clean(reference);
        String typedCode = clean(code);
        StatusPage page;
        if (typedReference.isEmpty() || typedCode.isEmpty()) {
            page = StatusPage.problem(typedReference, "status.missing", 0);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            ReferralStatuses.Outcome outcome =
                    statuses.check(typedReference, typedCode, request.getRemoteAddr(), locale);
            if (outcome instanceof ReferralStatuses.Found found) {
                page = StatusPage.found(found, locale);
            } else if (outcome instanceof ReferralStatuses.TooManyAttempts tooMany) {
                long seconds = tooMany.retryAfter().toSeconds();
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                page = seconds < 120
                        ? StatusPage.problem(typedReference, "status.tooMany.seconds", seconds)
                        : StatusPage.problem(typedReference, "status.tooMany.minutes", (seconds + 59) / 60);
            } else if (outcome instanceof ReferralStatuses.NotFound) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                page = StatusPage.problem(typedReference, "status.notFound", 0);
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
                page = StatusPage.problem(typedReference, "status.unavailable", 0);
            }
        }
        model.addAttribute("page", page);
        return "status";
    }

    private static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String trimmed = typed.strip();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    /**
     * The status page's view model (the access code is never part of it: the form never shows it back).
     *
     * @param reference the reference typed, shown back in the form
     * @param result the case's status, {@code null} until one is found
     * @param problemKey the message key of the problem to show, {@code null} for none
     * @param problemArgument the number in the problem's text (seconds or minutes to wait)
     */
    record StatusPage(String reference, Result result, String problemKey, long problemArgument) {
        static StatusPage empty() {
            return new StatusPage("", null, null, 0);
        }

        static StatusPage problem(String reference, String key, long argument) {
            return new StatusPage(reference, null, key, argument);
        }

        static StatusPage found(ReferralStatuses.Found found, Locale locale) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(BRUSSELS);
            return new StatusPage(
                    found.reference(),
                    new Result(
                            found.reference(),
                            found.state(),
                            found.institutionName(),
                            found.updatedAt() == null ? "" : dates.format(found.updatedAt())),
                    null,
                    0);
        }

        /** The case as the citizen sees it: its state in the page's language, in Brussels time. */
        record Result(String reference, String state, String institutionName, String updatedAt) {}
    }
}
