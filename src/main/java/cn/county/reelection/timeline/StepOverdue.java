package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import cn.county.reelection.campaign.Township;
import java.time.LocalDate;

/**
 * A township's step went overdue: published in the transaction that flagged it, so that whoever tells people
 * (the notices) depends on the timeline and not the other way round.
 */
public record StepOverdue(Township township, Step step, LocalDate due) {}
