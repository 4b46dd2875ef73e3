package cn.county.reelection.township;

import cn.county.reelection.campaign.Codes;
import cn.county.reelection.campaign.Groups;
import cn.county.reelection.campaign.Step;
import cn.county.reelection.notice.NoticeSettingsValidator;
import cn.county.reelection.text.Names;
import cn.county.reelection.timeline.Deadlines;
import cn.county.reelection.web.ApiException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a campaign request completely before anything is stored or started. */
final class CampaignValidator {

    static final int MAX_TOWNSHIPS = 5000;
    static final int MAX_ORGANISATIONS = 500;
    static final int MAX_MEMBERS = 1_000_000;
    static final int MAX_CALENDAR_DAYS = 366;

    private CampaignValidator() {}

    /** Returns the requested deadlines by step; throws {@link ApiException} for the first problem. */
    static Map<Step, LocalDate> validate(CampaignRequest request) {
        text(request.county(), "county", Names.PLACE_MAX);
        if (request.countyCode() != null && !Codes.valid(request.countyCode())) {
            throw ApiException.badRequest(null, "countyCode", "县代码只能由字母、数字、-和_组成，最多32位");
        }
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw ApiException.badRequest(null, "year", "年份必须填写，且在2000到2100之间");
        }
        Map<Step, LocalDate> deadlines = new EnumMap<>(Step.class);
        if (request.deadlines() != null) {
            request.deadlines().forEach((key, date) -> {
                Step step = parseStep(key);
                if (date == null) {
                    throw ApiException.badRequest(key, "deadlines." + key, "期限日期不能为空");
                }
                deadlines.put(step, date);
            });
        }
        List<CampaignRequest.TownshipRequest> townships = request.townships();
        if (townships == null || townships.isEmpty()) {
            throw ApiException.badRequest(null, "townships", "至少要有一个乡镇");
        }
        if (townships.size() > MAX_TOWNSHIPS) {
            throw ApiException.badRequest(null, "townships", "一次最多启动%d个乡镇".formatted(MAX_TOWNSHIPS));
        }
        Set<String> townshipCodes = new HashSet<>();
        Set<String> organisationCodes = new HashSet<>();
        for (int i = 0; i < townships.size(); i++) {
            var township = townships.get(i);
            String at = "townships[" + i + "]";
            if (township == null) {
                throw ApiException.badRequest(null, at, "乡镇不能为空");
            }
            code(township.code(), at + ".code");
            if (!townshipCodes.add(township.code())) {
                throw ApiException.badRequest(null, at + ".code", "乡镇代码重复：" + township.code());
            }
            text(township.name(), at + ".name", Names.PLACE_MAX);
            var organisations = township.organisations();
            if (organisations == null || organisations.isEmpty()) {
                throw ApiException.badRequest("R2", at + ".organisations", "每个乡镇至少要有一个所属党组织");
            }
            if (organisations.size() > MAX_ORGANISATIONS) {
                throw ApiException.badRequest("R2", at + ".organisations", "所属党组织最多%d个".formatted(MAX_ORGANISATIONS));
            }
            for (int j = 0; j < organisations.size(); j++) {
                var organisation = organisations.get(j);
                String org = at + ".organisations[" + j + "]";
                if (organisation == null) {
                    throw ApiException.badRequest("R2", org, "党组织不能为空");
                }
                code(organisation.code(), org + ".code");
                if (!organisationCodes.add(organisation.code())) {
                    throw ApiException.badRequest("R2", org + ".code", "党组织代码重复：" + organisation.code());
                }
                text(organisation.name(), org + ".name", Names.PLACE_MAX);
                if (organisation.members() == null
                        || organisation.members() < 1
                        || organisation.members() > MAX_MEMBERS) {
                    throw ApiException.badRequest(
                            "R2", org + ".members", "党员人数必须是1到%d之间的整数，代表名额按党员人数分配".formatted(MAX_MEMBERS));
                }
            }
        }
        calendar(request);
        notices(request, townshipCodes);
        Deadlines.firstOutOfOrder(deadlines).ifPresent(pair -> {
            throw ApiException.badRequest(
                    pair[1].name(),
                    "deadlines." + pair[1].name(),
                    "%s的期限(%s)不能早于%s的期限(%s)"
                            .formatted(pair[1].name(), deadlines.get(pair[1]), pair[0].name(), deadlines.get(pair[0])));
        });
        return deadlines;
    }

    /** The campaign's own calendar days, checked: dates near the campaign's year, no day both off and worked. */
    static CalendarDays calendar(CampaignRequest request) {
        CampaignRequest.CalendarRequest calendar = request.calendar();
        if (calendar == null) {
            return new CalendarDays(Set.of(), Set.of());
        }
        Set<LocalDate> holidays = days(calendar.holidays(), "calendar.holidays", request.year());
        Set<LocalDate> workdays = days(calendar.workdays(), "calendar.workdays", request.year());
        List<LocalDate> worked = calendar.workdays() == null ? List.of() : calendar.workdays();
        for (int i = 0; i < worked.size(); i++) {
            if (holidays.contains(worked.get(i))) {
                throw ApiException.badRequest(
                        null, "calendar.workdays[" + i + "]", "%s不能既是放假日又是调休上班日".formatted(worked.get(i)));
            }
        }
        return new CalendarDays(holidays, workdays);
    }

    /** The notice settings name only this campaign's townships and groups (Groups). */
    private static void notices(CampaignRequest request, Set<String> townshipCodes) {
        if (request.notices() == null) {
            return;
        }
        Set<String> groups = new HashSet<>();
        groups.add(Groups.county(Codes.countyOrDefault(request.countyCode())));
        for (var township : request.townships()) {
            groups.add(Groups.townshipSecretary(township.code()));
            groups.add(Groups.townshipOffice(township.code()));
            groups.add(Groups.reviewGroup(township.code()));
            township.organisations().forEach(o -> groups.add(Groups.branch(o.code())));
        }
        NoticeSettingsValidator.validate(request.notices(), townshipCodes, groups);
    }

    record CalendarDays(Set<LocalDate> holidays, Set<LocalDate> workdays) {}

    private static Set<LocalDate> days(List<LocalDate> list, String field, int year) {
        if (list == null) {
            return Set.of();
        }
        if (list.size() > MAX_CALENDAR_DAYS) {
            throw ApiException.badRequest(null, field, "最多%d天".formatted(MAX_CALENDAR_DAYS));
        }
        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < list.size(); i++) {
            LocalDate day = list.get(i);
            String at = field + "[" + i + "]";
            if (day == null) {
                throw ApiException.badRequest(null, at, "日期不能为空");
            }
            if (day.getYear() < year - 1 || day.getYear() > year + 1) {
                throw ApiException.badRequest(
                        null, at, "调整的日期应在换届年度前后一年内（%d年至%d年），%s不在其中".formatted(year - 1, year + 1, day));
            }
            days.add(day);
        }
        return days;
    }

    static void checkOrder(Map<Step, LocalDate> deadlines) {
        Deadlines.firstOutOfOrder(deadlines).ifPresent(pair -> {
            throw ApiException.badRequest(
                    pair[1].name(),
                    "deadlines." + pair[1].name(),
                    "%s的期限(%s)不能早于%s的期限(%s)"
                            .formatted(pair[1].name(), deadlines.get(pair[1]), pair[0].name(), deadlines.get(pair[0])));
        });
    }

    private static Step parseStep(String key) {
        try {
            return Step.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(null, "deadlines." + key, "没有这个步骤，期限只能设在T1到T9上");
        }
    }

    private static void code(String value, String field) {
        if (!Codes.valid(value)) {
            throw ApiException.badRequest(null, field, "代码必须填写，只能由字母、数字、-和_组成，最多32位");
        }
    }

    private static void text(String value, String field, int max) {
        Names.problem(value, max).ifPresent(problem -> {
            throw ApiException.badRequest(null, field, problem);
        });
    }
}
