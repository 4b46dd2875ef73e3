package cn.county.reelection.notice;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MorningRunRepository extends JpaRepository<MorningRun, LocalDate> {}
