package cn.county.reelection.campaign;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a campaign of units — a county's townships, a township's villages — in the order both keep: the caller's
 * right first, so that one who may not start the campaign hears 403 and not what is wrong with it; then the checks
 * of the whole request, which answer the deadlines it gives; then the start itself, all or nothing.
 *
 * @param <R> the request
 * @param <S> the steps whose deadlines a request may give
 * @param <C> the answer: the campaign started and the accounts created for it
 */
public abstract class CampaignStarter<R, S extends Enum<S>, C> {

    /** The API's start: the caller starts the campaign of its own county or township. */
    @Transactional
    public C startAsCurrentUser(R request, String user) {
        requireRight(request);
        return start(request, checked(request), user);
    }

    /** A start without the caller's right (the demo, tests): the checks and the start. */
    @Transactional
    public C start(R request, String user) {
        return start(request, checked(request), user);
    }

    /** 403 unless the current user may start this campaign. */
    protected abstract void requireRight(R request);

    /** 400 for the first problem of the request; else the deadlines it gives, by step. */
    protected abstract Map<S, LocalDate> checked(R request);

    /** Starts the checked campaign: stores it and starts one process instance per unit. */
    protected abstract C start(R request, Map<S, LocalDate> given, String user);
}
