package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.somohinh.problem.Problems;

/** The schemas carry the fixed codes, the registry's own code lists and a date pattern that knows the calendar. */
class JsonSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDatePatternAcceptsExactlyTheDaysJavaTimeAccepts() {
        Pattern date = Pattern.compile(SchemaScalars.DATE);
        List<Integer> years = new ArrayList<>(List.of(0, 1, 4, 96, 100, 104, 200, 396, 400, 404, 1600, 1700, 1800, 9996, 9999));
        for (int y = 1896; y <= 2104; y++) {
            years.add(y);
        }
        int checked = 0;
        List<String> disagreements = new ArrayList<>();
        for (int year : years) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    boolean javaTime = ValueType.parseDate(text) != null;
                    if (date.matcher(text).matches() != javaTime) {
                        disagreements.add(text + (javaTime ? " is a day" : " is no day"));
                    }
                    checked++;
                }
            }
        }
        for (String malformed : List.of("2023-3-10", "23-03-10", "2023/03/10", "10/03/2023", "2023-03-10 ", "+2023-03-10",
                "2023-03-1a", "", "20230-03-10", "２０２３-03-10")) {
            if (date.matcher(malformed).matches()) {
                disagreements.add(malformed + " matched");
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(checked).isGreaterThan(100_000);
        assertThat(List.of("2023-02-30", "2023-04-31", "2023-02-29", "1900-02-29", "2100-02-29"))
                .noneMatch(s -> date.matcher(s).matches());
        assertThat(List.of("2024-02-29", "2000-02-29", "2023-01-31", "2023-12-31")).allMatch(s -> date.matcher(s).matches());
    }

    @Test
    void fixedCodesAndTheRegistrysCodeListsAreEnums() throws Exception {
        DataSet data = DataLoader.load(Path.of("."), new Problems());
        JsonNode registration = schema(data, "registration");
        assertThat(strings(registration.at("/properties/hinh_thuc/enum"))).containsExactly("tap-the", "ca-nhan");
        assertThat(strings(registration.at("/properties/linh_vuc/enum")))
                .containsExactlyElementsOf(data.site().linhVuc().stream().map(CodeEntry::id).toList());
        assertThat(strings(registration.at("/properties/can_cu/items/enum")))
                .containsExactlyElementsOf(data.directives().stream().map(Directive::id).toList());
        List<String> units = data.units().stream().map(Unit::id).toList();
        assertThat(strings(registration.at("/properties/don_vi_phoi_hop/items/enum"))).containsExactlyElementsOf(units);
        assertThat(strings(registration.at("/properties/dia_ban_doi_tuong/type"))).endsWith("null");
        assertThat(strings(registration.at("/properties/don_vi_phoi_hop/items/enumDescriptions")))
                .contains(data.units().get(0).ten());
        JsonNode review = schema(data, "review");
        assertThat(strings(review.at("/properties/qua_trinh/items/properties/trang_thai/enum"))).containsExactly(
                "da-dang-ky", "dang-tham-dinh", "can-bo-sung", "duoc-duyet", "khong-duyet", "dang-trien-khai", "so-ket",
                "tong-ket", "tam-dung", "huy");
        assertThat(strings(review.at("/properties/danh_gia/properties/xep_loai/enum")))
                .containsExactlyElementsOf(data.site().xepLoai().stream().map(CodeEntry::id).toList());
        assertThat(strings(schema(data, "units").at("/items/properties/loai/enum")))
                .containsExactlyElementsOf(data.site().loaiDonVi().stream().map(CodeEntry::id).toList());
        JsonNode campaign = schema(data, "campaign");
        assertThat(strings(campaign.at("/properties/doi_tuong/items/enum"))).isNotEmpty();
        assertThat(strings(campaign.at("/properties/van_ban_phat_dong/items/enum"))).contains("cv-854-hu");
    }

    @Test
    void aCatalogThatCouldNotBeReadLetsAnyIdThrough() throws Exception {
        DataSet unreadable = new DataSet(null, null, null, List.of(), List.of(), List.of(), List.of());
        JsonNode registration = schema(unreadable, "registration");
        assertThat(registration.at("/properties/linh_vuc/enum").isMissingNode()).isTrue();
        assertThat(registration.at("/properties/linh_vuc/pattern").asText()).isEqualTo(SchemaScalars.SLUG);
        assertThat(registration.at("/properties/don_vi_phoi_hop/items/enum").isMissingNode()).isTrue();
        assertThat(strings(registration.at("/properties/hinh_thuc/enum"))).containsExactly("tap-the", "ca-nhan");
    }

    @Test
    void everyFailureTheServerCanNameCarriesAVietnameseMessage() throws Exception {
        JsonNode registration = schema(DataLoader.load(Path.of("."), new Problems()), "registration");
        assertThat(registration.at("/properties/ngay_dang_ky/patternErrorMessage").asText())
                .isEqualTo("ngày đăng ký (ngay_dang_ky): hãy ghi một ngày có thật dạng năm-tháng-ngày, ví dụ 2023-03-10");
        assertThat(registration.at("/propertyNames/errorMessage").asText()).startsWith("trường không có trong mẫu");
        assertThat(registration.at("/allOf/0/errorMessage").asText())
                .isEqualTo("thiếu trường bắt buộc \"ten_mo_hinh\" (tên mô hình): hãy bổ sung");
        // Keywords whose failures yaml-language-server 1.25 words itself, in English, are not used.
        assertThat(JsonSchemas.all(null).values()).noneMatch(s -> s.contains("\"maxLength\"") || s.contains("\"minItems\"")
                || s.contains("\"additionalProperties\""));
    }

    private static JsonNode schema(DataSet data, String kind) throws Exception {
        return JSON.readTree(JsonSchemas.all(data).get(kind + ".schema.json"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }
}
