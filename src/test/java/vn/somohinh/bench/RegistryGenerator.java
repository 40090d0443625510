package vn.somohinh.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.somohinh.text.Fold;

/**
 * Writes a synthetic but realistic registry for benchmarks: {@code --units N --years Y --seed S --out DIR} gives
 * DIR/data with N units, one campaign per year from 2021, about 1.04 registrations per unit and year (6% of units
 * register nothing, 10% twice, 8% are late), reviews for two thirds of the models along allowed status moves, and
 * year-end grades. Every file is valid per DATA.md; the same seed gives the same files. {@code --in-review F} makes
 * a share F of the models wait in review (one step, {@code dang-tham-dinh}), for {@code decide}'s benchmark; without
 * it the files are those of earlier runs.
 */
public final class RegistryGenerator {
    private static final String[] PLACES = {"An", "Bình", "Đức", "Hòa", "Phú", "Tân", "Thành", "Quảng", "Nam", "Bắc",
        "Trung", "Hưng", "Thịnh", "Phước", "Long", "Minh", "Sơn", "Hải", "Thuận", "Lộc", "Lâm", "Ngãi", "Bảo", "Thắng",
        "Lạc", "Hiệp", "Nghĩa", "Tiến", "Xuân", "Đông"};
    private static final String[][] TYPES = {{"to-chuc-co-so-dang", "Đảng bộ xã "}, {"co-quan-tham-muu", "Ban Xây dựng Đảng "},
        {"mat-tran-doan-the", "Ủy ban Mặt trận Tổ quốc "}, {"phong-ban-ubnd", "Phòng Kinh tế "}};
    private static final String[] TOPICS = {"Camera an ninh tổ dân phố", "Liên kết trồng cà phê bền vững",
        "Trồng dâu nuôi tằm cho hộ đồng bào", "Dân vận khéo trong giải phóng mặt bằng", "Thanh niên trồng rừng mùa hè",
        "Thủ tục hành chính trên Zalo", "Sinh hoạt chi bộ chuyên đề", "Tổ liên hộ tự quản an ninh trật tự",
        "Đội phòng cháy chữa cháy tự quản", "Nhà đại đoàn kết cho hộ nghèo", "Phụ nữ tiết kiệm khởi nghiệp",
        "Giếng nước sạch cho thôn, bon", "Số hóa hồ sơ đảng viên", "Hòa giải viên song ngữ ở bon"};
    private static final String[] STEPS_OK = {"dang-tham-dinh", "duoc-duyet", "dang-trien-khai", "so-ket", "tong-ket"};
    private static final String[] FIELDS = {"xay-dung-dang", "kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh"};
    private static final String[] GRADES = {"xuat-sac", "tot", "dat", "khong-dat"};

    private final Random random;
    private final double inReview;

    RegistryGenerator(long seed, double inReview) {
        this.random = new Random(seed);
        this.inReview = inReview;
    }

    public static void main(String[] args) throws IOException {
        int units = 1000;
        int years = 1;
        long seed = 1;
        double inReview = 0;
        Path out = Path.of("target/bench/registry");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--years" -> years = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--in-review" -> inReview = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int models = new RegistryGenerator(seed, inReview).write(out.resolve("data"), units, years);
        System.out.println(models + " mô hình, " + units + " đơn vị, " + years + " năm → " + out.resolve("data"));
    }

    /** Writes the registry and returns how many models it holds. */
    int write(Path data, int unitCount, int years) throws IOException {
        Files.createDirectories(data.resolve("campaigns"));
        Files.copy(Path.of("data/site.yaml"), data.resolve("site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("data/directives.yaml"), data.resolve("directives.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String[]> units = units(unitCount);
        try (Writer w = Files.newBufferedWriter(data.resolve("units.yaml"), StandardCharsets.UTF_8)) {
            for (String[] u : units) {
                w.write("- id: " + u[0] + "\n  ten: \"" + u[1] + "\"\n  loai: " + u[2] + "\n  quan_tri: ['@so-mo-hinh/" + u[0] + "']\n");
            }
        }
        int models = 0;
        for (int y = 0; y < years; y++) {
            int year = 2021 + y;
            Files.writeString(data.resolve("campaigns/" + year + ".yaml"), """
                    ten: Đăng ký mô hình mới, cách làm sáng tạo năm %d
                    van_ban_phat_dong: [cv-854-hu]
                    han_dang_ky: %d-03-10
                    can_cu: [kl-14-tw, nq-22-tu, nq-07-hu]
                    doi_tuong: [to-chuc-co-so-dang, co-quan-tham-muu, mat-tran-doan-the, phong-ban-ubnd]
                    co_quan_tong_hop: Ban Tổ chức
                    co_quan_quyet_dinh: Ban Thường vụ
                    """.formatted(year, year), StandardCharsets.UTF_8);
            for (String[] u : units) {
                double roll = random.nextDouble();
                int count = roll < 0.06 ? 0 : roll < 0.90 ? 1 : 2;
                for (int k = 0; k < count; k++) {
                    registration(data, year, u, k);
                    models++;
                }
            }
        }
        return models;
    }

    private List<String[]> units(int count) {
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] type = TYPES[i % 10 < 5 ? 0 : i % 10 < 7 ? 1 : i % 10 < 8 ? 2 : 3];
            String place = PLACES[i % PLACES.length] + " " + PLACES[(i / PLACES.length) % PLACES.length];
            String name = type[1] + place + " " + (i / (PLACES.length * PLACES.length) + 1);
            String id = Fold.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + i;
            units.add(new String[] {id, name, type[0]});
        }
        return units;
    }

    private void registration(Path data, int year, String[] unit, int k) throws IOException {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String slug = Fold.fold(topic).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + (k == 0 ? "" : "-" + k);
        String place = unit[1].substring(unit[1].indexOf(' ', unit[1].indexOf(' ') + 1) + 1);
        LocalDate registered = LocalDate.of(year, 2, 20).plusDays(random.nextInt(random.nextDouble() < 0.08 ? 40 : 18));
        Path file = data.resolve("registrations/" + year + "/" + unit[0] + "/" + slug + ".yaml");
        Files.createDirectories(file.getParent());
        int households = 20 + random.nextInt(200);
        Files.writeString(file, """
                ten_mo_hinh: "%s ở %s"
                hinh_thuc: %s
                linh_vuc: %s
                nguoi_chu_tri: Bí thư chi bộ
                can_cu: [kl-14-tw, nq-07-hu]
                thuc_trang: |
                  Trên địa bàn %s, nhiều hộ còn gặp khó khăn; cách làm cũ chưa huy động được người dân tham gia.
                muc_tieu: |
                  - Huy động %d hộ tham gia
                  - Nâng cao hiệu quả, tiết kiệm thời gian và chi phí
                noi_dung: |
                  Chi bộ phân công đảng viên phụ trách từng nhóm hộ, họp định kỳ hằng tháng, báo cáo kết quả với cấp ủy.
                tinh_moi: |
                  Lần đầu tiên đảng viên trực tiếp phụ trách từng nhóm hộ, theo dõi kết quả bằng sổ điện tử công khai cho người dân cùng giám sát.
                chi_tieu:
                  - "%d hộ tham gia"
                  - 100%% nhóm hộ có đảng viên phụ trách
                thoi_gian:
                  bat_dau: %s
                  ket_thuc: %d-12-31
                ngay_dang_ky: %s
                """.formatted(topic, place, random.nextInt(5) == 0 ? "ca-nhan" : "tap-the",
                FIELDS[random.nextInt(FIELDS.length)], place, households, households,
                registered.plusDays(10), year, registered), StandardCharsets.UTF_8);
        Path reviewFile = data.resolve("reviews/" + year + "/" + unit[0] + "/" + slug + ".yaml");
        if (inReview > 0 && random.nextDouble() < inReview) {
            Files.createDirectories(reviewFile.getParent());
            Files.writeString(reviewFile, "qua_trinh:\n  - ngay: " + registered.plusDays(3) + "\n    trang_thai: dang-tham-dinh\n",
                    StandardCharsets.UTF_8);
        } else if (random.nextDouble() < 0.66) {
            review(reviewFile, registered);
        }
    }

    /** A review along allowed moves; sometimes not approved, paused or cancelled; graded once tong-ket. */
    private void review(Path file, LocalDate registered) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder y = new StringBuilder("qua_trinh:\n");
        LocalDate day = registered.plusDays(3 + random.nextInt(5));
        int length = 1 + random.nextInt(STEPS_OK.length);
        String last = null;
        for (int i = 0; i < length; i++) {
            last = STEPS_OK[i];
            if (i == 1 && random.nextDouble() < 0.1) {
                last = "khong-duyet";
            } else if (i == 3 && random.nextDouble() < 0.1) {
                last = random.nextBoolean() ? "tam-dung" : "huy";
            }
            y.append("  - ngay: ").append(day).append("\n    trang_thai: ").append(last).append('\n');
            if (!last.equals(STEPS_OK[i])) {
                break;
            }
            day = day.plusDays(10 + random.nextInt(60));
        }
        if ("tong-ket".equals(last)) {
            y.append("danh_gia:\n  ngay: ").append(day.plusDays(5)).append("\n  xep_loai: ")
                    .append(GRADES[random.nextInt(GRADES.length)]).append("\n  de_xuat_nhan_rong: ")
                    .append(random.nextBoolean()).append('\n');
        }
        Files.writeString(file, y.toString(), StandardCharsets.UTF_8);
    }
}
