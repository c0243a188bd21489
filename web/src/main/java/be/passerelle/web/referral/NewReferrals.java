package be.passerelle.web.referral;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.DirectoryApi;
import be.passerelle.client.api.ReferralsApi;
import be.passerelle.client.model.Address;
import be.passerelle.client.model.CitizenRequest;
import be.passerelle.client.model.ConsentRequest;
import be.passerelle.client.model.Contact;
import be.passerelle.client.model.CreateReferralBody;
import be.passerelle.client.model.InstitutionResponse;
import be.passerelle.client.model.ProfileResponse;
import be.passerelle.client.model.ReferralResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sending a referral as the pages do it: the API's {@code createReferral} with the form's {@code
 * Idempotency-Key} (a second submit of the same form is answered with the first referral), and the
 * receiving institution's directory entry for the citizen's receipt.
 */
@Component
class NewReferrals {
    static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");

    private final PasserelleApi api;
    private final ReferralsApi referrals;
    private final DirectoryApi directory;

    NewReferrals(PasserelleApi api) {
        this.api = api;
        this.referrals = new ReferralsApi(api.client());
        this.directory = new DirectoryApi(api.client());
    }

    /**
     * Sends the referral; the answer holds the citizen's access code (also when it is the replay of a
     * first submit with the same key and the same content).
     *
     * @throws FormRefused when the API refuses it (fields, consent, the receiver)
     */
    Sent send(String idempotencyKey, Request request) {
        CitizenRequest citizen = new CitizenRequest()
                .firstName(request.firstName())
                .lastName(request.lastName())
                .email(request.email())
                .phone(request.phone())
                .postalCode(request.postalCode())
                .preferredLanguage(
                        language(request.preferredLanguage(), CitizenRequest.PreferredLanguageEnum::fromValue));
        CreateReferralBody body = new CreateReferralBody()
                .receiver(request.receiver())
                .sector(request.sector())
                .subject(request.subject())
                .summary(request.summary())
                .externalReference(request.externalReference())
                .language(language(request.language(), CreateReferralBody.LanguageEnum::fromValue))
                .priorContactMade(request.priorContactMade())
                .citizen(citizen)
                .consent(new ConsentRequest()
                        .given(request.consentGiven())
                        .obtainedAt(request.consentObtainedAt())
                        .channel(request.consentChannel())
                        .textVersion(request.consentTextVersion()));
        try {
            ReferralResponse created = referrals.createReferral(body, idempotencyKey, api.asCurrentUser());
            return new Sent(
                    created.getId().toString(),
                    created.getReference(),
                    created.getAccessCode(),
                    created.getReceiver(),
                    created.getCitizenLanguage() == null
                            ? request.preferredLanguage()
                            : created.getCitizenLanguage().getValue(),
                    created.getCreatedAt(),
                    created.getDueAt());
        } catch (ApiException e) {
            throw FormRefused.of(e, api.client().getObjectMapper());
        }
    }

    /** The receiving institution's name and contact from the directory, in this language (the citizen's). */
    Receiver receiver(String slug, String language) {
        Map<String, String> headers = new HashMap<>(api.asCurrentUser());
        headers.put("Accept-Language", language);
        try {
            InstitutionResponse institution = directory.getInstitution(slug, null, null, headers);
            ProfileResponse entry = institution.getEntry();
            Contact contact = entry == null ? null : entry.getContact();
            Address address = contact == null ? null : contact.getPostalAddress();
            return new Receiver(
                    institution.getName(),
                    contact == null ? null : contact.getWebsite(),
                    contact == null ? null : contact.getEmail(),
                    contact == null ? null : contact.getPhone(),
                    address == null
                            ? null
                            : address.getStreet() + ", " + address.getPostalCode() + " " + address.getLocality(),
                    entry == null || entry.getReferralIntake() == null
                            ? null
                            : entry.getReferralIntake().getAcknowledgementWorkingDays());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** The receiver's name in the user's language (the form's heading). */
    String receiverName(String slug) {
        try {
            return directory
                    .getInstitution(slug, null, null, api.asCurrentUser())
                    .getName();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** One of the API's languages, else {@code null} (which the API refuses, naming the field). */
    private static <T> T language(String code, java.util.function.Function<String, T> of) {
        return code != null && LANGUAGES.contains(code) ? of.apply(code) : null;
    }

    /**
     * What the form sends; blank optional fields are {@code null}.
     *
     * @param consentTextVersion the version of the consent text the form shows
     */
    record Request(
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
            boolean priorContactMade,
            boolean consentGiven,
            OffsetDateTime consentObtainedAt,
            String consentChannel,
            String consentTextVersion) {}

    /**
     * The referral as sent.
     *
     * @param accessCode the citizen's one-time access code
     * @param citizenLanguage the language of the receipt
     */
    record Sent(
            String id,
            String reference,
            String accessCode,
            String receiver,
            String citizenLanguage,
            OffsetDateTime createdAt,
            OffsetDateTime dueAt) {}

    /**
     * The receiving institution as the receipt shows it.
     *
     * @param acknowledgementWorkingDays within how many working days it acknowledges a referral, {@code null}
     *     when the directory does not say
     */
    record Receiver(
            String name,
            String website,
            String email,
            String phone,
            String address,
            Integer acknowledgementWorkingDays) {}
}
