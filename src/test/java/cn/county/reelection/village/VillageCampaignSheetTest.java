package cn.county.reelection.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.county.reelection.sheet.SheetException;
import cn.county.reelection.sheet.SheetSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The village campaign workbook's two choices: the order of the representatives (V7) and a community's meeting (V3). */
class VillageCampaignSheetTest {

    /** The template, changed by {@code edit}. */
    static byte[] template(Consumer<Workbook> edit) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(VillageCampaignSheet.template()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void order(Workbook workbook, String value) {
        var settings = workbook.getSheet(SheetSettings.CAMPAIGN_SHEET);
        for (var row : settings) {
            if (VillageCampaignSheet.ORDER.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(1).setCellValue(value);
            }
        }
    }

    static void communityMeeting(Workbook workbook, String value) {
        workbook.getSheet(VillageCampaignSheet.VILLAGES).getRow(2).getCell(4).setCellValue(value);
    }

    @Test
    void v7_v3_theTemplatesChoices_reachTheRequest() throws Exception {
        VillageCampaignRequest request = VillageCampaignSheet.read(template(w -> order(w, "先选举委员会")));
        assertThat(request.representativesOrder()).isEqualTo(RepresentativesOrder.AFTER_COMMITTEE);
        assertThat(request.villages())
                .extracting(VillageCampaignRequest.VillageRequest::meeting)
                .containsExactly(null, ElectionMeeting.RESIDENTS_MEETING);

        VillageCampaignRequest asBefore = VillageCampaignSheet.read(template(w -> communityMeeting(w, "居民代表会议")));
        assertThat(asBefore.representativesOrder()).isEqualTo(RepresentativesOrder.BEFORE_COMMITTEE);
        assertThat(asBefore.villages().get(1).meeting()).isEqualTo(ElectionMeeting.REPRESENTATIVES_MEETING);
    }

    @Test
    void v7_aRepresentativesMeetingInPianSansOrder_andAnUnknownMeeting_areRefusedOnTheirCells() throws Exception {
        assertThatThrownBy(() -> VillageCampaignSheet.read(template(w -> {
                    order(w, "篇三");
                    communityMeeting(w, "居民代表会议");
                })))
                .isInstanceOfSatisfying(
                        SheetException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.sheet()).isEqualTo(VillageCampaignSheet.VILLAGES);
                            assertThat(error.column()).isEqualTo("E");
                            assertThat(error.rule()).isEqualTo("V7");
                        }));
        assertThatThrownBy(() -> VillageCampaignSheet.read(template(w -> communityMeeting(w, "全体大会"))))
                .isInstanceOfSatisfying(
                        SheetException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.column()).isEqualTo("E");
                            assertThat(error.rule()).isEqualTo("V3");
                            assertThat(error.message()).contains("全体大会");
                        }));
        assertThatThrownBy(() -> VillageCampaignSheet.read(template(w -> order(w, "随便"))))
                .isInstanceOfSatisfying(
                        SheetException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(error -> assertThat(error.rule()).isEqualTo("V7")));
    }
}
