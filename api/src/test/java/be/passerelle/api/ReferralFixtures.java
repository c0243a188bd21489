package be.passerelle.api;

import static be.passerelle.infra.testing.PersonalDataMarkers.marked;
import static be.passerelle.infra.testing.PersonalDataMarkers.markedEmail;
import static be.passerelle.infra.testing.PersonalDataMarkers.markedPhone;

import be.passerelle.infra.testing.PersonalDataMarkers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies of the referral operations that read like the domain: {@code
 * aReferral().from(WAL).to(NRJ).withoutConsent()}, {@code aForward().to(FED)}, {@code aMessage()}.
 * Every personal field holds a {@linkplain PersonalDataMarkers marked value}, so a log line that shows
 * one fails the test ({@code PersonalDataLogGuard}); the subject carries a random, non-personal tag that
 * tests search by.
 */
public final class ReferralFixtures {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSENT_OBTAINED_AT = "2026-11-20T10:15:30Z";

    private ReferralFixtures() {}

    public static ReferralBuilder aReferral() {
        return new ReferralBuilder();
    }

    public static ForwardBuilder aForward() {
        return new ForwardBuilder();
    }

    /** {@code {"body": "<marked text>"}}. */
    public static String aMessage() {
        return aMessage(marked("message"));
    }

    public static String aMessage(String text) {
        return object().put("body", text).toString();
    }

    /** {@code {"reason": "<marked reason>"}}: a withdrawal's or a decline's. */
    public static String aReason() {
        return aReason(marked("reason"));
    }

    public static String aReason(String reason) {
        return object().put("reason", reason).toString();
    }

    /** A decline with a marked reason that suggests {@code receiver}. */
    public static String aDeclineSuggesting(DemoTenant receiver) {
        return aDeclineSuggesting(receiver, marked("reason"));
    }

    public static String aDeclineSuggesting(DemoTenant receiver, String reason) {
        return object().put("reason", reason)
                .put("suggestedReceiver", receiver.slug())
                .toString();
    }

    /** A marked attachment file name: {@code <name>-piimark-<random>.pdf}. */
    public static String anAttachmentName(String name) {
        return marked(name) + ".pdf";
    }

    /** {@code {"outcome": "<outcome>"}}. */
    public static String closedAs(String outcome) {
        return object().put("outcome", outcome).toString();
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static ObjectNode consent(ObjectNode parent, boolean given, String channel) {
        ObjectNode consent = parent.putObject("consent");
        consent.put("given", given);
        consent.put("obtainedAt", CONSENT_OBTAINED_AT);
        consent.put("channel", channel);
        consent.put("textVersion", "2026-01");
        return consent;
    }

    /** A new referral ({@code POST /api/v1/referrals}); by default from WAL to NRJ, with consent. */
    public static final class ReferralBuilder {
        private DemoTenant sender = DemoTenant.WAL;
        private String receiver = DemoTenant.NRJ.slug();
        private String tag = PersonalDataMarkers.random();
        private String subject = subjectTagged(tag);
        private final String summary = marked("summary") + ": la citoyenne conteste une facture de régularisation.";
        private String language = "fr";
        private final String firstName = marked("Jeanne");
        private final String lastName = marked("Dupont");
        private final String email = markedEmail("jeanne");
        private final String phone = markedPhone();
        private String postalCode = "5000";
        private String preferredLanguage = "fr";
        private Boolean consent = true;
        private boolean priorContactMade = true;

        private ReferralBuilder() {}

        /** The sender: the body does not name it, its agent's token does ({@link #sender()}). */
        public ReferralBuilder from(DemoTenant sender) {
            this.sender = sender;
            return this;
        }

        public ReferralBuilder to(DemoTenant receiver) {
            return to(receiver.slug());
        }

        /** Any slug, e.g. an unknown institution. */
        public ReferralBuilder to(String receiverSlug) {
            this.receiver = receiverSlug;
            return this;
        }

        public ReferralBuilder withoutConsent() {
            this.consent = null;
            return this;
        }

        public ReferralBuilder withRefusedConsent() {
            this.consent = false;
            return this;
        }

        public ReferralBuilder withoutPriorContact() {
            this.priorContactMade = false;
            return this;
        }

        /** Shares {@code tag} (subject and external reference) with other referrals a test searches for. */
        public ReferralBuilder tagged(String tag) {
            this.tag = tag;
            this.subject = subjectTagged(tag);
            return this;
        }

        private static String subjectTagged(String tag) {
            return "Facture d'énergie contestée " + tag;
        }

        /** A subject of the test's own; non-personal (both institutions search it). */
        public ReferralBuilder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** The case file's language and the citizen's. */
        public ReferralBuilder inLanguage(String code) {
            this.language = code;
            this.preferredLanguage = code;
            return this;
        }

        public ReferralBuilder citizenSpeaking(String code) {
            this.preferredLanguage = code;
            return this;
        }

        public ReferralBuilder livingIn(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public DemoTenant sender() {
            return sender;
        }

        /** A random, non-personal part of the subject and external reference, to search by. */
        public String tag() {
            return tag;
        }

        public String subject() {
            return subject;
        }

        public String summary() {
            return summary;
        }

        public String firstName() {
            return firstName;
        }

        public String lastName() {
            return lastName;
        }

        public String email() {
            return email;
        }

        public String phone() {
            return phone;
        }

        /** The body as a JSON object, for tests that then break it. */
        public ObjectNode json() {
            ObjectNode body = object();
            body.put("receiver", receiver);
            body.put("subject", subject);
            body.put("summary", summary);
            body.put("sector", "energy");
            body.put("language", language);
            ObjectNode citizen = body.putObject("citizen");
            citizen.put("firstName", firstName);
            citizen.put("lastName", lastName);
            citizen.put("email", email);
            citizen.put("phone", phone);
            citizen.put("postalCode", postalCode);
            citizen.put("preferredLanguage", preferredLanguage);
            if (consent != null) {
                consent(body, consent, "phone");
            }
            body.put("priorContactMade", priorContactMade);
            body.put("externalReference", "EXT-" + tag);
            return body;
        }

        @Override
        public String toString() {
            return json().toString();
        }
    }

    /** A forward ({@code POST /api/v1/referrals/{id}/forward}); by default to FED, with consent. */
    public static final class ForwardBuilder {
        private String receiver = DemoTenant.FED.slug();
        private boolean consent = true;
        private final String note = marked("note");

        private ForwardBuilder() {}

        public ForwardBuilder to(DemoTenant receiver) {
            return to(receiver.slug());
        }

        public ForwardBuilder to(String receiverSlug) {
            this.receiver = receiverSlug;
            return this;
        }

        public ForwardBuilder withoutConsent() {
            this.consent = false;
            return this;
        }

        public String note() {
            return note;
        }

        @Override
        public String toString() {
            ObjectNode body = object();
            body.put("receiver", receiver);
            body.put("note", note);
            if (consent) {
                consent(body, true, "email");
            }
            return body.toString();
        }
    }
}
