package be.passerelle.api.openapi;

import be.passerelle.core.referral.AttachmentType;
import be.passerelle.core.referral.ReferralAttachments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The attachment upload's part {@code file}: its allowed media types (the {@link AttachmentType}s the
 * API recognizes from the bytes) as the part's encoding, and its size limit ({@link
 * ReferralAttachments#MAX_BYTES}, also the multipart limit) in its description and as {@code
 * x-max-bytes}.
 */
final class AttachmentUpload implements OpenApiCustomizer {
    static final String OPERATION = "uploadAttachment";
    static final String PART = "file";

    @Override
    public void customise(OpenAPI openApi) {
        Operation upload = openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> OPERATION.equals(operation.getOperationId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no operation " + OPERATION));
        MediaType multipart = upload.getRequestBody().getContent().get("multipart/form-data");
        String types = Arrays.stream(AttachmentType.values())
                .map(AttachmentType::mediaType)
                .collect(Collectors.joining(", "));
        multipart.addEncoding(PART, new Encoding().contentType(types));
        Schema<?> file = (Schema<?>) multipart.getSchema().getProperties().get(PART);
        file.setDescription("The file: " + types + ", recognized from its bytes; at most "
                + ReferralAttachments.MAX_BYTES + " bytes (larger: 413; another type: 415)");
        file.addExtension("x-max-bytes", ReferralAttachments.MAX_BYTES);
    }
}
