package vn.somohinh.load;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The statuses of a model and the moves allowed between them. Fixed by the tool (DATA.md), not configurable. */
public enum Status {
    DA_DANG_KY("da-dang-ky", "Đã đăng ký"),
    DANG_THAM_DINH("dang-tham-dinh", "Đang thẩm định"),
    CAN_BO_SUNG("can-bo-sung", "Cần bổ sung"),
    DUOC_DUYET("duoc-duyet", "Được duyệt"),
    KHONG_DUYET("khong-duyet", "Không duyệt"),
    DANG_TRIEN_KHAI("dang-trien-khai", "Đang triển khai"),
    SO_KET("so-ket", "Đã sơ kết"),
    TONG_KET("tong-ket", "Đã tổng kết"),
    TAM_DUNG("tam-dung", "Tạm dừng"),
    HUY("huy", "Đã hủy");

    private final String id;
    private final String label;

    Status(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may go to; empty for a final status. */
    public Set<Status> next() {
        return switch (this) {
            case DA_DANG_KY -> Set.of(DANG_THAM_DINH, CAN_BO_SUNG, DUOC_DUYET, KHONG_DUYET);
            case DANG_THAM_DINH -> Set.of(CAN_BO_SUNG, DUOC_DUYET, KHONG_DUYET);
            case CAN_BO_SUNG -> Set.of(DANG_THAM_DINH, DUOC_DUYET, KHONG_DUYET);
            case DUOC_DUYET -> Set.of(DANG_TRIEN_KHAI, TAM_DUNG, HUY);
            case DANG_TRIEN_KHAI -> Set.of(SO_KET, TONG_KET, TAM_DUNG, HUY);
            case SO_KET -> Set.of(TONG_KET, TAM_DUNG, HUY);
            case TAM_DUNG -> Set.of(DANG_TRIEN_KHAI, HUY);
            case KHONG_DUYET, TONG_KET, HUY -> Set.of();
        };
    }

    public boolean canGoTo(Status other) {
        return next().contains(other);
    }

    /** The allowed next statuses as ids, in table order, for messages. */
    public List<String> nextIds() {
        return Arrays.stream(values()).filter(next()::contains).map(Status::id).toList();
    }

    public static Status byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Status::id).toList();
    }
}
