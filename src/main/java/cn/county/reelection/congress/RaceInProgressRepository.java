package cn.county.reelection.congress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RaceInProgressRepository extends JpaRepository<RaceInProgress, Long> {}
