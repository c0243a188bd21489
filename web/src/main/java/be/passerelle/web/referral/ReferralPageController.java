package be.passerelle.web.referral;

import be.passerelle.client.model.ReferralResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral's page: its facts, the citizen's data when the API gives them, the timeline, messages,
 * attachments and the actions its state allows for the caller's side. Every action is a {@code POST} form
 * (CSRF) that carries the ETag the page read as {@code If-Match}; a refusal is shown next to its form.
 */
@Controller
class ReferralPageController {
    static final List<String> OUTCOMES = List.of("RESOLVED", "PARTLY_RESOLVED", "UNRESOLVED", "NOT_ADMISSIBLE");
    static final List<String> DECLINE_REASONS = List.of("NOT_COMPETENT", "INADMISSIBLE", "ALREADY_HANDLED", "OTHER");
    /** The flash attribute that tells the page what an assignment change did. */
    static final String NOTICE = "assignmentNotice";

    private final ReferralDetails details;
    private final Clock clock;

    ReferralPageController(ReferralDetails details, Clock clock) {
        this.details = details;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}")
    String page(@PathVariable UUID id, Locale locale, Model model) {
        return render(id, locale, model, null);
    }

    @PostMapping("/referrals/{id}/acknowledge")
    String acknowledge(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> details.acknowledge(id, version));
    }

    @PostMapping("/referrals/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> details.accept(id, version));
    }

    @PostMapping("/referrals/{id}/decline")
    String decline(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String suggestedReceiver,
            @RequestParam(required = false) String reasonCode,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(
                id, locale, model, response, () -> details.decline(id, version, reason, suggestedReceiver, reasonCode));
    }

    @PostMapping("/referrals/{id}/assignment")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) String assigneeId,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String done = act(id, locale, model, response, () -> details.assign(id, assigneeId));
        redirect.addFlashAttribute(NOTICE, "assignment.assigned");
        return done;
    }

    @PostMapping("/referrals/{id}/assignment/remove")
    String unassign(
            @PathVariable UUID id,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String done = act(id, locale, model, response, () -> details.unassign(id));
        redirect.addFlashAttribute(NOTICE, "assignment.unassigned");
        return done;
    }

    @PostMapping("/referrals/{id}/forward")
    String forward(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String receiver,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) boolean consentGiven,
            @RequestParam(required = false) String consentObtainedAt,
            @RequestParam(required = false) String consentChannel,
            @RequestParam(required = false) String consentTextVersion,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> {
            if (!consentGiven) {
                throw ActionRefused.invalid("forward", "consent");
            }
            details.forward(
                    id,
                    version,
                    receiver,
                    note,
                    new ReferralDetails.Consent(
                            true,
                            brusselsTime(consentObtainedAt),
                            consentChannel == null ? "" : consentChannel.strip(),
                            consentTextVersion == null ? "" : consentTextVersion.strip()));
        });
    }

    @PostMapping("/referrals/{id}/close")
    String close(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String outcome,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> details.close(id, version, outcome));
    }

    @PostMapping("/referrals/{id}/withdraw")
    String withdraw(
            @PathVariable UUID id,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String reason,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> details.withdraw(id, version, reason));
    }

    @PostMapping("/referrals/{id}/messages")
    String message(
            @PathVariable UUID id,
            @RequestParam(required = false) String body,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> details.postMessage(id, body));
    }

    @PostMapping("/referrals/{id}/attachments")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> details.upload(id, file));
    }

    @GetMapping("/referrals/{id}/attachments/{attachmentId}")
    void download(@PathVariable UUID id, @PathVariable UUID attachmentId, HttpServletResponse response) {
        details.download(id, attachmentId, response);
    }

    @PostMapping("/referrals/{id}/erase")
    String erase(
            @PathVariable UUID id,
            @RequestParam(required = false) boolean confirm,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        return act(id, locale, model, response, () -> {
            if (!confirm) {
                throw ActionRefused.invalid("erase", "confirm");
            }
            details.erase(id);
        });
    }

    /** Runs the action and shows the page again (post/redirect/get), or the page with the refusal. */
    private String act(UUID id, Locale locale, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/referrals/" + id;
        } catch (ActionRefused refused) {
            response.setStatus(refused.status() >= 400 && refused.status() < 500 ? refused.status() : 400);
            return render(id, locale, model, refused.shown());
        }
    }

    private String render(UUID id, Locale locale, Model model, ActionRefused.Shown refusal) {
        ReferralDetails.Details read = details.read(id);
        model.addAttribute("details", read);
        model.addAttribute("r", read.referral());
        model.addAttribute("actions", actions(read));
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("declineReasons", DECLINE_REASONS);
        model.addAttribute("refusal", refusal);
        model.addAttribute("when", new Dates(locale, clock));
        return "referral";
    }

    /** The actions the referral's state allows for the caller's side (the API decides in the end). */
    static Set<String> actions(ReferralDetails.Details read) {
        ReferralResponse referral = read.referral();
        String state = String.valueOf(referral.getState());
        Set<String> actions = new LinkedHashSet<>();
        if (read.institution().equals(referral.getReceiver())) {
            switch (state) {
                case "SENT" -> actions.addAll(List.of("acknowledge", "accept", "decline", "forward"));
                case "ACKNOWLEDGED" -> actions.addAll(List.of("accept", "decline", "forward"));
                case "ACCEPTED" -> actions.add("close");
                default -> {}
            }
        }
        if (read.institution().equals(referral.getSender())
                && Set.of("SENT", "ACKNOWLEDGED").contains(state)) {
            actions.add("withdraw");
        }
        return actions;
    }

    /** A {@code datetime-local} value, in Brussels time; an unreadable one is refused on its field. */
    private static OffsetDateTime brusselsTime(String value) {
        try {
            return LocalDateTime.parse(value).atZone(BoxController.BRUSSELS).toOffsetDateTime();
        } catch (DateTimeException | NullPointerException e) {
            throw ActionRefused.invalid("forward", "obtainedAt");
        }
    }

    /** Dates as the page shows them: Brussels time, the user's language. */
    static final class Dates {
        private final DateTimeFormatter format;
        private final Clock clock;

        Dates(Locale locale, Clock clock) {
            this.clock = clock;
            this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(BoxController.BRUSSELS);
        }

        public String format(OffsetDateTime time) {
            return time == null ? "" : format.format(time);
        }

        /** The current time as a {@code datetime-local} value (the consent form's default). */
        public String nowLocal() {
            return LocalDateTime.now(clock.withZone(BoxController.BRUSSELS))
                    .withSecond(0)
                    .withNano(0)
                    .toString();
        }
    }
}
