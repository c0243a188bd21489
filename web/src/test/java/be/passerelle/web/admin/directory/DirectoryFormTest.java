package be.passerelle.web.admin.directory;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.client.model.Address;
import be.passerelle.client.model.AdmissibilityResponse;
import be.passerelle.client.model.CompetenceRequest;
import be.passerelle.client.model.CompetenceResponse;
import be.passerelle.client.model.Contact;
import be.passerelle.client.model.DirectoryEntryRequest;
import be.passerelle.client.model.Intake;
import be.passerelle.client.model.Opening;
import be.passerelle.client.model.ProfileResponse;
import be.passerelle.client.model.Social;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The directory entry's form: from the entry as read, back to the request that saves it. */
class DirectoryFormTest {
    private static final String VERSION = "\"7.2\"";

    static ProfileResponse federalOmbudsman() {
        return new ProfileResponse()
                .names(new LinkedHashMap<>(Map.of("fr", "Le Médiateur fédéral", "nl", "De federale Ombudsman")))
                .descriptions(new LinkedHashMap<>(Map.of("en", "Complaints about federal administrations")))
                .languages(new ArrayList<>(List.of(ProfileResponse.LanguagesEnum.FR, ProfileResponse.LanguagesEnum.NL)))
                .contact(new Contact()
                        .email("contact@federaalombudsman.be")
                        .website("https://www.federaalombudsman.be")
                        .postalAddress(new Address()
                                .street("Rue de Louvain 48")
                                .postalCode("1000")
                                .locality("Bruxelles")
                                .country("BE"))
                        .socialMedia(new ArrayList<>(
                                List.of(new Social().network("linkedin").url("https://linkedin.example/fed")))))
                .openingHours(new ArrayList<>(List.of(new Opening()
                        .day(Opening.DayEnum.MONDAY)
                        .opens(LocalTime.of(9, 0))
                        .closes(LocalTime.of(12, 30)))))
                .admissibility(new AdmissibilityResponse()
                        .priorContactRequired(true)
                        .anonymousAccepted(false)
                        .maxComplaintAgeMonths(12)
                        .verified(false))
                .competences(new ArrayList<>(List.of(new CompetenceResponse()
                        .adminLevel(CompetenceResponse.AdminLevelEnum.FEDERAL)
                        .territory(new ArrayList<>(List.of("BE")))
                        .bodies(new ArrayList<>())
                        .excludesAreas(new ArrayList<>())
                        .excludesBodies(new ArrayList<>(List.of("SNCB-NMBS", "BPOST"))))))
                .referralIntake(new Intake().acceptsReferrals(true).acknowledgementWorkingDays(5));
    }

    private static <T> T last(List<T> rows) {
        return rows.get(rows.size() - 1);
    }

    private static DirectoryEntryRequest saved(EntryForm form, ProfileResponse entry) {
        EntryForm.Edit edit = form.edit();
        assertThat(edit.problems()).isEmpty();
        return edit.apply().apply(EntryRequests.of(entry));
    }

    @Test
    void the_form_of_an_entry_saved_unchanged_sends_the_entry_as_it_was() {
        ProfileResponse entry = federalOmbudsman();

        DirectoryForm form = DirectoryForm.of(entry, VERSION);

        assertThat(form.getVersion()).isEqualTo(VERSION);
        assertThat(saved(form, entry)).isEqualTo(EntryRequests.of(entry));
    }

    @Test
    void what_the_form_does_not_show_is_sent_back_as_read() {
        ProfileResponse entry = federalOmbudsman();
        DirectoryForm form = DirectoryForm.of(entry, VERSION);
        form.getNames().put("en", "Federal Ombudsman");

        DirectoryEntryRequest request = saved(form, entry);

        assertThat(request.getAdmissibility().getVerified())
                .as("the network's verified flag")
                .isFalse();
        assertThat(request.getReferralIntake().getAcceptsReferrals()).isTrue();
        assertThat(request.getReferralIntake().getAcknowledgementWorkingDays()).isEqualTo(5);
        assertThat(request.getNames()).containsEntry("en", "Federal Ombudsman");
    }

    @Test
    void each_list_has_one_blank_row_to_add_one_and_blank_rows_are_not_sent() {
        ProfileResponse entry = federalOmbudsman();
        DirectoryForm form = DirectoryForm.of(entry, VERSION);

        assertThat(form.getCompetences()).hasSize(2);
        assertThat(form.getOpeningHours()).hasSize(2);
        assertThat(form.getContact().getSocialMedia()).hasSize(2);
        DirectoryEntryRequest request = saved(form, entry);
        assertThat(request.getCompetences()).hasSize(1);
        assertThat(request.getOpeningHours()).hasSize(1);
        assertThat(request.getContact().getSocialMedia()).hasSize(1);
    }

    @Test
    void a_competence_filled_in_the_blank_row_is_added_and_a_removed_one_is_not_sent() {
        ProfileResponse entry = federalOmbudsman();
        DirectoryForm form = DirectoryForm.of(entry, VERSION);
        form.getCompetences().get(0).setRemove(true);
        DirectoryForm.Competence added = last(form.getCompetences());
        added.setSector("energy");
        added.setAdminLevel("REGIONAL");
        added.setTerritory(new ArrayList<>(List.of("BE-WAL", " ")));
        added.setBodies(null);

        DirectoryEntryRequest request = saved(form, entry);

        assertThat(request.getCompetences())
                .containsExactly(new CompetenceRequest()
                        .sector("energy")
                        .adminLevel(CompetenceRequest.AdminLevelEnum.REGIONAL)
                        .territory(new ArrayList<>(List.of("BE-WAL")))
                        .bodies(new ArrayList<>())
                        .excludesAreas(new ArrayList<>())
                        .excludesBodies(new ArrayList<>()));
    }

    @Test
    void blank_texts_and_channels_are_not_sent() {
        ProfileResponse entry = federalOmbudsman();
        DirectoryForm form = DirectoryForm.of(entry, VERSION);
        form.getNames().put("nl", "  ");
        form.getDescriptions().put("en", "");
        form.getContact().setEmail(" ");
        form.getContact().setPostalAddress(new DirectoryForm.Address());

        DirectoryEntryRequest request = saved(form, entry);

        assertThat(request.getNames()).containsOnlyKeys("fr");
        assertThat(request.getDescriptions()).isEmpty();
        assertThat(request.getContact().getEmail()).isNull();
        assertThat(request.getContact().getPostalAddress()).isNull();
    }

    @Test
    void the_api_names_fields_by_the_rows_it_was_sent_and_the_form_shows_them_on_its_own_rows() {
        DirectoryForm form = DirectoryForm.of(federalOmbudsman(), VERSION);
        // the first social row blanked, the second (blank) one filled: the API sees one account, at [0]
        form.getContact().getSocialMedia().get(0).setNetwork("");
        form.getContact().getSocialMedia().get(0).setUrl("");
        last(form.getContact().getSocialMedia()).setNetwork("mastodon");
        last(form.getContact().getSocialMedia()).setUrl("not a link");
        form.getCompetences().get(0).setRemove(true);
        last(form.getCompetences()).setTerritory(new ArrayList<>(List.of("XX")));

        EntryForm.Edit edit = form.edit();

        assertThat(edit.formPath().apply("contact.socialMedia[0].url")).isEqualTo("contact.socialMedia[1].url");
        assertThat(edit.formPath().apply("competences[0]")).isEqualTo("competences[1]");
        assertThat(edit.formPath().apply("competences[0].territory")).isEqualTo("competences[1].territory");
        assertThat(edit.formPath().apply("openingHours[0]")).isEqualTo("openingHours[0]");
        assertThat(edit.formPath().apply("names.fr")).isEqualTo("names[fr]");
        assertThat(edit.formPath().apply("contact.email")).isEqualTo("contact.email");
        assertThat(edit.formPath().apply("openingHours[5]"))
                .as("an index the page did not send")
                .isEqualTo("openingHours[5]");
    }

    @Test
    void unreadable_numbers_and_times_are_refused_on_their_fields_before_the_api_is_asked() {
        DirectoryForm form = DirectoryForm.of(federalOmbudsman(), VERSION);
        form.getAdmissibility().setMaxComplaintAgeMonths("twelve");
        last(form.getOpeningHours()).setOpens("9h");
        last(form.getOpeningHours()).setCloses("17:00");

        EntryForm.Edit edit = form.edit();

        assertThat(edit.problems())
                .containsOnly(
                        Map.entry("admissibility.maxComplaintAgeMonths", "directory.error.number"),
                        Map.entry("openingHours[1].day", "directory.error.required"),
                        Map.entry("openingHours[1].opens", "directory.error.time"));
    }

    @Test
    void the_values_compared_after_a_conflict_are_the_shown_ones_and_ignore_blank_rows() {
        ProfileResponse entry = federalOmbudsman();
        Map<String, String> values = DirectoryForm.of(entry, VERSION).values(Locale.ENGLISH);

        assertThat(values)
                .containsEntry("names[fr]", "Le Médiateur fédéral")
                .containsEntry("names[en]", "")
                .containsEntry("languages", "fr, nl")
                .containsEntry("contact.postalAddress", "Rue de Louvain 48, 1000, Bruxelles, BE")
                .containsEntry("contact.socialMedia", "linkedin: https://linkedin.example/fed")
                .containsEntry("openingHours", "Monday 09:00–12:30")
                .containsEntry("admissibility.priorContactRequired", "true")
                .containsEntry("competences", "* FEDERAL BE − SNCB-NMBS, BPOST");
    }
}
