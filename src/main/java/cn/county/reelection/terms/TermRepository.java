package cn.county.reelection.terms;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findByCountyCodeAndBodyAndUnitCode(String countyCode, TermBody body, String unitCode);
}
