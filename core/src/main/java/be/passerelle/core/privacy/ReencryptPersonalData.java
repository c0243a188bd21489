package be.passerelle.core.privacy;

import be.passerelle.core.shared.SystemOperation;
import be.passerelle.core.shared.UnitOfWork;

/**
 * The re-encryption job: after a new key was put first in the ring, each run moves a batch of
 * values to it; when a run moves nothing, the older keys may be removed from the ring.
 */
public final class ReencryptPersonalData {
    private final UnitOfWork unitOfWork;
    private final Rekeying rekeying;

    public ReencryptPersonalData(UnitOfWork unitOfWork, Rekeying rekeying) {
        this.unitOfWork = unitOfWork;
        this.rekeying = rekeying;
    }

    /** @return how many values were moved to the current key */
    public int run(int batch) {
        return unitOfWork.inSystem(SystemOperation.PERSONAL_DATA_REKEY, () -> rekeying.rekey(batch));
    }
}
