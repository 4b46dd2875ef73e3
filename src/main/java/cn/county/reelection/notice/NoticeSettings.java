package cn.county.reelection.notice;

import cn.county.reelection.campaign.Campaign;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a campaign's notice settings and answers which robot and which role address a notice goes to. */
@Service
@Transactional
public class NoticeSettings {

    private final NoticeSettingRepository settings;

    public NoticeSettings(NoticeSettingRepository settings) {
        this.settings = settings;
    }

    /** Keeps the (validated) settings of a campaign just stored. */
    public void store(Campaign campaign, NoticeSettingsRequest notices) {
        if (notices == null) {
            return;
        }
        if (notices.county() != null) {
            webhook(campaign, NoticeSetting.COUNTY, notices.county());
        }
        if (notices.townships() != null) {
            notices.townships().forEach((code, hook) -> webhook(campaign, code, hook));
        }
        if (notices.emails() != null) {
            notices.emails()
                    .forEach((group, email) -> settings.save(new NoticeSetting(
                            campaign.getId(),
                            campaign.getCountyCode(),
                            NoticeSetting.Kind.EMAIL,
                            group,
                            email.trim(),
                            null,
                            false)));
        }
    }

    private void webhook(Campaign campaign, String target, NoticeSettingsRequest.Webhook hook) {
        settings.save(new NoticeSetting(
                campaign.getId(),
                campaign.getCountyCode(),
                NoticeSetting.Kind.WEBHOOK,
                target,
                hook.url().trim(),
                NoticeSettingsValidator.format(hook.format(), "format"),
                NoticeSettingsValidator.markdown(hook.msgtype(), "msgtype")));
    }

    /** The robot of the county ({@link NoticeSetting#COUNTY}) or of a township (its code), from the county's latest campaign. */
    @Transactional(readOnly = true)
    public Optional<NoticeSetting> webhook(String countyCode, String scope) {
        return settings.findFirstByCountyCodeAndKindAndTargetOrderByIdDesc(
                countyCode, NoticeSetting.Kind.WEBHOOK, scope);
    }

    /** The address a campaign gave a role (group id), if any. */
    @Transactional(readOnly = true)
    public Optional<String> roleEmail(String countyCode, String group) {
        return settings.findFirstByCountyCodeAndKindAndTargetOrderByIdDesc(countyCode, NoticeSetting.Kind.EMAIL, group)
                .map(NoticeSetting::getValue);
    }
}
