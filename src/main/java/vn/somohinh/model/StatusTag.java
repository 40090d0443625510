package vn.somohinh.model;

import vn.somohinh.load.Status;

/** A model's status as a tag: text always, and a tone for colour (never colour alone). */
public record StatusTag(String id, String label, String tone) {

    static StatusTag of(Status status) {
        String tone = switch (status) {
            case DA_DANG_KY -> "grey";
            case DANG_THAM_DINH, CAN_BO_SUNG -> "yellow";
            case DUOC_DUYET, DANG_TRIEN_KHAI, SO_KET -> "blue";
            case TONG_KET -> "green";
            case KHONG_DUYET, HUY -> "red";
            case TAM_DUNG -> "orange";
        };
        return new StatusTag(status.id(), status.label(), tone);
    }
}
