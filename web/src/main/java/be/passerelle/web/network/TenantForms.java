package be.passerelle.web.network;

import be.passerelle.client.model.CreateTenantBody;
import be.passerelle.client.model.RateLimitRequest;
import be.passerelle.client.model.TenantResponse;
import be.passerelle.client.model.UpdateTenantBody;
import be.passerelle.web.api.FormRefused;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The tenant forms as posted ({@code null} for what the browser did not send) and the API bodies they make. */
final class TenantForms {
    static final List<String> KINDS = List.of("FEDERAL", "REGIONAL", "COMMUNITY", "LOCAL", "SECTORAL");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");

    private TenantForms() {}

    /** The "new tenant" form: every field {@code POST /tenants} takes, the names in four languages. */
    record Create(String slug, String kind, String adminEmail, String fr, String nl, String de, String en) {
        static Create empty() {
            return new Create("", "", "", "", "", "", "");
        }

        public Texts names() {
            return new Texts(fr, nl, de, en);
        }

        /**
         * The API's body; an unknown kind is left out (the API then names the field).
         *
         * @throws FormRefused when neither a French nor a Dutch name is given (the API requires one)
         */
        CreateTenantBody toBody() {
            if (!names().hasFrenchOrDutch()) {
                throw new FormRefused(400, Map.of("names", ""));
            }
            return new CreateTenantBody()
                    .slug(strip(slug))
                    .kind(kindOf(kind, CreateTenantBody.KindEnum::fromValue))
                    .adminEmail(strip(adminEmail))
                    .names(names().given());
        }
    }

    /** The "edit tenant" form: what {@code PATCH /tenants/{slug}} changes, its names and its kind. */
    record Edit(String kind, String fr, String nl, String de, String en) {
        static Edit of(TenantResponse tenant) {
            Texts names = Texts.of(tenant.getNames());
            return new Edit(tenant.getKind().getValue(), names.fr(), names.nl(), names.de(), names.en());
        }

        public Texts names() {
            return new Texts(fr, nl, de, en);
        }

        /**
         * The merge patch from the stored tenant to this form: changed names (an emptied one as {@code null},
         * which removes it) and the kind if it changed; {@code null} when nothing changed.
         *
         * @throws FormRefused when neither a French nor a Dutch name would remain
         */
        UpdateTenantBody toPatch(TenantResponse stored) {
            if (!names().hasFrenchOrDutch()) {
                throw new FormRefused(400, Map.of("names", ""));
            }
            Map<String, String> changes = names().changesFrom(stored.getNames());
            UpdateTenantBody.KindEnum newKind = kindOf(kind, UpdateTenantBody.KindEnum::fromValue);
            boolean kindChanged = newKind != null
                    && !newKind.getValue().equals(stored.getKind().getValue());
            if (changes.isEmpty() && !kindChanged) {
                return null;
            }
            return new UpdateTenantBody()
                    .names(changes.isEmpty() ? null : changes)
                    .kind(kindChanged ? newKind : null);
        }
    }

    /** The rate-limit form: requests per window, a whole number. */
    record RateLimit(String requestsPerWindow) {
        /** @throws FormRefused when it is not a whole number (the API checks the range) */
        RateLimitRequest toBody() {
            String value = strip(requestsPerWindow);
            if (value == null || !WHOLE_NUMBER.matcher(value).matches()) {
                throw new FormRefused(400, Map.of("requestsPerWindow", ""));
            }
            return new RateLimitRequest().requestsPerWindow(Long.valueOf(value));
        }
    }

    /** The form's field for a field path of the API's tenant bodies. */
    static String formField(String apiField) {
        return Texts.formField(apiField, "names");
    }

    private static <T> T kindOf(String value, java.util.function.Function<String, T> of) {
        return value != null && KINDS.contains(value) ? of.apply(value) : null;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
