package vn.somohinh.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The path advice of {@code bad-path} never names a name the layout refuses: over every combination of good and bad
 * year folders, unit folders, file names and extensions, a file named in the advice is accepted, and a folder named
 * in it is a year or a slug.
 */
class DataLayoutTest {
    private static final Pattern FILE_ADVICE = Pattern.compile("hãy đổi tên tệp thành (data/campaigns/)?([^ ,;()]+)");
    private static final Pattern PATH_ADVICE = Pattern.compile("hãy đổi thành (data/[^ ]+)");
    private static final Pattern FOLDER_ADVICE = Pattern.compile("hãy đổi tên thư mục thành ([^ ,;()]+)");
    private static final Pattern CAMPAIGN_NAMED = Pattern.compile("data/campaigns/([^ ./<]+)\\.yaml");

    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        String[] extensions = {".yaml", ".yml", ".YAML", ".Yaml", ".YML", ".yAmL"};
        for (String area : new String[] {"registrations", "reviews", "Registrations"}) {
            for (String year : new String[] {"2023", "0999", "999", "20234", "nam-2023", "Năm 2023"}) {
                for (String unit : new String[] {"xa-loc-an", "Xã Lộc An", "-xa"}) {
                    for (String slug : new String[] {"ca-phe", "Cà phê", "-ca-phe", "ca_phe", "!!!"}) {
                        for (String ext : extensions) {
                            paths.add("data/" + area + "/" + year + "/" + unit + "/" + slug + ext);
                        }
                    }
                }
            }
        }
        for (String name : new String[] {"2023", "0998", "999", "dot-2023", "Đợt", "site", "Site", "units", "DIRECTIVES"}) {
            for (String ext : extensions) {
                paths.add("data/campaigns/" + name + ext);
                paths.add("data/" + name + ext);
            }
        }
        return paths;
    }

    @Test
    void adviceNamesOnlyAcceptableNames() {
        int advised = 0;
        for (String path : paths()) {
            DataLayout.Place place = DataLayout.classify(path);
            if (place.kind() != DataLayout.Kind.MISPLACED) {
                continue;
            }
            String reason = place.reason();
            assertThat(reason).as(path).doesNotContain("null");
            Matcher file = FILE_ADVICE.matcher(reason);
            if (file.find()) {
                String renamed = file.group(1) != null ? "data/campaigns/" + file.group(2)
                        : path.substring(0, path.lastIndexOf('/') + 1) + file.group(2);
                if (!renamed.contains("<")) {
                    assertThat(accepted(renamed)).as(path + " → " + renamed + ": " + reason).isTrue();
                    advised++;
                }
            }
            Matcher whole = PATH_ADVICE.matcher(reason);
            if (whole.find()) {
                assertThat(accepted(whole.group(1))).as(path + ": " + reason).isTrue();
                advised++;
            }
            Matcher folder = FOLDER_ADVICE.matcher(reason);
            if (folder.find()) {
                String name = folder.group(1);
                assertThat(ValueType.isYear(name) || ValueType.isSlug(name)).as(path + ": " + reason).isTrue();
                advised++;
            }
            Matcher campaign = CAMPAIGN_NAMED.matcher(reason);
            while (campaign.find()) {
                assertThat(ValueType.isYear(campaign.group(1))).as(path + ": " + reason).isTrue();
            }
            if (place.renameTo() != null) {
                assertThat(accepted(place.renameTo())).as(path + " → " + place.renameTo()).isTrue();
            } else {
                // A rename the advice names in full is the path the file is counted under (a review waits for it).
                assertThat(reason).as(path).doesNotContainPattern("hãy đổi (tên tệp )?thành");
            }
        }
        assertThat(advised).isGreaterThan(300);
    }

    @Test
    void everySpellingOfTheExtensionIsAnErrorWithTheNameToRenameTo() {
        for (String ext : new String[] {".yml", ".YAML", ".Yaml", ".YML", ".Yml"}) {
            DataLayout.Place place = DataLayout.classify("data/registrations/2023/xa-loc-an/ca-phe" + ext);
            assertThat(place.kind()).as(ext).isEqualTo(DataLayout.Kind.MISPLACED);
            assertThat(place.reason()).as(ext).contains("\"" + ext + "\"", "hãy đổi tên tệp thành ca-phe.yaml");
            assertThat(DataLayout.classify("data/units" + ext).reason()).contains("thành units.yaml");
            assertThat(DataLayout.classify("data/campaigns/2023" + ext).reason()).contains("thành 2023.yaml");
        }
        assertThat(DataLayout.classify("data/Site.yaml").reason()).contains("hãy đổi thành data/site.yaml");
        assertThat(DataLayout.classify("data/README.md").kind()).isEqualTo(DataLayout.Kind.FOREIGN);
    }

    @Test
    void aRegistrationUnderAWrongNameIsCountedUnderTheNameTheAdviceGives() {
        String folder = "data/registrations/2023/xa-loc-an/";
        assertThat(DataLayout.classify(folder + "ca phe.yaml").renameTo()).isEqualTo(folder + "ca-phe.yaml");
        assertThat(DataLayout.classify(folder + "Ho Tieu.Yml").renameTo()).isEqualTo(folder + "ho-tieu.yaml");
        assertThat(DataLayout.classify("data/registrations/2023/Xa-Loc-An/ca-phe.yaml").renameTo())
                .isEqualTo(folder + "ca-phe.yaml");
        assertThat(DataLayout.classify("data/registrations/nam-2023/Xã Lộc An/Cà phê.yaml").renameTo())
                .isEqualTo(folder + "ca-phe.yaml");
        assertThat(DataLayout.classify("data/Registrations/2023/xa-loc-an/Cà phê.yaml").reason())
                .contains("hãy đổi thành " + folder + "ca-phe.yaml");
        assertThat(DataLayout.classify(folder + "!!!.yaml").renameTo()).isNull();
        assertThat(DataLayout.classify("data/campaigns/dot-2023.yaml").renameTo()).isEqualTo("data/campaigns/2023.yaml");
    }

    @Test
    void aYearHasFourDigitsAndNoLeadingZero() {
        assertThat(DataLayout.classify("data/campaigns/2023.yaml").year()).isEqualTo(2023);
        for (String year : new String[] {"0999", "0023", "999", "20234"}) {
            assertThat(DataLayout.classify("data/campaigns/" + year + ".yaml").kind()).isEqualTo(DataLayout.Kind.MISPLACED);
            DataLayout.Place model = DataLayout.classify("data/registrations/" + year + "/xa-loc-an/ca-phe.yaml");
            assertThat(model.kind()).isEqualTo(DataLayout.Kind.MISPLACED);
            assertThat(model.reason()).contains("thư mục năm \"" + year + "\"", "hãy đổi tên thư mục");
        }
    }

    private static boolean accepted(String path) {
        DataLayout.Kind kind = DataLayout.classify(path).kind();
        return kind != DataLayout.Kind.MISPLACED && kind != DataLayout.Kind.FOREIGN && kind != DataLayout.Kind.IGNORED;
    }
}
