package be.passerelle.api.openapi;

import be.passerelle.core.directory.AdminLevel;
import be.passerelle.core.directory.AreaKind;
import be.passerelle.core.directory.Coverage;
import be.passerelle.core.directory.ReasonCode;
import be.passerelle.core.notification.IntakeAddressStatus;
import be.passerelle.core.notification.NotificationDelivery;
import be.passerelle.core.notification.NotificationKind;
import be.passerelle.core.referral.CloseOutcome;
import be.passerelle.core.referral.ReferralQuery;
import be.passerelle.core.referral.ReferralState;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantStatus;
import be.passerelle.core.tenant.StaffRoles;
import be.passerelle.core.webhook.WebhookEventType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The fixed value sets of the API as enums, taken from the Java enums and sets the API checks its
 * input against and writes its output from (never a second list), and every pattern anchored
 * ({@code ^…$}: the API matches a {@code @Pattern} against the whole value, JSON Schema anywhere in
 * it). A property is named {@code Schema.property}, its items {@code Schema.property[]}, the
 * language keys of a map {@code Schema.property{}}; a parameter {@code operationId in name}. A name
 * that the document lacks is a mistake, so it fails the document's generation.
 */
final class FixedValues implements OpenApiCustomizer {
    private static final List<String> STATES = names(ReferralState.values());
    private static final List<String> OUTCOMES = names(CloseOutcome.values());
    private static final List<String> LANGUAGES = values(Language.values(), Language::code);
    private static final List<String> EVENTS = values(WebhookEventType.values(), WebhookEventType::wireName);
    private static final List<String> SCOPES = values(ApiScope.values(), ApiScope::value);
    private static final List<String> STAFF_ROLES =
            values(StaffRoles.grantable().stream().sorted().toArray(Role[]::new), Role::claimValue);
    private static final List<String> ROLES = values(Role.values(), Role::claimValue);
    private static final List<String> TENANT_KINDS = names(TenantKind.values());
    private static final List<String> ADMIN_LEVELS = names(AdminLevel.values());

    /** The schema properties with a fixed value set. */
    static final Map<String, List<String>> PROPERTIES = Map.ofEntries(
            Map.entry("ReferralResponse.state", STATES),
            Map.entry("ReferralListItem.state", STATES),
            Map.entry("ForwardedTo.state", STATES),
            Map.entry("StatusResponse.state", STATES),
            Map.entry("ReferralEventResponse.from", STATES),
            Map.entry("ReferralEventResponse.to", STATES),
            Map.entry("ReferralResponse.outcome", OUTCOMES),
            Map.entry("CloseRequest.outcome", OUTCOMES),
            Map.entry("ReferralResponse.language", LANGUAGES),
            Map.entry("ReferralResponse.citizenLanguage", LANGUAGES),
            Map.entry("ReferralListItem.language", LANGUAGES),
            Map.entry("CitizenResponse.preferredLanguage", LANGUAGES),
            Map.entry("CitizenRequest.preferredLanguage", LANGUAGES),
            Map.entry("CreateReferralBody.language", LANGUAGES),
            Map.entry("StatusResponse.language", LANGUAGES),
            Map.entry("MatchRequest.language", LANGUAGES),
            Map.entry("MatchResponse.language", LANGUAGES),
            Map.entry("DirectoryEntryRequest.languages[]", LANGUAGES),
            Map.entry("ProfileResponse.languages[]", LANGUAGES),
            Map.entry("TenantResponse.languages[]", LANGUAGES),
            Map.entry("CreateTenantBody.names{}", LANGUAGES),
            Map.entry("UpdateTenantBody.names{}", LANGUAGES),
            Map.entry("DirectoryEntryRequest.names{}", LANGUAGES),
            Map.entry("DirectoryEntryRequest.descriptions{}", LANGUAGES),
            Map.entry("Labels.labels{}", LANGUAGES),
            Map.entry("WebhookRequest.events[]", EVENTS),
            Map.entry("WebhookResponse.events[]", EVENTS),
            Map.entry("RegisteredWebhookResponse.events[]", EVENTS),
            Map.entry("DeliveryResponse.eventType", EVENTS),
            Map.entry("CreateApiClientBody.scopes[]", SCOPES),
            Map.entry("ApiClientResponse.scopes[]", SCOPES),
            Map.entry("NewApiClientResponse.scopes[]", SCOPES),
            Map.entry("InviteStaffBody.roles[]", STAFF_ROLES),
            Map.entry("ChangeStaffBody.roles[]", STAFF_ROLES),
            Map.entry("StaffResponse.roles[]", STAFF_ROLES),
            Map.entry("MeResponse.roles[]", ROLES),
            Map.entry("TenantResponse.kind", TENANT_KINDS),
            Map.entry("TenantSummary.kind", TENANT_KINDS),
            Map.entry("InstitutionResponse.kind", TENANT_KINDS),
            Map.entry("Institution.kind", TENANT_KINDS),
            Map.entry("TenantResponse.status", names(TenantStatus.values())),
            Map.entry("BodyResponse.adminLevel", ADMIN_LEVELS),
            Map.entry("CompetenceResponse.adminLevel", ADMIN_LEVELS),
            Map.entry("CandidateResponse.coverage", names(Coverage.values())),
            Map.entry("AreaResponse.kind", names(AreaKind.values())),
            Map.entry("Text.code", names(ReasonCode.values())),
            Map.entry("PreferenceResponse.kind", names(NotificationKind.values())),
            Map.entry("PreferenceResponse.delivery", names(NotificationDelivery.values())),
            Map.entry("PreferenceResponse.audience", names(NotificationKind.Audience.values())),
            Map.entry("NotificationSettingsResponse.intakeAddressStatus", names(IntakeAddressStatus.values())));

    /** The parameters with a fixed value set. */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            "listReferrals query box",
                    values(ReferralQuery.Box.values(), box -> box.name().toLowerCase(Locale.ROOT)),
            "listReferrals query state", STATES,
            "searchInstitutions query language", LANGUAGES);

    @Override
    public void customise(OpenAPI openApi) {
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        PROPERTIES.forEach((name, values) -> {
            String schemaName = name.substring(0, name.indexOf('.'));
            String property =
                    name.substring(name.indexOf('.') + 1).replace("[]", "").replace("{}", "");
            Schema<?> schema = schemas.get(schemaName);
            Schema<?> target = schema == null || schema.getProperties() == null
                    ? null
                    : schema.getProperties().get(property);
            if (target != null && name.endsWith("[]")) {
                target = target.getItems();
            }
            if (target == null) {
                throw new IllegalStateException("no " + name + " in the OpenAPI document");
            }
            if (name.endsWith("{}")) {
                target.setPropertyNames(new JsonSchema());
                enumerate(target.getPropertyNames(), values);
            } else {
                enumerate(target, values);
            }
        });
        Map<String, Parameter> parameters = new java.util.HashMap<>();
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation
                                .getParameters()
                                .forEach(parameter -> parameters.put(
                                        operation.getOperationId() + " " + parameter.getIn() + " "
                                                + parameter.getName(),
                                        parameter));
                    }
                }));
        PARAMETERS.forEach((name, values) -> {
            Parameter parameter = parameters.get(name);
            if (parameter == null) {
                throw new IllegalStateException("no parameter " + name + " in the OpenAPI document");
            }
            enumerate(parameter.getSchema(), values);
        });
        schemas.values().forEach(FixedValues::anchor);
        parameters.values().forEach(parameter -> anchor(parameter.getSchema()));
    }

    /** The schema takes one of the values (or null where it is nullable); the enum replaces its pattern. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void enumerate(Schema schema, List<String> values) {
        List<Object> allowed = new ArrayList<>(values);
        if (Boolean.TRUE.equals(schema.getNullable())
                || (schema.getTypes() != null && schema.getTypes().contains("null"))) {
            allowed.add(null);
        }
        schema.setEnum(allowed);
        schema.setPattern(null);
    }

    /** Anchors the patterns of the schema and of the schemas inside it. */
    private static void anchor(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        children(schema).forEach(FixedValues::anchor);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Stream<Schema<?>> children(Schema<?> schema) {
        List<Schema<?>> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll((Collection) schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getPropertyNames());
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            children.add(values);
        }
        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())
                .filter(Objects::nonNull)
                .forEach(list -> children.addAll((Collection) list));
        return children.stream().filter(Objects::nonNull);
    }

    private static <E extends Enum<E>> List<String> names(E[] constants) {
        return values(constants, Enum::name);
    }

    private static <E> List<String> values(E[] constants, Function<E, String> value) {
        return Arrays.stream(constants).map(value).toList();
    }
}
