package cn.county.reelection.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class HistoryController {

  private final TownshipHistoryService history;

  public HistoryController(TownshipHistoryService history) {
    this.history = history;
  }

  /** R11: the township's audit trail, readable by that township and its county. */
  @GetMapping("/api/townships/{businessKey}/history")
  public List<HistoryEntry> history(@PathVariable String businessKey) {
    return history.historyForCurrentUser(businessKey);
  }
}
