package be.passerelle.web.admin.directory;

import be.passerelle.client.model.IntakeRequest;
import be.passerelle.client.model.ProfileResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The referral intake's form: whether the institution accepts referrals, and the acknowledgement deadline. */
public final class IntakeForm implements EntryForm {
    private static final String PREFIX = "referralIntake.";

    private String version = "";
    private boolean acceptsReferrals;
    private String acknowledgementWorkingDays = "";

    static IntakeForm of(ProfileResponse entry, String version) {
        IntakeForm form = new IntakeForm();
        form.version = version;
        form.acceptsReferrals = Boolean.TRUE.equals(entry.getReferralIntake().getAcceptsReferrals());
        form.acknowledgementWorkingDays =
                String.valueOf(entry.getReferralIntake().getAcknowledgementWorkingDays());
        return form;
    }

    @Override
    public Edit edit() {
        Integer days = null;
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            days = Integer.valueOf(DirectoryForm.strip(acknowledgementWorkingDays));
        } catch (NumberFormatException e) {
            problems.put("acknowledgementWorkingDays", "directory.error.number");
        }
        Integer workingDays = days;
        return new Edit(
                request -> request.referralIntake(
                        new IntakeRequest().acceptsReferrals(acceptsReferrals).acknowledgementWorkingDays(workingDays)),
                problems,
                apiPath ->
                        apiPath != null && apiPath.startsWith(PREFIX) ? apiPath.substring(PREFIX.length()) : apiPath);
    }

    @Override
    public Map<String, String> values(Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("acceptsReferrals", Boolean.toString(acceptsReferrals));
        values.put("acknowledgementWorkingDays", DirectoryForm.strip(acknowledgementWorkingDays));
        return values;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public void setVersion(String version) {
        this.version = version;
    }

    public boolean isAcceptsReferrals() {
        return acceptsReferrals;
    }

    public void setAcceptsReferrals(boolean acceptsReferrals) {
        this.acceptsReferrals = acceptsReferrals;
    }

    public String getAcknowledgementWorkingDays() {
        return acknowledgementWorkingDays;
    }

    public void setAcknowledgementWorkingDays(String acknowledgementWorkingDays) {
        this.acknowledgementWorkingDays = acknowledgementWorkingDays;
    }
}
