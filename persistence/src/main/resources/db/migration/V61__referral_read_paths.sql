-- Hot read paths of referrals, found by the benchmark (bench/run, 1 million referrals):
-- 1. The parties' read policies compare the bound tenant through a sub-select, which PostgreSQL
--    evaluates once per query (an InitPlan) rather than once per row scanned.
-- 2. Forward chains are followed both ways (erasure of a chain, and every delete's foreign-key check
--    of forwarded_from/forwarded_to): index the links, which are rare, so partial indexes.
alter policy referrals_parties_read on referrals
    using ((select app_current_tenant()) in (sender_tenant_id, receiver_tenant_id));
alter policy referral_events_parties_read on referral_events
    using ((select app_current_tenant()) in (sender_tenant_id, receiver_tenant_id));
alter policy referral_messages_parties_read on referral_messages
    using ((select app_current_tenant()) in (sender_tenant_id, receiver_tenant_id));

create index referrals_forwarded_from on referrals (forwarded_from) where forwarded_from is not null;
create index referrals_forwarded_to on referrals (forwarded_to) where forwarded_to is not null;
