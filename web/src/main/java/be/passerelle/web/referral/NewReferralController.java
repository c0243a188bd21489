package be.passerelle.web.referral;

import be.passerelle.web.api.FormRefused;
import be.passerelle.web.config.WebSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Creating a referral: the competence finder (sector and postal code to ranked institutions), the form for
 * the chosen one, and, once sent, the citizen's receipt in the citizen's language.
 */
@Controller
class NewReferralController {
    /** The version of the consent text the form shows (messages {@code newReferral.consent.text}). */
    static final String CONSENT_TEXT_VERSION = "passerelle-web-2026-12";

    static final List<String> CHANNELS = List.of("phone", "in-person", "email", "letter", "form");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Set<String> FORM_FIELDS = Set.of(
            "subject",
            "summary",
            "externalReference",
            "language",
            "firstName",
            "lastName",
            "email",
            "phone",
            "postalCode",
            "preferredLanguage",
            "priorContactMade",
            "consentGiven",
            "consentChannel",
            "consentObtainedAt");

    private final Finder finder;
    private final NewReferrals referrals;
    private final MessageSource messages;
    private final ThymeleafViewResolver views;
    private final WebSettings settings;
    private final Clock clock;

    NewReferralController(
            Finder finder,
            NewReferrals referrals,
            MessageSource messages,
            ThymeleafViewResolver views,
            WebSettings settings,
            Clock clock) {
        this.finder = finder;
        this.referrals = referrals;
        this.messages = messages;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    /** The finder; with a sector and a postal code, its ranked answer. */
    @GetMapping("/referrals/new")
    String finder(
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String postalCode,
            Locale locale,
            Model model) {
        Finder.Match match = null;
        Map<String, String> errors = Map.of();
        if (sector != null && postalCode != null) {
            try {
                match = finder.match(sector, postalCode.strip());
            } catch (FormRefused refused) {
                errors = messagesFor(refused, locale, "finder");
            }
        }
        model.addAttribute("page", new FinderPage(finder.sectors(), sector, postalCode, match, errors, errors.get("")));
        return "referral-finder";
    }

    /** The form for the chosen institution, with a fresh {@code Idempotency-Key}. */
    @GetMapping("/referrals/new/form")
    String form(
            @RequestParam String receiver,
            @RequestParam String sector,
            @RequestParam(required = false) String postalCode,
            Locale locale,
            Model model) {
        Form form = new Form(
                UUID.randomUUID().toString(),
                receiver,
                sector,
                "",
                "",
                "",
                locale.getLanguage(),
                "",
                "",
                "",
                "",
                postalCode == null ? "" : postalCode,
                "",
                false,
                false,
                "phone",
                LocalDateTime.now(clock.withZone(BoxController.BRUSSELS))
                        .truncatedTo(ChronoUnit.MINUTES)
                        .format(LOCAL_MINUTES));
        model.addAttribute("page", formPage(form, Map.of()));
        return "referral-form";
    }

    /** Sends the referral; the answer is the citizen's receipt, or the form again with the API's refusals. */
    @PostMapping("/referrals/new/form")
    ModelAndView send(@ModelAttribute Form form, Locale locale, HttpServletResponse response) throws Exception {
        String key = form.idempotencyKey() != null
                        && IDEMPOTENCY_KEY.matcher(form.idempotencyKey()).matches()
                ? form.idempotencyKey()
                : UUID.randomUUID().toString();
        OffsetDateTime obtainedAt = obtainedAt(form.consentObtainedAt());
        if (obtainedAt == null) {
            return formAgain(form, key, Map.of("consentObtainedAt", message("consentObtainedAt", locale)));
        }
        NewReferrals.Sent sent;
        try {
            sent = referrals.send(key, form.toRequest(obtainedAt));
        } catch (FormRefused refused) {
            // a refused request created nothing: the corrected form is a new request (409: the same one is
            // still in progress, so the key stays)
            String next = refused.status() == 409 ? key : UUID.randomUUID().toString();
            return formAgain(form, next, messagesFor(refused, locale, "newReferral"));
        }
        return receipt(sent, response);
    }

    private ModelAndView receipt(NewReferrals.Sent sent, HttpServletResponse response) throws Exception {
        Locale citizen = Locale.forLanguageTag(sent.citizenLanguage());
        NewReferrals.Receiver receiver = referrals.receiver(sent.receiver(), citizen.getLanguage());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(citizen)
                .withZone(BoxController.BRUSSELS);
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(citizen)
                .withZone(BoxController.BRUSSELS);
        ReceiptPage page = new ReceiptPage(
                sent.reference(),
                sent.accessCode(),
                dates.format(sent.createdAt()),
                days.format(sent.dueAt()),
                receiver,
                settings.publicUrl().resolve("/status").toString());
        response.setHeader("Cache-Control", "no-store");
        // the receipt is the citizen's: rendered in their language, whatever the caseworker's
        ModelAndView receipt = new ModelAndView(views.resolveViewName("receipt", citizen));
        receipt.addObject("page", page);
        return receipt;
    }

    private ModelAndView formAgain(Form form, String key, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("referral-form");
        page.addObject("page", formPage(form.withKey(key), errors));
        return page;
    }

    private FormPage formPage(Form form, Map<String, String> errors) {
        return new FormPage(
                form,
                referrals.receiverName(form.receiver()),
                NewReferrals.LANGUAGES,
                CHANNELS,
                errors,
                errors.get(""));
    }

    private static OffsetDateTime obtainedAt(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(BoxController.BRUSSELS)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The API's refusal as messages of the page: each field problem next to its form field (key of its
     * field), anything else for the whole form (key {@code ""}).
     */
    private Map<String, String> messagesFor(FormRefused refused, Locale locale, String page) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String apiField : refused.fields().keySet()) {
            String field = formField(apiField);
            if (page.equals("finder")
                    ? field.equals("postalCode") || field.equals("sector")
                    : FORM_FIELDS.contains(field)) {
                shown.putIfAbsent(field, message(field, locale));
            }
        }
        if (shown.isEmpty()) {
            String general = switch (refused.status()) {
                case 409 -> "newReferral.error.inProgress";
                case 422 -> "newReferral.error.refused";
                default -> "newReferral.error.form";
            };
            shown.put("", messages.getMessage(general, null, locale));
        }
        return shown;
    }

    private String message(String field, Locale locale) {
        return messages.getMessage(
                new DefaultMessageSourceResolvable(
                        new String[] {"newReferral.error." + field, "newReferral.error.invalid"}),
                locale);
    }

    /** The form's field for a field path of the API's create request. */
    static String formField(String apiField) {
        return switch (apiField) {
            case "consent", "consent.given", "consent.textVersion" -> "consentGiven";
            case "consent.channel" -> "consentChannel";
            case "consent.obtainedAt" -> "consentObtainedAt";
            default -> apiField.startsWith("citizen.") ? apiField.substring("citizen.".length()) : apiField;
        };
    }

    /**
     * The form as posted ({@code null} for what the browser did not send).
     *
     * @param idempotencyKey generated when the form was rendered: a second submit of it sends the same request
     * @param consentObtainedAt when the citizen consented, Brussels time ({@code yyyy-MM-ddTHH:mm})
     */
    record Form(
            String idempotencyKey,
            String receiver,
            String sector,
            String subject,
            String summary,
            String externalReference,
            String language,
            String firstName,
            String lastName,
            String email,
            String phone,
            String postalCode,
            String preferredLanguage,
            Boolean priorContactMade,
            Boolean consentGiven,
            String consentChannel,
            String consentObtainedAt) {

        Form withKey(String key) {
            return new Form(
                    key,
                    receiver,
                    sector,
                    subject,
                    summary,
                    externalReference,
                    language,
                    firstName,
                    lastName,
                    email,
                    phone,
                    postalCode,
                    preferredLanguage,
                    priorContactMade,
                    consentGiven,
                    consentChannel,
                    consentObtainedAt);
        }

        NewReferrals.Request toRequest(OffsetDateTime obtainedAt) {
            return new NewReferrals.Request(
                    receiver,
                    sector,
                    orEmpty(subject),
                    orEmpty(summary),
                    blankToNull(externalReference),
                    language,
                    orEmpty(firstName),
                    orEmpty(lastName),
                    blankToNull(email),
                    blankToNull(phone),
                    blankToNull(postalCode),
                    preferredLanguage,
                    Boolean.TRUE.equals(priorContactMade),
                    Boolean.TRUE.equals(consentGiven),
                    obtainedAt,
                    orEmpty(consentChannel),
                    CONSENT_TEXT_VERSION);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value.strip();
        }
    }

    /**
     * The finder's view model.
     *
     * @param errors messages next to the fields ({@code sector}, {@code postalCode})
     * @param error a message for the whole question, or {@code null}
     */
    record FinderPage(
            List<Finder.Sector> sectors,
            String sector,
            String postalCode,
            Finder.Match match,
            Map<String, String> errors,
            String error) {}

    /**
     * The form's view model.
     *
     * @param errors messages next to the form's fields
     * @param error a message for the whole form, or {@code null}
     */
    record FormPage(
            Form form,
            String receiverName,
            List<String> languages,
            List<String> channels,
            Map<String, String> errors,
            String error) {}

    /**
     * The citizen's receipt, in the citizen's language.
     *
     * @param dueAt the date by which the receiving institution acknowledges the referral
     * @param statusUrl the public page where the citizen follows the referral with reference and code
     */
    record ReceiptPage(
            String reference,
            String accessCode,
            String sentAt,
            String dueAt,
            NewReferrals.Receiver receiver,
            String statusUrl) {}
}
