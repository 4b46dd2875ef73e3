package cn.county.reelection.township;

/**
 * Rehearses a campaign with simulated townships and keeps nothing ({@code POST /api/campaigns?dryRun=true}). An
 * interface here because the rehearsal (package dryrun) starts campaigns through this package, not the other way.
 */
public interface CampaignRehearsal {

    /** What the board showed at each deadline of the rehearsed campaign. */
    Object run(CampaignRequest request, String user);
}
