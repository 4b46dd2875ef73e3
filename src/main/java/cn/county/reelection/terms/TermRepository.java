package cn.county.reelection.terms;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

    // written out, and a list: Hibernate keeps the plan of a query string (a derived query is built again at every
    // call), and a body's first term finds nothing, which a single-result query answers with a caught exception
    @Query("select t from Term t where t.countyCode = ?1 and t.body = ?2 and t.unitCode = ?3")
    List<Term> findAsList(String countyCode, TermBody body, String unitCode);

    default Optional<Term> findByCountyCodeAndBodyAndUnitCode(String countyCode, TermBody body, String unitCode) {
        return findAsList(countyCode, body, unitCode).stream().findFirst();
    }
}
