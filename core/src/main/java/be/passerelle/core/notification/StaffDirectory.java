package be.passerelle.core.notification;

import be.passerelle.core.shared.TenantSlug;
import java.util.List;

/**
 * The staff of an institution as the identity provider knows them. May answer from a short-lived
 * cache; throws {@link be.passerelle.core.shared.Unavailable} when the provider cannot be reached
 * (the events then wait for the next pass). An institution without staff there has none.
 */
public interface StaffDirectory {
    List<StaffContact> staff(TenantSlug tenant);
}
