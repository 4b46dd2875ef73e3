package cn.county.reelection.notice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeSettingRepository extends JpaRepository<NoticeSetting, Long> {

    Optional<NoticeSetting> findFirstByCountyCodeAndKindAndTargetOrderByIdDesc(
            String countyCode, NoticeSetting.Kind kind, String target);
}
