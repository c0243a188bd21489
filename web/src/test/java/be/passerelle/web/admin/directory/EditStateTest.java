package be.passerelle.web.admin.directory;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.client.model.DirectoryEntryRequest;
import be.passerelle.client.model.ProfileResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a form shows after a conflict or a refusal, and the intake's form sharing it. */
class EditStateTest {

    @Test
    void a_conflict_shows_the_saved_values_that_differ_from_the_users_only() {
        EditState state = EditState.conflict(
                Map.of("names[fr]", "Mine", "contact.email", "same@example.org"),
                Map.of("names[fr]", "Theirs", "contact.email", "same@example.org", "names[en]", "Added"));

        assertThat(state.conflict()).isTrue();
        assertThat(state.savedMeanwhile())
                .containsOnly(Map.entry("names[fr]", "Theirs"), Map.entry("names[en]", "Added"));
        assertThat(state.changed("contact.email")).isFalse();
        assertThat(state.describedBy("names[fr]")).isEqualTo("names-fr-saved");
        assertThat(state.describedBy("contact.email")).isNull();
    }

    @Test
    void a_field_with_a_problem_and_a_saved_value_is_described_by_both() {
        EditState state = new EditState(
                Map.of("competences[2].territory", new EditState.Problem("directory.error.refused", "unknown area")),
                true,
                Map.of("competences[2].territory", "BE"));

        assertThat(state.describedBy("competences[2].territory"))
                .isEqualTo("competences-2-territory-problem competences-2-territory-saved");
        assertThat(EditState.id("competences[2].territory")).isEqualTo("competences-2-territory");
        assertThat(EditState.id("names[fr]")).isEqualTo("names-fr");
    }

    @Test
    void the_intake_form_changes_the_intake_only() {
        ProfileResponse entry = DirectoryFormTest.federalOmbudsman();
        IntakeForm form = IntakeForm.of(entry, "\"7.2\"");
        assertThat(form.isAcceptsReferrals()).isTrue();
        assertThat(form.getAcknowledgementWorkingDays()).isEqualTo("5");
        form.setAcceptsReferrals(false);
        form.setAcknowledgementWorkingDays(" 12 ");

        DirectoryEntryRequest request = form.edit().apply().apply(EntryRequests.of(entry));

        DirectoryEntryRequest expected = EntryRequests.of(entry);
        expected.getReferralIntake().acceptsReferrals(false).acknowledgementWorkingDays(12);
        assertThat(request).isEqualTo(expected);
        assertThat(form.values(Locale.ENGLISH))
                .containsOnly(Map.entry("acceptsReferrals", "false"), Map.entry("acknowledgementWorkingDays", "12"));
    }

    @Test
    void the_intake_form_refuses_a_deadline_that_is_no_number_and_names_the_apis_fields_as_its_own() {
        IntakeForm form = IntakeForm.of(DirectoryFormTest.federalOmbudsman(), "\"7.2\"");
        form.setAcknowledgementWorkingDays("five");

        EntryForm.Edit edit = form.edit();

        assertThat(edit.problems()).containsOnly(Map.entry("acknowledgementWorkingDays", "directory.error.number"));
        assertThat(edit.formPath().apply("referralIntake.acknowledgementWorkingDays"))
                .isEqualTo("acknowledgementWorkingDays");
    }
}
