package cn.county.reelection.reporting;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns/{id}")
public class BoardController {

  private final BoardService boards;

  public BoardController(BoardService boards) {
    this.boards = boards;
  }

  @GetMapping("/board")
  public Board board(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) String township) {
    return boards.boardForCurrentUser(id, township);
  }

  /** The county's deadline notices: steps gone overdue and steps finished late. */
  @GetMapping("/alerts")
  public List<Alert> alerts(@PathVariable long id) {
    return boards.alertsForCurrentUser(id);
  }
}
