package be.passerelle.core.referral;

import static be.passerelle.core.referral.ReferralAction.ACCEPT;
import static be.passerelle.core.referral.ReferralAction.ACKNOWLEDGE;
import static be.passerelle.core.referral.ReferralAction.CLOSE;
import static be.passerelle.core.referral.ReferralAction.DECLINE;
import static be.passerelle.core.referral.ReferralAction.FORWARD;
import static be.passerelle.core.referral.ReferralAction.WITHDRAW;
import static be.passerelle.core.referral.ReferralState.ACCEPTED;
import static be.passerelle.core.referral.ReferralState.ACKNOWLEDGED;
import static be.passerelle.core.referral.ReferralState.CLOSED;
import static be.passerelle.core.referral.ReferralState.DECLINED;
import static be.passerelle.core.referral.ReferralState.FORWARDED;
import static be.passerelle.core.referral.ReferralState.SENT;
import static be.passerelle.core.referral.ReferralState.WITHDRAWN;

import be.passerelle.core.shared.TenantStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The referral lifecycle of SPEC §4.3 as an explicit transition table.
 *
 * <pre>
 *   SENT ──acknowledge──▶ ACKNOWLEDGED ──accept──▶ ACCEPTED ──close──▶ CLOSED
 *     └──────────────accept──────────────────────▲
 *   SENT | ACKNOWLEDGED ──decline──▶ DECLINED
 *   SENT | ACKNOWLEDGED ──forward──▶ FORWARDED
 *   SENT | ACKNOWLEDGED ──withdraw─▶ WITHDRAWN
 *   ACCEPTED ──withdraw──▶ WITHDRAWN   only while the receiver tenant is suspended (SPEC §4.1)
 * </pre>
 *
 * <p>The receiver acknowledges, accepts, declines, forwards and closes; the sender withdraws. A
 * request is checked for the party first ({@link WrongParty}: that party may never do it), then
 * for the state ({@link IllegalTransition}: not now).
 */
public final class ReferralStateMachine {

    /** The moves open whatever the receiver's status. */
    private static final List<Transition> REGULAR = List.of(
            new Transition(SENT, ACKNOWLEDGE, ACKNOWLEDGED),
            new Transition(SENT, ACCEPT, ACCEPTED),
            new Transition(SENT, DECLINE, DECLINED),
            new Transition(SENT, FORWARD, FORWARDED),
            new Transition(SENT, WITHDRAW, WITHDRAWN),
            new Transition(ACKNOWLEDGED, ACCEPT, ACCEPTED),
            new Transition(ACKNOWLEDGED, DECLINE, DECLINED),
            new Transition(ACKNOWLEDGED, FORWARD, FORWARDED),
            new Transition(ACKNOWLEDGED, WITHDRAW, WITHDRAWN),
            new Transition(ACCEPTED, CLOSE, CLOSED));

    /** The extra moves open to the sender while the receiver tenant is suspended. */
    private static final List<Transition> RECEIVER_SUSPENDED = List.of(new Transition(ACCEPTED, WITHDRAW, WITHDRAWN));

    private static final List<Transition> ALL_WHEN_RECEIVER_SUSPENDED =
            Stream.concat(REGULAR.stream(), RECEIVER_SUSPENDED.stream()).toList();

    private static final Map<ReferralState, Map<ReferralAction, Transition>> REGULAR_TABLE = index(REGULAR);
    private static final Map<ReferralState, Map<ReferralAction, Transition>> SUSPENDED_TABLE =
            index(ALL_WHEN_RECEIVER_SUSPENDED);

    private ReferralStateMachine() {}

    /**
     * The move {@code by} asks for, or an exception saying why it is refused.
     *
     * @param receiverStatus the receiver tenant's status; {@code SUSPENDED} opens withdrawal after acceptance
     * @throws WrongParty when {@code by} may never perform {@code action}
     * @throws IllegalTransition when {@code action} is not legal from {@code current}
     */
    public static Transition transition(
            ReferralState current, ReferralAction action, Party by, TenantStatus receiverStatus) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        if (action.performer() != by) {
            throw new WrongParty(action, by);
        }
        return find(current, action, receiverStatus).orElseThrow(() -> new IllegalTransition(current, action));
    }

    /** The move {@code action} makes from {@code current}, if legal; whoever asks. */
    public static Optional<Transition> find(ReferralState current, ReferralAction action, TenantStatus receiverStatus) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(action, "action");
        return Optional.ofNullable(table(receiverStatus).get(current).get(action));
    }

    /** What {@code party} may do now, e.g. to offer only the possible actions to a client. */
    public static Set<ReferralAction> actionsOpenTo(Party party, ReferralState current, TenantStatus receiverStatus) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(current, "current");
        EnumSet<ReferralAction> open = EnumSet.noneOf(ReferralAction.class);
        for (ReferralAction action : table(receiverStatus).get(current).keySet()) {
            if (action.performer() == party) {
                open.add(action);
            }
        }
        return Collections.unmodifiableSet(open);
    }

    /** Every legal move for a receiver with this status, in table order. */
    public static List<Transition> transitions(TenantStatus receiverStatus) {
        return isSuspended(receiverStatus) ? ALL_WHEN_RECEIVER_SUSPENDED : REGULAR;
    }

    private static Map<ReferralState, Map<ReferralAction, Transition>> table(TenantStatus receiverStatus) {
        return isSuspended(receiverStatus) ? SUSPENDED_TABLE : REGULAR_TABLE;
    }

    private static boolean isSuspended(TenantStatus receiverStatus) {
        return Objects.requireNonNull(receiverStatus, "receiverStatus") == TenantStatus.SUSPENDED;
    }

    private static Map<ReferralState, Map<ReferralAction, Transition>> index(List<Transition> transitions) {
        EnumMap<ReferralState, Map<ReferralAction, Transition>> table = new EnumMap<>(ReferralState.class);
        for (ReferralState state : ReferralState.values()) {
            table.put(state, new EnumMap<>(ReferralAction.class));
        }
        for (Transition transition : transitions) {
            if (transition.from().isFinal()) {
                throw new IllegalStateException("no move may leave a final state: " + transition);
            }
            Transition clash = table.get(transition.from()).put(transition.action(), transition);
            if (clash != null) {
                throw new IllegalStateException("two moves for one state and action: " + transition);
            }
        }
        table.replaceAll((state, row) -> Collections.unmodifiableMap(row));
        return Collections.unmodifiableMap(table);
    }
}
