package be.passerelle.infra.seed;

import be.passerelle.core.seed.NetworkSeed;
import be.passerelle.core.seed.SeedInstitution;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the network seed file ({@code seed/belgian-ombudsman-network.json} on the classpath). */
public final class NetworkSeedFile {
    public static final String CLASSPATH_LOCATION = "seed/belgian-ombudsman-network.json";

    private NetworkSeedFile() {}

    public static NetworkSeed bundled() {
        try (InputStream in = NetworkSeedFile.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("the seed file is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NetworkSeed read(InputStream in) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        List<SeedInstitution> institutions = new ArrayList<>();
        for (JsonNode node : root.path("institutions")) {
            Map<Language, String> names = new EnumMap<>(Language.class);
            node.path("names")
                    .properties()
                    .forEach(e -> Language.fromCode(e.getKey())
                            .ifPresent(l -> names.put(l, e.getValue().asString())));
            List<Language> languages = new ArrayList<>();
            node.path("languages").forEach(l -> Language.fromCode(l.asString()).ifPresent(languages::add));
            institutions.add(new SeedInstitution(
                    new TenantSlug(node.path("slug").asString()),
                    TenantKind.valueOf(node.path("kind").asString()),
                    new LocalizedText(names),
                    languages,
                    node.path("acknowledgementWorkingDays").asInt(5)));
        }
        return new NetworkSeed(root.path("version").asString(), institutions);
    }
}
