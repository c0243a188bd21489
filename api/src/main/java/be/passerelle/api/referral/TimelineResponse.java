package be.passerelle.api.referral;

import java.util.List;

/** @param items the timeline, oldest first */
record TimelineResponse(List<ReferralEventResponse> items) {}
