package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import java.time.LocalDate;

/**
 * A township's step was completed on {@code day}: published in the transaction that recorded it, so that
 * whoever keeps what follows from it (the term register after T7) depends on the timeline and not the other way round.
 */
public record StepCompleted(Township township, Step step, LocalDate day) {}
