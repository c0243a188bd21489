package be.passerelle.web.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.Problem;
import be.passerelle.client.model.ReferralResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralPageTest {

    @ParameterizedTest(name = "{0} sees {2} in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nrj|SENT|acknowledge accept decline forward",
                "nrj|ACKNOWLEDGED|accept decline forward",
                "nrj|ACCEPTED|close",
                "nrj|CLOSED|''",
                "nrj|DECLINED|''",
                "wal|SENT|withdraw",
                "wal|ACKNOWLEDGED|withdraw",
                "wal|ACCEPTED|''",
                "wal|WITHDRAWN|''",
                "fed|SENT|''"
            })
    void the_actions_follow_the_state_and_the_callers_side(String institution, String state, String expected) {
        ReferralResponse referral =
                new ReferralResponse().sender("wal").receiver("nrj").state(ReferralResponse.StateEnum.fromValue(state));
        ReferralDetails.Details details =
                new ReferralDetails.Details(referral, "\"1\"", institution, List.of(), List.of(), List.of());

        assertThat(String.join(" ", ReferralPageController.actions(details))).isEqualTo(expected);
    }

    @Test
    void a_refusal_shows_the_pages_message_for_its_status_and_the_fields_next_to_their_inputs() {
        Problem problem = new Problem().status(400).title("Bad Request").type("about:blank");
        problem.addErrorsItem(new FieldError().field("reason").message("must not be blank"));
        ActionRefused.Shown shown = new ActionRefused("decline", 400, problem).shown();

        assertThat(shown.messageKey()).isEqualTo("referral.refused.400");
        assertThat(shown.about("decline")).isTrue();
        assertThat(shown.about("accept")).isFalse();
        assertThat(shown.hasField("decline", "reason")).isTrue();
        assertThat(shown.hasField("decline", "suggestedReceiver")).isFalse();
        assertThat(shown.fieldMessage("decline", "reason")).isEqualTo("must not be blank");
        assertThat(shown.stale()).isFalse();
        assertThat(new ActionRefused("accept", 412, null).shown().stale()).isTrue();
        assertThat(new ActionRefused("accept", 418, null).shown().messageKey()).isEqualTo("referral.refused.other");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "facture.pdf|facture.pdf",
                "../../etc/passwd|passwd",
                "C:\\Users\\x\\scan.png|scan.png",
                ".hidden|attachment.hidden",
                "''|attachment",
                "a<b>.png|a_b_.png"
            })
    void an_uploaded_file_keeps_only_a_safe_name(String name, String expected) {
        assertThat(ReferralDetails.safeFileName(name)).isEqualTo(expected);
    }
}
