package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;

/**
 * Whether an institution takes referrals and its acknowledgement deadline in working days (SPEC §4.1,
 * §4.3). Also kept on the tenant, which referrals read.
 */
public record ReferralIntake(boolean acceptsReferrals, int acknowledgementWorkingDays) {
    public static final int MAX_WORKING_DAYS = 60;

    public ReferralIntake {
        if (acknowledgementWorkingDays < 1 || acknowledgementWorkingDays > MAX_WORKING_DAYS) {
            throw new InvalidInput("the acknowledgement deadline is 1 to " + MAX_WORKING_DAYS + " working days");
        }
    }
}
