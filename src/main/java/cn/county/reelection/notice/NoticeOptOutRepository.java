package cn.county.reelection.notice;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeOptOutRepository extends JpaRepository<NoticeOptOut, String> {

    List<NoticeOptOut> findByUserIdInAndEnabledFalse(Collection<String> userIds);
}
