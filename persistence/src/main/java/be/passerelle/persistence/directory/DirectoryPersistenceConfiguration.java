package be.passerelle.persistence.directory;

import be.passerelle.core.directory.DirectoryEntries;
import be.passerelle.core.directory.Taxonomies;
import be.passerelle.persistence.Database;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's adapters: entries and taxonomies. */
@Configuration(proxyBeanMethods = false)
public class DirectoryPersistenceConfiguration {

    @Bean
    public DirectoryEntries directoryEntries(Database database) {
        return new JooqDirectoryEntries(database);
    }

    @Bean
    public Taxonomies taxonomies(Database database) {
        return new JooqTaxonomies(database);
    }
}
