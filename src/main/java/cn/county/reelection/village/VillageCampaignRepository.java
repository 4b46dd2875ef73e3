package cn.county.reelection.village;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageCampaignRepository extends JpaRepository<VillageCampaign, Long> {}
