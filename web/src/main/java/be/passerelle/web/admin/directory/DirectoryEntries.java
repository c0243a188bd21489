package be.passerelle.web.admin.directory;

import be.passerelle.client.ApiException;
import be.passerelle.client.ApiResponse;
import be.passerelle.client.api.DirectoryApi;
import be.passerelle.client.model.DirectoryEntryRequest;
import be.passerelle.client.model.HistoryEntryResponse;
import be.passerelle.client.model.InstitutionResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The institution's directory entry over the generated client: reading it with its ETag, replacing it
 * conditionally on the ETag a form was loaded with, and its history. The API's refusals come back as the
 * page shows them: {@link ChangedMeanwhile} (412, or 428) and {@link FieldsRefused} (400, 422).
 */
@Component
class DirectoryEntries {
    /** An entry's ETag as the API sends it (e.g. {@code "12.3"}, weak or strong); anything else is not sent. */
    static final Pattern ETAG = Pattern.compile("(W/)?\"[0-9.]{1,30}\"");

    private static final Set<Integer> FIELD_STATUSES = Set.of(400, 422);
    private static final Set<Integer> STALE_STATUSES = Set.of(412, 428);

    private final PasserelleApi api;
    private final DirectoryApi directory;

    DirectoryEntries(PasserelleApi api) {
        this.api = api;
        this.directory = new DirectoryApi(api.client());
    }

    Loaded read(String slug) {
        try {
            ApiResponse<InstitutionResponse> read =
                    directory.getInstitutionWithHttpInfo(slug, null, null, api.asCurrentUser());
            return new Loaded(read.getData(), etag(read.getHeaders(), read.getData()));
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /**
     * Replaces the entry with what {@code edit} makes of it as it is now, if it is still the version the form
     * was loaded with ({@code If-Match}); a version that is none of the API's is never sent.
     *
     * @throws ChangedMeanwhile when the entry changed since (412), or the version is missing (428)
     * @throws FieldsRefused when the API refuses fields (400, 422)
     */
    void replace(String slug, String version, EntryForm.Edit edit) {
        if (version == null || !ETAG.matcher(version).matches()) {
            throw new ChangedMeanwhile(read(slug));
        }
        Loaded current = read(slug);
        DirectoryEntryRequest request =
                edit.apply().apply(EntryRequests.of(current.institution().getEntry()));
        try {
            directory.replaceInstitution(slug, version, request, null, api.asCurrentUser());
        } catch (ApiException e) {
            if (STALE_STATUSES.contains(e.getCode())) {
                throw new ChangedMeanwhile(read(slug));
            }
            if (FIELD_STATUSES.contains(e.getCode())) {
                throw FormRefused.of(e, api.client().getObjectMapper());
            }
            throw ApiProblem.of(e);
        }
    }

    /** The latest versions of the entry, newest first, with their authors. */
    List<HistoryEntryResponse> history(String slug, int limit) {
        try {
            return directory
                    .listInstitutionHistory(slug, limit, null, api.asCurrentUser())
                    .getItems();
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    private static String etag(Map<String, List<String>> headers, InstitutionResponse institution) {
        if (headers != null) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if ("etag".equalsIgnoreCase(header.getKey())
                        && header.getValue() != null
                        && !header.getValue().isEmpty()
                        && ETAG.matcher(header.getValue().get(0)).matches()) {
                    return header.getValue().get(0);
                }
            }
        }
        throw ApiProblem.of(new ApiException(502, "the directory entry of " + institution.getSlug() + " has no ETag"));
    }

    /** The entry as read, with the ETag that versions it (entry and referral intake). */
    record Loaded(InstitutionResponse institution, String etag) {}

    /** Someone changed the entry since the form was loaded: nothing was saved; here is the entry now. */
    static final class ChangedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Loaded current;

        ChangedMeanwhile(Loaded current) {
            super("the directory entry changed meanwhile");
            this.current = current;
        }

        Loaded current() {
            return current;
        }
    }
}
