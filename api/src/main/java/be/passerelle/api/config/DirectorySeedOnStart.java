package be.passerelle.api.config;

import be.passerelle.core.directory.ImportDirectorySeed;
import be.passerelle.infra.seed.DirectorySeedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the directory part of the bundled seed data ({@code passerelle.seed.import-on-start}) once
 * the application runners, among them {@link SeedOnStart} which creates the tenants, have run.
 * Idempotent: entries that exist (edited or not) are left as they are.
 */
@Component
@ConditionalOnProperty(name = "passerelle.seed.import-on-start", havingValue = "true")
class DirectorySeedOnStart {
    private static final Logger log = LoggerFactory.getLogger(DirectorySeedOnStart.class);

    private final ImportDirectorySeed importDirectorySeed;

    DirectorySeedOnStart(ImportDirectorySeed importDirectorySeed) {
        this.importDirectorySeed = importDirectorySeed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importDirectory() {
        int created = importDirectorySeed.run(DirectorySeedFile.bundled(), "seed-on-start");
        log.info("directory seed imported: {} new entries", created);
    }
}
