package be.passerelle.api.config;

import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.directory.DirectoryEntries;
import be.passerelle.core.directory.DirectoryFollowsTenantStatus;
import be.passerelle.core.directory.DirectorySnapshots;
import be.passerelle.core.directory.FindCompetentInstitutions;
import be.passerelle.core.directory.ImportDirectorySeed;
import be.passerelle.core.directory.ManageTaxonomies;
import be.passerelle.core.directory.OpenDirectoryEntry;
import be.passerelle.core.directory.ReadDirectory;
import be.passerelle.core.directory.Taxonomies;
import be.passerelle.core.directory.UpdateDirectoryEntry;
import be.passerelle.core.outbox.Outbox;
import be.passerelle.core.shared.UnitOfWork;
import be.passerelle.core.tenant.Tenants;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's use cases (SPEC §4.2), wired explicitly. */
@Configuration(proxyBeanMethods = false)
class DirectoryWiring {

    @Bean
    OpenDirectoryEntry openDirectoryEntry(DirectoryEntries entries, Taxonomies taxonomies, Clock clock) {
        return new OpenDirectoryEntry(entries, taxonomies, clock);
    }

    @Bean
    DirectoryFollowsTenantStatus directoryFollowsTenantStatus(Taxonomies taxonomies) {
        return new DirectoryFollowsTenantStatus(taxonomies);
    }

    @Bean
    ManageTaxonomies manageTaxonomies(
            UnitOfWork unitOfWork, Taxonomies taxonomies, AuditTrail auditTrail, Clock clock) {
        return new ManageTaxonomies(unitOfWork, taxonomies, auditTrail, clock);
    }

    @Bean
    DirectorySnapshots directorySnapshots(UnitOfWork unitOfWork, Taxonomies taxonomies, DirectoryEntries entries) {
        return new DirectorySnapshots(unitOfWork, taxonomies, entries);
    }

    @Bean
    ImportDirectorySeed importDirectorySeed(
            UnitOfWork unitOfWork,
            Tenants tenants,
            Taxonomies taxonomies,
            DirectoryEntries entries,
            AuditTrail auditTrail,
            Clock clock) {
        return new ImportDirectorySeed(unitOfWork, tenants, taxonomies, entries, auditTrail, clock);
    }

    @Bean
    ReadDirectory readDirectory(
            UnitOfWork unitOfWork, DirectoryEntries entries, Taxonomies taxonomies, DirectorySnapshots snapshots) {
        return new ReadDirectory(unitOfWork, entries, taxonomies, snapshots);
    }

    @Bean
    UpdateDirectoryEntry updateDirectoryEntry(
            UnitOfWork unitOfWork,
            DirectoryEntries entries,
            Taxonomies taxonomies,
            Tenants tenants,
            DirectorySnapshots snapshots,
            AuditTrail auditTrail,
            Outbox outbox,
            Clock clock) {
        return new UpdateDirectoryEntry(unitOfWork, entries, taxonomies, tenants, snapshots, auditTrail, outbox, clock);
    }

    @Bean
    FindCompetentInstitutions findCompetentInstitutions(DirectorySnapshots snapshots) {
        return new FindCompetentInstitutions(snapshots);
    }
}
