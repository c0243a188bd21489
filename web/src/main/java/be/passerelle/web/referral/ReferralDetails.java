package be.passerelle.web.referral;

import be.passerelle.client.ApiClient;
import be.passerelle.client.ApiException;
import be.passerelle.client.ApiResponse;
import be.passerelle.client.api.CallerApi;
import be.passerelle.client.api.ReferralsApi;
import be.passerelle.client.model.AssignRequest;
import be.passerelle.client.model.AssignableStaffMember;
import be.passerelle.client.model.AttachmentResponse;
import be.passerelle.client.model.CloseRequest;
import be.passerelle.client.model.ConsentRequest;
import be.passerelle.client.model.DeclineRequest;
import be.passerelle.client.model.ForwardRequest;
import be.passerelle.client.model.MeResponse;
import be.passerelle.client.model.MessageResponse;
import be.passerelle.client.model.NewMessageRequest;
import be.passerelle.client.model.Problem;
import be.passerelle.client.model.ReferralEventResponse;
import be.passerelle.client.model.ReferralResponse;
import be.passerelle.client.model.WithdrawRequest;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.PasserelleApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The operations of one referral's page, over the generated client: reading it (with its ETag, timeline,
 * messages and attachments), its state changes (each conditional on the ETag the page read), messages,
 * attachments and erasure. A refusal of the API becomes an {@link ActionRefused} for the page to show
 * next to the action; a referral that cannot be read is an {@link ApiProblem} (the problem page).
 */
@Component
class ReferralDetails {
    /** A referral's ETag as the API sends it: its version, quoted (weak or strong). */
    private static final Pattern ETAG = Pattern.compile("(W/)?\"[0-9]{1,10}\"");

    private static final int MESSAGES = 100;

    private final PasserelleApi api;
    private final ReferralsApi referrals;
    private final CallerApi caller;

    ReferralDetails(PasserelleApi api) {
        this.api = api;
        this.referrals = new ReferralsApi(api.client());
        this.caller = new CallerApi(api.client());
    }

    /** Everything the page shows, or the API's refusal (404 for another institution's referral). */
    Details read(UUID id) {
        try {
            Map<String, String> headers = api.asCurrentUser();
            ApiResponse<ReferralResponse> read = referrals.getReferralWithHttpInfo(id, headers);
            ReferralResponse referral = read.getData();
            String etag = header(read.getHeaders(), "ETag");
            if (etag == null || !ETAG.matcher(etag).matches()) {
                etag = "\"" + referral.getVersion() + "\"";
            }
            MeResponse me = caller.getMe(headers);
            String institution = me.getTenant().getSlug();
            List<ReferralEventResponse> events =
                    referrals.listReferralEvents(id, headers).getItems();
            List<MessageResponse> messages =
                    referrals.listMessages(id, MESSAGES, null, headers).getItems();
            List<AttachmentResponse> attachments =
                    referrals.listAttachments(id, headers).getItems();
            List<AssignableStaffMember> colleagues =
                    referrals.listAssignableStaff(id, headers).getItems();
            return new Details(
                    referral,
                    etag,
                    institution,
                    events.stream()
                            .sorted(Comparator.comparing(ReferralEventResponse::getOccurredAt))
                            .toList(),
                    messages.stream()
                            .sorted(Comparator.comparing(MessageResponse::getCreatedAt))
                            .toList(),
                    attachments,
                    me.getUserId(),
                    colleagues);
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    void acknowledge(UUID id, String etag) {
        refusing("acknowledge", () -> referrals.acknowledgeReferral(id, ifMatch(etag), api.asCurrentUser()));
    }

    void accept(UUID id, String etag) {
        refusing("accept", () -> referrals.acceptReferral(id, ifMatch(etag), api.asCurrentUser()));
    }

    void decline(UUID id, String etag, String reason, String suggestedReceiver, String reasonCode) {
        DeclineRequest body = new DeclineRequest().reason(Objects.requireNonNullElse(reason, ""));
        try {
            body.reasonCode(DeclineRequest.ReasonCodeEnum.fromValue(Objects.requireNonNullElse(reasonCode, "OTHER")));
        } catch (IllegalArgumentException e) {
            throw ActionRefused.invalid("decline", "reasonCode");
        }
        if (suggestedReceiver != null && !suggestedReceiver.isBlank()) {
            body.suggestedReceiver(suggestedReceiver.strip());
        }
        refusing("decline", () -> referrals.declineReferral(id, body, ifMatch(etag), api.asCurrentUser()));
    }

    /** Forwards with the citizen's fresh consent (given now, for the new receiver). */
    void forward(UUID id, String etag, String receiver, String note, Consent consent) {
        ForwardRequest body = new ForwardRequest()
                .receiver(Objects.requireNonNullElse(receiver, "").strip());
        if (note != null && !note.isBlank()) {
            body.note(note);
        }
        if (consent != null) {
            body.consent(new ConsentRequest()
                    .given(consent.given())
                    .obtainedAt(consent.obtainedAt())
                    .channel(consent.channel())
                    .textVersion(consent.textVersion()));
        }
        refusing("forward", () -> referrals.forwardReferral(id, body, ifMatch(etag), api.asCurrentUser()));
    }

    void close(UUID id, String etag, String outcome) {
        CloseRequest.OutcomeEnum value;
        try {
            value = CloseRequest.OutcomeEnum.fromValue(outcome);
        } catch (IllegalArgumentException e) {
            throw ActionRefused.invalid("close", "outcome");
        }
        refusing(
                "close",
                () -> referrals.closeReferral(
                        id, new CloseRequest().outcome(value), ifMatch(etag), api.asCurrentUser()));
    }

    void withdraw(UUID id, String etag, String reason) {
        WithdrawRequest body = new WithdrawRequest().reason(Objects.requireNonNullElse(reason, ""));
        refusing("withdraw", () -> referrals.withdrawReferral(id, body, ifMatch(etag), api.asCurrentUser()));
    }

    /** Assigns the referral, on the user's institution's side, to one of its staff. */
    void assign(UUID id, String assigneeId) {
        if (assigneeId == null || assigneeId.isBlank()) {
            throw ActionRefused.invalid("assignment", "assigneeId");
        }
        AssignRequest body = new AssignRequest().assigneeId(assigneeId.strip());
        refusing("assignment", () -> referrals.setReferralAssignment(id, body, api.asCurrentUser()));
    }

    void unassign(UUID id) {
        refusing("assignment", () -> {
            referrals.removeReferralAssignment(id, api.asCurrentUser());
            return null;
        });
    }

    void postMessage(UUID id, String text) {
        NewMessageRequest body = new NewMessageRequest().body(Objects.requireNonNullElse(text, ""));
        refusing("message", () -> referrals.postMessage(id, body, api.asCurrentUser()));
    }

    void erase(UUID id) {
        refusing("erase", () -> referrals.eraseReferralPersonalData(id, api.asCurrentUser()));
    }

    /**
     * Uploads the file under its own name. The generated client sends a {@link java.io.File}: the upload is
     * copied into a private temporary directory for the call and deleted right after.
     */
    void upload(UUID id, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ActionRefused.invalid("attachment", "file");
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("passerelle-upload-");
            Path copy = directory.resolve(safeFileName(file.getOriginalFilename()));
            file.transferTo(copy);
            refusing("attachment", () -> referrals.uploadAttachment(id, copy.toFile(), api.asCurrentUser()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    /**
     * Streams an attachment from the API to the browser in the type the API recognized, without a copy on
     * disk: the request goes through the generated client's HTTP client, base URI and interceptor (its
     * {@code downloadAttachment} would spool the decrypted file into a temporary file first).
     */
    void download(UUID id, UUID attachmentId, HttpServletResponse response) {
        ApiClient client = api.client();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri()
                        + "/api/v1/referrals/" + ApiClient.urlEncode(id.toString())
                        + "/attachments/" + ApiClient.urlEncode(attachmentId.toString())))
                .header("Accept", "application/pdf, image/jpeg, image/png, application/problem+json")
                .GET();
        api.asCurrentUser().forEach(request::header);
        if (client.getReadTimeout() != null) {
            request.timeout(client.getReadTimeout());
        }
        if (client.getRequestInterceptor() != null) {
            client.getRequestInterceptor().accept(request);
        }
        try {
            HttpResponse<InputStream> answer =
                    client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                if (answer.statusCode() != 200) {
                    throw ApiProblem.of(new ApiException(answer.statusCode(), "downloadAttachment"));
                }
                response.setContentType(
                        answer.headers().firstValue("Content-Type").orElse("application/octet-stream"));
                answer.headers().firstValueAsLong("Content-Length").ifPresent(response::setContentLengthLong);
                response.setHeader(
                        "Content-Disposition",
                        answer.headers().firstValue("Content-Disposition").orElse("attachment"));
                response.setHeader("Cache-Control", "no-store");
                try (OutputStream out = response.getOutputStream()) {
                    body.transferTo(out);
                }
            }
        } catch (IOException e) {
            throw ApiProblem.of(new ApiException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblem.of(new ApiException(e));
        }
    }

    private interface Call {
        Object run() throws ApiException;
    }

    private void refusing(String action, Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            if (e.getCode() == 0 || e.getCode() == 401 || e.getCode() >= 500) {
                throw ApiProblem.of(e);
            }
            throw new ActionRefused(action, e.getCode(), problemOf(e));
        }
    }

    private Problem problemOf(ApiException e) {
        String body = e.getResponseBody();
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return api.client().getObjectMapper().readValue(body, Problem.class);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The ETag the page read, as {@code If-Match}; a tampered one is refused here, not sent. */
    private static String ifMatch(String etag) {
        if (etag == null || !ETAG.matcher(etag).matches()) {
            throw new ActionRefused("version", 412, null);
        }
        return etag;
    }

    static String safeFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[^\\p{L}\\p{N}._ -]", "_")
                .strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "attachment" + base;
        }
        return base.length() > 120 ? base.substring(base.length() - 120) : base;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            directory.toFile().deleteOnExit();
        }
    }

    /** The citizen's consent to the forward, as the caseworker records it. */
    record Consent(boolean given, OffsetDateTime obtainedAt, String channel, String textVersion) {}

    /**
     * A referral as read for its page.
     *
     * @param etag the ETag read, sent back as {@code If-Match} by the page's actions
     * @param institution the caller's institution (slug): tells the sender's side from the receiver's
     * @param userId the caller's user id (for "assign to me")
     * @param colleagues whom the caller may assign the referral to
     */
    record Details(
            ReferralResponse referral,
            String etag,
            String institution,
            List<ReferralEventResponse> events,
            List<MessageResponse> messages,
            List<AttachmentResponse> attachments,
            String userId,
            List<AssignableStaffMember> colleagues) {

        Details(
                ReferralResponse referral,
                String etag,
                String institution,
                List<ReferralEventResponse> events,
                List<MessageResponse> messages,
                List<AttachmentResponse> attachments) {
            this(referral, etag, institution, events, messages, attachments, "", List.of());
        }

        /** Whether the referral is assigned to the caller in its institution. */
        public boolean assignedToMe() {
            return referral.getAssignment() != null
                    && userId.equals(referral.getAssignment().getAssigneeId());
        }
    }
}
