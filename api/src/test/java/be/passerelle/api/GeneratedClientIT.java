package be.passerelle.api;

import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.passerelle.client.ApiClient;
import be.passerelle.client.ApiException;
import be.passerelle.client.ApiResponse;
import be.passerelle.client.api.ReferralsApi;
import be.passerelle.client.api.StatisticsApi;
import be.passerelle.client.model.AttachmentResponse;
import be.passerelle.client.model.CreateReferralBody;
import be.passerelle.client.model.MessageResponse;
import be.passerelle.client.model.NewMessageRequest;
import be.passerelle.client.model.Problem;
import be.passerelle.client.model.ReferralFlowResponse;
import be.passerelle.client.model.ReferralResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.File;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API as an integrator meets it: only through the Java client generated from the committed
 * document (the {@code client} module), against the real stack, each answer checked against the
 * document on the way ({@link ConformanceCheckingHttpClient}). The tokens come from Keycloak's token
 * endpoint; everything else is the generated client's.
 *
 * <p>Values the document may type as enums (a referral's state, a problem's {@code currentState}) are
 * compared through {@link String#valueOf}, so that a string becoming a generated enum changes nothing.
 */
class GeneratedClientIT extends ApiIntegrationTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path files;

    @Test
    void an_integrator_refers_accepts_talks_attaches_and_reads_the_flows_through_the_generated_client()
            throws Exception {
        ReferralsApi sender = new ReferralsApi(clientOf(WAL.agent()));
        ApiClient receiverClient = clientOf(NRJ.agent());
        ReferralsApi receiver = new ReferralsApi(receiverClient);

        // create, with an Idempotency-Key: the retry gets the same referral back
        CreateReferralBody body = asModel(aReferral().from(WAL).to(NRJ).toString(), CreateReferralBody.class);
        String key = UUID.randomUUID().toString();
        ApiResponse<ReferralResponse> created = sender.createReferralWithHttpInfo(body, key);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(String.valueOf(created.getData().getState())).isEqualTo("SENT");
        assertThat(created.getData().getAccessCode()).isNotBlank();
        assertThat(header(created, "Location"))
                .endsWith("/api/v1/referrals/" + created.getData().getId());
        ApiResponse<ReferralResponse> retried = sender.createReferralWithHttpInfo(body, key);
        assertThat(retried.getStatusCode()).isEqualTo(201);
        assertThat(header(retried, "Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.getData().getId()).isEqualTo(created.getData().getId());
        assertThat(retried.getData().getReference()).isEqualTo(created.getData().getReference());
        UUID id = created.getData().getId();

        // the receiver reads it and accepts it on the version it read (If-Match from the ETag)
        ApiResponse<ReferralResponse> read = receiver.getReferralWithHttpInfo(id);
        String etag = header(read, "ETag");
        assertThat(etag).isEqualTo("\"" + read.getData().getVersion() + "\"");
        ApiResponse<ReferralResponse> accepted = receiver.acceptReferralWithHttpInfo(id, etag);
        assertThat(String.valueOf(accepted.getData().getState())).isEqualTo("ACCEPTED");
        assertThat(header(accepted, "ETag")).isNotEqualTo(etag);

        // accepting again is an illegal transition: a typed RFC 9457 problem naming the current state
        ApiException conflict =
                catchThrowableOfType(ApiException.class, () -> receiver.acceptReferral(id, header(accepted, "ETag")));
        assertThat(conflict.getCode()).isEqualTo(409);
        assertThat(conflict.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = receiverClient.getObjectMapper().readValue(conflict.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo("/problems/illegal-transition");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(String.valueOf(problem.getCurrentState())).isEqualTo("ACCEPTED");

        // a message, then an attachment uploaded by the receiver and downloaded by the sender
        MessageResponse message =
                receiver.postMessage(id, asModel(ReferralFixtures.aMessage(), NewMessageRequest.class));
        assertThat(sender.listMessages(id, 10, null).getItems())
                .extracting(MessageResponse::getId)
                .contains(message.getId());
        byte[] pdf = ("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF").getBytes(StandardCharsets.ISO_8859_1);
        Path upload = Files.write(files.resolve("facture.pdf"), pdf);
        ApiResponse<AttachmentResponse> attached = receiver.uploadAttachmentWithHttpInfo(id, upload.toFile());
        assertThat(attached.getStatusCode()).isEqualTo(201);
        assertThat(attached.getData().getMediaType()).isEqualTo("application/pdf");
        ApiResponse<File> downloaded =
                sender.downloadAttachmentWithHttpInfo(id, attached.getData().getId());
        assertThat(header(downloaded, "Content-Type")).startsWith("application/pdf");
        assertThat(Files.readAllBytes(downloaded.getData().toPath())).isEqualTo(pdf);

        // the public referral flows of the year, and their ETag for a conditional read
        int year = LocalDate.now(BRUSSELS).getYear();
        ApiResponse<ReferralFlowResponse> flows =
                new StatisticsApi(clientOf(null)).getReferralFlowsWithHttpInfo(year, null);
        assertThat(flows.getStatusCode()).isEqualTo(200);
        assertThat(flows.getData().getYear()).isEqualTo(year);
        assertThat(flows.getData().getFlows()).isNotNull();
        assertThat(header(flows, "ETag")).isNotBlank();
    }

    /** A client of the running API with {@code username}'s bearer token (none when null). */
    private ApiClient clientOf(String username) {
        String token = username == null ? null : tokenOf(username);
        ApiClient client = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return new ConformanceCheckingHttpClient(super.getHttpClient(), OpenApiConformance.committed());
            }
        };
        client.updateBaseUri("http://localhost:" + port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** The fixture's JSON as the generated model (so that the fixture stays the one source of a valid body). */
    private static <T> T asModel(String json, Class<T> type) throws JsonProcessingException {
        return ApiClient.createDefaultObjectMapper().readValue(json, type);
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .map(values -> values.get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
}
