package vn.somohinh.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import vn.somohinh.model.CampaignView;
import vn.somohinh.model.Refs.ModelRef;
import vn.somohinh.model.Refs.UnitRef;
import vn.somohinh.model.ReportView;

/** The list parts of the report's JSON, with the keys of the data contract where one exists. */
final class ReportJson {
    private ReportJson() {
    }

    static void models(JsonGenerator g, ReportView r) throws IOException {
        g.writeArrayFieldStart("mo_hinh");
        for (ReportView.TypeSection s : r.sections()) {
            for (ReportView.UnitModels u : s.units()) {
                for (ModelRef m : u.models()) {
                    g.writeStartObject();
                    g.writeStringField("ma", m.id());
                    g.writeStringField("ten_mo_hinh", m.name());
                    g.writeStringField("don_vi", u.unit().id());
                    g.writeStringField("ten_don_vi", u.unit().name());
                    g.writeStringField("loai_don_vi", s.type().id());
                    g.writeStringField("linh_vuc", m.field().id());
                    g.writeStringField("trang_thai", m.status().id());
                    g.writeStringField("ngay_dang_ky", m.registered().iso());
                    g.writeBooleanField("muon", m.late());
                    if (m.grade() == null) {
                        g.writeNullField("xep_loai");
                    } else {
                        g.writeStringField("xep_loai", m.grade().id());
                    }
                    g.writeStringField("trang", m.path());
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    static void units(JsonGenerator g, String name, List<UnitRef> units) throws IOException {
        g.writeArrayFieldStart(name);
        for (UnitRef u : units) {
            g.writeStartObject();
            g.writeStringField("ma", u.id());
            g.writeStringField("ten", u.name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void counts(JsonGenerator g, String name, List<CampaignView.Count> counts) throws IOException {
        g.writeArrayFieldStart(name);
        for (CampaignView.Count c : counts) {
            g.writeStartObject();
            g.writeStringField("ma", c.id());
            g.writeStringField("ten", c.label());
            g.writeNumberField("so_mo_hinh", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The year-end roll-up per target unit: "theo_don_vi", grades keyed by the site's xep_loai ids. */
    static void rollUp(JsonGenerator g, CampaignView.RollUp up) throws IOException {
        g.writeArrayFieldStart("theo_don_vi");
        for (CampaignView.UnitRollUp u : up.units()) {
            g.writeStartObject();
            g.writeStringField("don_vi", u.unit().id());
            g.writeStringField("ten_don_vi", u.unit().name());
            g.writeStringField("loai_don_vi", u.type().id());
            g.writeStringField("dang_ky", u.registration().id());
            g.writeNumberField("so_mo_hinh", u.models());
            g.writeNumberField("duoc_duyet", u.approved());
            g.writeNumberField("dang_trien_khai", u.inProgress());
            g.writeNumberField("so_ket", u.midYear());
            g.writeNumberField("tong_ket", u.yearEnd());
            g.writeNumberField("co_ket_qua_thuc_hien", u.reported());
            g.writeObjectFieldStart("xep_loai");
            for (int i = 0; i < up.grades().size(); i++) {
                g.writeNumberField(up.grades().get(i).id(), u.grades().get(i));
            }
            g.writeEndObject();
            g.writeNumberField("de_xuat_nhan_rong", u.replicate());
            g.writeNumberField("de_xuat_khen_thuong", u.commend());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
