package be.passerelle.core.directory;

import be.passerelle.core.audit.Actor;
import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.audit.AuditTrail;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/**
 * The network administrator keeps the taxonomies (SPEC §4.2): adds sectors and corrects the labels
 * of sectors and areas. Codes never change; each change is audited and marks the directory changed
 * so that every node's finder picks it up.
 */
public final class ManageTaxonomies {
    private final UnitOfWork unitOfWork;
    private final Taxonomies taxonomies;
    private final AuditTrail audit;
    private final Clock clock;

    public ManageTaxonomies(UnitOfWork unitOfWork, Taxonomies taxonomies, AuditTrail audit, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return true when the sector is new */
    public boolean putSector(CallContext context, Sector sector) {
        requireNetworkAdmin(context);
        return unitOfWork.inShared(() -> {
            boolean created = taxonomies.putSector(sector);
            taxonomies.changed();
            audit(context, created ? "taxonomy.sector-added" : "taxonomy.sector-relabelled", "sector", sector.code());
            return created;
        });
    }

    public void relabelArea(CallContext context, AreaCode area, LocalizedText labels) {
        requireNetworkAdmin(context);
        unitOfWork.inShared(() -> {
            if (!taxonomies.relabelArea(area, labels)) {
                throw new NotFound("area");
            }
            taxonomies.changed();
            audit(context, "taxonomy.area-relabelled", "area", area.value());
            return null;
        });
    }

    private void audit(CallContext context, String action, String type, String code) {
        audit.append(new AuditEntry(
                Optional.empty(),
                Actor.of(context.caller()),
                action,
                type,
                code,
                context.requestId(),
                clock.instant()));
    }

    private static void requireNetworkAdmin(CallContext context) {
        if (!context.caller().has(Role.NETWORK_ADMIN)) {
            throw new AccessDenied("the taxonomies are managed by the network admin");
        }
    }
}
