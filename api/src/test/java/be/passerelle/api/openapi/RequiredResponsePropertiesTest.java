package be.passerelle.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredResponsePropertiesTest {

    @Test
    void non_nullable_properties_of_response_only_schemas_become_required() {
        Schema<?> shared = object().addProperty("name", string());
        Schema<?> request = object().addProperty("shared", ref("Shared")).addProperty("note", string());
        Schema<?> response = object().addProperty("id", string())
                .addProperty("shared", ref("Shared"))
                .addProperty("comment", new JsonSchema().types(Set.of("string", "null")))
                .addProperty(
                        "parent", new JsonSchema().anyOf(List.of(ref("Thing"), new JsonSchema().types(Set.of("null")))))
                .addProperty("items", list(ref("Item")));
        Schema<?> item = object().addProperty("code", string());
        Schema<?> declared = object().addProperty("a", string()).addProperty("b", string());
        declared.setRequired(List.of("a"));
        response.addProperty("declared", ref("Declared"));
        OpenAPI openApi = new OpenAPI()
                .components(new Components()
                        .addSchemas("Shared", shared)
                        .addSchemas("Request", request)
                        .addSchemas("Thing", response)
                        .addSchemas("Item", item)
                        .addSchemas("Declared", declared))
                .paths(new Paths()
                        .addPathItem(
                                "/things",
                                new PathItem()
                                        .post(new Operation()
                                                .requestBody(new RequestBody().content(json(ref("Request"))))
                                                .responses(new ApiResponses()
                                                        .addApiResponse(
                                                                "201",
                                                                new ApiResponse().content(json(ref("Thing"))))))));

        new RequiredResponseProperties().customise(openApi);

        assertThat(response.getRequired()).containsExactlyInAnyOrder("id", "shared", "items", "declared");
        assertThat(item.getRequired()).containsExactly("code");
        assertThat(shared.getRequired()).as("also a request's").isNull();
        assertThat(request.getRequired()).isNull();
        assertThat(declared.getRequired()).as("already declared").containsExactly("a");
    }

    private static Schema<?> object() {
        return new JsonSchema().types(Set.of("object"));
    }

    private static Schema<?> list(Schema<?> items) {
        Schema<?> list = new JsonSchema();
        list.setTypes(Set.of("array"));
        list.setItems(items);
        return list;
    }

    private static Schema<?> string() {
        return new JsonSchema().types(Set.of("string"));
    }

    private static Schema<?> ref(String name) {
        return new JsonSchema().$ref("#/components/schemas/" + name);
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }
}
