package be.passerelle.web.admin.directory;

import be.passerelle.client.model.AddressRequest;
import be.passerelle.client.model.AdmissibilityRequest;
import be.passerelle.client.model.AdmissibilityResponse;
import be.passerelle.client.model.CompetenceRequest;
import be.passerelle.client.model.CompetenceResponse;
import be.passerelle.client.model.Contact;
import be.passerelle.client.model.ContactRequest;
import be.passerelle.client.model.DirectoryEntryRequest;
import be.passerelle.client.model.Intake;
import be.passerelle.client.model.IntakeRequest;
import be.passerelle.client.model.OpeningRequest;
import be.passerelle.client.model.ProfileResponse;
import be.passerelle.client.model.SocialRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The entry as read, as the request that would save it unchanged: what each page starts from before it
 * replaces the parts its form holds (so what a page does not show, e.g. the network's {@code verified}
 * flag, is sent back as it was).
 */
final class EntryRequests {
    private EntryRequests() {}

    static DirectoryEntryRequest of(ProfileResponse entry) {
        DirectoryEntryRequest request = new DirectoryEntryRequest()
                .names(new LinkedHashMap<>(entry.getNames()))
                .descriptions(
                        entry.getDescriptions() == null
                                ? new LinkedHashMap<>()
                                : new LinkedHashMap<>(entry.getDescriptions()))
                .languages(new ArrayList<>(entry.getLanguages().stream()
                        .map(l -> DirectoryEntryRequest.LanguagesEnum.fromValue(l.getValue()))
                        .toList()))
                .contact(contact(entry.getContact()))
                .competences(new ArrayList<>(entry.getCompetences().stream()
                        .map(EntryRequests::competence)
                        .toList()))
                .admissibility(admissibility(entry.getAdmissibility()))
                .referralIntake(intake(entry.getReferralIntake()))
                .openingHours(new ArrayList<>(
                        entry.getOpeningHours() == null
                                ? List.of()
                                : entry.getOpeningHours().stream()
                                        .map(o -> new OpeningRequest()
                                                .day(OpeningRequest.DayEnum.fromValue(
                                                        o.getDay().getValue()))
                                                .opens(o.getOpens())
                                                .closes(o.getCloses()))
                                        .toList()));
        return request;
    }

    static ContactRequest contact(Contact contact) {
        if (contact == null) {
            return new ContactRequest();
        }
        ContactRequest request = new ContactRequest()
                .email(contact.getEmail())
                .phone(contact.getPhone())
                .website(contact.getWebsite())
                .socialMedia(new ArrayList<>(
                        contact.getSocialMedia() == null
                                ? List.of()
                                : contact.getSocialMedia().stream()
                                        .map(s -> new SocialRequest()
                                                .network(s.getNetwork())
                                                .url(s.getUrl()))
                                        .toList()));
        if (contact.getPostalAddress() != null) {
            request.postalAddress(new AddressRequest()
                    .street(contact.getPostalAddress().getStreet())
                    .postalCode(contact.getPostalAddress().getPostalCode())
                    .locality(contact.getPostalAddress().getLocality())
                    .country(contact.getPostalAddress().getCountry()));
        }
        return request;
    }

    static CompetenceRequest competence(CompetenceResponse competence) {
        return new CompetenceRequest()
                .sector(competence.getSector())
                .adminLevel(
                        competence.getAdminLevel() == null
                                ? null
                                : CompetenceRequest.AdminLevelEnum.fromValue(
                                        competence.getAdminLevel().getValue()))
                .territory(new ArrayList<>(competence.getTerritory()))
                .bodies(new ArrayList<>(competence.getBodies()))
                .excludesAreas(new ArrayList<>(competence.getExcludesAreas()))
                .excludesBodies(new ArrayList<>(competence.getExcludesBodies()));
    }

    static AdmissibilityRequest admissibility(AdmissibilityResponse rules) {
        return new AdmissibilityRequest()
                .anonymousAccepted(rules.getAnonymousAccepted())
                .priorContactRequired(rules.getPriorContactRequired())
                .maxComplaintAgeMonths(rules.getMaxComplaintAgeMonths())
                .verified(rules.getVerified());
    }

    static IntakeRequest intake(Intake intake) {
        return new IntakeRequest()
                .acceptsReferrals(intake.getAcceptsReferrals())
                .acknowledgementWorkingDays(intake.getAcknowledgementWorkingDays());
    }
}
