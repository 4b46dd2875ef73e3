package cn.county.reelection.village;

/** V3: how a place nominates and elects its committee. */
public enum Variant {
  /** 村: nomination and election at one villagers' meeting (二合一). */
  VILLAGE("村民委员会"),
  /** 社区: a residents' representative meeting nominates, a second one elects. */
  COMMUNITY("居民委员会");

  private final String committee;

  Variant(String committee) {
    this.committee = committee;
  }

  /** The committee this place elects, in Chinese. */
  public String committee() {
    return committee;
  }
}
