package be.passerelle.api.referral;

import be.passerelle.core.referral.Attachment;
import be.passerelle.core.referral.AttachmentDownload;
import be.passerelle.core.referral.ReferralAttachments;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /api/v1/referrals/{id}/attachments}: files exchanged by the two institutions. */
@RestController
@RequestMapping("/api/v1/referrals/{id}/attachments")
@Tag(name = "Referrals")
class AttachmentController {
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private static final int MAX_MIB = ReferralAttachments.MAX_BYTES / (1024 * 1024);

    private final ReferralAttachments attachments;

    AttachmentController(ReferralAttachments attachments) {
        this.attachments = attachments;
    }

    /**
     * An attachment, without its content.
     *
     * @param fileName absent once erased
     * @param mediaType the type recognized from the content
     * @param size in bytes
     * @param tenant the uploading institution
     * @param erased true once the content is gone with the personal data
     */
    record AttachmentResponse(
            UUID id,
            @Schema(nullable = true) String fileName,
            String mediaType,
            int size,
            String tenant,
            String uploaderName,
            boolean erased,
            Instant createdAt) {
        static AttachmentResponse of(Attachment a) {
            return new AttachmentResponse(
                    a.id(),
                    a.fileName().orElse(null),
                    a.mediaType(),
                    a.size(),
                    a.uploaderTenant().slug().value(),
                    a.uploaderName(),
                    a.erased(),
                    a.createdAt());
        }
    }

    /** @param items the attachments, oldest first */
    record AttachmentListResponse(List<AttachmentResponse> items) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "uploadAttachment",
            summary = "Attach a file (PDF, PNG or JPEG, at most " + MAX_MIB + " MiB)",
            description = "The type is recognized from the bytes; a declared type that disagrees is refused.")
    @ApiResponse(responseCode = "201", description = "Stored (encrypted)")
    @ApiResponse(
            responseCode = "413",
            description = "Larger than " + MAX_MIB + " MiB",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(
            responseCode = "415",
            description = "Not a PDF, PNG or JPEG file, or not what its declared type says",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(
            responseCode = "422",
            description = "Refused by the virus scanner",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<AttachmentResponse> upload(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @RequestPart("file") MultipartFile file) {
        Optional<String> declared = Optional.ofNullable(file.getContentType())
                .filter(type -> !type.isBlank() && !type.equals(MediaType.APPLICATION_OCTET_STREAM_VALUE));
        Attachment stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.upload(context, id, file.getOriginalFilename(), declared, content);
        } catch (IOException e) {
            throw new InvalidInput("the file could not be read");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/referrals/" + id + "/attachments/" + stored.id()))
                .body(AttachmentResponse.of(stored));
    }

    @GetMapping
    @Operation(
            operationId = "listAttachments",
            summary = "The referral's attachments",
            description = "The files' names, types, sizes and uploaders, not their content. For the referral's "
                    + "two institutions only (404 for any other tenant). An erased attachment keeps its "
                    + "type, size and dates, not its name.")
    AttachmentListResponse list(
            CallContext context, @Parameter(description = "the referral's id") @PathVariable UUID id) {
        return new AttachmentListResponse(attachments.list(context, id).stream()
                .map(AttachmentResponse::of)
                .toList());
    }

    @GetMapping("/{attachmentId}")
    @Operation(
            operationId = "downloadAttachment",
            summary = "Download an attachment (Content-Disposition: attachment)",
            description = "The bytes as uploaded, in the type recognized from them at upload, as an attachment "
                    + "(never rendered inline). For the referral's two institutions only; 404 for any other "
                    + "tenant and once the content was erased with the personal data.")
    @ApiResponse(
            responseCode = "200",
            description = "The file, in the type recognized when it was uploaded",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))
            })
    ResponseEntity<StreamingResponseBody> download(
            CallContext context,
            @Parameter(description = "the referral's id") @PathVariable UUID id,
            @Parameter(description = "the attachment's id") @PathVariable UUID attachmentId) {
        AttachmentDownload file = attachments.download(context, id, attachmentId);
        String name = file.attachment().fileName().orElse("attachment");
        StreamingResponseBody body = file.content()::writeTo;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .contentLength(file.attachment().size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
