package be.passerelle.web.referral;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.ReferralsApi;
import be.passerelle.client.model.PageResponseReferralListItem;
import be.passerelle.client.model.ReferralListItem;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.Cursors;
import be.passerelle.web.api.PasserelleApi;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referral operations of the API as the pages use them: the only place that knows the generated
 * client's referral types, mapped here into the pages' own records.
 */
@Component
class Referrals {
    private final PasserelleApi api;
    private final ReferralsApi referrals;
    private final int pageSize;

    Referrals(PasserelleApi api, @Value("${passerelle.web.page-size:20}") int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
        this.referrals = new ReferralsApi(api.client());
    }

    /** One page of the caller's institution's box ({@code received} or {@code sent}), filtered. */
    Page box(String box, Filter filter, String cursor) {
        try {
            PageResponseReferralListItem page = referrals.listReferrals(
                    box,
                    filter.state(),
                    filter.sector(),
                    filter.overdue() ? Boolean.TRUE : null,
                    null,
                    filter.assignee(),
                    pageSize,
                    cursor,
                    api.asCurrentUser());
            return new Page(
                    page.getItems().stream().map(Referrals::summary).toList(), Cursors.cursorOf(page.getNext()));
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    private static Summary summary(ReferralListItem item) {
        return new Summary(
                item.getId().toString(),
                item.getReference(),
                item.getSubject(),
                item.getSender(),
                item.getReceiver(),
                item.getSector(),
                String.valueOf(item.getState()),
                item.getDueAt(),
                Boolean.TRUE.equals(item.getOverdue()),
                item.getAssignment() == null ? null : item.getAssignment().getAssigneeName());
    }

    /**
     * What a box shows: {@code null} state or sector for all; {@code overdue} only the unacknowledged
     * referrals past their deadline; {@code assignee} {@code me} (assigned to the user), {@code none}
     * (assigned to nobody of the institution) or {@code null} for all.
     */
    record Filter(String state, String sector, boolean overdue, String assignee) {
        static final Filter NONE = new Filter(null, null, false, null);
    }

    record Page(List<Summary> items, String nextCursor) {}

    /**
     * @param assignee the name of whom it is assigned to in the user's institution, {@code null} when
     *     nobody
     */
    record Summary(
            String id,
            String reference,
            String subject,
            String sender,
            String receiver,
            String sector,
            String state,
            OffsetDateTime dueAt,
            boolean overdue,
            String assignee) {}
}
