package be.passerelle.infra.testing;

import be.passerelle.infra.database.DatabaseRoles;
import java.util.LinkedHashMap;
import java.util.Map;

/** A database prepared for tests: its URL and the three roles' logins (SPEC §1). */
public record TestDatabase(String url, DatabaseRoles.Login owner, DatabaseRoles.Login app, DatabaseRoles.Login system) {

    /** The API's settings for this database ({@code passerelle.db.*}). */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("passerelle.db.url", url);
        properties.put("passerelle.db.owner.user", owner.user());
        properties.put("passerelle.db.owner.password", owner.password());
        properties.put("passerelle.db.app.user", app.user());
        properties.put("passerelle.db.app.password", app.password());
        properties.put("passerelle.db.system.user", system.user());
        properties.put("passerelle.db.system.password", system.password());
        return properties;
    }
}
