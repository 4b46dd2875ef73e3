package cn.county.reelection.timeline;

import cn.county.reelection.campaign.Step;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineEventRepository extends JpaRepository<DeadlineEvent, Long> {

    List<DeadlineEvent> findByTownshipCampaignIdOrderByOccurredAt(Long campaignId);

    List<DeadlineEvent> findByTownshipIdAndStepAndKind(Long townshipId, Step step, DeadlineEvent.Kind kind);

    List<DeadlineEvent> findByTownshipIdOrderByOccurredAt(Long townshipId);

    long countByTownshipIdAndKind(Long townshipId, DeadlineEvent.Kind kind);
}
